import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ManualClock } from '../../../domain/clock.ts';
import { apiTokens, auditLog } from '../../db/schema/index.ts';
import type { DatabaseHandle } from '../../platform/db.ts';
import { type Browser, buildTestApp, signInAs } from '../../testing/app.ts';
import { createTestDatabase } from '../../testing/database.ts';
import { createOrganisation, createUser, linkCustomer } from '../../testing/fixtures.ts';

/** NOT-3, REL-5: API tokens are managed by full administrators and vendor operators, stored hashed. */

let handle: DatabaseHandle;
let app: FastifyInstance;
let clock: ManualClock;
const browsers = new Map<string, Browser>();
const ids: Record<string, string> = {};

async function as(email: string) {
  let browser = browsers.get(email);
  if (!browser) {
    browser = await signInAs(app, email);
    browsers.set(email, browser);
  }
  return browser;
}
const call = async (email: string, method: string, url: string, body?: unknown) =>
  (await as(email)).request(method, url, body);

beforeAll(async () => {
  handle = await createTestDatabase();
  ({ app, clock } = await buildTestApp(handle.db));
  const db = handle.db;
  const vendor = await createOrganisation(db, { kind: 'vendor' });
  await createUser(db, { organisationId: vendor.id, roles: ['vendor_operator'], email: 'op@v.test' });
  const p1 = await createOrganisation(db, { kind: 'partner' });
  const p2 = await createOrganisation(db, { kind: 'partner' });
  const full = await createUser(db, { organisationId: p1.id, roles: ['partner_full_admin'], email: 'full@p1.test' });
  await createUser(db, { organisationId: p1.id, roles: ['partner_admin'], email: 'admin@p1.test' });
  await createUser(db, { organisationId: p1.id, roles: ['partner_read_only_admin'], email: 'ro@p1.test' });
  await createUser(db, { organisationId: p1.id, roles: ['sales_full_admin'], email: 'salesfull@p1.test' });
  await createUser(db, { organisationId: p2.id, roles: ['partner_full_admin'], email: 'full@p2.test' });
  const customer = await createOrganisation(db, { kind: 'customer' });
  await linkCustomer(db, { partnerId: p1.id, customerId: customer.id });
  await createUser(db, { organisationId: customer.id, roles: ['customer_full_admin'], email: 'admin@c.test' });
  Object.assign(ids, { p1: p1.id, full: full.id });
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

describe('API tokens', () => {
  let secret = '';
  let tokenId = '';

  it('a full administrator creates one: the secret comes back once and only its SHA-256 is stored', async () => {
    const response = await call('full@p1.test', 'POST', '/api/v1/api-tokens', { name: '  Billing sync ' });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    secret = body.secret;
    tokenId = body.token.id;
    expect(secret).toMatch(/^chub_[A-Za-z0-9_-]{40,}$/);
    expect(body.token).toMatchObject({
      name: 'Billing sync',
      createdBy: { userId: ids.full, email: 'full@p1.test' },
      lastUsedAt: null,
      revokedAt: null,
    });
    const [row] = await handle.db.select().from(apiTokens).where(eq(apiTokens.id, tokenId));
    expect(row?.tokenHash).toBe(createHash('sha256').update(secret).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(secret);
    const list = await call('full@p1.test', 'GET', '/api/v1/api-tokens');
    expect(list.body).not.toContain(secret);
    expect(list.json().items.map((t: { id: string }) => t.id)).toEqual([tokenId]);
  });

  it('the token signs requests in as its creator and records when it was last used', async () => {
    clock.advance(60_000);
    const me = await app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${secret}` } });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.email).toBe('full@p1.test');
    const [token] = (await call('full@p1.test', 'GET', '/api/v1/api-tokens')).json().items;
    expect(token.lastUsedAt).toBe(clock.now().toISOString());
  });

  it('names are required (400 naming the field) and nothing is stored', async () => {
    const response = await call('full@p1.test', 'POST', '/api/v1/api-tokens', { name: '   ' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe('name');
    expect(await handle.db.select().from(apiTokens)).toHaveLength(1);
  });

  it.each(['admin@p1.test', 'ro@p1.test', 'salesfull@p1.test', 'admin@c.test'])(
    '%s may not list, create or revoke tokens (403)',
    async (email) => {
      expect((await call(email, 'GET', '/api/v1/api-tokens')).statusCode).toBe(403);
      expect((await call(email, 'POST', '/api/v1/api-tokens', { name: 'x' })).statusCode).toBe(403);
      expect((await call(email, 'DELETE', `/api/v1/api-tokens/${tokenId}`)).statusCode).toBe(403);
    },
  );

  it('another partner neither sees nor revokes the token (404)', async () => {
    expect((await call('full@p2.test', 'GET', '/api/v1/api-tokens')).json().items).toEqual([]);
    expect((await call('full@p2.test', 'DELETE', `/api/v1/api-tokens/${tokenId}`)).statusCode).toBe(404);
    const [row] = await handle.db.select().from(apiTokens).where(eq(apiTokens.id, tokenId));
    expect(row?.revokedAt).toBeNull();
  });

  it('a vendor operator manages the vendor’s own tokens', async () => {
    const created = await call('op@v.test', 'POST', '/api/v1/api-tokens', { name: 'Usage feed' });
    expect(created.statusCode).toBe(201);
    const list = (await call('op@v.test', 'GET', '/api/v1/api-tokens')).json().items;
    expect(list.map((t: { name: string }) => t.name)).toEqual(['Usage feed']);
  });

  it('revoking stops the token at once and is written to the audit log', async () => {
    const response = await call('full@p1.test', 'DELETE', `/api/v1/api-tokens/${tokenId}`);
    expect(response.statusCode).toBe(200);
    expect(response.json().revokedAt).toBe(clock.now().toISOString());
    const me = await app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${secret}` } });
    expect(me.statusCode).toBe(401);
    const actions = (
      await handle.db.select({ action: auditLog.action, targetId: auditLog.targetId }).from(auditLog)
    ).filter((a) => a.targetId === tokenId);
    expect(actions.map((a) => a.action)).toEqual(['api_token.created', 'api_token.revoked']);
  });
});
