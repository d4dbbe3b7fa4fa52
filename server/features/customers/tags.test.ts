import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema/index.ts';
import type { DatabaseHandle } from '../../platform/db.ts';
import { type Browser, buildTestApp, signInAs } from '../../testing/app.ts';
import { createTestDatabase } from '../../testing/database.ts';
import { createScenario, type Scenario } from './customer-list.scenario.ts';

let handle: DatabaseHandle;
let app: FastifyInstance;
let scenario: Scenario;
let full: Browser;

beforeAll(async () => {
  handle = await createTestDatabase();
  ({ app } = await buildTestApp(handle.db));
  scenario = await createScenario(handle.db);
  full = await signInAs(app, 'full@p1.test');
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

const tagNamesOf = async (browser: Browser, customer: string) => {
  const { items } = (
    await browser.request('GET', `/api/v1/customers?limit=200&q=${encodeURIComponent(customer)}`)
  ).json();
  return (items[0]?.tags ?? []).map((t: { name: string }) => t.name);
};

describe('tags (TAG-1, TAG-2)', () => {
  it('lists the partner’s tags with their customer counts to every partner administrator', async () => {
    for (const email of ['full@p1.test', 'admin@p1.test', 'ro@p1.test', 'sales@p1.test']) {
      const response = await (await signInAs(app, email)).request('GET', '/api/v1/tags');
      expect(response.statusCode, email).toBe(200);
      expect(response.json().items.map((t: { name: string; customers: number }) => [t.name, t.customers])).toEqual([
        ['Gold', 2],
        ['VIP', 2],
      ]);
    }
    const other = await signInAs(app, 'full@p2.test');
    expect((await other.request('GET', '/api/v1/tags')).json().items).toEqual([]);
  });

  it('creates, renames, assigns, filters by, removes and deletes a tag, each audited', async () => {
    const created = await full.request('POST', '/api/v1/tags', { name: 'Renewal focus', colour: 'green' });
    expect(created.statusCode).toBe(201);
    const tag = created.json();
    expect(tag).toMatchObject({ name: 'Renewal focus', colour: 'green', customers: 0 });

    const golf = scenario.customers['Golf Trial'];
    expect((await full.request('PUT', `/api/v1/customers/${golf}/tags/${tag.id}`)).statusCode).toBe(204);
    expect((await full.request('PUT', `/api/v1/customers/${golf}/tags/${tag.id}`)).statusCode).toBe(204);
    expect(await tagNamesOf(full, 'Golf Trial')).toEqual(['Renewal focus']);
    const filtered = (await full.request('GET', `/api/v1/customers?tag=${tag.id}`)).json();
    expect(filtered.items.map((c: { name: string }) => c.name)).toEqual(['Golf Trial']);

    const renamed = await full.request('PATCH', `/api/v1/tags/${tag.id}`, { name: 'Upsell' });
    expect(renamed.json()).toMatchObject({ name: 'Upsell', colour: 'green', customers: 1 });
    expect(await tagNamesOf(full, 'Golf Trial')).toEqual(['Upsell']);

    expect((await full.request('DELETE', `/api/v1/customers/${golf}/tags/${tag.id}`)).statusCode).toBe(204);
    expect(await tagNamesOf(full, 'Golf Trial')).toEqual([]);
    await full.request('PUT', `/api/v1/customers/${golf}/tags/${tag.id}`);
    expect((await full.request('DELETE', `/api/v1/tags/${tag.id}`)).statusCode).toBe(204);
    expect(await tagNamesOf(full, 'Golf Trial')).toEqual([]);

    const actions = await handle.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.organisationId, scenario.partnerOne)));
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(['tag.created', 'tag.assigned', 'tag.changed', 'tag.removed', 'tag.deleted']),
    );
  });

  it('lets partner administrators manage tags on the customers in their scope only', async () => {
    const admin = await signInAs(app, 'admin@p1.test');
    const alpha = scenario.customers['Alpha Suspended'];
    const hotel = scenario.customers['Hotel Expired'];
    expect((await admin.request('PUT', `/api/v1/customers/${alpha}/tags/${scenario.tags.gold}`)).statusCode).toBe(204);
    expect((await admin.request('PUT', `/api/v1/customers/${hotel}/tags/${scenario.tags.gold}`)).statusCode).toBe(404);
    const created = await admin.request('POST', '/api/v1/tags', { name: 'Admin made' });
    expect(created.statusCode).toBe(201);
  });

  it('refuses read-only and sales administrators every change (403), changing nothing', async () => {
    for (const email of ['ro@p1.test', 'sales@p1.test', 'salesfull@p1.test']) {
      const browser = await signInAs(app, email);
      const delta = scenario.customers['Delta Expiring'];
      expect((await browser.request('POST', '/api/v1/tags', { name: `By ${email}` })).statusCode, email).toBe(403);
      expect((await browser.request('PATCH', `/api/v1/tags/${scenario.tags.vip}`, { name: 'X' })).statusCode).toBe(403);
      expect((await browser.request('DELETE', `/api/v1/tags/${scenario.tags.vip}`)).statusCode).toBe(403);
      expect((await browser.request('DELETE', `/api/v1/customers/${delta}/tags/${scenario.tags.vip}`)).statusCode).toBe(
        403,
      );
    }
    expect(await tagNamesOf(full, 'Delta Expiring')).toEqual(['Gold', 'VIP']);
  });

  it('reads another partner’s tag and customer as 404', async () => {
    const other = await signInAs(app, 'full@p2.test');
    const mike = scenario.customers['Mike Foreign'];
    const delta = scenario.customers['Delta Expiring'];
    expect((await other.request('PATCH', `/api/v1/tags/${scenario.tags.vip}`, { name: 'Mine' })).statusCode).toBe(404);
    expect((await other.request('DELETE', `/api/v1/tags/${scenario.tags.vip}`)).statusCode).toBe(404);
    expect((await other.request('PUT', `/api/v1/customers/${delta}/tags/${scenario.tags.vip}`)).statusCode).toBe(404);
    expect((await full.request('PUT', `/api/v1/customers/${mike}/tags/${scenario.tags.vip}`)).statusCode).toBe(404);
  });

  it('refuses a duplicate name with a 409 naming the field, whatever its case', async () => {
    const response = await full.request('POST', '/api/v1/tags', { name: 'vip' });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.field).toBe('name');
    const rename = await full.request('PATCH', `/api/v1/tags/${scenario.tags.gold}`, { name: 'VIP' });
    expect(rename.statusCode).toBe(409);
    expect((await full.request('POST', '/api/v1/tags', { name: '' })).json().error.field).toBe('name');
  });
});
