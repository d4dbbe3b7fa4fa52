import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ManualClock } from '../../../domain/clock.ts';
import { adminSignIns, auditLog, sessions } from '../../db/schema/index.ts';
import type { DatabaseHandle } from '../../platform/db.ts';
import { deleteExpiredSessions } from '../../platform/sessions.ts';
import { buildTestApp, signInAs } from '../../testing/app.ts';
import { createTestDatabase } from '../../testing/database.ts';
import { createOrganisation, createUser, TEST_PASSWORD } from '../../testing/fixtures.ts';

let handle: DatabaseHandle;
let app: FastifyInstance;
let clock: ManualClock;

beforeAll(async () => {
  handle = await createTestDatabase();
  ({ app, clock } = await buildTestApp(handle.db));
  const partner = await createOrganisation(handle.db, { kind: 'partner', name: 'Partner One' });
  await createUser(handle.db, { organisationId: partner.id, roles: ['partner_full_admin'], email: 'full@p1.test' });
  await createUser(handle.db, { organisationId: partner.id, roles: ['partner_read_only_admin'], email: 'ro@p1.test' });
  const vendor = await createOrganisation(handle.db, { kind: 'vendor', name: 'Vendor' });
  await createUser(handle.db, { organisationId: vendor.id, roles: ['vendor_operator'], email: 'op@vendor.test' });
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

const signInRequest = (email: string, password: string) =>
  app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email, password } });

describe('sign-in', () => {
  it('with the right password returns the user, organisation, roles and a CSRF token, and sets an http-only cookie', async () => {
    const response = await signInRequest('Full@P1.test', TEST_PASSWORD);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.user.email).toBe('full@p1.test');
    expect(body.organisation).toMatchObject({ name: 'Partner One', kind: 'partner', partnerTier: 'tier1' });
    expect(body.roles).toEqual(['partner_full_admin']);
    expect(body.csrfToken.length).toBeGreaterThan(20);
    const cookie = response.cookies.find((c) => c.name === 'ch_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const [stored] = await handle.db.select().from(sessions).limit(1);
    expect(stored?.tokenHash).not.toBe(cookie?.value);
  });

  it('with a wrong password or an unknown e-mail is refused with the same answer', async () => {
    const wrongPassword = await signInRequest('full@p1.test', 'not the password');
    const unknownEmail = await signInRequest('nobody@p1.test', TEST_PASSWORD);
    for (const response of [wrongPassword, unknownEmail]) {
      expect(response.statusCode).toBe(401);
      expect(response.json().error.code).toBe('invalid_credentials');
      expect(response.cookies).toHaveLength(0);
    }
  });

  it('names the field when the input is malformed', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email: 'x' } });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe('email');
  });

  it('is rate-limited per address: the 11th attempt within a minute gets 429', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 11; attempt++) {
      statuses.push((await signInRequest('ro@p1.test', 'guess')).statusCode);
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
    expect((await signInRequest('ro@p1.test', TEST_PASSWORD)).json().error.code).toBe('rate_limited');
    expect((await signInRequest('full@p1.test', TEST_PASSWORD)).statusCode).toBe(200);
  });
});

describe('public documents', () => {
  it('serve the OpenAPI 3.1 description and its docs page without signing in', async () => {
    const document = await app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(document.statusCode).toBe(200);
    expect(document.json().openapi).toBe('3.1.0');
    expect(document.json().paths).toHaveProperty('/api/v1/auth/sign-in');
    expect((await app.inject({ method: 'GET', url: '/api/v1/docs/' })).statusCode).toBe(200);
  });
});

describe('sessions', () => {
  it('GET /me answers 401 without a session', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/me' });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('unauthorized');
  });

  it('sign-out ends the session', async () => {
    const browser = await signInAs(app, 'full@p1.test');
    expect((await browser.request('GET', '/api/v1/me')).statusCode).toBe(200);
    expect((await browser.request('POST', '/api/v1/auth/sign-out')).statusCode).toBe(204);
    expect((await browser.request('GET', '/api/v1/me')).statusCode).toBe(401);
  });

  it('expires after 12 idle hours on the clock, and use keeps it alive', async () => {
    const idle = await signInAs(app, 'full@p1.test');
    const active = await signInAs(app, 'full@p1.test');
    clock.advance(11 * 3_600_000);
    expect((await active.request('GET', '/api/v1/me')).statusCode).toBe(200);
    clock.advance(2 * 3_600_000);
    expect((await idle.request('GET', '/api/v1/me')).statusCode).toBe(401);
    expect((await active.request('GET', '/api/v1/me')).statusCode).toBe(200);
    expect(await deleteExpiredSessions(handle.db, clock)).toBeGreaterThan(0);
    expect((await active.request('GET', '/api/v1/me')).statusCode).toBe(200);
  });

  it('refuses a state-changing request without the CSRF token, and accepts it with the token', async () => {
    const browser = await signInAs(app, 'full@p1.test');
    const withoutToken = await app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      payload: { locale: 'da' },
      headers: { cookie: browser.cookie },
    });
    expect(withoutToken.statusCode).toBe(403);
    expect(withoutToken.json().error.code).toBe('csrf');
    const wrongToken = await browser.request('PATCH', '/api/v1/me', { locale: 'da' }, { 'x-csrf-token': 'forged' });
    expect(wrongToken.statusCode).toBe(403);
    expect((await browser.request('GET', '/api/v1/me')).json().user.locale).toBe('en');
    const withToken = await browser.request('PATCH', '/api/v1/me', { locale: 'da' });
    expect(withToken.statusCode).toBe(200);
    expect(withToken.json().user.locale).toBe('da');
  });

  it('refuses an unknown language naming the field', async () => {
    const browser = await signInAs(app, 'full@p1.test');
    const response = await browser.request('PATCH', '/api/v1/me', { locale: 'xx' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe('locale');
  });
});

describe('demo clock', () => {
  it('is moved forward by a vendor operator, audited, and shown by /me', async () => {
    const operator = await signInAs(app, 'op@vendor.test');
    const before = new Date((await operator.request('GET', '/api/v1/me')).json().now);
    const response = await operator.request('POST', '/api/v1/demo/clock', { advanceDays: 10 });
    expect(response.statusCode).toBe(200);
    expect(new Date(response.json().now).getTime() - before.getTime()).toBe(10 * 86_400_000);
    expect((await operator.request('GET', '/api/v1/me')).json().now).toBe(response.json().now);
    const audit = await handle.db.select().from(auditLog).where(eq(auditLog.action, 'demo_clock.moved'));
    expect(audit).toHaveLength(1);
  });

  it('never moves back, and refuses a request that gives neither or both fields', async () => {
    const operator = await signInAs(app, 'op@vendor.test');
    const past = await operator.request('POST', '/api/v1/demo/clock', { to: '2020-01-01T00:00:00Z' });
    expect(past.statusCode).toBe(400);
    expect(past.json().error.field).toBe('to');
    expect((await operator.request('POST', '/api/v1/demo/clock', {})).statusCode).toBe(400);
  });

  it('cannot be moved by a partner administrator', async () => {
    const partner = await signInAs(app, 'full@p1.test');
    const response = await partner.request('POST', '/api/v1/demo/clock', { advanceDays: 1 });
    expect(response.statusCode).toBe(403);
  });

  it('does not exist outside demo mode', async () => {
    const production = await buildTestApp(handle.db, { demoMode: false });
    const operator = await signInAs(production.app, 'op@vendor.test');
    expect((await operator.request('POST', '/api/v1/demo/clock', { advanceDays: 1 })).statusCode).toBe(404);
    await production.app.close();
  });
});

describe('customer administrator sign-in (CUS-2 "No recent activity")', () => {
  it('is recorded as console activity; a partner administrator’s sign-in is not', async () => {
    const customer = await createOrganisation(handle.db, { kind: 'customer', name: 'Signing Customer' });
    await createUser(handle.db, { organisationId: customer.id, roles: ['customer_full_admin'], email: 'ca@c.test' });
    await signInAs(app, 'ca@c.test');
    await signInAs(app, 'full@p1.test');
    const recorded = await handle.db.select().from(adminSignIns);
    expect(recorded.map((r) => [r.customerId, r.signedInAt.toISOString()])).toEqual([
      [customer.id, clock.now().toISOString()],
    ]);
  });
});
