import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiTokens } from '../../db/schema/index.ts';
import type { DatabaseHandle } from '../../platform/db.ts';
import { sha256 } from '../../platform/sessions.ts';
import { buildTestApp, signInAs } from '../../testing/app.ts';
import { createTestDatabase } from '../../testing/database.ts';
import { createOrganisation, createUser, linkCustomer } from '../../testing/fixtures.ts';

let handle: DatabaseHandle;
let app: FastifyInstance;
const ids: Record<string, string> = {};

beforeAll(async () => {
  handle = await createTestDatabase();
  ({ app } = await buildTestApp(handle.db));
  const db = handle.db;
  const partner1 = await createOrganisation(db, { kind: 'partner', name: 'Partner One' });
  const partner2 = await createOrganisation(db, { kind: 'partner', name: 'Partner Two' });
  const vendor = await createOrganisation(db, { kind: 'vendor' });
  await createUser(db, { organisationId: vendor.id, roles: ['vendor_operator'], email: 'op@v.test' });
  const full1 = await createUser(db, {
    organisationId: partner1.id,
    roles: ['partner_full_admin'],
    email: 'full@p1.test',
  });
  await createUser(db, { organisationId: partner1.id, roles: ['partner_read_only_admin'], email: 'ro@p1.test' });
  const admin1 = await createUser(db, {
    organisationId: partner1.id,
    roles: ['partner_admin'],
    email: 'admin@p1.test',
  });
  await createUser(db, { organisationId: partner2.id, roles: ['partner_full_admin'], email: 'full@p2.test' });
  const assigned = await createOrganisation(db, { kind: 'customer', name: 'Assigned Customer' });
  const unassigned = await createOrganisation(db, { kind: 'customer', name: 'Other Customer' });
  await linkCustomer(db, {
    partnerId: partner1.id,
    customerId: assigned.id,
    createdByUserId: full1.id,
    assignedUserId: admin1.id,
  });
  await linkCustomer(db, { partnerId: partner1.id, customerId: unassigned.id, createdByUserId: full1.id });
  await createUser(db, { organisationId: assigned.id, roles: ['customer_full_admin'], email: 'admin@c1.test' });
  Object.assign(ids, {
    partner1: partner1.id,
    partner2: partner2.id,
    assigned: assigned.id,
    unassigned: unassigned.id,
  });
  Object.assign(ids, { full1: full1.id });
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

async function status(email: string, method: string, url: string, payload?: unknown) {
  const browser = await signInAs(app, email);
  return (await browser.request(method, url, payload)).statusCode;
}

describe('tenancy (ROL-2, ROL-6)', () => {
  it("reads another partner's customer as 404, never 403", async () => {
    expect(await status('full@p2.test', 'GET', `/api/v1/organisations/${ids.assigned}`)).toBe(404);
    expect(await status('full@p2.test', 'GET', `/api/v1/organisations/${ids.partner1}`)).toBe(404);
    expect(await status('full@p1.test', 'GET', `/api/v1/organisations/${ids.assigned}`)).toBe(200);
  });

  it('lets a partner administrator see only the customers it created or is assigned to', async () => {
    expect(await status('admin@p1.test', 'GET', `/api/v1/organisations/${ids.assigned}`)).toBe(200);
    expect(await status('admin@p1.test', 'GET', `/api/v1/organisations/${ids.unassigned}`)).toBe(404);
    expect(await status('ro@p1.test', 'GET', `/api/v1/organisations/${ids.unassigned}`)).toBe(200);
  });

  it('lets a customer see itself only, and a vendor operator every organisation', async () => {
    expect(await status('admin@c1.test', 'GET', `/api/v1/organisations/${ids.assigned}`)).toBe(200);
    expect(await status('admin@c1.test', 'GET', `/api/v1/organisations/${ids.unassigned}`)).toBe(404);
    expect(await status('op@v.test', 'GET', `/api/v1/organisations/${ids.partner2}`)).toBe(200);
  });
});

describe('the partners list (ROL-5)', () => {
  it('lists every partner by name with the customers it owns, for vendor operators', async () => {
    const operator = await signInAs(app, 'op@v.test');
    const response = await operator.request('GET', '/api/v1/partners');
    expect(response.statusCode).toBe(200);
    expect(response.json().items).toEqual([
      expect.objectContaining({ id: ids.partner1, name: 'Partner One', tier: 'tier1', customers: 2, admins: 3 }),
      expect.objectContaining({ id: ids.partner2, name: 'Partner Two', tier: 'tier1', customers: 0, admins: 1 }),
    ]);
  });

  it('is refused to partner and customer administrators', async () => {
    expect(await status('full@p1.test', 'GET', '/api/v1/partners')).toBe(403);
    expect(await status('admin@c1.test', 'GET', '/api/v1/partners')).toBe(403);
  });
});

describe('changing settings (ROL-2)', () => {
  const url = () => `/api/v1/organisations/${ids.partner1}/settings`;

  it('is refused to a read-only administrator and changes nothing', async () => {
    expect(await status('ro@p1.test', 'PATCH', url(), { expiringSoonDays: 45 })).toBe(403);
    const settings = (await (await signInAs(app, 'ro@p1.test')).request('GET', url())).json();
    expect(settings.expiringSoonDays).toBe(30);
  });

  it('is refused to a partner administrator, and allowed to the full administrator', async () => {
    expect(await status('admin@p1.test', 'PATCH', url(), { expiringSoonDays: 45 })).toBe(403);
    const full = await signInAs(app, 'full@p1.test');
    const response = await full.request('PATCH', url(), { expiringSoonDays: 45 });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ expiringSoonDays: 45, noRecentActivityDays: 30 });
  });

  it('names the field of a bad value and changes nothing', async () => {
    const full = await signInAs(app, 'full@p1.test');
    const response = await full.request('PATCH', url(), { noRecentActivityDays: -3 });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe('noRecentActivityDays');
    expect((await full.request('GET', url())).json().noRecentActivityDays).toBe(30);
  });

  it("is 404 for another partner's settings", async () => {
    expect(await status('full@p2.test', 'PATCH', url(), { expiringSoonDays: 10 })).toBe(404);
  });

  it('rejects a malformed id naming the parameter', async () => {
    const full = await signInAs(app, 'full@p1.test');
    const response = await full.request('GET', '/api/v1/organisations/not-a-uuid');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe('params.id');
  });
});

describe('API tokens (NOT-3)', () => {
  it('authenticate scripts without a CSRF token, and stop working when revoked', async () => {
    const secret = 'test-token-secret-value';
    await handle.db.insert(apiTokens).values({
      organisationId: ids.partner1 as string,
      name: 'script',
      tokenHash: sha256(secret),
      userId: ids.full1 as string,
      createdAt: new Date('2026-01-01T00:00:00Z'),
    });
    const call = () =>
      app.inject({
        method: 'PATCH',
        url: `/api/v1/organisations/${ids.partner1}/settings`,
        payload: { noRecentActivityDays: 20 },
        headers: { authorization: `Bearer ${secret}` },
      });
    expect((await call()).statusCode).toBe(200);
    await handle.db.update(apiTokens).set({ revokedAt: new Date('2026-01-02T00:00:00Z') });
    const revoked = await call();
    expect(revoked.statusCode).toBe(401);
    expect(revoked.json().error.code).toBe('invalid_token');
  });
});
