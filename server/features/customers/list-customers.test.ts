import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ManualClock } from '../../../domain/clock.ts';
import type { CustomerRow } from '../../../domain/contracts/customers.ts';
import {
  customerStatusOrder,
  provisioningStatusImportance,
  subscriptionStatusOrder,
} from '../../../domain/customer-status.ts';
import type { DatabaseHandle } from '../../platform/db.ts';
import { type Browser, buildTestApp, signInAs, TEST_START } from '../../testing/app.ts';
import { createTestDatabase } from '../../testing/database.ts';
import { createScenario, type Scenario } from './customer-list.scenario.ts';
import { advanceCustomerListDays } from './customer-list-days.ts';

let handle: DatabaseHandle;
let app: FastifyInstance;
let clock: ManualClock;
let scenario: Scenario;
let full: Browser;

beforeAll(async () => {
  handle = await createTestDatabase();
  ({ app, clock } = await buildTestApp(handle.db));
  scenario = await createScenario(handle.db);
  full = await signInAs(app, 'full@p1.test');
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

async function list(browser: Browser, query = '') {
  const response = await browser.request('GET', `/api/v1/customers?limit=200&${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { items: CustomerRow[]; total: number; nextCursor: string | null };
}
const names = async (query: string, browser = full) => (await list(browser, query)).items.map((c) => c.name).sort();
const byName = async () => new Map((await list(full)).items.map((c) => [c.name, c]));

describe('statuses on crafted customers (CUS-2, CUS-3, CUS-4, TRI-17)', () => {
  it('gives each customer its statuses, most urgent first', async () => {
    const rows = await byName();
    const statuses = Object.fromEntries([...rows].map(([name, row]) => [name, row.statuses]));
    expect(statuses).toMatchObject({
      'Alpha Suspended': ['suspended'],
      'Bravo Unpaid': ['suspended', 'subscription'],
      'Charlie Over': ['over_licence', 'subscription'],
      'Delta Expiring': ['expiring_soon', 'subscription'],
      'Echo Setup': ['ready_for_order_setup', 'subscription'],
      'Foxtrot Quiet': ['no_recent_activity', 'subscription'],
      'Golf Trial': ['trial'],
      'Hotel Expired': ['expired'],
      'Kilo Trial Expired': ['expired'],
      // Every rule at once shows the order of urgency.
      'India Everything': [
        'suspended',
        'over_licence',
        'expiring_soon',
        'ready_for_order_setup',
        'no_recent_activity',
        'trial',
        'subscription',
      ],
    });
  });

  it('shows subscription statuses in the order of CUS-4', async () => {
    const rows = await byName();
    expect(rows.get('Delta Expiring')?.subscriptionStatuses).toEqual(['expiring_30']);
    expect(rows.get('November Created By Admin')?.subscriptionStatuses).toEqual(['expiring_60']);
    expect(rows.get('Golf Trial')?.subscriptionStatuses).toEqual(['trial_expiring_60']);
    expect(rows.get('Kilo Trial Expired')?.subscriptionStatuses).toEqual(['trial_expired']);
    expect(rows.get('India Everything')?.subscriptionStatuses).toEqual(['active', 'suspended', 'trial_expiring_30']);
    expect(rows.get('Hotel Expired')?.subscriptionStatuses).toEqual([]);
  });

  it('shows the most important provisioning status; a trial awaiting consent provisions nothing', async () => {
    const rows = await byName();
    expect(rows.get('Juliet Provisioning')?.provisioningStatus).toBe('cannot_provision');
    expect(rows.get('Alpha Suspended')?.provisioningStatus).toBe('provisioned');
    expect(rows.get('Hotel Expired')?.provisioningStatus).toBeNull();
    expect(await names('provisioning=manual_vendor')).toEqual(['Juliet Provisioning']);
    expect(await names('provisioning=manual_partner')).toEqual([]);
  });

  it('shows trial services expiring with days left, next expiry, products, licences and tags', async () => {
    const rows = await byName();
    expect(rows.get('Golf Trial')?.trialServicesExpiring).toEqual([{ serviceIds: ['meetings'], daysLeft: 45 }]);
    expect(rows.get('Delta Expiring')?.nextExpiry).toBe(
      new Date(Date.parse(TEST_START) + 10 * 86_400_000).toISOString(),
    );
    expect(rows.get('Alpha Suspended')?.nextExpiry).toBeNull();
    expect(rows.get('India Everything')?.products).toEqual(['messaging', 'meetings', 'calling']);
    expect(rows.get('Charlie Over')?.licences).toEqual({ total: 2, assigned: 3, used: 0 });
    expect(rows.get('Delta Expiring')?.tags.map((t) => t.name)).toEqual(['Gold', 'VIP']);
    expect(rows.get('Lima External')).toMatchObject({
      managedBy: 'external_admin',
      adminLevel: 'provisioning',
      ownerPartner: { id: scenario.partnerTwo, name: 'Partner Two' },
    });
  });
});

describe('filters (CUS-5)', () => {
  it('filters by each kind of filter alone', async () => {
    expect(await names('status=expiring_soon')).toEqual(['Delta Expiring', 'India Everything']);
    expect(await names('status=expired,over_licence')).toEqual([
      'Charlie Over',
      'Hotel Expired',
      'India Everything',
      'Kilo Trial Expired',
    ]);
    expect(await names('subscriptionStatus=trial_expired')).toEqual(['Kilo Trial Expired']);
    expect(await names('subscriptionStatus=expiring_60,trial_expiring_60')).toEqual([
      'Golf Trial',
      'November Created By Admin',
    ]);
    expect(await names('product=meetings')).toEqual(['Golf Trial', 'India Everything']);
    expect(await names('managedBy=external')).toEqual(['Lima External']);
    expect((await names('managedBy=own')).length).toBe(12);
    // A trial awaiting consent is ongoing too.
    expect(await names('type=trial')).toEqual(['Golf Trial', 'India Everything', 'Juliet Provisioning']);
    expect((await names('type=paid,trial')).length).toBe(11);
    expect(await names(`tag=${scenario.tags.vip}`)).toEqual(['Alpha Suspended', 'Delta Expiring']);
  });

  it('searches name and admin e-mail, case-insensitively and as a substring', async () => {
    expect(await names('q=DELTA')).toEqual(['Delta Expiring']);
    expect(await names('q=admin@golf')).toEqual(['Golf Trial']);
    expect(await names('q=ilo trial')).toEqual(['Kilo Trial Expired']);
    expect(await names('q=100%25')).toEqual([]);
  });

  it('combines filters with AND and values within a filter with OR', async () => {
    expect(await names(`status=subscription&tag=${scenario.tags.vip},${scenario.tags.gold}`)).toEqual([
      'Charlie Over',
      'Delta Expiring',
    ]);
    expect(await names('status=expiring_soon&type=trial&q=india')).toEqual(['India Everything']);
    expect(await names('status=suspended&subscriptionStatus=expiring_30')).toEqual([]);
    const { total } = await list(full, 'status=subscription&product=calling');
    expect(total).toBe(9);
  });

  it('filters customers that need attention: suspended, over licence, expiring soon or cannot provision', async () => {
    const attention = [
      'Alpha Suspended',
      'Bravo Unpaid',
      'Charlie Over',
      'Delta Expiring',
      'India Everything',
      'Juliet Provisioning',
    ];
    expect(await names('needsAttention=true')).toEqual(attention);
    expect((await names('needsAttention=false')).length).toBe(13);
    const summary = await full.request('GET', '/api/v1/customers/summary');
    expect(summary.json().needsAttention).toBe(attention.length);
    expect(await names('needsAttention=true&q=alpha')).toEqual(['Alpha Suspended']);
  });

  it('answers a bad filter value with a 400 naming the parameter', async () => {
    const cases: [string, string][] = [
      ['status=bogus', 'status'],
      ['provisioning=nope', 'provisioning'],
      ['subscriptionStatus=x', 'subscriptionStatus'],
      ['managedBy=mine', 'managedBy'],
      ['type=free', 'type'],
      ['tag=not-a-uuid', 'tag'],
      ['product=Not%20An%20Id', 'product'],
      ['sort=colour', 'sort'],
      ['limit=0', 'limit'],
      ['cursor=garbage', 'cursor'],
      ['needsAttention=yes', 'needsAttention'],
    ];
    for (const [query, field] of cases) {
      const response = await full.request('GET', `/api/v1/customers?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().error.field.replace(/^querystring\./, ''), query).toBe(field);
    }
  });
});

/** The key each sort orders by, as the client can see it: proves the order without repeating the SQL. */
const sortKeys: Record<string, (row: CustomerRow) => string | number> = {
  name: () => 0,
  status: (r) => customerStatusOrder.indexOf(r.statuses[0] as never),
  provisioning: (r) => (r.provisioningStatus ? provisioningStatusImportance.indexOf(r.provisioningStatus) : 99),
  subscriptionStatus: (r) =>
    r.subscriptionStatuses[0] ? subscriptionStatusOrder.indexOf(r.subscriptionStatuses[0]) : 99,
  products: (r) => r.products.join(','),
  managedBy: (r) => (r.managedBy === 'owner' ? 0 : 1),
  tags: (r) => r.tags.map((t) => t.name.toLowerCase()).join(','),
  licences: (r) => r.licences.total,
  nextExpiry: (r) => r.nextExpiry ?? '9999',
};

function compare(a: CustomerRow, b: CustomerRow, key: (r: CustomerRow) => string | number): number {
  const [x, y] = [key(a), key(b)];
  if (x !== y) return x < y ? -1 : 1;
  const [m, n] = [a.name.toLowerCase(), b.name.toLowerCase()];
  if (m !== n) return m < n ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

describe('sorting and paging', () => {
  for (const [sort, key] of Object.entries(sortKeys)) {
    it(`sorts by ${sort}, both ways, with a stable tie-break`, async () => {
      const ascending = (await list(full, `sort=${sort}`)).items;
      expect(ascending.map((r) => r.name)).toEqual(
        [...ascending].sort((a, b) => compare(a, b, key)).map((r) => r.name),
      );
      const descending = (await list(full, `sort=-${sort}`)).items;
      expect(descending.map((r) => r.id)).toEqual([...ascending].reverse().map((r) => r.id));
    });
  }

  it('pages with a cursor without duplicates or gaps, in every sort', async () => {
    for (const sort of [...Object.keys(sortKeys), '-status', '-nextExpiry']) {
      const all = (await list(full, `sort=${sort}`)).items.map((r) => r.id);
      const paged: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { items: CustomerRow[]; total: number; nextCursor: string | null } = (
          await full.request('GET', `/api/v1/customers?sort=${sort}&limit=3${cursor ? `&cursor=${cursor}` : ''}`)
        ).json();
        expect(page.total).toBe(13);
        paged.push(...page.items.map((r) => r.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(paged, sort).toEqual(all);
    }
  });

  it('rejects a cursor of another sort order', async () => {
    const { nextCursor } = (await full.request('GET', '/api/v1/customers?limit=2&sort=name')).json();
    const response = await full.request('GET', `/api/v1/customers?limit=2&sort=licences&cursor=${nextCursor}`);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe('cursor');
  });
});

describe('role scope (ROL-2, ROL-5, ROL-6)', () => {
  it('shows full, read-only and sales full administrators every customer of their partner', async () => {
    for (const email of ['full@p1.test', 'ro@p1.test', 'salesfull@p1.test']) {
      expect((await list(await signInAs(app, email))).total, email).toBe(13);
    }
  });

  it('shows partner and sales administrators only the customers they created or are assigned to', async () => {
    expect(await names('', await signInAs(app, 'admin@p1.test'))).toEqual([
      'Alpha Suspended',
      'November Created By Admin',
    ]);
    expect((await list(await signInAs(app, 'sales@p1.test'))).total).toBe(0);
  });

  it("never shows another partner's customers", async () => {
    expect(await names('', await signInAs(app, 'full@p2.test'))).toEqual(['Lima External', 'Mike Foreign']);
    expect(await names('q=mike')).toEqual([]);
    expect(await names(`partner=${scenario.partnerTwo}`)).not.toContain('Mike Foreign');
  });

  it('shows vendor operators every customer once, and a partner filter', async () => {
    const operator = await signInAs(app, 'op@v.test');
    expect((await list(operator)).total).toBe(14);
    expect(await names(`partner=${scenario.partnerTwo}`, operator)).toEqual(['Lima External', 'Mike Foreign']);
  });

  it('refuses customer users', async () => {
    const customer = await signInAs(app, 'admin@golf.test');
    expect((await customer.request('GET', '/api/v1/customers')).statusCode).toBe(403);
    expect((await customer.request('GET', '/api/v1/customers/summary')).statusCode).toBe(403);
  });
});

describe('statuses stamped for the day (customer-list-days)', () => {
  const queries = [
    '',
    'status=expiring_soon',
    'status=expired,over_licence',
    'subscriptionStatus=expiring_60,trial_expiring_60',
    'provisioning=cannot_provision,manual_vendor',
    'type=trial',
    'needsAttention=true',
    ...Object.keys(sortKeys).flatMap((sort) => [`sort=${sort}`, `sort=-${sort}`]),
  ];
  const answers = async () => {
    const pages = await Promise.all(queries.map(async (query) => (await list(full, query)).items.map((c) => c.id)));
    const summary = (await full.request('GET', '/api/v1/customers/summary')).json();
    return { pages, summary };
  };

  it('answers every filter, sort and KPI as the statuses computed at query time do', async () => {
    const computed = await answers();
    expect(await advanceCustomerListDays(handle.db, clock.now())).toBeGreaterThan(0);
    expect(await answers()).toEqual(computed);
  });

  it('are what the list reads while they are today’s, and not once the day has turned', async () => {
    await advanceCustomerListDays(handle.db, clock.now());
    const suspended = await names('status=suspended');
    // A stamp that disagrees with the stored facts shows: the list read the stamps.
    await handle.db.execute(sql`update customer_list_entries set customer_status_bits = 0
      where name = 'Alpha Suspended'`);
    expect(await names('status=suspended')).toEqual(suspended.filter((n) => n !== 'Alpha Suspended'));
    // The next day the stamps are yesterday's: the list computes (and sees Alpha again) until they move on.
    clock.advanceDays(1);
    const nextDay = await signInAs(app, 'full@p1.test');
    expect(await names('status=suspended', nextDay)).toEqual(suspended);
    expect(await advanceCustomerListDays(handle.db, clock.now())).toBeGreaterThan(0);
    expect(await names('status=suspended', nextDay)).toEqual(suspended);
  });

  it('follow a change of the expiring-soon threshold at once', async () => {
    await advanceCustomerListDays(handle.db, clock.now());
    const admin = await signInAs(app, 'full@p1.test');
    const window = async (days: number) => {
      const patched = await admin.request('PATCH', `/api/v1/organisations/${scenario.partnerOne}/settings`, {
        expiringSoonDays: days,
      });
      expect(patched.statusCode, patched.body).toBe(200);
      return names('status=expiring_soon', admin);
    };
    const wide = await window(365);
    const narrow = await window(1);
    expect(wide.length).toBeGreaterThan(narrow.length);
    await window(30);
  });
});
