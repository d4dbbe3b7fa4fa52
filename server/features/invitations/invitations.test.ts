import { and, desc, eq, sql } from 'drizzle-orm';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY_MS, type ManualClock } from '../../../domain/clock.ts';
import type { TrialDetail } from '../../../domain/contracts/trials.ts';
import { auditLog, emailOutbox, organisations, users } from '../../db/schema/index.ts';
import type { DatabaseHandle } from '../../platform/db.ts';
import { buildTestApp } from '../../testing/app.ts';
import { createTestDatabase } from '../../testing/database.ts';
import { createOrganisation, createUser } from '../../testing/fixtures.ts';
import { REDACTED_TOKEN } from '../mail/redact-links.ts';
import { browsersFor, buildChannel, newCustomerTrial } from '../trials/trials.fixtures.ts';

/**
 * Issue #10: invitation links — valid, expired (clock), used, tampered, revoked by a resend; the password rules;
 * two accepts at once; a suspended organisation; renewal requests; trial customers' admins; Sent mail redacts.
 */

let handle: DatabaseHandle;
let app: FastifyInstance;
let clock: ManualClock;
const PUBLIC_URL = 'https://hub.example.test';
const PASSWORD = 'a long invitation passphrase';
const { as, advanceDays } = browsersFor(
  () => app,
  () => handle.db,
  () => clock,
);

beforeAll(async () => {
  handle = await createTestDatabase();
  ({ app, clock } = await buildTestApp(handle.db, { publicUrl: PUBLIC_URL }));
  await buildChannel(handle.db);
});
afterAll(async () => {
  await app?.close();
  await handle?.close();
});

let sequence = 0;
/** Partner One's full administrator invites someone; returns the user id and the link's token from the e-mail. */
async function invite(name = 'Ines Invitee') {
  const email = `invitee${++sequence}@p1.test`;
  const answer = await (await as('full@p1.test')).request('POST', '/api/v1/administrators', {
    email,
    name,
    roles: ['partner_admin'],
  });
  expect(answer.statusCode, answer.body).toBe(201);
  return { id: answer.json().id as string, email, token: await latestToken(email) };
}

async function latestBody(to: string, template?: string) {
  const [row] = await handle.db
    .select({ id: emailOutbox.id, body: emailOutbox.textBody })
    .from(emailOutbox)
    .where(and(eq(emailOutbox.toAddress, to), template ? eq(emailOutbox.template, template) : undefined))
    .orderBy(desc(emailOutbox.id))
    .limit(1);
  if (!row) throw new Error(`no e-mail to ${to}`);
  return row;
}

async function latestToken(to: string) {
  const { body } = await latestBody(to);
  const match = new RegExp(`${PUBLIC_URL}/invitations/([A-Za-z0-9_-]+)`).exec(body);
  if (!match?.[1]) throw new Error(`no invitation link in: ${body}`);
  return match[1];
}

const get = (token: string) => app.inject({ method: 'GET', url: `/api/v1/invitations/${token}` });
const accept = (token: string, password = PASSWORD, name = 'Ada Invitee') =>
  app.inject({ method: 'POST', url: `/api/v1/invitations/${token}/accept`, payload: { name, newPassword: password } });
const renew = (token: string) => app.inject({ method: 'POST', url: `/api/v1/invitations/${token}/renewal-request` });
const errorOf = (answer: LightMyRequestResponse) => answer.json().error as { code: string; field?: string };
const cookieOf = (answer: LightMyRequestResponse) => answer.cookies.map((c) => `${c.name}=${c.value}`).join('; ');

describe('an invitation link (issue #10)', () => {
  it('shows who invited whom to which organisation, for 7 days', async () => {
    const { token } = await invite();
    const answer = await get(token);
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toMatchObject({
      state: 'valid',
      invitee: { name: 'Ines Invitee' },
      organisation: { name: 'Partner One', kind: 'partner', suspended: false },
      inviter: { name: 'full@p1.test', organisationName: 'Partner One' },
      accepted: false,
      renewalRequested: false,
    });
    expect(new Date(answer.json().expiresAt).getTime() - clock.now().getTime()).toBe(7 * DAY_MS);
  });

  it('is 404 when unknown or tampered with', async () => {
    const { token } = await invite();
    const tampered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    expect((await get(tampered)).statusCode).toBe(404);
    expect((await accept(tampered)).statusCode).toBe(404);
    expect((await renew(tampered)).statusCode).toBe(404);
    expect((await get('not-a-token')).statusCode).toBe(404);
  });

  it('asks for the invitee’s name, naming the field', async () => {
    const { token } = await invite();
    const answer = await accept(token, PASSWORD, '   ');
    expect(answer.statusCode).toBe(400);
    expect(errorOf(answer).field).toBe('name');
    expect((await get(token)).json().state).toBe('valid');
  });

  it('refuses passwords that break the rules, naming the field', async () => {
    const { token, email } = await invite('Ines Invitee');
    for (const [password, code] of [
      ['short', 'invalid_input'],
      ['passwordpassword', 'weak_password'],
      [email, 'weak_password'],
      ['ines invitee', 'weak_password'],
    ] as const) {
      const answer = await accept(token, password);
      expect(answer.statusCode, password).toBe(400);
      expect(errorOf(answer).field, password).toBe('newPassword');
      if (code === 'weak_password') expect(errorOf(answer).code, password).toBe(code);
    }
    expect((await get(token)).json().state).toBe('valid');
  });

  it('signs the invitee in with the chosen password; the link works once', async () => {
    const { token, email, id } = await invite();
    const answer = await accept(token, PASSWORD, '  Ada Lovelace ');
    expect(answer.statusCode, answer.body).toBe(200);
    // The invitee's own spelling of the name replaces the inviter's.
    expect(answer.json()).toMatchObject({
      session: { user: { email, name: 'Ada Lovelace' }, roles: ['partner_admin'] },
      next: null,
    });
    const me = await app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: cookieOf(answer) } });
    expect(me.statusCode).toBe(200);
    const signIn = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email, password: PASSWORD },
    });
    expect(signIn.statusCode).toBe(200);
    const again = await accept(token, 'another long passphrase');
    expect(again.statusCode).toBe(409);
    expect(errorOf(again).code).toBe('link_used');
    expect((await get(token)).json()).toMatchObject({ state: 'used', accepted: true });
    const audit = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'invitation.accepted'), eq(auditLog.targetId, id)));
    expect(audit).toHaveLength(1);
  });

  it('lets exactly one of two accepts at once succeed', async () => {
    const { token } = await invite();
    const answers = await Promise.all([accept(token), accept(token, 'a different long passphrase')]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
  });

  it('expires after 7 days on the clock; its holder may ask for a new one, once', async () => {
    const { token, email } = await invite();
    await advanceDays(7);
    expect((await get(token)).json().state).toBe('expired');
    const refused = await accept(token);
    expect(refused.statusCode).toBe(409);
    expect(errorOf(refused).code).toBe('link_expired');
    const asked = await renew(token);
    expect(asked.statusCode, asked.body).toBe(202);
    const request = await latestBody('full@p1.test', 'invitation.renewal-request');
    expect(request.body).toContain(email);
    expect(request.body).toContain(`${PUBLIC_URL}/administrators`);
    expect((await get(token)).json().renewalRequested).toBe(true);
    const twice = await renew(token);
    expect(twice.statusCode).toBe(409);
    expect(errorOf(twice).code).toBe('renewal_already_requested');
  });

  it('cannot be renewed while it still works', async () => {
    const { token } = await invite();
    expect(errorOf(await renew(token)).code).toBe('link_valid');
  });

  it('is revoked by a resend, whose new link works', async () => {
    const { token, id, email } = await invite();
    const resent = await (await as('full@p1.test')).request('POST', `/api/v1/administrators/${id}/invitation`);
    expect(resent.statusCode, resent.body).toBe(201);
    const fresh = await latestToken(email);
    expect(fresh).not.toBe(token);
    expect((await get(token)).json().state).toBe('revoked');
    expect(errorOf(await accept(token)).code).toBe('link_revoked');
    expect((await accept(fresh)).statusCode).toBe(200);
    const afterAccept = await (await as('full@p1.test')).request('POST', `/api/v1/administrators/${id}/invitation`);
    expect(afterAccept.statusCode).toBe(409);
    expect(errorOf(afterAccept).code).toBe('not_invited');
  });

  it('is resent only by the organisation’s managers, for its own administrators', async () => {
    const { id } = await invite();
    expect(
      (await (await as('admin@p1.test')).request('POST', `/api/v1/administrators/${id}/invitation`)).statusCode,
    ).toBe(403);
    expect(
      (await (await as('full@p2.test')).request('POST', `/api/v1/administrators/${id}/invitation`)).statusCode,
    ).toBe(404);
  });

  it('cannot be accepted by a user of a suspended organisation', async () => {
    const suspended = await createOrganisation(handle.db, { kind: 'partner', name: 'Dormant Partner' });
    await createUser(handle.db, {
      organisationId: suspended.id,
      roles: ['partner_full_admin'],
      email: 'full@dormant.test',
    });
    const answer = await (await as('full@dormant.test')).request('POST', '/api/v1/administrators', {
      email: 'new@dormant.test',
      name: 'New Admin',
      roles: ['partner_admin'],
    });
    expect(answer.statusCode).toBe(201);
    const token = await latestToken('new@dormant.test');
    await handle.db
      .update(organisations)
      .set({ status: 'suspended', suspendedAt: clock.now() })
      .where(eq(organisations.id, suspended.id));
    expect((await get(token)).json().organisation.suspended).toBe(true);
    const refused = await accept(token);
    expect(refused.statusCode).toBe(403);
    expect(errorOf(refused).code).toBe('organisation_suspended');
    const [user] = await handle.db.select().from(users).where(eq(users.email, 'new@dormant.test'));
    expect(user?.status).toBe('invited');
  });
});

describe('a new trial customer’s administrator (issue #10)', () => {
  it('gets a link in the welcome e-mail, chooses a password and lands on the trial to finish it', async () => {
    const request = newCustomerTrial({ country: 'DK' });
    const started = await (await as('sales@p1.test')).request('POST', '/api/v1/trials', request);
    expect(started.statusCode, started.body).toBe(201);
    const { trial } = started.json() as { trial: TrialDetail };
    const welcome = await latestBody(request.adminEmail, 'trial.welcome');
    expect(welcome.body).toContain('Vælg din adgangskode her');
    const token = await latestToken(request.adminEmail);
    const view = (await get(token)).json();
    expect(view).toMatchObject({
      organisation: { name: 'Fjord Logistics', kind: 'customer' },
      inviter: { organisationName: 'Partner One' },
    });
    const issued = await handle.db.select().from(auditLog).where(eq(auditLog.action, 'invitation.link_issued'));
    expect(issued.map((row) => (row.after as { trialId?: string }).trialId)).toContain(trial.id);
    const accepted = await accept(token);
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().next).toBe('/console/trial-requests');
    const cookie = cookieOf(accepted);
    const csrf = accepted.json().session.csrfToken as string;
    const finished = await app.inject({
      method: 'POST',
      url: `/api/v1/trials/${trial.id}/complete-setup`,
      headers: { cookie, 'x-csrf-token': csrf },
      payload: { version: trial.version },
    });
    expect(finished.statusCode, finished.body).toBe(200);
    expect(finished.json().state).toBe('provisioning');
  });

  it('gets a new link with a resent consent request, which revokes the earlier one', async () => {
    const customer = await createOrganisation(handle.db, { kind: 'customer', name: 'Saga Media' });
    const [invited] = await handle.db
      .insert(users)
      .values({
        organisationId: customer.id,
        email: 'head@saga.test',
        name: 'Head',
        status: 'invited',
        createdAt: clock.now(),
      })
      .returning();
    await handle.db.execute(
      sql`insert into role_assignments (organisation_id, user_id, role, created_at) values (${customer.id}, ${invited?.id}, 'customer_full_admin', ${clock.now()})`,
    );
    const sales = await as('sales@p1.test');
    const started = await sales.request('POST', `/api/v1/customers/${customer.id}/trials`, {
      adminEmail: 'head@saga.test',
      services: ['messaging'],
      licenceQuantity: 5,
      durationDays: 30,
    });
    expect(started.statusCode, started.body).toBe(201);
    const first = await latestToken('head@saga.test');
    const { trial } = started.json() as { trial: TrialDetail };
    const resent = await sales.request('POST', `/api/v1/trials/${trial.id}/resend-consent`, { version: trial.version });
    expect(resent.statusCode, resent.body).toBe(200);
    const second = await latestToken('head@saga.test');
    expect(second).not.toBe(first);
    expect((await get(first)).json().state).toBe('revoked');
    const accepted = await accept(second);
    expect(accepted.json().next).toBe('/console/trial-requests');
  });
});

describe('the Sent mail page (issue #10)', () => {
  it('never shows a one-time link’s token', async () => {
    const { email, token } = await invite();
    const { id } = await latestBody(email);
    const message = await (await as('op@v.test')).request('GET', `/api/v1/sent-mail/${id}`);
    expect(message.statusCode).toBe(200);
    const body = message.json().textBody as string;
    expect(body).not.toContain(token);
    expect(body).toContain(`${PUBLIC_URL}/invitations/${REDACTED_TOKEN}`);
  });
});
