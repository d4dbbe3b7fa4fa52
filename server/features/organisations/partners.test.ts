import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ManualClock } from '../../../domain/clock.ts';
import {
  apiTokens,
  auditLog,
  emailOutbox,
  organisations,
  roleAssignments,
  sessions,
  users,
} from '../../db/schema/index.ts';
import type { DatabaseHandle } from '../../platform/db.ts';
import { sha256 } from '../../platform/sessions.ts';
import { type Browser, buildTestApp, signInAs } from '../../testing/app.ts';
import { createTestDatabase } from '../../testing/database.ts';
import { createOrganisation, createUser, linkCustomer, TEST_PASSWORD } from '../../testing/fixtures.ts';
import { findAccountLink } from '../accounts/account-links.ts';

/** Issue #10, SPEC §1, ROL-5: the vendor's Partners area — create, list, edit, suspend and reactivate. */

let handle: DatabaseHandle;
let app: FastifyInstance;
let clock: ManualClock;
let operator: Browser;
const ids: Record<string, string> = {};

beforeAll(async () => {
  handle = await createTestDatabase();
  ({ app, clock } = await buildTestApp(handle.db, { publicUrl: 'https://hub.example.test' }));
  const db = handle.db;
  const vendor = await createOrganisation(db, { kind: 'vendor', name: 'Vendor' });
  await createUser(db, { organisationId: vendor.id, roles: ['vendor_operator'], email: 'op@vendor.test' });
  const nordic = await createOrganisation(db, {
    kind: 'partner',
    name: 'Nordic Distribution',
    partnerTier: 'distributor',
  });
  const alpha = await createOrganisation(db, { kind: 'partner', name: 'Alpha Telecom' });
  const beta = await createOrganisation(db, {
    kind: 'partner',
    name: 'Beta 100% Reseller',
    partnerTier: 'tier2',
    distributorId: nordic.id,
  });
  const alphaFull = await createUser(db, {
    organisationId: alpha.id,
    roles: ['partner_full_admin'],
    email: 'full@alpha.test',
  });
  await createUser(db, { organisationId: alpha.id, roles: ['partner_admin'], email: 'admin@alpha.test' });
  await createUser(db, { organisationId: beta.id, roles: ['partner_full_admin'], email: 'full@beta.test' });
  for (const name of ['Customer A', 'Customer B', 'Customer C']) {
    const customer = await createOrganisation(db, { kind: 'customer', name });
    await linkCustomer(db, { partnerId: alpha.id, customerId: customer.id, createdByUserId: alphaFull.id });
    ids.customerA ??= customer.id;
  }
  Object.assign(ids, { vendor: vendor.id, nordic: nordic.id, alpha: alpha.id, beta: beta.id, alphaFull: alphaFull.id });
  operator = await signInAs(app, 'op@vendor.test');
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

const validPartner = (overrides: Record<string, unknown> = {}) => ({
  name: 'Gamma Networks',
  tier: 'tier1',
  country: 'DK',
  timeZone: 'Europe/Copenhagen',
  admin: { name: 'Gina Gamma', email: 'gina@gamma.test' },
  ...overrides,
});
const partnerCount = async () =>
  (await handle.db.select().from(organisations).where(eq(organisations.kind, 'partner'))).length;
const list = async (query = '') => {
  const response = await operator.request('GET', `/api/v1/partners${query}`);
  expect(response.statusCode).toBe(200);
  return response.json() as {
    items: { id: string; name: string; [k: string]: unknown }[];
    nextCursor: string | null;
    total: number;
  };
};
const actionsOn = async (organisationId: string) =>
  (await handle.db.select().from(auditLog).where(eq(auditLog.organisationId, organisationId)).orderBy(auditLog.id)).map(
    (r) => ({ action: r.action, before: r.before, after: r.after }),
  );

describe('creating a partner', () => {
  it('creates the organisation and invites its first full administrator with a one-time link, in one go', async () => {
    const response = await operator.request('POST', '/api/v1/partners', validPartner());
    expect(response.statusCode).toBe(201);
    const { id, adminId } = response.json();
    const [partner] = await handle.db.select().from(organisations).where(eq(organisations.id, id));
    expect(partner).toMatchObject({
      kind: 'partner',
      name: 'Gamma Networks',
      partnerTier: 'tier1',
      distributorId: null,
      country: 'DK',
      dataRegion: 'EU',
      timeZone: 'Europe/Copenhagen',
      status: 'active',
    });
    const [admin] = await handle.db.select().from(users).where(eq(users.id, adminId));
    expect(admin).toMatchObject({
      organisationId: id,
      email: 'gina@gamma.test',
      name: 'Gina Gamma',
      status: 'invited',
    });
    const roles = await handle.db.select().from(roleAssignments).where(eq(roleAssignments.userId, adminId));
    expect(roles.map((r) => r.role)).toEqual(['partner_full_admin']);

    const [mail] = await handle.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, 'gina@gamma.test'));
    expect(mail?.template).toBe('administrator.invitation');
    expect(mail?.subject).toContain('Gamma Networks');
    const link = mail?.textBody.match(/https:\/\/hub\.example\.test\/invitations\/(\S+)/);
    expect(link).not.toBeNull();
    const stored = await findAccountLink(handle.db, clock, 'invitation', link?.[1] ?? '');
    expect(stored).toMatchObject({ state: 'valid', userId: adminId, organisationId: id });
    expect(stored?.expiresAt.getTime()).toBe(clock.now().getTime() + 7 * 24 * 3_600_000);

    const audit = await actionsOn(id);
    expect(audit.map((a) => a.action)).toEqual(['partner.created', 'administrator.invited']);
    expect(audit[0]?.after).toMatchObject({ name: 'Gamma Networks', tier: 'tier1', country: 'DK' });
    ids.gamma = id;
  });

  it('creates a tier 2 partner under a distributor', async () => {
    const response = await operator.request(
      'POST',
      '/api/v1/partners',
      validPartner({
        name: 'Delta Tier Two',
        tier: 'tier2',
        distributorId: ids.nordic,
        admin: { name: 'Dan', email: 'dan@delta.test' },
      }),
    );
    expect(response.statusCode).toBe(201);
    const detail = (await operator.request('GET', `/api/v1/partners/${response.json().id}`)).json();
    expect(detail.distributor).toEqual({ id: ids.nordic, name: 'Nordic Distribution' });
    expect(detail.administrators).toEqual([
      expect.objectContaining({
        name: 'Dan',
        email: 'dan@delta.test',
        roles: ['partner_full_admin'],
        status: 'invited',
      }),
    ]);
    ids.delta = response.json().id;
  });

  it('asks a tier 2 partner for its distributor, and refuses one for other tiers, naming the field', async () => {
    const before = await partnerCount();
    for (const body of [
      validPartner({ tier: 'tier2', admin: { name: 'X', email: 'x1@x.test' } }),
      validPartner({ tier: 'tier1', distributorId: ids.nordic, admin: { name: 'X', email: 'x2@x.test' } }),
      validPartner({ tier: 'distributor', distributorId: ids.nordic, admin: { name: 'X', email: 'x3@x.test' } }),
    ]) {
      const response = await operator.request('POST', '/api/v1/partners', body);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.field).toBe('distributorId');
    }
    expect(await partnerCount()).toBe(before);
  });

  it('refuses a distributor that is not one', async () => {
    const response = await operator.request(
      'POST',
      '/api/v1/partners',
      validPartner({ tier: 'tier2', distributorId: ids.alpha, admin: { name: 'X', email: 'x4@x.test' } }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe('distributorId');
  });

  it('names admin.email when the address already has an account, and creates nothing', async () => {
    const before = await partnerCount();
    const response = await operator.request(
      'POST',
      '/api/v1/partners',
      validPartner({ name: 'Taken Ltd', admin: { name: 'Someone', email: 'FULL@alpha.test' } }),
    );
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({ code: 'email_taken', field: 'admin.email' });
    expect(await partnerCount()).toBe(before);
    expect(await handle.db.select().from(organisations).where(eq(organisations.name, 'Taken Ltd'))).toEqual([]);
  });

  it('names an unknown country or time zone', async () => {
    const country = await operator.request('POST', '/api/v1/partners', validPartner({ country: 'XX' }));
    expect(country.json().error.field).toBe('country');
    const zone = await operator.request('POST', '/api/v1/partners', validPartner({ timeZone: 'Mars/Olympus' }));
    expect(zone.json().error.field).toBe('timeZone');
  });

  it('is the vendor operators’ only', async () => {
    const full = await signInAs(app, 'full@alpha.test');
    const response = await full.request(
      'POST',
      '/api/v1/partners',
      validPartner({ admin: { name: 'X', email: 'x5@x.test' } }),
    );
    expect(response.statusCode).toBe(403);
    expect((await full.request('GET', `/api/v1/partners/${ids.alpha}`)).statusCode).toBe(403);
    expect((await full.request('PATCH', `/api/v1/partners/${ids.alpha}`, { name: 'Mine' })).statusCode).toBe(403);
  });
});

describe('the partner list', () => {
  it('lists partners by name with tier, distributor, status and counts', async () => {
    const page = await list();
    expect(page.items.map((p) => p.name)).toEqual([
      'Alpha Telecom',
      'Beta 100% Reseller',
      'Delta Tier Two',
      'Gamma Networks',
      'Nordic Distribution',
    ]);
    expect(page.total).toBe(5);
    expect(page.nextCursor).toBeNull();
    expect(page.items[0]).toMatchObject({
      tier: 'tier1',
      customers: 3,
      admins: 2,
      status: 'active',
      distributor: null,
    });
    expect(page.items[1]).toMatchObject({
      tier: 'tier2',
      distributor: { id: ids.nordic, name: 'Nordic Distribution' },
    });
    expect(page.items[3]).toMatchObject({ customers: 0, admins: 1 });
  });

  it('searches by name (a % is a character, not a wildcard) and filters by tier and distributor', async () => {
    expect((await list('?q=gAMMA')).items.map((p) => p.name)).toEqual(['Gamma Networks']);
    expect((await list('?q=100%25')).items.map((p) => p.name)).toEqual(['Beta 100% Reseller']);
    expect((await list('?q=0%25')).items.map((p) => p.name)).toEqual(['Beta 100% Reseller']);
    expect((await list('?tier=distributor')).items.map((p) => p.name)).toEqual(['Nordic Distribution']);
    const underNordic = await list(`?distributorId=${ids.nordic}`);
    expect(underNordic.items.map((p) => p.name)).toEqual(['Beta 100% Reseller', 'Delta Tier Two']);
    expect(underNordic.total).toBe(2);
  });

  it('sorts by a count, descending', async () => {
    const page = await list('?sort=-customers&limit=2');
    expect(page.items.map((p) => p.name)).toEqual(['Alpha Telecom', 'Nordic Distribution']);
    const next = await list(`?sort=-customers&limit=2&cursor=${page.nextCursor}`);
    expect(next.items.map((p) => p.name)).toEqual(['Gamma Networks', 'Delta Tier Two']);
    const byAdmins = await list('?sort=admins&limit=4');
    expect(byAdmins.items.map((p) => [p.name, p.admins])).toEqual([
      ['Nordic Distribution', 0],
      ['Beta 100% Reseller', 1],
      ['Delta Tier Two', 1],
      ['Gamma Networks', 1],
    ]);
    const last = await list(`?sort=admins&limit=4&cursor=${byAdmins.nextCursor}`);
    expect(last.items.map((p) => p.name)).toEqual(['Alpha Telecom']);
    expect(last.nextCursor).toBeNull();
  });

  it('pages by cursor without skipping or repeating a partner', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await list(`?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.items.length).toBeLessThanOrEqual(2);
      expect(page.total).toBe(5);
      seen.push(...page.items.map((p) => p.name));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual((await list()).items.map((p) => p.name));
  });

  it('refuses a cursor of another sort and a page over 200, naming the parameter', async () => {
    const page = await list('?limit=1');
    const other = await operator.request('GET', `/api/v1/partners?sort=-name&cursor=${page.nextCursor}`);
    expect(other.statusCode).toBe(400);
    expect(other.json().error.field).toBe('cursor');
    const big = await operator.request('GET', '/api/v1/partners?limit=201');
    expect(big.statusCode).toBe(400);
    expect(big.json().error.field).toContain('limit');
  });

  it('is refused to partner administrators', async () => {
    const full = await signInAs(app, 'full@alpha.test');
    expect((await full.request('GET', '/api/v1/partners')).statusCode).toBe(403);
  });
});

describe('editing a partner', () => {
  it('changes the fields sent and audits before and after', async () => {
    const response = await operator.request('PATCH', `/api/v1/partners/${ids.gamma}`, {
      name: 'Gamma Networks A/S',
      country: 'NO',
      timeZone: 'Europe/Oslo',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      name: 'Gamma Networks A/S',
      country: 'NO',
      timeZone: 'Europe/Oslo',
      tier: 'tier1',
    });
    const audit = (await actionsOn(ids.gamma as string)).at(-1);
    expect(audit).toEqual({
      action: 'partner.updated',
      before: { name: 'Gamma Networks', country: 'DK', timeZone: 'Europe/Copenhagen' },
      after: { name: 'Gamma Networks A/S', country: 'NO', timeZone: 'Europe/Oslo' },
    });
  });

  it('moves a partner to tier 2 only with a distributor, and leaving tier 2 drops it', async () => {
    const without = await operator.request('PATCH', `/api/v1/partners/${ids.gamma}`, { tier: 'tier2' });
    expect(without.statusCode).toBe(400);
    expect(without.json().error.field).toBe('distributorId');
    const under = await operator.request('PATCH', `/api/v1/partners/${ids.gamma}`, {
      tier: 'tier2',
      distributorId: ids.nordic,
    });
    expect(under.json()).toMatchObject({ tier: 'tier2', distributor: { id: ids.nordic } });
    const back = await operator.request('PATCH', `/api/v1/partners/${ids.gamma}`, { tier: 'tier1' });
    expect(back.json()).toMatchObject({ tier: 'tier1', distributor: null });
    const tier1WithDistributor = await operator.request('PATCH', `/api/v1/partners/${ids.gamma}`, {
      distributorId: ids.nordic,
    });
    expect(tier1WithDistributor.statusCode).toBe(400);
  });

  it('keeps a distributor with tier 2 partners a distributor (409)', async () => {
    const response = await operator.request('PATCH', `/api/v1/partners/${ids.nordic}`, { tier: 'tier1' });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('distributor_has_partners');
    const [row] = await handle.db
      .select()
      .from(organisations)
      .where(eq(organisations.id, ids.nordic as string));
    expect(row?.partnerTier).toBe('distributor');
  });

  it('is 404 for an organisation that is not a partner', async () => {
    expect((await operator.request('GET', `/api/v1/partners/${ids.vendor}`)).statusCode).toBe(404);
    expect((await operator.request('PATCH', `/api/v1/partners/${ids.vendor}`, { name: 'x' })).statusCode).toBe(404);
  });
});

describe('suspending and reactivating a partner', () => {
  const signIn = (email: string) =>
    app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email, password: TEST_PASSWORD } });
  const token = 'alpha-script-token-secret';
  const withToken = () =>
    app.inject({ method: 'GET', url: '/api/v1/customers', headers: { authorization: `Bearer ${token}` } });

  it('signs its users out, refuses their sessions, sign-in and API tokens, and keeps its data for the vendor', async () => {
    await handle.db.insert(apiTokens).values({
      organisationId: ids.alpha as string,
      name: 'script',
      tokenHash: sha256(token),
      userId: ids.alphaFull as string,
      createdAt: clock.now(),
    });
    expect((await withToken()).statusCode).toBe(200);
    const full = await signInAs(app, 'full@alpha.test');
    expect((await full.request('GET', '/api/v1/me')).statusCode).toBe(200);
    // An invited administrator's link is revoked too.
    const invited = await operator.request(
      'POST',
      '/api/v1/partners',
      validPartner({
        name: 'Epsilon',
        admin: { name: 'Eve', email: 'eve@epsilon.test' },
      }),
    );
    const epsilon = invited.json().id as string;
    const [mail] = await handle.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, 'eve@epsilon.test'));
    const linkToken = mail?.textBody.match(/\/invitations\/(\S+)/)?.[1] ?? '';

    const open = await handle.db
      .select()
      .from(sessions)
      .where(eq(sessions.organisationId, ids.alpha as string));
    expect(open.length).toBeGreaterThan(0);
    const suspended = await operator.request('PATCH', `/api/v1/partners/${ids.alpha}`, { status: 'suspended' });
    expect(suspended.statusCode).toBe(200);
    expect(suspended.json()).toMatchObject({ status: 'suspended', suspendedAt: clock.now().toISOString() });
    expect(
      await handle.db
        .select()
        .from(sessions)
        .where(eq(sessions.organisationId, ids.alpha as string)),
    ).toEqual([]);

    const session = await full.request('GET', '/api/v1/me');
    expect(session.statusCode).toBe(401);
    const refused = await signIn('full@alpha.test');
    expect(refused.statusCode).toBe(401);
    expect(refused.json().error.code).toBe('organisation_suspended');
    // A wrong password still says only that the credentials are wrong.
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email: 'full@alpha.test', password: 'not the password at all' },
    });
    expect(wrong.json().error.code).toBe('invalid_credentials');
    const script = await withToken();
    expect(script.statusCode).toBe(401);
    expect(script.json().error.code).toBe('organisation_suspended');

    const listed = await list('?status=suspended');
    expect(listed.items.map((p) => p.name)).toEqual(['Alpha Telecom']);
    expect(listed.items[0]).toMatchObject({ customers: 3, admins: 2 });
    const customer = await operator.request('GET', `/api/v1/organisations/${ids.customerA}`);
    expect(customer.statusCode).toBe(200);
    expect((await operator.request('GET', `/api/v1/partners/${ids.alpha}`)).json().administrators).toHaveLength(2);
    expect((await actionsOn(ids.alpha as string)).at(-1)).toMatchObject({
      action: 'partner.suspended',
      before: { status: 'active' },
      after: { status: 'suspended', sessionsEnded: open.length },
    });

    await operator.request('PATCH', `/api/v1/partners/${epsilon}`, { status: 'suspended' });
    expect((await findAccountLink(handle.db, clock, 'invitation', linkToken))?.state).toBe('revoked');
    expect((await list('?status=active')).items.map((p) => p.name)).not.toContain('Alpha Telecom');
  });

  it('a session opened while it was suspended is refused with the clear code', async () => {
    // A session that slipped in (e.g. opened just before the suspension committed) is still refused.
    const [user] = await handle.db.select().from(users).where(eq(users.email, 'admin@alpha.test'));
    await handle.db.insert(sessions).values({
      tokenHash: sha256('slipped-in-session'),
      userId: user?.id as string,
      organisationId: ids.alpha as string,
      csrfToken: 'csrf',
      createdAt: clock.now(),
      lastSeenAt: clock.now(),
      expiresAt: new Date(clock.now().getTime() + 3_600_000),
    });
    const response = await app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { cookie: 'ch_session=slipped-in-session' },
    });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('organisation_suspended');
  });

  it('reactivating lets its users sign in again and its tokens work', async () => {
    clock.advance(60_000);
    const response = await operator.request('PATCH', `/api/v1/partners/${ids.alpha}`, { status: 'active' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'active', suspendedAt: null });
    expect((await signIn('full@alpha.test')).statusCode).toBe(200);
    expect((await withToken()).statusCode).toBe(200);
    const [row] = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.organisationId, ids.alpha as string), eq(auditLog.action, 'partner.reactivated')));
    expect(row?.before).toMatchObject({ status: 'suspended' });
  });

  it('the vendor resends a partner administrator’s invitation, e.g. after a suspension revoked it', async () => {
    const created = await operator.request(
      'POST',
      '/api/v1/partners',
      validPartner({ name: 'Zeta', admin: { name: 'Zoe', email: 'zoe@zeta.test' } }),
    );
    const zeta = created.json().id as string;
    const linksTo = async () =>
      (await handle.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, 'zoe@zeta.test'))).map(
        (mail) => mail.textBody.match(/\/invitations\/(\S+)/)?.[1] ?? '',
      );
    const [first] = await linksTo();
    const zoe = (await operator.request('GET', `/api/v1/partners/${zeta}`)).json().administrators[0].id as string;
    const resend = () => operator.request('POST', `/api/v1/partners/${zeta}/administrators/${zoe}/invitation`);

    await operator.request('PATCH', `/api/v1/partners/${zeta}`, { status: 'suspended' });
    const whileSuspended = await resend();
    expect(whileSuspended.statusCode).toBe(409);
    expect(whileSuspended.json().error.code).toBe('organisation_suspended');
    await operator.request('PATCH', `/api/v1/partners/${zeta}`, { status: 'active' });
    expect((await findAccountLink(handle.db, clock, 'invitation', first ?? ''))?.state).toBe('revoked');

    const resent = await resend();
    expect(resent.statusCode).toBe(201);
    const links = await linksTo();
    expect(links).toHaveLength(2);
    expect((await findAccountLink(handle.db, clock, 'invitation', links[1] ?? ''))?.state).toBe('valid');
    expect((await actionsOn(zeta)).map((a) => a.action)).toContain('administrator.invitation_resent');

    // Only vendor operators; an administrator of another partner is not found there.
    const full = await signInAs(app, 'full@alpha.test');
    expect((await full.request('POST', `/api/v1/partners/${zeta}/administrators/${zoe}/invitation`)).statusCode).toBe(
      403,
    );
    const alphaAdmin = (await operator.request('GET', `/api/v1/partners/${ids.alpha}`)).json().administrators[0].id;
    expect(
      (await operator.request('POST', `/api/v1/partners/${zeta}/administrators/${alphaAdmin}/invitation`)).statusCode,
    ).toBe(404);
  });

  it('changes nothing when the status is already the one sent', async () => {
    const before = (await actionsOn(ids.alpha as string)).length;
    expect((await operator.request('PATCH', `/api/v1/partners/${ids.alpha}`, { status: 'active' })).statusCode).toBe(
      200,
    );
    expect((await actionsOn(ids.alpha as string)).length).toBe(before);
  });
});
