import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../db/schema/index.ts';
import { createScenario, type Scenario } from '../features/customers/customer-list.scenario.ts';
import { type Browser, buildTestApp, signInAs } from '../testing/app.ts';
import { createTestDatabase } from '../testing/database.ts';
import type { DatabaseHandle } from './db.ts';

/** Issue #9 and #18: input is checked once, for every endpoint, before any contract or handler sees it. */
let handle: DatabaseHandle;
let app: FastifyInstance;
let scenario: Scenario;
let operator: Browser;
let partner: Browser;

beforeAll(async () => {
  handle = await createTestDatabase();
  ({ app } = await buildTestApp(handle.db));
  scenario = await createScenario(handle.db);
  operator = await signInAs(app, 'op@v.test');
  partner = await signInAs(app, 'full@p1.test');
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

const searches = ['/api/v1/customers', '/api/v1/customers/summary', '/api/v1/sent-mail', '/api/v1/customers.csv'];

describe('control characters', () => {
  for (const url of searches) {
    for (const q of ['%00', '%00%01%1F', 'alpha%7F', 'tab%09ed']) {
      it(`are refused in GET ${url}?q=${q} naming query.q`, async () => {
        const response = await operator.request('GET', `${url}?q=${q}`);
        expect(response.statusCode).toBe(400);
        expect(response.json().error).toMatchObject({ code: 'invalid_input', field: 'query.q' });
      });
    }
  }

  it('leave the hub serving after the CSV export was asked for one', async () => {
    expect((await operator.request('GET', '/api/v1/customers.csv?q=%00')).statusCode).toBe(400);
    const csv = await operator.request('GET', '/api/v1/customers.csv?q=alpha');
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('Alpha');
    expect((await operator.request('GET', '/api/v1/customers?q=alpha')).json().total).toBeGreaterThan(0);
  });

  it('are refused in a query parameter name and in path parameters', async () => {
    const inName = await operator.request('GET', '/api/v1/customers?q%00=1');
    expect(inName.json().error.field).toBe('query.q\u0000');
    const repeated = await operator.request('GET', '/api/v1/customers?q=alpha&q=%00');
    expect(repeated.json().error.field).toBe('query.q');
    const inPath = await operator.request('GET', '/api/v1/customers/%00');
    expect(inPath.statusCode).toBe(400);
    expect(inPath.json().error.field).toBe('params.id');
  });

  it('are refused in body strings and keys, nested ones by their path, before the use case writes', async () => {
    const inName = await partner.request('POST', '/api/v1/tags', { name: 'Gold\u0000', colour: 'blue' });
    expect(inName.statusCode).toBe(400);
    expect(inName.json().error).toMatchObject({ code: 'invalid_input', field: 'name' });
    const del = await partner.request('POST', '/api/v1/views', { name: 'View\u007f', query: '' });
    expect(del.json().error.field).toBe('name');
    const nested = await partner.request('PATCH', '/api/v1/trials/00000000-0000-4000-8000-000000000001', {
      version: 1,
      devices: { mode: 'ship', items: [{ deviceTypeId: 'desk\u001b', quantity: 1 }] },
    });
    expect(nested.json().error.field).toBe('devices.items.0.deviceTypeId');
    const inKey = await partner.request('POST', '/api/v1/tags', { name: 'Platinum', 'col\u0007our': 'blue' });
    expect(inKey.json().error.field).toBe('col\u0007our');
    const tags = (await partner.request('GET', '/api/v1/tags')).json().items as { name: string }[];
    expect(tags.map((t) => t.name)).not.toContain('Gold\u0000');
  });

  it('are looked for without recursion, so a body nested 100,000 deep is a 400, not a stack overflow', async () => {
    const depth = 100_000;
    const payload = `{"name":${'['.repeat(depth)}"\\u0000"${']'.repeat(depth)}}`;
    const response = await partner.request('POST', '/api/v1/tags', payload, { 'content-type': 'application/json' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe(`name${'.0'.repeat(depth)}`);
  });

  it('allow tab, line feed and carriage return inside body strings', async () => {
    const response = await partner.request('POST', '/api/v1/views', { name: 'Two\tcolumns\r\nview', query: 'q=a' });
    expect(response.statusCode).toBe(201);
    expect(response.json().name).toBe('Two\tcolumns\r\nview');
  });

  it('are refused in a usage batch as a whole, before any record is stored', async () => {
    const customerId = scenario.customers['Alpha Suspended'];
    const record = { id: 'r1', customerId, userId: customerId, signedInAt: '2026-11-20T08:00:00Z' };
    const response = await operator.request('POST', '/api/v1/usage/sign-ins', [record, { ...record, id: 'r\u0000' }]);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe('1.id');
  });
});

describe('bodies an operation does not define', () => {
  const launched = async () =>
    (await handle.db.select().from(auditLog).where(eq(auditLog.action, 'customer.launched'))).length;

  it('launching a customer with an arbitrary body is a 400 naming the field, and writes no audit row', async () => {
    const url = `/api/v1/customers/${scenario.customers['Alpha Suspended']}/launch`;
    const response = await partner.request('POST', url, { reason: 'because', nested: { a: 1 } });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'invalid_input', field: 'reason' });
    expect((await partner.request('POST', url, [1, 2])).json().error.field).toBe('body');
    expect(await launched()).toBe(0);
    expect((await partner.request('POST', url)).statusCode).toBe(200);
    expect((await partner.request('POST', url, {})).statusCode).toBe(200);
    expect(await launched()).toBe(2);
  });

  it('a defined body with a field it does not define is a 400 naming that field, nested ones by their path', async () => {
    const extra = await partner.request('POST', '/api/v1/tags', { name: 'Silver', colour: 'gray', priority: 1 });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().error).toMatchObject({ code: 'invalid_input', field: 'priority' });
    const nested = await partner.request('PATCH', '/api/v1/trials/00000000-0000-4000-8000-000000000001', {
      version: 1,
      devices: { mode: 'skip', reason: 'own_devices', note: 'x' },
    });
    expect(nested.json().error.field).toBe('devices.note');
    const tags = (await partner.request('GET', '/api/v1/tags')).json().items as { name: string }[];
    expect(tags.map((t) => t.name)).not.toContain('Silver');
  });

  it('a usage record with a field the record does not define is rejected by its index and field', async () => {
    const customerId = scenario.customers['Alpha Suspended'];
    const record = { id: 'r2', customerId, userId: customerId, signedInAt: '2026-11-20T08:00:00Z', source: 'x' };
    const result = (await operator.request('POST', '/api/v1/usage/sign-ins', [record])).json();
    expect(result).toMatchObject({ accepted: 0, rejected: 1, errors: [{ index: 0, field: 'source' }] });
  });
});
