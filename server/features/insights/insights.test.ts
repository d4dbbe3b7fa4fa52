import { parse as parseCsv } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY_MS } from '../../../domain/clock.ts';
import type {
  InsightCustomer,
  InsightCustomersResponse,
  InsightRow,
  InsightsOverview,
} from '../../../domain/contracts/insights.ts';
import { activeSince, productCounts } from '../../../domain/insights.ts';
import { resources, supportCases, users } from '../../db/schema/index.ts';
import { type DatabaseHandle, rowsOf } from '../../platform/db.ts';
import { type Browser, buildTestApp, signInAs, TEST_START } from '../../testing/app.ts';
import { addLicensedUsers, addSubscription, addTrial } from '../../testing/customer-data.ts';
import { createTestDatabase } from '../../testing/database.ts';
import { createOrganisation, createUser, linkCustomer } from '../../testing/fixtures.ts';
import { selectFigures } from './insights.queries.ts';

/**
 * INS-1…INS-5 through the API on crafted data with hand-computed figures; usage arrives through ingest, so the
 * maintained activity rollup is what is read. Now is 2026-11-21 09:00 UTC; the 28-day window starts
 * 2026-10-24 09:00 UTC.
 */

let handle: DatabaseHandle;
let app: FastifyInstance;
const now = new Date(TEST_START);
const ago = (days: number, ms = 0) => new Date(now.getTime() - days * DAY_MS - ms).toISOString();
const ids: Record<string, string> = {};
const browsers = new Map<string, Browser>();

async function call(email: string, method: string, url: string, body?: unknown) {
  let browser = browsers.get(email);
  if (!browser) {
    browser = await signInAs(app, email);
    browsers.set(email, browser);
  }
  return browser.request(method, url, body);
}
async function ok<T>(email: string, url: string): Promise<T> {
  const response = await call(email, 'GET', url);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as T;
}
let sequence = 0;
async function ingest(kind: string, records: Record<string, unknown>[]) {
  const body = records.map((r) => ({ id: `rec-${++sequence}`, ...r }));
  const response = await call('op@v.test', 'POST', `/api/v1/usage/${kind}`, body);
  expect(response.statusCode, response.body).toBe(200);
  expect(response.json().rejected).toBe(0);
}
const callAt = (customerId: string, userId: string, startedAt: string) => ({
  customerId,
  userId,
  callId: `call-${sequence}`,
  startedAt,
  durationSeconds: 60,
  endpointType: 'desktop_app',
});
async function newUser(customerId: string) {
  const [row] = await handle.db
    .insert(users)
    .values({ organisationId: customerId, email: `u${++sequence}@c.test`, name: 'U', createdAt: new Date(now) })
    .returning({ id: users.id });
  return (row as { id: string }).id;
}

beforeAll(async () => {
  handle = await createTestDatabase();
  ({ app } = await buildTestApp(handle.db));
  const db = handle.db;
  const vendor = await createOrganisation(db, { kind: 'vendor', name: 'Vendor' });
  await createUser(db, { organisationId: vendor.id, roles: ['vendor_operator'], email: 'op@v.test' });
  const p1 = await createOrganisation(db, { kind: 'partner', name: 'Partner One' });
  const p2 = await createOrganisation(db, { kind: 'partner', name: 'Partner Two' });
  const full1 = await createUser(db, { organisationId: p1.id, roles: ['partner_full_admin'], email: 'full@p1.test' });
  const admin1 = await createUser(db, { organisationId: p1.id, roles: ['partner_admin'], email: 'admin@p1.test' });
  const full2 = await createUser(db, { organisationId: p2.id, roles: ['partner_full_admin'], email: 'full@p2.test' });
  const customer = async (name: string, partnerId: string, createdBy: string, assigned?: string) => {
    const c = await createOrganisation(db, { kind: 'customer', name });
    await linkCustomer(db, { partnerId, customerId: c.id, createdByUserId: createdBy, assignedUserId: assigned });
    return c.id;
  };
  const alpha = await customer('Alpha', p1.id, full1.id, admin1.id);
  const bravo = await customer('Bravo', p1.id, full1.id);
  const charlie = await customer('Charlie', p2.id, full2.id);
  Object.assign(ids, { alpha, bravo, charlie, p1: p1.id, p2: p2.id });

  // Alpha, Calling: S1 (Partner One) 10, S2 (Partner Two) 5, S3 suspended 4 → sold 15, 5 by another seller.
  const s1 = await addSubscription(db, {
    customerId: alpha,
    sellerId: p1.id,
    now,
    services: [{ serviceId: 'calling', quantity: 10 }],
  });
  const s2 = await addSubscription(db, {
    customerId: alpha,
    sellerId: p2.id,
    now,
    services: [{ serviceId: 'calling', quantity: 5 }],
  });
  const s3 = await addSubscription(db, {
    customerId: alpha,
    sellerId: p1.id,
    now,
    state: 'suspended',
    services: [{ serviceId: 'calling', quantity: 4 }],
  });
  // Holders: u1–u4 on S1 and u5 on S2 are the 5 entitlements; u6 on the suspended S3; t1 on a trial.
  const [u1, u2, u3] = await addLicensedUsers(db, {
    customerId: alpha,
    serviceId: 'calling',
    now,
    subscriptionId: s1.id,
    usedDaysAgo: [null, null, null, null],
  });
  const [u5] = await addLicensedUsers(db, {
    customerId: alpha,
    serviceId: 'calling',
    now,
    subscriptionId: s2.id,
    usedDaysAgo: [null],
  });
  const [u6] = await addLicensedUsers(db, {
    customerId: alpha,
    serviceId: 'calling',
    now,
    subscriptionId: s3.id,
    usedDaysAgo: [null],
  });
  const trial = await addTrial(db, {
    customerId: alpha,
    partnerId: p1.id,
    requestedByUserId: full1.id,
    now,
    state: 'active',
    endsInDays: 20,
    serviceIds: ['calling'],
  });
  const [t1] = await addLicensedUsers(db, {
    customerId: alpha,
    serviceId: 'calling',
    now,
    trialId: trial.id,
    usedDaysAgo: [null],
  });
  const left = await newUser(alpha);
  const stranger = await newUser(alpha);
  // "left" held a licence until 10 days ago (moved to a new employee); "stranger" never held one.
  await ingest('licence-assignments', [
    { customerId: alpha, userId: left, serviceId: 'calling', action: 'assign', occurredAt: ago(60) },
    { customerId: alpha, userId: left, serviceId: 'calling', action: 'unassign', occurredAt: ago(10) },
  ]);
  // Active in 28 days: u1, u2 (exactly 28 days ago), u5, u6, t1, left, stranger = 7; u3 28 days + 1 s ago is not.
  await ingest('calls', [
    callAt(alpha, u1 as string, ago(1)),
    callAt(alpha, u1 as string, ago(40)),
    callAt(alpha, u2 as string, ago(28)),
    callAt(alpha, u3 as string, ago(28, 1000)),
    callAt(alpha, u5 as string, ago(2)),
    callAt(alpha, u6 as string, ago(3)),
    callAt(alpha, t1 as string, ago(4)),
    callAt(alpha, left, ago(15)),
    callAt(alpha, stranger, ago(5)),
  ]);

  // Alpha, Meetings: S4 4 hosts; m1 holds Meetings and its Enterprise edition (upgraded away), m2 Meetings.
  const s4 = await addSubscription(db, {
    customerId: alpha,
    sellerId: p1.id,
    now,
    services: [
      { serviceId: 'meetings', quantity: 4 },
      { serviceId: 'meetings-enterprise', quantity: 1 },
    ],
  });
  const [m1] = await addLicensedUsers(db, {
    customerId: alpha,
    serviceId: 'meetings',
    now,
    subscriptionId: s4.id,
    usedDaysAgo: [null, null],
  });
  await handle.db.execute(sql`insert into licence_assignments (customer_id, user_id, service_id, subscription_id, assigned_at)
    values (${alpha}, ${m1}, 'meetings-enterprise', ${s4.id}, ${new Date(now)})`);

  // Bravo, Calling: 10 sold, 2 held, 1 active → low adoption (9 unused; 8 after the test adding an active user).
  const s5 = await addSubscription(db, {
    customerId: bravo,
    sellerId: p1.id,
    now,
    services: [{ serviceId: 'calling', quantity: 10 }],
  });
  const [b1] = await addLicensedUsers(db, {
    customerId: bravo,
    serviceId: 'calling',
    now,
    subscriptionId: s5.id,
    usedDaysAgo: [null, null],
  });
  await ingest('calls', [callAt(bravo, b1 as string, ago(3))]);
  // Charlie (Partner Two): 3 sold, 3 held.
  const s6 = await addSubscription(db, {
    customerId: charlie,
    sellerId: p2.id,
    now,
    services: [{ serviceId: 'calling', quantity: 3 }],
  });
  await addLicensedUsers(db, {
    customerId: charlie,
    serviceId: 'calling',
    now,
    subscriptionId: s6.id,
    usedDaysAgo: [null, null, null],
  });

  // Alpha has 3 how-to requests in 90 days (and one older, one not how-to).
  for (const [days, howTo] of [
    [5, true],
    [30, true],
    [89, true],
    [120, true],
    [2, false],
  ] as const) {
    await db.insert(supportCases).values({
      customerId: alpha,
      number: `CASE-${++sequence}`,
      title: 'How do I?',
      isHowTo: howTo,
      severity: 'C',
      status: 'open',
      openedAt: new Date(ago(days)),
    });
  }
  const resource = async (title: string, type: string, product: string | null, language: string, retired = false) => {
    const [row] = await db
      .insert(resources)
      .values({
        title,
        summary: title,
        body: title,
        type,
        products: product ? [product] : [],
        language,
        updatedAt: new Date(now),
        retiredAt: retired ? new Date(now) : null,
      })
      .returning({ id: resources.id });
    ids[title] = (row as { id: string }).id;
  };
  await resource('Calling case study', 'case_study', 'calling', 'en');
  await resource('Retired calling case study', 'case_study', 'calling', 'en', true);
  await resource('Meetings tutorial', 'tutorial', 'meetings', 'en');
  await resource('Training for everyone', 'training', null, 'en');
  await resource('Selvbetjening', 'self_service', null, 'da');
  await resource('Datasheet', 'datasheet', 'calling', 'en');
}, 120_000);

afterAll(async () => {
  await app?.close();
  await handle?.close();
});

const rowOf = (items: InsightRow[], customerId: string, product: string) =>
  items.find((r) => r.customerId === customerId && r.product === product);

describe('figures per customer and product (INS-1, INS-3)', () => {
  it('Alpha’s Calling: sold 15 (5 from another partner), 5 entitlements, 7 active, 33.3 % deployed, 140 % used', async () => {
    const page = await ok<InsightCustomersResponse>('full@p1.test', '/api/v1/insights/customers?pageSize=50');
    const calling = rowOf(page.items, ids.alpha as string, 'calling');
    expect(calling).toMatchObject({ sold: 15, soldByOthers: 5, entitlements: 5, active: 7, usagePct: 140 });
    expect(calling?.deploymentPct).toBeCloseTo(33.33, 1);
  });

  it('each documented cause of usage above 100 % is named from the data (INS-2)', async () => {
    const page = await ok<InsightCustomersResponse>('full@p1.test', '/api/v1/insights/customers?product=calling');
    const calling = rowOf(page.items, ids.alpha as string, 'calling');
    expect(calling).toMatchObject({
      activeMoved: 1,
      activeOnOtherSubscription: 1,
      activeOnTrial: 1,
      activeWithoutEntitlement: 1,
    });
    expect(calling?.causes).toEqual([
      'licence_moved',
      'second_subscription',
      'trial_activity',
      'usage_above_entitlement',
    ]);
    expect(rowOf(page.items, ids.bravo as string, 'calling')?.causes).toEqual([]);
  });

  it('a licence upgraded to an edition is not an entitlement of the product', async () => {
    const page = await ok<InsightCustomersResponse>('full@p1.test', '/api/v1/insights/customers?product=meetings');
    expect(rowOf(page.items, ids.alpha as string, 'meetings')).toMatchObject({ sold: 4, entitlements: 1 });
  });

  it('a call ingested twice changes nothing; a new user’s call adds an active user', async () => {
    const before = await ok<InsightsOverview>('full@p1.test', '/api/v1/insights?product=calling');
    const record = { id: 'rec-twice', ...callAt(ids.bravo as string, await newUser(ids.bravo as string), ago(0)) };
    for (const _ of [1, 2]) {
      expect((await call('op@v.test', 'POST', '/api/v1/usage/calls', [record])).statusCode).toBe(200);
    }
    const after = await ok<InsightsOverview>('full@p1.test', '/api/v1/insights?product=calling');
    expect(after.kpis.active).toBe(before.kpis.active + 1);
  });

  it('the portfolio’s KPIs and a 27-week trend', async () => {
    const overview = await ok<InsightsOverview>('full@p1.test', '/api/v1/insights');
    expect(overview.kpis.customers).toBe(2);
    expect(overview.kpis.customersOver100).toBe(1);
    expect(overview.products).toEqual(['calling', 'meetings', 'meetings-enterprise']);
    expect(overview.trend).toHaveLength(27);
  });

  it('the SQL agrees with domain/insights.ts on every row', async () => {
    const db = handle.db;
    const scope = {
      actor: {
        userId: '',
        organisationId: '',
        organisationKind: 'vendor' as const,
        partnerTier: null,
        roles: ['vendor_operator' as const],
      },
    };
    const since = activeSince(now);
    const rows = await selectFigures(db, { scope, now, since });
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows) {
      const q = <T>(query: ReturnType<typeof sql>) => db.execute(query).then((r) => rowsOf<T>(r));
      const subs = await q<{ id: string; seller: string; state: 'active'; ends_at: string; quantity: number }>(sql`
        select s.id::text, s.seller_organisation_id::text as seller, s.state, s.ends_at, ss.quantity from subscriptions s
        join subscription_services ss on ss.customer_id = s.customer_id and ss.subscription_id = s.id
        where s.customer_id = ${row.customerId} and ss.service_id = ${row.product}`);
      const holders = await q<{
        user_id: string;
        subscription_id: string | null;
        trial_id: string | null;
        upgraded: boolean;
      }>(sql`
        select la.user_id::text, la.subscription_id::text, la.trial_id::text, exists (select 1 from licence_assignments e
          join services sv on sv.id = e.service_id where e.customer_id = la.customer_id and e.user_id = la.user_id
          and sv.parent_service_id = la.service_id) as upgraded
        from licence_assignments la where la.customer_id = ${row.customerId} and la.service_id = ${row.product}`);
      const activity = await q<{ user_id: string; last_active_at: string }>(sql`select user_id::text, last_active_at
        from insight_user_activity where customer_id = ${row.customerId} and service_id = ${row.product}`);
      const unassigned = await q<{ user_id: string }>(sql`select user_id::text from licence_assignment_events
        where customer_id = ${row.customerId} and service_id = ${row.product} and action = 'unassign'
          and occurred_at >= ${since.toISOString()}::timestamptz`);
      const vendorId =
        (await q<{ id: string }>(sql`select id::text from organisations where kind = 'vendor'`))[0]?.id ?? null;
      const expected = productCounts(
        {
          subscriptions: subs.map((s) => ({
            id: s.id,
            sellerId: s.seller,
            state: s.state,
            endsAt: new Date(s.ends_at),
            quantity: Number(s.quantity),
          })),
          holders: holders.map((h) => ({
            userId: h.user_id,
            subscriptionId: h.subscription_id,
            trialId: h.trial_id,
            upgraded: h.upgraded,
          })),
          activity: activity.map((a) => ({ userId: a.user_id, lastActiveAt: new Date(a.last_active_at) })),
          unassignedSince: new Set(unassigned.map((u) => u.user_id)),
        },
        now,
        { partnerId: null, vendorId },
      );
      const { customerId: _c, customerName: _n, product: _p, ...counts } = row;
      expect(counts, `${row.customerName} ${row.product}`).toEqual(expected);
    }
  });
});

describe('scope per role (ROL-2, ROL-6)', () => {
  it('a partner administrator’s insights cover only its customers', async () => {
    const page = await ok<InsightCustomersResponse>('admin@p1.test', '/api/v1/insights/customers?pageSize=50');
    expect(new Set(page.items.map((r) => r.customerName))).toEqual(new Set(['Alpha']));
    expect((await ok<InsightsOverview>('admin@p1.test', '/api/v1/insights')).kpis.customers).toBe(1);
    expect((await call('admin@p1.test', 'GET', `/api/v1/insights/customers/${ids.bravo}`)).statusCode).toBe(404);
  });
  it('another partner’s customers read as not found and never appear', async () => {
    const page = await ok<InsightCustomersResponse>('full@p2.test', '/api/v1/insights/customers');
    expect(page.items.map((r) => r.customerName)).toEqual(['Charlie']);
    expect((await call('full@p2.test', 'GET', `/api/v1/insights/customers/${ids.alpha}`)).statusCode).toBe(404);
    expect((await call('full@p2.test', 'GET', `/api/v1/insights?partnerId=${ids.p1}`)).statusCode).toBe(404);
  });
  it('search, product filter and sort', async () => {
    const page = await ok<InsightCustomersResponse>('full@p1.test', '/api/v1/insights/customers?q=brav&sort=-usage');
    expect(page.items.map((r) => r.customerName)).toEqual(['Bravo']);
    const sorted = await ok<InsightCustomersResponse>(
      'op@v.test',
      '/api/v1/insights/customers?product=calling&sort=-usage',
    );
    expect(sorted.items.map((r) => r.customerName)).toEqual(['Alpha', 'Bravo', 'Charlie']);
    expect(sorted.total).toBe(3);
  });
  it('bad input is a 400 naming the field', async () => {
    const bad = await call('full@p1.test', 'GET', '/api/v1/insights/customers?sort=nonsense');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('querystring.sort');
    expect((await call('full@p1.test', 'GET', '/api/v1/insights?product=Not%20A%20Product')).json().error.field).toBe(
      'querystring.product',
    );
  });
});

describe('the customer drill-down and next steps (INS-5)', () => {
  it('Bravo’s low adoption suggests case studies, testimonials and tutorials for its product', async () => {
    const bravo = await ok<InsightCustomer>('full@p1.test', `/api/v1/insights/customers/${ids.bravo}`);
    expect(bravo.nextSteps).toEqual([
      {
        problem: 'low_adoption',
        product: 'calling',
        count: 8,
        // The retired case study is not suggested.
        resources: [expect.objectContaining({ id: ids['Calling case study'], type: 'case_study' })],
      },
    ]);
  });
  it('Alpha’s three how-to requests suggest training and self-service, English when the reader’s language has none', async () => {
    const alpha = await ok<InsightCustomer>('full@p1.test', `/api/v1/insights/customers/${ids.alpha}`);
    expect(alpha.howToRequests).toBe(3);
    const howTo = alpha.nextSteps.find((s) => s.problem === 'how_to_requests');
    expect(howTo?.resources.map((r) => r.id)).toEqual([ids['Training for everyone']]);
    expect(alpha.products.find((p) => p.product === 'calling')?.causes).toHaveLength(4);
  });
});

describe('the portfolio export (INS-4)', () => {
  async function apiRows(email: string) {
    const page = await ok<InsightCustomersResponse>(email, '/api/v1/insights/customers?pageSize=200');
    return page.items;
  }
  const pct = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);

  it('CSV parsed back equals the API’s rows', async () => {
    const response = await call('op@v.test', 'GET', '/api/v1/insights.csv');
    expect(response.statusCode).toBe(200);
    const [header, ...records] = parseCsv(response.body) as string[][];
    expect(header?.slice(0, 4)).toEqual(['Customer', 'Customer id', 'Product', 'Licences sold']);
    const expected = await apiRows('op@v.test');
    expect(records).toHaveLength(expected.length);
    for (const r of expected) {
      const record = records.find((x) => x[1] === r.customerId && x[2] === r.product);
      expect(record?.slice(0, 10)).toEqual([
        r.customerName,
        r.customerId,
        r.product,
        String(r.sold),
        String(r.soldByOthers),
        String(r.entitlements),
        String(r.active),
        r.deploymentPct === null ? '' : String(pct(r.deploymentPct)),
        r.usagePct === null ? '' : String(pct(r.usagePct)),
        r.causes.join(' '),
      ]);
    }
  });

  it('XLSX opened by a real reader: typed cells equal the API’s, a frozen header', async () => {
    const response = await call('full@p1.test', 'GET', '/api/v1/insights.xlsx');
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).getCell(1).value).toBe('Customer');
    const expected = await apiRows('full@p1.test');
    expect(sheet.rowCount).toBe(expected.length + 1);
    for (let n = 2; n <= sheet.rowCount; n++) {
      const cells = sheet.getRow(n).values as unknown[];
      const r = expected.find((x) => x.customerId === cells[2] && x.product === cells[3]);
      if (!r) throw new Error(`row ${n} is not the API's`);
      const fraction = (v: number | null) => (v === null ? undefined : (pct(v) as number) / 100);
      expect(cells.slice(1, 11)).toEqual([
        r.customerName,
        r.customerId,
        r.product,
        r.sold,
        r.soldByOthers,
        r.entitlements,
        r.active,
        fraction(r.deploymentPct),
        fraction(r.usagePct),
        r.causes.join(' ') || undefined,
      ]);
      expect(cells[11]).toBeInstanceOf(Date);
    }
  });
});
