import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { generate } from 'otplib';
import { apiTokens, helpdeskRequests, resources, subscriptions, users } from '../db/schema/index.ts';
import type { Relation } from '../features/access-rules.ts';
import { issueAccountLink } from '../features/accounts/account-links.ts';
import { createSignInChallenge } from '../features/auth/two-factor-sign-in.ts';
import { recordTestEvent } from '../features/webhooks/webhook-events.queries.ts';
import { insertEndpoint } from '../features/webhooks/webhooks.queries.ts';
import { SessionStore, sha256 } from '../platform/sessions.ts';
import { demoPassword } from '../seed/demo.ts';
import type { NamedCaller, Side, TrialStage, World } from './api-world.ts';
import { createOrganisation, createUser, TEST_PASSWORD } from './fixtures.ts';
import { sharedTestIssuer } from './oidc-issuer.ts';

/**
 * A valid request for every operation of the API, for one caller and one object relation, so that what the
 * matrix sees is the authorization decision and not a validation error. `fresh` asks for new objects: the
 * cases expected to succeed at a state-changing operation each get their own, so no case depends on another.
 */

export type ObjectKind =
  | 'customer'
  | 'trial'
  | 'subscription'
  | 'consent'
  | 'tag'
  | 'customerTag'
  | 'customerAdmin'
  | 'organisation'
  | 'partner'
  | 'administrator'
  | 'invitedAdministrator'
  | 'partnerInvitedAdministrator'
  | 'apiToken'
  | 'webhookEndpoint'
  | 'webhookDelivery'
  | 'view'
  | 'sentMail'
  | 'extension'
  | 'conversion'
  | 'supportCase'
  | 'supportRequest';

export interface SampleRequest {
  url: string;
  body?: unknown;
}

export interface SampleContext {
  world: World;
  caller: NamedCaller;
  relation: Relation | null;
  fresh: boolean;
  /** The trial's state the operation needs (Sample.stage). */
  stage?: TrialStage;
}

export interface Sample {
  object?: ObjectKind;
  /** The trial's state an action on it needs. */
  stage?: TrialStage;
  /** Starting a trial is how a partner reaches another partner's customer: it has no consent-pending case. */
  withoutConsentPending?: true;
  request: (ctx: SampleContext, target: Record<string, string>) => SampleRequest | Promise<SampleRequest>;
}

/** Kinds whose objects belong to a side's customers (and so have unassigned and consent-pending variants). */
const customerSide: readonly ObjectKind[] = ['customer', 'trial', 'customerTag', 'customerAdmin'];

/** The relations a caller is tried with for an object of this kind. */
export function relationsFor(sample: Sample | undefined, caller: NamedCaller): (Relation | null)[] {
  const kind = sample?.object;
  if (!kind) return [null];
  if (caller.caller.kind !== 'actor') return ['own'];
  if (['sentMail', 'extension', 'conversion'].includes(kind)) return ['own'];
  const relations: Relation[] = ['own', 'foreign'];
  if (caller.side === 'one' && customerSide.includes(kind)) relations.push('unassigned');
  if (caller.side === 'one' && kind === 'customer' && !sample.withoutConsentPending) relations.push('consentPending');
  return relations;
}

const other = (side: Side | null): Side => (side === 'one' ? 'two' : 'one');
const unique = () => randomUUID().slice(0, 8);

/** The path ids of the object, or null when the caller has no object of this relation. */
export async function targetOf(kind: ObjectKind, ctx: SampleContext): Promise<Record<string, string> | null> {
  const { world, caller, relation, fresh } = ctx;
  const { shared } = world;
  const side: Side | null = relation === 'own' ? caller.side : other(caller.side);
  if (relation === 'own' && side === null && customerSide.concat(['consent', 'tag', 'subscription']).includes(kind)) {
    return null;
  }
  const sideOf = side as Side;
  switch (kind) {
    case 'customer':
      return { id: await customerOf(ctx, sideOf) };
    case 'trial': {
      const stage = ctx.stage ?? 'active';
      if (relation === 'unassigned') {
        return { id: fresh ? await world.trialOn('one', stage, shared.customer.unassigned) : shared.trial.unassigned };
      }
      if (fresh) return { id: await world.trialOn(sideOf, stage) };
      return { id: await sharedTrial(world, sideOf, stage) };
    }
    case 'subscription':
      // A subscription of the side's customer: a change gets one of its own, the refused cases share one.
      return {
        id: shared.customer[sideOf],
        subscriptionId: fresh ? await world.subscriptionOn(sideOf) : shared.subscription[sideOf],
      };
    case 'consent':
      return { id: fresh ? await world.trialOn(sideOf, 'pending_consent') : shared.consent[sideOf] };
    case 'tag':
      return { id: fresh ? await world.tagOf(sideOf) : shared.tag[sideOf] };
    case 'customerTag':
      return { id: await customerOf(ctx, sideOf), tagId: shared.tag[relation === 'unassigned' ? 'one' : sideOf] };
    case 'customerAdmin':
      return {
        id: await customerOf(ctx, sideOf),
        userId: shared.partnerAdmin[relation === 'unassigned' ? 'one' : sideOf],
      };
    case 'organisation':
      return { id: organisationOf(ctx) };
    case 'partner':
      // The vendor's "own" partner is Partner One; a change gets a partner of its own.
      if (fresh) return { id: (await createOrganisation(world.db, { kind: 'partner' })).id };
      return { id: relation === 'own' && caller.side ? world.org[caller.side] : world.org[other(caller.side)] };
    case 'administrator': {
      const organisationId = organisationOf(ctx);
      if (!fresh) return { userId: world.orgAdmins.get(organisationId) ?? world.people.full2 };
      return { userId: (await createUser(world.db, { organisationId, roles: ['partner_read_only_admin'] })).id };
    }
    case 'invitedAdministrator': {
      const organisationId = organisationOf(ctx);
      if (!fresh) return { userId: world.orgAdmins.get(organisationId) ?? world.people.full2 };
      const user = await createUser(world.db, { organisationId, roles: [lowestRoleOf(caller)] });
      await world.db.update(users).set({ status: 'invited', passwordHash: null }).where(eq(users.id, user.id));
      return { userId: user.id };
    }
    case 'partnerInvitedAdministrator': {
      // A new partner's first administrator, still invited (a change gets one of its own).
      const partnerId = fresh
        ? (await createOrganisation(world.db, { kind: 'partner' })).id
        : world.org[relation === 'own' && caller.side ? caller.side : other(caller.side)];
      if (!fresh) return { id: partnerId, userId: world.orgAdmins.get(partnerId) ?? world.people.full2 };
      const user = await createUser(world.db, { organisationId: partnerId, roles: ['partner_full_admin'] });
      await world.db.update(users).set({ status: 'invited', passwordHash: null }).where(eq(users.id, user.id));
      return { id: partnerId, userId: user.id };
    }
    case 'apiToken':
      return { id: await apiTokenOf(world, organisationOf(ctx), fresh) };
    case 'webhookEndpoint':
      return { id: await webhookEndpointOf(world, organisationOf(ctx), fresh) };
    case 'webhookDelivery': {
      const endpoint = {
        organisationId: organisationOf(ctx),
        id: await webhookEndpointOf(world, organisationOf(ctx), fresh),
      };
      return { id: endpoint.id, deliveryId: await recordTestEvent(world.db, world.clock, endpoint) };
    }
    case 'view':
      return viewOf(ctx);
    case 'sentMail':
      return { id: await firstId(world, sql`select id from email_outbox order by id limit 1`) };
    case 'extension':
      return { id: fresh ? await world.extensionOn(await world.trialOn('one', 'active')) : shared.extension };
    case 'conversion':
      return {
        id: await firstId(world, sql`select id from orders where status = 'pending_distributor' order by id limit 1`),
      };
    case 'supportCase':
      return { id: await supportCaseOf(ctx) };
    case 'supportRequest':
      return supportRequestOf(ctx, side ?? 'one');
  }
}

/**
 * RES-2: a helpdesk case asked by the caller (own), or by another partner's full administrator (foreign); the
 * vendor's own case is one of Partner One's. A change gets a case of its own, the refused cases share one.
 */
async function supportCaseOf(ctx: SampleContext): Promise<string> {
  const { world, caller, relation, fresh } = ctx;
  const actor = caller.caller.kind === 'actor' ? caller.caller.actor : null;
  const asker =
    relation === 'own' && actor?.organisationKind === 'partner'
      ? { partnerId: actor.organisationId, userId: actor.userId }
      : relation === 'own' || caller.organisationId === world.org.two
        ? { partnerId: world.org.one, userId: world.people.full1 }
        : { partnerId: world.org.two, userId: world.people.full2 };
  const make = async () => {
    const now = world.clock.now();
    const [row] = await world.db
      .insert(helpdeskRequests)
      .values({
        ...asker,
        product: 'calling',
        subject: `Matrix ${unique()}`,
        body: 'A matrix question.',
        status: 'open',
        createdByUserId: asker.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: helpdeskRequests.id });
    return row?.id as string;
  };
  return fresh ? make() : once(world, `support case ${asker.userId}`, make);
}

/** A resource of its own for a change that retires one. */
async function freshResource(world: World): Promise<string> {
  const [row] = await world.db
    .insert(resources)
    .values({
      title: `Matrix ${unique()}`,
      summary: 'A matrix resource.',
      body: '',
      type: 'guide',
      language: 'en',
      updatedAt: world.clock.now(),
    })
    .returning({ id: resources.id });
  return row?.id as string;
}

/**
 * A support request of the side's customer; one of the caller's own customer has the caller as its primary
 * contact, so that a user without an administrator role sees it (ACT-2).
 */
async function supportRequestOf(ctx: SampleContext, side: Side): Promise<Record<string, string>> {
  const { world, caller, fresh } = ctx;
  const customerId = world.shared.customer[side];
  const userId = actorUserId(ctx);
  const contact = caller.organisationId === customerId ? userId : null;
  const make = async () => {
    const [row] = await world.query<{ id: string }>(sql`
      insert into support_cases (customer_id, number, title, severity, status, primary_contact_user_id, opened_at)
      values (${customerId}, ${`CASE-M${unique()}`}, 'Matrix request', 'C', 'open', ${contact}, ${world.clock.now()})
      returning id`);
    return row?.id as string;
  };
  const id = fresh ? await make() : await once(world, `support request ${side} ${contact}`, make);
  return { customerId, id };
}

/** The customer of the relation; a new one for a case that may change it. */
async function customerOf({ world, relation, fresh }: SampleContext, side: Side): Promise<string> {
  const { customer } = world.shared;
  if (relation === 'consentPending') return customer.consentPending;
  if (fresh) return (await world.customerFor(relation === 'unassigned' ? 'one' : side, relation ?? 'own')).id;
  return relation === 'unassigned' ? customer.unassigned : customer[side];
}

/** The caller's own organisation, or another partner's (Partner Two's, or Partner One's for Partner Two). */
function organisationOf({ world, caller, relation }: SampleContext): string {
  if (relation === 'own' && caller.organisationId) return caller.organisationId;
  if (relation === 'own') return world.org.one;
  return caller.organisationId === world.org.two ? world.org.one : world.org.two;
}

async function firstId(world: World, statement: ReturnType<typeof sql>): Promise<string> {
  const [row] = await world.query<{ id: string }>(statement);
  if (!row) throw new Error('the demo data set lacks an object the matrix needs');
  return String(row.id);
}

/** Objects the refused cases share, made once per world. */
const sharedObjects = new WeakMap<World, Map<string, string>>();
async function once(world: World, key: string, make: () => Promise<string>): Promise<string> {
  const objects = sharedObjects.get(world) ?? new Map<string, string>();
  sharedObjects.set(world, objects);
  const known = objects.get(key);
  if (known) return known;
  const made = await make();
  objects.set(key, made);
  return made;
}

const sharedTrial = (world: World, side: Side, stage: TrialStage) =>
  stage === 'active'
    ? Promise.resolve(world.shared.trial[side])
    : once(world, `trial ${side} ${stage}`, () => world.trialOn(side, stage));

async function apiTokenOf(world: World, organisationId: string, fresh: boolean): Promise<string> {
  if (!fresh) return once(world, `token ${organisationId}`, () => apiTokenOf(world, organisationId, true));
  const [token] = await world.db
    .insert(apiTokens)
    .values({
      organisationId,
      name: `Matrix ${unique()}`,
      tokenHash: createHash('sha256').update(randomBytes(16)).digest('hex'),
      userId: world.orgAdmins.get(organisationId) ?? world.people.full1,
      createdAt: world.clock.now(),
    })
    .returning({ id: apiTokens.id });
  return token?.id as string;
}

async function webhookEndpointOf(world: World, organisationId: string, fresh: boolean): Promise<string> {
  if (!fresh) return once(world, `webhook ${organisationId}`, () => webhookEndpointOf(world, organisationId, true));
  const now = world.clock.now();
  const endpoint = await insertEndpoint(world.db, {
    organisationId,
    url: `https://hooks.example.com/${unique()}`,
    eventTypes: ['customer.created'],
    secret: `whsec_${randomBytes(32).toString('base64')}`,
    createdAt: now,
    updatedAt: now,
  });
  return endpoint.id;
}

const ownViews = new WeakMap<NamedCaller, string>();
async function viewOf(ctx: SampleContext): Promise<Record<string, string> | null> {
  const { world, caller, relation, fresh } = ctx;
  const author =
    relation === 'own'
      ? caller
      : world.callers.find((c) => c.email === (caller.side === 'two' ? 'full@partner1.demo' : 'full@partner2.demo'));
  if (!author?.browser || author.caller.kind !== 'actor') return null;
  const cached = ownViews.get(author);
  if (cached && !fresh) return { id: cached };
  const response = await author.browser.request('POST', '/api/v1/views', { name: `Matrix ${unique()}`, query: 'q=a' });
  if (response.statusCode !== 201) return null;
  const id = response.json().id as string;
  if (!fresh) ownViews.set(author, id);
  return { id };
}

/**
 * An invited user of Partner One with a one-time invitation link; `replaced` issues a second link, so the token
 * returned is a revoked one (what a renewal request is for). The token of a non-fresh case is made once.
 */
async function invitationToken(world: World, fresh: boolean, replaced = false): Promise<string> {
  if (!fresh) return once(world, `invitation ${replaced}`, () => invitationToken(world, true, replaced));
  const user = await createUser(world.db, { organisationId: world.org.one, roles: ['partner_read_only_admin'] });
  await world.db.update(users).set({ status: 'invited', passwordHash: null }).where(eq(users.id, user.id));
  const subject = {
    purpose: 'invitation' as const,
    email: user.email,
    name: user.name,
    organisationId: world.org.one,
    userId: user.id,
    createdByUserId: world.people.full1,
  };
  const link = await issueAccountLink(world.db, world.clock, 'http://matrix.test', subject);
  if (replaced) await issueAccountLink(world.db, world.clock, 'http://matrix.test', subject);
  return link.token;
}

const version = { version: 1 };
/** The least role of the caller's own kind of organisation, for administrators it invites or changes. */
const lowestRoleOf = (caller: NamedCaller) =>
  caller.caller.kind === 'actor' && caller.caller.actor.organisationKind === 'customer'
    ? 'customer_read_only_admin'
    : caller.caller.kind === 'actor' && caller.caller.actor.organisationKind === 'vendor'
      ? 'vendor_operator'
      : 'partner_read_only_admin';
const at = (path: string) => (_ctx: SampleContext, target: Record<string, string>) => ({
  url: path.replace(/\{(\w+)\}/g, (_m, name: string) => target[name] ?? ''),
});
const withBody =
  (path: string, body: (ctx: SampleContext) => unknown) => (ctx: SampleContext, target: Record<string, string>) => ({
    url: at(path)(ctx, target).url,
    body: body(ctx),
  });

/** Issue #10: a TOTP secret the samples compute codes for, at the world's clock. */
const SAMPLE_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const totpNow = (ctx: SampleContext) =>
  generate({ secret: SAMPLE_TOTP_SECRET, epoch: Math.floor(ctx.world.clock.now().getTime() / 1000) });
const actorUserId = (ctx: SampleContext) =>
  ctx.caller.caller.kind === 'actor' ? ctx.caller.caller.actor.userId : null;
/** Puts the caller's two-factor in the state an operation needs: pending enrolment, or on. */
async function setCallerTwoFactor(ctx: SampleContext, state: 'pending' | 'on') {
  const userId = actorUserId(ctx);
  if (!userId) return;
  await ctx.world.db
    .update(users)
    .set({ totpSecret: SAMPLE_TOTP_SECRET, totpEnabledAt: state === 'on' ? ctx.world.clock.now() : null })
    .where(eq(users.id, userId));
}
/** A throwaway user (so no demo account's password or two-factor changes), with a sign-in challenge. */
async function challengeFor(ctx: SampleContext, kind: 'verify' | 'enrol') {
  const user = await createUser(ctx.world.db, { organisationId: ctx.world.org.one, roles: ['partner_admin'] });
  if (kind === 'verify') {
    await ctx.world.db
      .update(users)
      .set({ totpSecret: SAMPLE_TOTP_SECRET, totpEnabledAt: ctx.world.clock.now() })
      .where(eq(users.id, user.id));
  }
  return (await createSignInChallenge(ctx.world, user, kind)).token;
}
async function resetLinkFor(ctx: SampleContext) {
  const user = await createUser(ctx.world.db, { organisationId: ctx.world.org.one, roles: ['partner_admin'] });
  const link = await issueAccountLink(ctx.world.db, ctx.world.clock, 'http://hub.test', {
    purpose: 'password_reset',
    email: user.email,
    organisationId: user.organisationId,
    userId: user.id,
  });
  return link.token;
}

export const samples: Record<string, Sample> = {
  getHealth: { request: at('/api/v1/health') },
  getReadiness: { request: at('/api/v1/ready') },
  signIn: {
    request: withBody('/api/v1/auth/sign-in', ({ caller }) => ({
      email: caller.email ?? 'readonly@partner1.demo',
      password: caller.caller.kind === 'disabled' ? TEST_PASSWORD : demoPassword,
    })),
  },
  signOut: { request: at('/api/v1/auth/sign-out') },
  getSetup: { request: at('/api/v1/setup/matrix-setup-token') },
  completeSetup: {
    request: withBody('/api/v1/setup/matrix-setup-token', () => ({
      organisationName: 'Matrix Vendor',
      country: 'DK',
      timeZone: 'Europe/Copenhagen',
      name: 'Matrix Operator',
      email: `operator-${unique()}@matrix.test`,
      newPassword: 'a matrix passphrase that is long',
    })),
  },
  getInvitation: {
    request: async ({ world, fresh }) => ({ url: `/api/v1/invitations/${await invitationToken(world, fresh)}` }),
  },
  acceptInvitation: {
    request: async ({ world, fresh }) => ({
      url: `/api/v1/invitations/${await invitationToken(world, fresh)}/accept`,
      body: { name: 'Matrix Invitee', newPassword: 'a matrix passphrase that is long' },
    }),
  },
  requestInvitationRenewal: {
    request: async ({ world, fresh }) => ({
      url: `/api/v1/invitations/${await invitationToken(world, fresh, true)}/renewal-request`,
    }),
  },
  getMe: { request: at('/api/v1/me') },
  updateMe: { request: withBody('/api/v1/me', () => ({ locale: 'en' })) },
  getSignInMethod: {
    request: withBody('/api/v1/auth/sign-in-method', ({ caller }) => ({
      email: caller.email ?? 'readonly@partner1.demo',
    })),
  },
  startSingleSignOn: { request: at('/api/v1/auth/sso/start?email=readonly%40partner1.demo') },
  finishSingleSignOn: { request: at('/api/v1/auth/sso/callback?code=matrix-code&state=matrix-state') },
  getSingleSignOn: { request: at('/api/v1/organisation/single-sign-on') },
  saveSingleSignOn: {
    request: async () => {
      const issuer = await sharedTestIssuer();
      return {
        url: '/api/v1/organisation/single-sign-on',
        body: {
          issuer: issuer.issuer,
          clientId: issuer.clientId,
          clientSecret: issuer.clientSecret,
          domains: [`sso-${unique()}.matrix.test`],
          enabled: true,
        },
      };
    },
  },
  removeSingleSignOn: { request: at('/api/v1/organisation/single-sign-on') },
  completeTwoFactorSignIn: {
    request: async (ctx) => ({
      url: '/api/v1/auth/two-factor',
      body: { challenge: await challengeFor(ctx, 'verify'), code: await totpNow(ctx) },
    }),
  },
  startTwoFactorEnrolmentAtSignIn: {
    request: async (ctx) => ({
      url: '/api/v1/auth/two-factor/enrolment',
      body: { challenge: await challengeFor(ctx, 'enrol') },
    }),
  },
  requestPasswordReset: {
    request: withBody('/api/v1/auth/password-reset', ({ caller }) => ({ email: caller.email ?? 'nobody@matrix.test' })),
  },
  getPasswordReset: { request: async (ctx) => ({ url: `/api/v1/password-resets/${await resetLinkFor(ctx)}` }) },
  completePasswordReset: {
    request: async (ctx) => ({
      url: `/api/v1/password-resets/${await resetLinkFor(ctx)}`,
      body: { newPassword: 'harbour-lantern-47-violet' },
    }),
  },
  // The demo accounts keep their password: it is "changed" to itself.
  changePassword: {
    request: withBody('/api/v1/me/password', () => ({ currentPassword: demoPassword, newPassword: demoPassword })),
  },
  getTwoFactor: { request: at('/api/v1/me/two-factor') },
  startTwoFactorEnrolment: {
    request: async (ctx) => {
      const userId = actorUserId(ctx);
      if (userId) {
        await ctx.world.db.update(users).set({ totpSecret: null, totpEnabledAt: null }).where(eq(users.id, userId));
      }
      return { url: '/api/v1/me/two-factor' };
    },
  },
  confirmTwoFactor: {
    request: async (ctx) => {
      await setCallerTwoFactor(ctx, 'pending');
      return { url: '/api/v1/me/two-factor/confirm', body: { code: await totpNow(ctx) } };
    },
  },
  regenerateRecoveryCodes: {
    request: async (ctx) => {
      await setCallerTwoFactor(ctx, 'on');
      return { url: '/api/v1/me/two-factor/recovery-codes', body: { password: demoPassword } };
    },
  },
  // Last of the two-factor operations: the demo accounts end with two-factor off, as they started.
  disableTwoFactor: {
    request: async (ctx) => {
      await setCallerTwoFactor(ctx, 'on');
      return { url: '/api/v1/me/two-factor/disable', body: { password: demoPassword } };
    },
  },
  listMySessions: { request: at('/api/v1/me/sessions') },
  endMyOtherSessions: { request: at('/api/v1/me/sessions') },
  endMySession: {
    request: async (ctx) => {
      const userId = actorUserId(ctx);
      if (!userId || ctx.caller.caller.kind !== 'actor') return { url: `/api/v1/me/sessions/${randomUUID()}` };
      const store = new SessionStore(ctx.world.db, ctx.world.clock, 12);
      const { token } = await store.create(userId, ctx.caller.caller.actor.organisationId, { method: 'password' });
      const [row] = await ctx.world.query<{ id: string }>(
        sql`select id from sessions where token_hash = ${sha256(token)}`,
      );
      return { url: `/api/v1/me/sessions/${row?.id ?? randomUUID()}` };
    },
  },
  getSecurityPolicy: { request: at('/api/v1/security-policy') },
  updateSecurityPolicy: { request: withBody('/api/v1/security-policy', () => ({ requireTwoFactor: false })) },
  getOrganisation: { object: 'organisation', request: at('/api/v1/organisations/{id}') },
  getOrganisationSettings: { object: 'organisation', request: at('/api/v1/organisations/{id}/settings') },
  updateOrganisationSettings: {
    object: 'organisation',
    request: withBody('/api/v1/organisations/{id}/settings', () => ({ expiringSoonDays: 30 })),
  },
  listPartners: { request: at('/api/v1/partners') },
  createPartner: {
    request: withBody('/api/v1/partners', () => ({
      name: `Matrix Partner ${unique()}`,
      tier: 'tier1',
      country: 'DK',
      timeZone: 'Europe/Copenhagen',
      admin: { name: 'Matrix Partner Admin', email: `partner-${unique()}@matrix.test` },
    })),
  },
  getPartner: { object: 'partner', request: at('/api/v1/partners/{id}') },
  updatePartner: {
    object: 'partner',
    request: withBody('/api/v1/partners/{id}', () => ({ name: `Matrix Partner ${unique()}` })),
  },
  listAdministrators: { request: at('/api/v1/administrators') },
  inviteAdministrator: {
    request: withBody('/api/v1/administrators', ({ caller }) => ({
      email: `invited-${unique()}@matrix.test`,
      name: 'Invited Administrator',
      roles: [lowestRoleOf(caller)],
    })),
  },
  changeAdministratorRoles: {
    object: 'administrator',
    request: withBody('/api/v1/administrators/{userId}/roles', ({ caller }) => ({
      roles: [lowestRoleOf(caller)],
    })),
  },
  removeAdministrator: { object: 'administrator', request: at('/api/v1/administrators/{userId}') },
  resendPartnerAdministratorInvitation: {
    object: 'partnerInvitedAdministrator',
    request: at('/api/v1/partners/{id}/administrators/{userId}/invitation'),
  },
  resendAdministratorInvitation: {
    object: 'invitedAdministrator',
    request: at('/api/v1/administrators/{userId}/invitation'),
  },
  getMyOrganisation: { request: at('/api/v1/my-organisation') },
  startMyOrganisation: { request: withBody('/api/v1/my-organisation', () => ({ acceptTerms: true })) },
  ingestUsage: { request: withBody('/api/v1/usage/calls', () => []) },
  listApiTokens: { request: at('/api/v1/api-tokens') },
  createApiToken: { request: withBody('/api/v1/api-tokens', () => ({ name: `Matrix ${unique()}` })) },
  revokeApiToken: { object: 'apiToken', request: at('/api/v1/api-tokens/{id}') },
  listWebhookEndpoints: { request: at('/api/v1/webhooks/endpoints') },
  createWebhookEndpoint: {
    request: withBody('/api/v1/webhooks/endpoints', () => ({
      url: `https://hooks.example.com/${unique()}`,
      eventTypes: ['customer.created', 'trial.state_changed'],
    })),
  },
  getWebhookEndpoint: { object: 'webhookEndpoint', request: at('/api/v1/webhooks/endpoints/{id}') },
  updateWebhookEndpoint: {
    object: 'webhookEndpoint',
    request: withBody('/api/v1/webhooks/endpoints/{id}', () => ({ description: `Matrix ${unique()}` })),
  },
  deleteWebhookEndpoint: { object: 'webhookEndpoint', request: at('/api/v1/webhooks/endpoints/{id}') },
  rotateWebhookSecret: { object: 'webhookEndpoint', request: at('/api/v1/webhooks/endpoints/{id}/secret') },
  sendWebhookTestEvent: { object: 'webhookEndpoint', request: at('/api/v1/webhooks/endpoints/{id}/test') },
  listWebhookDeliveries: {
    object: 'webhookEndpoint',
    request: at('/api/v1/webhooks/endpoints/{id}/deliveries?status=failed'),
  },
  getWebhookDelivery: {
    object: 'webhookDelivery',
    request: at('/api/v1/webhooks/endpoints/{id}/deliveries/{deliveryId}'),
  },
  replayWebhookDelivery: {
    object: 'webhookDelivery',
    request: at('/api/v1/webhooks/endpoints/{id}/deliveries/{deliveryId}/replay'),
  },
  replayFailedWebhookDeliveries: {
    object: 'webhookEndpoint',
    request: withBody('/api/v1/webhooks/endpoints/{id}/replay-failed', () => ({ since: '2020-01-01T00:00:00Z' })),
  },
  getWebhookSettings: { request: at('/api/v1/webhooks/settings') },
  updateWebhookSettings: { request: withBody('/api/v1/webhooks/settings', () => ({ allowPrivateAddresses: false })) },
  getCustomer: { object: 'customer', request: at('/api/v1/customers/{id}') },
  getCustomerSubscriptions: { object: 'customer', request: at('/api/v1/customers/{id}/subscriptions') },
  getCustomerTrials: { object: 'customer', request: at('/api/v1/customers/{id}/trials') },
  startTrialForExistingCustomer: {
    object: 'customer',
    withoutConsentPending: true,
    request: async (ctx, target) => {
      const [admin] = await ctx.world.query<{ email: string }>(sql`
        select u.email from users u join role_assignments r on r.user_id = u.id
        where u.organisation_id = ${target.id} and r.role = 'customer_full_admin' order by u.email limit 1`);
      return {
        url: `/api/v1/customers/${target.id}/trials`,
        body: {
          adminEmail: admin?.email ?? 'nobody@matrix.test',
          services: ['calling'],
          licenceQuantity: 5,
          durationDays: 30,
        },
      };
    },
  },
  getCustomerActivity: { object: 'customer', request: at('/api/v1/customers/{id}/activity') },
  listCustomerAdmins: { object: 'customer', request: at('/api/v1/customers/{id}/admins') },
  assignCustomerAdmin: { object: 'customerAdmin', request: at('/api/v1/customers/{id}/admins/{userId}') },
  unassignCustomerAdmin: { object: 'customerAdmin', request: at('/api/v1/customers/{id}/admins/{userId}') },
  changeSubscription: {
    object: 'subscription',
    request: withBody('/api/v1/customers/{id}/subscriptions/{subscriptionId}', () => ({
      ...version,
      services: [{ serviceId: 'messaging', quantity: 12 }],
      autoRenew: false,
    })),
  },
  suspendSubscription: {
    object: 'subscription',
    request: withBody('/api/v1/customers/{id}/subscriptions/{subscriptionId}/suspend', () => version),
  },
  reinstateSubscription: {
    object: 'subscription',
    request: async (ctx, target) => {
      // Only a suspended subscription is reinstated: the case that succeeds suspends its own one first.
      if (ctx.fresh) {
        await ctx.world.db
          .update(subscriptions)
          .set({ state: 'suspended', billingState: 'unpaid' })
          .where(eq(subscriptions.id, target.subscriptionId as string));
      }
      return withBody('/api/v1/customers/{id}/subscriptions/{subscriptionId}/reinstate', () => version)(ctx, target);
    },
  },
  renewSubscription: {
    object: 'subscription',
    request: withBody('/api/v1/customers/{id}/subscriptions/{subscriptionId}/renew', () => ({
      ...version,
      termMonths: 24,
    })),
  },
  launchCustomer: { object: 'customer', request: at('/api/v1/customers/{id}/launch') },
  getCustomerConsole: { object: 'customer', request: at('/api/v1/customers/{id}/console') },
  listCustomers: { request: at('/api/v1/customers') },
  getCustomerSummary: { request: at('/api/v1/customers/summary') },
  exportCustomers: { request: at('/api/v1/customers.csv') },
  exportCustomersXlsx: { request: at('/api/v1/customers.xlsx') },
  listTags: { request: at('/api/v1/tags') },
  createTag: { request: withBody('/api/v1/tags', () => ({ name: `Matrix ${unique()}` })) },
  updateTag: { object: 'tag', request: withBody('/api/v1/tags/{id}', () => ({ colour: 'green' })) },
  deleteTag: { object: 'tag', request: at('/api/v1/tags/{id}') },
  assignTag: { object: 'customerTag', request: at('/api/v1/customers/{id}/tags/{tagId}') },
  unassignTag: { object: 'customerTag', request: at('/api/v1/customers/{id}/tags/{tagId}') },
  listViews: { request: at('/api/v1/views') },
  createView: { request: withBody('/api/v1/views', () => ({ name: `Matrix ${unique()}`, query: 'sort=name' })) },
  updateView: { object: 'view', request: withBody('/api/v1/views/{id}', () => ({ shared: false })) },
  deleteView: { object: 'view', request: at('/api/v1/views/{id}') },
  getSubscriptionAnalytics: { request: at('/api/v1/analytics/subscriptions') },
  getSubscriptionAnalyticsSection: { request: at('/api/v1/analytics/subscriptions/expiring') },
  exportSubscriptionAnalyticsSection: { request: at('/api/v1/analytics/subscriptions/expiring/export.csv') },
  getCallingAnalytics: { request: at('/api/v1/analytics/calling') },
  getCallingAnalyticsTable: { request: at('/api/v1/analytics/calling/quality') },
  exportCallingAnalyticsTable: { request: at('/api/v1/analytics/calling/quality/export.csv') },
  exportCallingAnalyticsTableXlsx: { request: at('/api/v1/analytics/calling/quality/export.xlsx') },
  exportSubscriptionAnalyticsSectionXlsx: { request: at('/api/v1/analytics/subscriptions/expiring/export.xlsx') },
  getInsights: { request: at('/api/v1/insights') },
  listInsightCustomers: { request: at('/api/v1/insights/customers') },
  getInsightCustomer: { object: 'customer', request: at('/api/v1/insights/customers/{id}') },
  exportInsightsCsv: { request: at('/api/v1/insights.csv') },
  exportInsightsXlsx: { request: at('/api/v1/insights.xlsx') },
  listSentMail: { request: at('/api/v1/sent-mail') },
  getSentMail: { object: 'sentMail', request: at('/api/v1/sent-mail/{id}') },
  getCatalogue: { request: at('/api/v1/catalogue?includeRetired=true') },
  createCatalogueService: {
    request: withBody('/api/v1/catalogue/services', () => ({
      id: `matrix-${unique()}`,
      name: 'Matrix service',
      licenceUnit: 'user',
      trialable: false,
    })),
  },
  /** Renames nothing: the same name again, so the demo catalogue stays as it is for the other cases. */
  updateCatalogueService: {
    request: withBody('/api/v1/catalogue/services/translation', () => ({ name: 'Real-time translation' })),
  },
  createCatalogueDeviceType: {
    request: withBody('/api/v1/catalogue/device-types', () => ({ id: `matrix-${unique()}`, name: 'Matrix device' })),
  },
  updateCatalogueDeviceType: {
    request: withBody('/api/v1/catalogue/device-types/board', () => ({ name: 'Collaboration board' })),
  },
  listResources: { request: at('/api/v1/resources?q=trial&type=guide,article&language=en,da') },
  getResource: {
    request: async ({ world }) => ({
      url: `/api/v1/resources/${await firstId(world, sql`select id from resources where retired_at is null order by id limit 1`)}`,
    }),
  },
  createResource: {
    request: withBody('/api/v1/resources', () => ({
      title: `Matrix ${unique()}`,
      summary: 'A matrix resource.',
      body: '## Steps\n\nRead this.',
      url: 'https://resources.matrix.test/1',
      type: 'guide',
      products: ['calling'],
      language: 'en',
    })),
  },
  /** Changes nothing: the same type again, so the demo library stays as it is for the other cases. */
  updateResource: {
    request: async ({ world }) => {
      const [row] = await world.query<{ id: string; type: string }>(
        sql`select id, type from resources where retired_at is null order by id limit 1`,
      );
      return { url: `/api/v1/resources/${row?.id}`, body: { type: row?.type } };
    },
  },
  retireResource: {
    request: async ({ world, fresh }) => ({
      url: `/api/v1/resources/${fresh ? await freshResource(world) : await once(world, 'resource', () => freshResource(world))}`,
    }),
  },
  createSupportCase: {
    request: withBody('/api/v1/support-cases', () => ({
      product: 'contact_center',
      subject: `Matrix ${unique()}`,
      description: 'The queue statistics are missing.',
    })),
  },
  listSupportCases: { request: at('/api/v1/support-cases?status=open,answered&product=calling') },
  getSupportCase: { object: 'supportCase', request: at('/api/v1/support-cases/{id}') },
  answerSupportCase: {
    object: 'supportCase',
    request: withBody('/api/v1/support-cases/{id}/answers', () => ({ body: 'Try restarting the queue.' })),
  },
  closeSupportCase: {
    object: 'supportCase',
    request: withBody('/api/v1/support-cases/{id}/close', () => ({ note: 'Solved.' })),
  },
  getTrialOptions: { request: at('/api/v1/trials/options') },
  checkMeetingSite: { request: at('/api/v1/trials/meeting-site?name=matrix-site') },
  lookUpTrialCustomer: {
    request: ({ world }) => ({ url: `/api/v1/trials/customer-lookup?email=${world.customerTwoAdmin.email}` }),
  },
  listTrials: { request: at('/api/v1/trials') },
  startTrialForNewCustomer: {
    request: withBody('/api/v1/trials', () => ({
      companyName: `Matrix ${unique()}`,
      adminEmail: `admin-${unique()}@matrix.test`,
      vertical: 'Transportation and logistics',
      country: 'DK',
      supportedLocationAcknowledged: true,
      services: ['messaging'],
      licenceQuantity: 10,
      durationDays: 30,
      setup: 'later',
    })),
  },
  startTrialForCustomerFoundByEmail: {
    request: async ({ world, caller, fresh }) => ({
      url: '/api/v1/trials/for-existing-customer',
      body: {
        adminEmail: fresh
          ? (await world.customerFor(caller.side === 'two' ? 'one' : 'two', 'foreign')).adminEmail
          : world.customerTwoAdmin.email,
        services: ['calling'],
        licenceQuantity: 5,
        durationDays: 30,
      },
    }),
  },
  getTrial: { object: 'trial', request: at('/api/v1/trials/{id}') },
  editTrial: { object: 'trial', request: withBody('/api/v1/trials/{id}', () => ({ ...version, licenceQuantity: 30 })) },
  extendTrial: { object: 'trial', request: withBody('/api/v1/trials/{id}/extend', () => version) },
  convertTrial: {
    object: 'trial',
    request: withBody('/api/v1/trials/{id}/convert', () => ({
      ...version,
      provisioningContactEmail: 'admin@trial.test',
    })),
  },
  cancelTrial: { object: 'trial', request: withBody('/api/v1/trials/{id}/cancel', () => version) },
  resendTrialConsent: {
    object: 'trial',
    stage: 'pending_consent',
    request: withBody('/api/v1/trials/{id}/resend-consent', () => version),
  },
  completeTrialSetup: {
    object: 'trial',
    stage: 'pending_provisioning_details',
    request: withBody('/api/v1/trials/{id}/complete-setup', () => version),
  },
  recordTrialShipment: {
    object: 'trial',
    request: withBody('/api/v1/trials/{id}/shipments', ({ world }) => ({
      ...version,
      deviceTypeId: world.deviceTypeId,
      quantity: 1,
    })),
  },
  listConsents: { request: at('/api/v1/consents') },
  acceptConsent: {
    object: 'consent',
    request: withBody('/api/v1/consents/{id}/accept', () => ({ fullAdministration: true })),
  },
  declineConsent: { object: 'consent', request: at('/api/v1/consents/{id}/decline') },
  listTrialExtensions: { request: at('/api/v1/trial-extensions') },
  approveTrialExtension: { object: 'extension', request: at('/api/v1/trial-extensions/{id}/approve') },
  rejectTrialExtension: { object: 'extension', request: at('/api/v1/trial-extensions/{id}/reject') },
  listConversions: { request: at('/api/v1/conversions') },
  completeConversion: { object: 'conversion', request: at('/api/v1/conversions/{id}/complete') },
  listDeviceShipments: { request: at('/api/v1/devices/shipments') },
  recordDeviceReturns: {
    request: async ({ world }) => {
      const [shipment] = await world.query<{ serial: string }>(sql`
        select s.serial_numbers[1] as serial from device_shipments s
        where not exists (select 1 from device_returns r where r.customer_id = s.customer_id
          and r.shipment_id = s.id and r.serial_number = s.serial_numbers[1])
        order by s.id limit 1`);
      return {
        url: '/api/v1/devices/returns',
        body: { rmaNumber: `RMA-${unique()}`, serialNumbers: [shipment?.serial ?? 'unknown'] },
      };
    },
  },
  moveDemoClock: { request: withBody('/api/v1/demo/clock', () => ({ advanceDays: 1 })) },

  getActivityAccess: { request: at('/api/v1/activity') },
  getActivityEnterprise: {
    request: async (ctx) => ({ url: `/api/v1/activity/enterprise?workspaceId=${await sampleWorkspace(ctx)}` }),
  },
  getActivityPackages: {
    request: async (ctx) => ({ url: `/api/v1/activity/packages?agreementId=${await sampleAgreement(ctx)}` }),
  },
  getActivityConsumption: {
    request: async (ctx) => ({
      url: `/api/v1/activity/consumption?workspaceId=${await sampleWorkspace(ctx)}&drillDown=proactive_services`,
    }),
  },
  exportActivityConsumption: {
    request: async (ctx) => ({
      url: `/api/v1/activity/consumption/export.xlsx?workspaceId=${await sampleWorkspace(ctx)}&drillDown=reactive_support`,
    }),
  },
  getActivityAdditionalCases: {
    request: async (ctx) => ({ url: `/api/v1/activity/additional-cases?workspaceId=${await sampleWorkspace(ctx)}` }),
  },
  exportEducationReport: { request: at('/api/v1/activity/reports/education.csv') },
  exportProofOfDelivery: {
    request: async (ctx) => ({
      url: `/api/v1/activity/reports/proof-of-delivery.pdf?agreementId=${await sampleAgreement(ctx)}`,
    }),
  },
  listActivityDelegates: { request: at('/api/v1/activity/delegates') },
  grantCustomerActivity: { object: 'administrator', request: at('/api/v1/activity/delegates/{userId}') },
  removeCustomerActivity: { object: 'administrator', request: at('/api/v1/activity/delegates/{userId}') },
  listSupportRequests: { request: at('/api/v1/support-requests') },
  openSupportRequest: {
    request: async (ctx) => ({
      url: '/api/v1/support-requests',
      body: { entitlementId: await sampleEntitlement(ctx), title: 'Matrix request', severity: 'C' },
    }),
  },
  getSupportRequest: { object: 'supportRequest', request: at('/api/v1/support-requests/{customerId}/{id}') },
  logSupportRequestWork: {
    object: 'supportRequest',
    request: withBody('/api/v1/support-requests/{customerId}/{id}/work', () => ({
      quantity: 0,
      consumedOn: '2026-11-20',
      description: 'Matrix work',
      status: 'in_progress',
    })),
  },
  getCustomerAgreements: { object: 'customer', request: at('/api/v1/customers/{id}/agreements') },
  listSupportRequestShares: {
    object: 'supportRequest',
    request: at('/api/v1/support-requests/{customerId}/{id}/shares'),
  },
  shareSupportRequest: {
    object: 'supportRequest',
    request: async (ctx, target) => ({
      url: `/api/v1/support-requests/${target.customerId}/${target.id}/shares/${await otherUserOf(ctx, target.customerId as string)}`,
    }),
  },
  unshareSupportRequest: {
    object: 'supportRequest',
    request: async (ctx, target) => ({
      url: `/api/v1/support-requests/${target.customerId}/${target.id}/shares/${await otherUserOf(ctx, target.customerId as string)}`,
    }),
  },
  getSupportSetup: { object: 'customer', request: at('/api/v1/customers/{id}/support-setup') },
  createSupportWorkspace: {
    object: 'customer',
    request: withBody('/api/v1/customers/{id}/support-setup/workspaces', () => ({
      name: `Matrix ${unique()}`,
      memberIds: [],
    })),
  },
  updateSupportWorkspace: {
    object: 'customer',
    request: async (ctx, target) => ({
      url: `/api/v1/customers/${target.id}/support-setup/workspaces/${await setupObjectOf(ctx, target.id as string, 'workspace')}`,
      body: { name: `Matrix ${unique()}`, memberIds: [] },
    }),
  },
  createSupportAgreement: {
    object: 'customer',
    request: async (ctx, target) => ({
      url: `/api/v1/customers/${target.id}/support-setup/agreements`,
      body: {
        workspaceId: await setupObjectOf(ctx, target.id as string, 'workspace'),
        ...agreementSample(),
      },
    }),
  },
  updateSupportAgreement: {
    object: 'customer',
    request: async (ctx, target) => {
      const customerId = target.id as string;
      return {
        url: `/api/v1/customers/${customerId}/support-setup/agreements/${await setupObjectOf(ctx, customerId, 'agreement')}`,
        body: { workspaceId: await setupObjectOf(ctx, customerId, 'workspace'), ...agreementSample() },
      };
    },
  },
  createSupportPackage: {
    object: 'customer',
    request: async (ctx, target) => ({
      url: `/api/v1/customers/${target.id}/support-setup/agreements/${await setupObjectOf(ctx, target.id as string, 'agreement')}/packages`,
      body: packageSample(),
    }),
  },
  updateSupportPackage: {
    object: 'customer',
    request: async (ctx, target) => ({
      url: `/api/v1/customers/${target.id}/support-setup/packages/${await setupObjectOf(ctx, target.id as string, 'package')}`,
      body: packageSample(),
    }),
  },
  createEntitlement: {
    object: 'customer',
    request: async (ctx, target) => ({
      url: `/api/v1/customers/${target.id}/support-setup/packages/${await setupObjectOf(ctx, target.id as string, 'package')}/entitlements`,
      body: entitlementSample(),
    }),
  },
  updateEntitlement: {
    object: 'customer',
    request: async (ctx, target) => ({
      url: `/api/v1/customers/${target.id}/support-setup/entitlements/${await setupObjectOf(ctx, target.id as string, 'entitlement')}`,
      body: entitlementSample(),
    }),
  },
  createSupportGroup: {
    object: 'customer',
    request: withBody('/api/v1/customers/{id}/support-setup/groups', () => ({
      name: `Matrix ${unique()}`,
      memberIds: [],
      requestIds: [],
    })),
  },
  updateSupportGroup: {
    object: 'customer',
    request: async (ctx, target) => ({
      url: `/api/v1/customers/${target.id}/support-setup/groups/${await setupObjectOf(ctx, target.id as string, 'group')}`,
      body: { name: `Matrix ${unique()}`, memberIds: [], requestIds: [] },
    }),
  },
  listAuditLog: { request: at('/api/v1/audit-log') },
  exportAuditLog: { request: at('/api/v1/audit-log/export') },
};

/** Customer activity's samples name the caller's own customer's records (Customer One's for everyone else). */
const activityCustomer = (ctx: SampleContext) =>
  ctx.caller.caller.kind === 'actor' && ctx.caller.caller.actor.organisationKind === 'customer'
    ? (ctx.caller.organisationId as string)
    : ctx.world.org.customerOne;
const firstOf = async (ctx: SampleContext, statement: ReturnType<typeof sql>) =>
  (await ctx.world.query<{ id: string }>(statement))[0]?.id ?? randomUUID();
const sampleWorkspace = (ctx: SampleContext) =>
  firstOf(ctx, sql`select id from workspaces where customer_id = ${activityCustomer(ctx)} order by name limit 1`);
const sampleAgreement = (ctx: SampleContext) =>
  firstOf(
    ctx,
    sql`select id from support_agreements where customer_id = ${activityCustomer(ctx)} order by ends_on desc limit 1`,
  );
const sampleEntitlement = (ctx: SampleContext) =>
  firstOf(
    ctx,
    sql`select id from entitlements where customer_id = ${activityCustomer(ctx)} and kind = 'consumable' order by id limit 1`,
  );

/** Another active user of the customer than the caller: whom a request is shared with. */
const otherUserOf = (ctx: SampleContext, customerId: string) =>
  firstOf(
    ctx,
    sql`select id from users where organisation_id = ${customerId} and status = 'active'
      and id is distinct from ${actorUserId(ctx)}::uuid order by email limit 1`,
  );

const agreementSample = () => ({
  number: `M-${unique()}`,
  name: 'Matrix agreement',
  startsOn: '2026-01-01',
  endsOn: '2027-12-31',
});
const packageSample = () => ({ kind: 'add_on', name: 'Matrix package', startsOn: '2026-01-01', endsOn: '2026-12-31' });
/** Enough bought that no consumption already logged against the entitlement is more. */
const entitlementSample = () => ({
  category: 'reactive_support',
  kind: 'consumable',
  name: 'Matrix hours',
  description: '',
  unit: 'hours',
  quantityBought: 100_000,
});

type SetupObject = 'workspace' | 'agreement' | 'package' | 'entitlement' | 'group';

/** The customer's first object of the kind in its support setup, made (with what it sits in) when it has none. */
async function setupObjectOf(ctx: SampleContext, customerId: string, kind: SetupObject): Promise<string> {
  const { world } = ctx;
  const first = async (statement: ReturnType<typeof sql>) => (await world.query<{ id: string }>(statement))[0]?.id;
  const made = (statement: ReturnType<typeof sql>) => firstId(world, statement);
  switch (kind) {
    case 'workspace':
      return (
        (await first(sql`select id from workspaces where customer_id = ${customerId} order by id limit 1`)) ??
        made(
          sql`insert into workspaces (customer_id, name) values (${customerId}, ${`Matrix ${unique()}`}) returning id`,
        )
      );
    case 'agreement': {
      const found = await first(
        sql`select id from support_agreements where customer_id = ${customerId} order by id limit 1`,
      );
      if (found) return found;
      const workspaceId = await setupObjectOf(ctx, customerId, 'workspace');
      return made(sql`insert into support_agreements (customer_id, workspace_id, number, name, starts_on, ends_on)
        values (${customerId}, ${workspaceId}, ${`M-${unique()}`}, 'Matrix', '2026-01-01', '2027-12-31') returning id`);
    }
    case 'package': {
      const found = await first(
        sql`select id from support_packages where customer_id = ${customerId} order by id limit 1`,
      );
      if (found) return found;
      const agreementId = await setupObjectOf(ctx, customerId, 'agreement');
      return made(sql`insert into support_packages (customer_id, agreement_id, kind, name, starts_on, ends_on)
        values (${customerId}, ${agreementId}, 'add_on', 'Matrix', '2026-01-01', '2027-12-31') returning id`);
    }
    case 'entitlement': {
      const found = await first(
        sql`select id from entitlements where customer_id = ${customerId} and kind = 'consumable' order by id limit 1`,
      );
      if (found) return found;
      const packageId = await setupObjectOf(ctx, customerId, 'package');
      return made(sql`insert into entitlements (customer_id, package_id, category, kind, name, description, unit,
          quantity_bought)
        values (${customerId}, ${packageId}, 'reactive_support', 'consumable', 'Matrix', '', 'hours', 10) returning id`);
    }
    case 'group':
      return (
        (await first(sql`select id from support_groups where customer_id = ${customerId} order by id limit 1`)) ??
        made(
          sql`insert into support_groups (customer_id, name) values (${customerId}, ${`Matrix ${unique()}`}) returning id`,
        )
      );
  }
}
