import { parse } from 'csv-parse/sync';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../domain/clock.ts';
import { customerListQuery } from '../../../domain/contracts/customers.ts';
import type { DatabaseHandle } from '../../platform/db.ts';
import { type Browser, buildTestApp, signInAs, TEST_START } from '../../testing/app.ts';
import { createTestDatabase } from '../../testing/database.ts';
import { createScenario, type Scenario } from './customer-list.scenario.ts';
import { exportCustomers } from './export-customers.ts';

let handle: DatabaseHandle;
let app: FastifyInstance;
let full: Browser;
let scenario: Scenario;

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

describe('KPI strip of the customer list', () => {
  it('counts customers, trials, expiring, over licence and needing attention, within the filters', async () => {
    const summary = (await full.request('GET', '/api/v1/customers/summary')).json();
    // Needs attention: suspended (Alpha, Bravo, India), over licence (Charlie, India), expiring soon (Delta,
    // India), cannot provision (Juliet).
    expect(summary).toEqual({ customers: 13, trials: 3, expiringIn30Days: 2, overLicence: 2, needsAttention: 6 });
    const filtered = (await full.request('GET', '/api/v1/customers/summary?q=india')).json();
    expect(filtered).toEqual({ customers: 1, trials: 1, expiringIn30Days: 1, overLicence: 1, needsAttention: 1 });
  });
});

describe('CSV export (X-2)', () => {
  it('streams the filtered, sorted list as CSV, quoted by the library', async () => {
    const response = await full.request('GET', '/api/v1/customers.csv?status=subscription&sort=-licences');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    const [header, ...rows] = parse(response.body) as string[][];
    expect(header?.slice(0, 3)).toEqual(['Name', 'Admin e-mail', 'Statuses']);
    const json = (await full.request('GET', '/api/v1/customers?status=subscription&sort=-licences&limit=200')).json();
    expect(rows.map((r) => r[0])).toEqual(json.items.map((c: { name: string }) => c.name));
    const delta = rows.find((r) => r[0] === 'Delta Expiring');
    expect(delta?.[8]).toBe('Gold, VIP');
  });

  it('reads batch after batch without losing or repeating a row', async () => {
    const actor = {
      userId: scenario.fullAdmin,
      organisationId: scenario.partnerOne,
      organisationKind: 'partner' as const,
      partnerTier: 'tier1' as const,
      roles: ['partner_full_admin' as const],
    };
    const query = customerListQuery.parse({ sort: 'nextExpiry' });
    const names: unknown[] = [];
    for await (const record of exportCustomers(
      { db: handle.db, clock: new ManualClock(TEST_START) },
      actor,
      query,
      4,
    )) {
      names.push(record[0]);
    }
    expect(names.shift()).toBe('Name');
    const json = (await full.request('GET', '/api/v1/customers?sort=nextExpiry&limit=200')).json();
    expect(names).toEqual(json.items.map((c: { name: string }) => c.name));
  });

  it('names a bad filter value', async () => {
    const response = await full.request('GET', '/api/v1/customers.csv?type=gratis');
    expect(response.statusCode).toBe(400);
  });
});
