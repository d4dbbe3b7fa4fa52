import { and, eq, sql } from 'drizzle-orm';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ManualClock } from '../../../domain/clock.ts';
import { auditLog, identityProviders, oidcSignIns, organisations, sessions, users } from '../../db/schema/index.ts';
import type { DatabaseHandle } from '../../platform/db.ts';
import { type Browser, buildTestApp, signInAs } from '../../testing/app.ts';
import { createTestDatabase } from '../../testing/database.ts';
import { createOrganisation, createUser, TEST_PASSWORD } from '../../testing/fixtures.ts';
import { loginAtIssuer, startTestIssuer, type TestIssuer } from '../../testing/oidc-issuer.ts';

/** Issue #10: single sign-on with OpenID Connect against a real provider (oidc-provider) on loopback. */

const PUBLIC_URL = 'http://hub.test';
let handle: DatabaseHandle;
let app: FastifyInstance;
let clock: ManualClock;
let issuer: TestIssuer;
let admin: Browser;
const ids: Record<string, string> = {};

beforeAll(async () => {
  handle = await createTestDatabase();
  ({ app, clock } = await buildTestApp(handle.db, { publicUrl: PUBLIC_URL }));
  issuer = await startTestIssuer({ redirectUris: [`${PUBLIC_URL}/api/v1/auth/sso/callback`] });
  const db = handle.db;
  const acme = await createOrganisation(db, { kind: 'partner', name: 'Acme' });
  const beta = await createOrganisation(db, { kind: 'partner', name: 'Beta' });
  await createUser(db, { organisationId: acme.id, roles: ['partner_full_admin'], email: 'full@acme.test' });
  const alice = await createUser(db, { organisationId: acme.id, roles: ['partner_admin'], email: 'alice@acme.test' });
  const bob = await createUser(db, {
    organisationId: acme.id,
    roles: ['partner_read_only_admin'],
    email: 'bob@acme.test',
  });
  await db.update(users).set({ status: 'invited', passwordHash: null }).where(eq(users.id, bob.id));
  const dave = await createUser(db, { organisationId: acme.id, roles: ['partner_admin'], email: 'dave@acme.test' });
  await db.update(users).set({ status: 'disabled' }).where(eq(users.id, dave.id));
  await createUser(db, { organisationId: acme.id, roles: [], email: 'licensed@acme.test' });
  // A user of another organisation whose address happens to be in Acme's domain.
  await createUser(db, { organisationId: beta.id, roles: ['partner_full_admin'], email: 'eve@acme.test' });
  await createUser(db, { organisationId: beta.id, roles: ['partner_full_admin'], email: 'full@beta.test' });
  Object.assign(ids, { acme: acme.id, beta: beta.id, alice: alice.id, bob: bob.id });
  admin = await signInAs(app, 'full@acme.test');
});
afterAll(async () => {
  await app.close();
  await issuer?.close();
  await handle.close();
});

const settings = () => ({
  issuer: issuer.issuer,
  clientId: issuer.clientId,
  clientSecret: issuer.clientSecret,
  domains: ['Acme.test'],
  enabled: true,
});

/** Starts a sign-in at the hub and returns where the hub sent the browser. */
async function start(email: string, returnTo?: string) {
  const response = await app.inject({
    method: 'GET',
    url: `/api/v1/auth/sso/start?${new URLSearchParams({ email, ...(returnTo ? { returnTo } : {}) })}`,
  });
  expect(response.statusCode).toBe(302);
  return String(response.headers.location);
}

/** The hub's answer at its callback to what the provider sent back. */
const callback = (back: URL) =>
  app.inject({ method: 'GET', url: `${back.pathname}${back.search}`, headers: { 'user-agent': 'SSO test browser' } });

/** Signs in at the provider as `login` after starting with `email`; the hub's callback response. */
async function signInThroughProvider(email: string, login = email): Promise<LightMyRequestResponse> {
  const authorizationUrl = await start(email);
  expect(authorizationUrl.startsWith(`${issuer.issuer}/`)).toBe(true);
  const back = await loginAtIssuer(authorizationUrl, login);
  expect(`${back.origin}${back.pathname}`).toBe(`${PUBLIC_URL}/api/v1/auth/sso/callback`);
  return callback(back);
}

const failureOf = (response: LightMyRequestResponse) => {
  expect(response.statusCode).toBe(302);
  expect(response.cookies.find((c) => c.name === 'ch_session')).toBeUndefined();
  // A redirect without a body, as the OpenAPI document declares it.
  expect(response.body).toBe('');
  return new URL(String(response.headers.location), PUBLIC_URL).searchParams.get('sso_error');
};

describe('configuring single sign-on', () => {
  it('is for full administrators only', async () => {
    await createUser(handle.db, {
      organisationId: ids.acme as string,
      roles: ['partner_admin'],
      email: 'pa@acme.test',
    });
    const partnerAdmin = await signInAs(app, 'pa@acme.test');
    expect((await partnerAdmin.request('GET', '/api/v1/organisation/single-sign-on')).statusCode).toBe(403);
    expect((await partnerAdmin.request('PUT', '/api/v1/organisation/single-sign-on', settings())).statusCode).toBe(403);
  });

  it('runs discovery against the issuer on save: an issuer that does not answer is a 400 naming it', async () => {
    const response = await admin.request('PUT', '/api/v1/organisation/single-sign-on', {
      ...settings(),
      issuer: 'http://127.0.0.1:9/nothing-here',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ field: 'issuer' });
    expect(response.json().error.message).toContain('discovery');
    const [row] = await handle.db
      .select()
      .from(identityProviders)
      .where(eq(identityProviders.organisationId, ids.acme as string));
    expect(row).toBeUndefined();
  });

  it('refuses plain http off loopback and a first save without a secret', async () => {
    const http = await admin.request('PUT', '/api/v1/organisation/single-sign-on', {
      ...settings(),
      issuer: 'http://login.example.com',
    });
    expect(http.statusCode).toBe(400);
    expect(http.json().error.field).toMatch(/issuer/);
    const { clientSecret: _, ...withoutSecret } = settings();
    const noSecret = await admin.request('PUT', '/api/v1/organisation/single-sign-on', withoutSecret);
    expect(noSecret.statusCode).toBe(400);
    expect(noSecret.json().error.field).toBe('clientSecret');
  });

  it('stores the provider after discovery; the secret is write-only and not in the audit', async () => {
    const saved = await admin.request('PUT', '/api/v1/organisation/single-sign-on', settings());
    expect(saved.statusCode).toBe(200);
    expect(saved.json().provider).toMatchObject({
      issuer: issuer.issuer,
      clientId: issuer.clientId,
      clientSecretSet: true,
      domains: ['acme.test'],
      enabled: true,
      redirectUri: `${PUBLIC_URL}/api/v1/auth/sso/callback`,
    });
    const read = await admin.request('GET', '/api/v1/organisation/single-sign-on');
    expect(read.json().provider.domains).toEqual(['acme.test']);
    expect(read.body).not.toContain(issuer.clientSecret);
    const audit = await handle.db.select().from(auditLog).where(eq(auditLog.action, 'single_sign_on.configured'));
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain(issuer.clientSecret);
    // Saved again without a secret, the stored one is kept.
    const { clientSecret: _, ...withoutSecret } = settings();
    const again = await admin.request('PUT', '/api/v1/organisation/single-sign-on', withoutSecret);
    expect(again.statusCode).toBe(200);
    const [row] = await handle.db
      .select()
      .from(identityProviders)
      .where(eq(identityProviders.organisationId, ids.acme as string));
    expect(row?.clientSecret).toBe(issuer.clientSecret);
  });

  it("a domain belongs to one organisation: another's claim is a 409 naming domains", async () => {
    const beta = await signInAs(app, 'full@beta.test');
    const response = await beta.request('PUT', '/api/v1/organisation/single-sign-on', {
      ...settings(),
      domains: ['beta.test', 'acme.test'],
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({ field: 'domains' });
    expect(response.json().error.message).toContain('acme.test');
  });

  it('tells the sign-in page which addresses sign in through single sign-on, by domain only', async () => {
    const method = (email: string) =>
      app.inject({ method: 'POST', url: '/api/v1/auth/sign-in-method', payload: { email } }).then((r) => r.json());
    expect(await method('Alice@ACME.test')).toEqual({ method: 'sso' });
    expect(await method('nobody-at-all@acme.test')).toEqual({ method: 'sso' });
    expect(await method('full@beta.test')).toEqual({ method: 'password' });
  });
});

describe('signing in through the identity provider', () => {
  it('signs an existing user in: state, nonce and PKCE are checked, the session says single sign-on', async () => {
    const response = await signInThroughProvider('alice@acme.test');
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/');
    const cookie = response.cookies.find((c) => c.name === 'ch_session');
    expect(cookie?.httpOnly).toBe(true);
    const me = await app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { cookie: `ch_session=${cookie?.value}` },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json().user).toMatchObject({ id: ids.alice, email: 'alice@acme.test' });
    const [session] = await handle.db
      .select()
      .from(sessions)
      .where(eq(sessions.userId, ids.alice as string));
    expect(session).toMatchObject({ method: 'sso', userAgent: 'SSO test browser', organisationId: ids.acme });
    // The sign-in's state is gone: the same answer does not sign in twice.
    expect(await handle.db.select().from(oidcSignIns)).toHaveLength(0);
  });

  it('a state works once, and a changed state is refused', async () => {
    const back = await loginAtIssuer(await start('alice@acme.test'), 'alice@acme.test');
    const tampered = new URL(back);
    tampered.searchParams.set('state', `${back.searchParams.get('state')}x`);
    expect(failureOf(await callback(tampered))).toBe('invalid_state');
    expect((await callback(back)).headers.location).toBe('/');
    expect(failureOf(await callback(back))).toBe('invalid_state');
    const none = new URL(back);
    none.searchParams.delete('state');
    expect(failureOf(await callback(none))).toBe('invalid_state');
  });

  it('lands on the page asked for, kept with the stored sign-in and not read from the query on return', async () => {
    const page = '/customers/3f1c?tab=trials';
    const back = await loginAtIssuer(await start('alice@acme.test', page), 'alice@acme.test');
    // What comes back from the provider cannot choose the page: a changed page in the state finds no sign-in,
    // and a page added to the query is not read.
    const [random] = String(back.searchParams.get('state')).split('.');
    const elsewhere = new URL(back);
    elsewhere.searchParams.set('state', `${random}.${Buffer.from('/settings').toString('base64url')}`);
    expect(failureOf(await callback(elsewhere))).toBe('invalid_state');
    const withQuery = new URL(back);
    withQuery.searchParams.set('returnTo', '/settings');
    const response = await callback(withQuery);
    expect(response.headers.location).toBe(page);
    expect(response.cookies.find((c) => c.name === 'ch_session')).toBeDefined();
  });

  it('refuses a page to return to that is not a path of this app, naming the field', async () => {
    for (const returnTo of ['https://evil.example/', '//evil.example', '/\\evil.example', '/sign-in', '/api/v1/me']) {
      const response = await app.inject({
        method: 'GET',
        url: `/api/v1/auth/sso/start?${new URLSearchParams({ email: 'alice@acme.test', returnTo })}`,
      });
      expect(response.statusCode, returnTo).toBe(400);
      expect(response.json().error.field, returnTo).toBe('querystring.returnTo');
    }
    expect(await handle.db.select().from(oidcSignIns)).toHaveLength(0);
  });

  it('a sign-in left at the provider longer than 10 minutes has expired (clock)', async () => {
    const back = await loginAtIssuer(await start('alice@acme.test'), 'alice@acme.test');
    clock.advance(10 * 60_000 + 1_000);
    expect(failureOf(await callback(back))).toBe('expired');
  });

  it('an invited user becomes active, with the roles it was given and no more', async () => {
    const response = await signInThroughProvider('bob@acme.test');
    expect(response.headers.location).toBe('/');
    const [bob] = await handle.db
      .select()
      .from(users)
      .where(eq(users.id, ids.bob as string));
    expect(bob?.status).toBe('active');
    const roles = await handle.db.execute(sql`select role from role_assignments where user_id = ${ids.bob}`);
    expect((roles as unknown as { rows: { role: string }[] }).rows.map((r) => r.role)).toEqual([
      'partner_read_only_admin',
    ]);
  });

  it('an address of a domain the provider does not cover is refused', async () => {
    expect(failureOf(await signInThroughProvider('alice@acme.test', 'alias:zed@beta.test'))).toBe('email_not_accepted');
  });

  it('an unverified address is refused', async () => {
    expect(failureOf(await signInThroughProvider('alice@acme.test', 'unverified:alice@acme.test'))).toBe(
      'email_not_accepted',
    );
  });

  it('an unknown e-mail gets no account', async () => {
    const before = await handle.db.select({ n: sql<number>`count(*)::int` }).from(users);
    expect(failureOf(await signInThroughProvider('newcomer@acme.test'))).toBe('no_account');
    const after = await handle.db.select({ n: sql<number>`count(*)::int` }).from(users);
    expect(after).toEqual(before);
    const [created] = await handle.db.select().from(users).where(eq(users.email, 'newcomer@acme.test'));
    expect(created).toBeUndefined();
  });

  it('a user of another organisation is refused, as is a person without a role in the hub', async () => {
    expect(failureOf(await signInThroughProvider('eve@acme.test'))).toBe('no_account');
    expect(failureOf(await signInThroughProvider('licensed@acme.test'))).toBe('no_account');
    const [eveSession] = await handle.db
      .select()
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(eq(users.email, 'eve@acme.test'));
    expect(eveSession).toBeUndefined();
  });

  it('a disabled user is refused', async () => {
    expect(failureOf(await signInThroughProvider('dave@acme.test'))).toBe('account_disabled');
  });

  it('starting is throttled like password sign-ins, per client address and e-mail', async () => {
    const starts = [];
    for (let i = 0; i < 11; i++) starts.push(await start('throttled@acme.test'));
    expect(starts.slice(0, 10).every((url) => url.startsWith(`${issuer.issuer}/`))).toBe(true);
    expect(starts[10]).toBe('/sign-in?sso_error=rate_limited');
    clock.advance(61_000);
    expect((await start('throttled@acme.test')).startsWith(`${issuer.issuer}/`)).toBe(true);
  });

  it('an address whose domain uses no single sign-on goes back to sign-in', async () => {
    expect(failureOf(await app.inject({ method: 'GET', url: '/api/v1/auth/sso/start?email=x%40beta.test' }))).toBe(
      'not_available',
    );
  });

  it('the password is refused for covered addresses, except for the full administrators', async () => {
    const alice = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email: 'alice@acme.test', password: TEST_PASSWORD },
    });
    expect(alice.statusCode).toBe(401);
    expect(alice.json().error.code).toBe('sso_required');
    const full = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email: 'full@acme.test', password: TEST_PASSWORD },
    });
    expect(full.statusCode).toBe(200);
  });

  it("a suspended organisation's people are refused", async () => {
    const back = await loginAtIssuer(await start('alice@acme.test'), 'alice@acme.test');
    await handle.db
      .update(organisations)
      .set({ status: 'suspended' })
      .where(eq(organisations.id, ids.acme as string));
    expect(failureOf(await callback(back))).toBe('organisation_suspended');
    expect(failureOf(await app.inject({ method: 'GET', url: '/api/v1/auth/sso/start?email=alice%40acme.test' }))).toBe(
      'organisation_suspended',
    );
    await handle.db
      .update(organisations)
      .set({ status: 'active' })
      .where(eq(organisations.id, ids.acme as string));
  });

  it('disabled or removed, the provider is no longer used and passwords work again', async () => {
    const { clientSecret: _, ...withoutSecret } = settings();
    await admin.request('PUT', '/api/v1/organisation/single-sign-on', { ...withoutSecret, enabled: false });
    expect(failureOf(await app.inject({ method: 'GET', url: '/api/v1/auth/sso/start?email=alice%40acme.test' }))).toBe(
      'not_available',
    );
    const removed = await admin.request('DELETE', '/api/v1/organisation/single-sign-on');
    expect(removed.statusCode).toBe(204);
    expect((await admin.request('GET', '/api/v1/organisation/single-sign-on')).json().provider).toBeNull();
    const alice = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email: 'alice@acme.test', password: TEST_PASSWORD },
    });
    expect(alice.statusCode).toBe(200);
    const audit = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.organisationId, ids.acme as string), eq(auditLog.action, 'single_sign_on.removed')));
    expect(audit).toHaveLength(1);
  });
});
