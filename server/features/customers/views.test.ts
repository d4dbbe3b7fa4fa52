import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../platform/db.ts';
import { type Browser, buildTestApp, signInAs } from '../../testing/app.ts';
import { createTestDatabase } from '../../testing/database.ts';
import { createScenario } from './customer-list.scenario.ts';

let handle: DatabaseHandle;
let app: FastifyInstance;
let full: Browser;
let readOnly: Browser;

beforeAll(async () => {
  handle = await createTestDatabase();
  ({ app } = await buildTestApp(handle.db));
  await createScenario(handle.db);
  full = await signInAs(app, 'full@p1.test');
  readOnly = await signInAs(app, 'ro@p1.test');
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

const viewNames = async (browser: Browser) =>
  (await browser.request('GET', '/api/v1/views')).json().items.map((v: { name: string }) => v.name);

describe('saved views (CUS-6)', () => {
  it('saves, renames, shares and deletes a view of the list', async () => {
    const created = await full.request('POST', '/api/v1/views', {
      name: 'Expiring VIPs',
      query: '?status=expiring_soon&sort=-nextExpiry',
    });
    expect(created.statusCode).toBe(201);
    const view = created.json();
    expect(view).toMatchObject({ query: 'status=expiring_soon&sort=-nextExpiry', shared: false, ownedByMe: true });
    expect(await viewNames(readOnly)).toEqual([]);

    const shared = await full.request('PATCH', `/api/v1/views/${view.id}`, { name: 'Renewals', shared: true });
    expect(shared.json()).toMatchObject({ name: 'Renewals', shared: true, query: view.query });
    expect(await viewNames(readOnly)).toEqual(['Renewals']);
    expect((await readOnly.request('GET', '/api/v1/views')).json().items[0].ownedByMe).toBe(false);

    // The saved query opens the list as it was saved.
    const opened = await full.request('GET', `/api/v1/customers?${view.query}`);
    expect(opened.json().items.map((c: { name: string }) => c.name)).toEqual(['Delta Expiring', 'India Everything']);

    expect((await full.request('DELETE', `/api/v1/views/${view.id}`)).statusCode).toBe(204);
    expect(await viewNames(full)).toEqual([]);
  });

  it('keeps a view of one user private to it: others read it as 404, and change a shared one never (403)', async () => {
    const mine = (await full.request('POST', '/api/v1/views', { name: 'Mine', query: 'q=alpha' })).json();
    const shared = (
      await full.request('POST', '/api/v1/views', { name: 'Ours', query: 'sort=name', shared: true })
    ).json();
    expect((await readOnly.request('PATCH', `/api/v1/views/${mine.id}`, { name: 'X' })).statusCode).toBe(404);
    expect((await readOnly.request('DELETE', `/api/v1/views/${mine.id}`)).statusCode).toBe(404);
    expect((await readOnly.request('PATCH', `/api/v1/views/${shared.id}`, { name: 'X' })).statusCode).toBe(403);
    const other = await signInAs(app, 'full@p2.test');
    expect((await other.request('PATCH', `/api/v1/views/${shared.id}`, { name: 'X' })).statusCode).toBe(404);
    expect((await other.request('DELETE', `/api/v1/views/${shared.id}`)).statusCode).toBe(404);
    expect(await viewNames(other)).toEqual([]);
  });

  it('refuses a query the list would not accept, naming `query`', async () => {
    for (const query of ['status=bogus', 'sort=colour', 'limit=9999']) {
      const response = await full.request('POST', '/api/v1/views', { name: 'Bad', query });
      expect(response.statusCode, query).toBe(400);
      expect(response.json().error.field).toBe('query');
    }
    const view = (await full.request('POST', '/api/v1/views', { name: 'Good', query: 'sort=name' })).json();
    const response = await full.request('PATCH', `/api/v1/views/${view.id}`, { query: 'type=gratis' });
    expect(response.json().error.field).toBe('query');
  });

  it('refuses customer users', async () => {
    const customer = await signInAs(app, 'admin@golf.test');
    expect((await customer.request('GET', '/api/v1/views')).statusCode).toBe(403);
  });
});
