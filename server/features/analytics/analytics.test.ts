import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  isoDay,
  lowAssignment,
  type SubscriptionForAssignment,
  sizeBand,
  weekStartUtc,
} from '../../../domain/analytics.ts';
import { DAY_MS } from '../../../domain/clock.ts';
import type {
  CallingOverview,
  CallingTableResponse,
  SectionResponse,
  SubscriptionOverview,
} from '../../../domain/contracts/analytics.ts';
import {
  callFeaturesWeekly,
  callQualityWeekly,
  callQueueWeekly,
  licenceWeekly,
  subscriptions,
  usageFreshness,
  userCallsWeekly,
} from '../../db/schema/index.ts';
import { type DatabaseHandle, rowsOf } from '../../platform/db.ts';
import { type Browser, buildTestApp, signInAs, TEST_START } from '../../testing/app.ts';
import { deriveCoarseRollups } from '../../testing/coarse-rollups.ts';
import { addLicensedUsers, addSubscription, addTrial } from '../../testing/customer-data.ts';
import { createTestDatabase } from '../../testing/database.ts';
import { createOrganisation, createUser, linkCustomer } from '../../testing/fixtures.ts';
import { sizeBandSql } from './licences.queries.ts';

/**
 * ANA-1…ANA-7 and CAL-1…CAL-7 on crafted data with hand-computed figures; tenancy per role (ROL-6); bad
 * query strings (X-5). Now is Saturday 2026-11-21 09:00 UTC: the current week starts Monday 2026-11-16, the
 * last completed week 2026-11-09, the one before 2026-11-02; the CAL period runs 2026-09-14 … 2026-11-09.
 */

let handle: DatabaseHandle;
let app: FastifyInstance;
const now = new Date(TEST_START);
const daysFromNow = (n: number) => new Date(now.getTime() + n * DAY_MS);
const ids: Record<string, string> = {};
const browsers = new Map<string, Browser>();

async function get<T>(email: string, url: string): Promise<{ status: number; body: T; raw: string }> {
  let browser = browsers.get(email);
  if (!browser) {
    browser = await signInAs(app, email);
    browsers.set(email, browser);
  }
  const response = await browser.request('GET', url);
  const json = response.headers['content-type']?.toString().startsWith('application/json');
  return { status: response.statusCode, body: (json ? response.json() : null) as T, raw: response.body };
}
const ok = async <T>(email: string, url: string) => {
  const r = await get<T>(email, url);
  expect(r.status, r.raw).toBe(200);
  return r.body;
};

beforeAll(async () => {
  handle = await createTestDatabase();
  ({ app } = await buildTestApp(handle.db));
  const db = handle.db;
  const vendor = await createOrganisation(db, { kind: 'vendor', name: 'Vendor' });
  await createUser(db, { organisationId: vendor.id, roles: ['vendor_operator'], email: 'op@v.test' });
  const p1 = await createOrganisation(db, { kind: 'partner', name: 'Partner One' });
  const p2 = await createOrganisation(db, { kind: 'partner', name: 'Partner Two' });
  ids.p1 = p1.id;
  ids.p2 = p2.id;
  const full1 = await createUser(db, { organisationId: p1.id, roles: ['partner_full_admin'], email: 'full@p1.test' });
  const admin1 = await createUser(db, { organisationId: p1.id, roles: ['partner_admin'], email: 'admin@p1.test' });
  await createUser(db, { organisationId: p1.id, roles: ['partner_read_only_admin'], email: 'ro@p1.test' });
  const full2 = await createUser(db, { organisationId: p2.id, roles: ['partner_full_admin'], email: 'full@p2.test' });

  const customer = async (name: string, partnerId: string, createdBy: string, assigned?: string) => {
    const c = await createOrganisation(db, { kind: 'customer', name });
    await linkCustomer(db, { partnerId, customerId: c.id, createdByUserId: createdBy, assignedUserId: assigned });
    return c.id;
  };
  const alpha = await customer('Alpha', p1.id, full1.id, admin1.id);
  const bravo = await customer('Bravo', p1.id, full1.id);
  const charlie = await customer('Charlie', p2.id, full2.id);
  const delta = await customer('Delta', p1.id, full1.id);
  const echo = await customer('Echo', p1.id, full1.id);
  Object.assign(ids, { alpha, bravo, charlie, delta, echo });
  await createUser(db, { organisationId: alpha, roles: ['customer_full_admin'], email: 'admin@alpha.test' });

  // Alpha: S1 Calling 20 + Meetings 10, not renewing, ends in 30 days; S6 Calling 8, added 10 days ago.
  const s1 = await addSubscription(db, {
    customerId: alpha,
    sellerId: p1.id,
    now,
    services: [
      { serviceId: 'calling', quantity: 20 },
      { serviceId: 'meetings', quantity: 10 },
    ],
    endsInDays: 30,
    autoRenew: false,
  });
  await addLicensedUsers(db, {
    customerId: alpha,
    serviceId: 'calling',
    now,
    subscriptionId: s1.id,
    usedDaysAgo: [1, 2, 3, null, null, 40],
  });
  await addLicensedUsers(db, {
    customerId: alpha,
    serviceId: 'meetings',
    now,
    subscriptionId: s1.id,
    usedDaysAgo: Array.from({ length: 12 }, () => 1),
  });
  const s6 = await addSubscription(db, {
    customerId: alpha,
    sellerId: p1.id,
    now,
    services: [{ serviceId: 'calling', quantity: 8 }],
    endsInDays: 355,
  });
  await db
    .update(subscriptions)
    .set({ startsAt: daysFromNow(-10), createdAt: daysFromNow(-10) })
    .where(sql`${subscriptions.id} = ${s6.id}`);
  await addLicensedUsers(db, {
    customerId: alpha,
    serviceId: 'calling',
    now,
    subscriptionId: s6.id,
    usedDaysAgo: [null, 30],
  });
  // Bravo: S2 Calling 10, renewing in 60 days, 1 assigned (10 %); an active Calling trial T2 of 25 ending in 20 days.
  const s2 = await addSubscription(db, {
    customerId: bravo,
    sellerId: p1.id,
    now,
    services: [{ serviceId: 'calling', quantity: 10 }],
    endsInDays: 60,
  });
  await addLicensedUsers(db, { customerId: bravo, serviceId: 'calling', now, subscriptionId: s2.id, usedDaysAgo: [1] });
  const t2 = await addTrial(db, {
    customerId: bravo,
    partnerId: p1.id,
    requestedByUserId: full1.id,
    now,
    state: 'active',
    endsInDays: 20,
    serviceIds: ['calling'],
    licenceQuantity: 25,
  });
  await addLicensedUsers(db, { customerId: bravo, serviceId: 'calling', now, trialId: t2.id, usedDaysAgo: [1, null] });
  // Charlie (Partner Two): S3 Calling 5, all used.
  const s3 = await addSubscription(db, {
    customerId: charlie,
    sellerId: p2.id,
    now,
    services: [{ serviceId: 'calling', quantity: 5 }],
  });
  await addLicensedUsers(db, {
    customerId: charlie,
    serviceId: 'calling',
    now,
    subscriptionId: s3.id,
    usedDaysAgo: [1, 1, 1, 1, 1],
  });
  // Delta: Messaging only (no analytics). Echo: Meetings with 0 licences.
  await addSubscription(db, {
    customerId: delta,
    sellerId: p1.id,
    now,
    services: [{ serviceId: 'messaging', quantity: 50 }],
  });
  await addSubscription(db, {
    customerId: echo,
    sellerId: p1.id,
    now,
    services: [{ serviceId: 'meetings', quantity: 0 }],
  });
  Object.assign(ids, { s1: s1.id, s2: s2.id, s3: s3.id, s6: s6.id, t2: t2.id });

  // Rollups, as ingest maintains them.
  const lw = (
    customerId: string,
    subscriptionId: string,
    weekStart: string,
    total: number,
    assigned: number,
    used: number,
  ) => ({ customerId, subscriptionId, serviceId: 'calling', weekStart, total, assigned, used });
  await db.insert(licenceWeekly).values([
    lw(alpha, s1.id, '2026-11-02', 20, 5, 2),
    lw(alpha, s1.id, '2026-11-09', 20, 6, 3),
    lw(alpha, s6.id, '2026-11-09', 8, 2, 1),
    lw(bravo, s2.id, '2026-11-02', 10, 1, 0),
    lw(bravo, s2.id, '2026-11-09', 10, 1, 1),
    // Charlie's last row is from 2026-11-02: total and assigned carry forward, used is 0 after it.
    lw(charlie, s3.id, '2026-11-02', 5, 5, 5),
    { ...lw(alpha, s1.id, '2026-11-09', 10, 12, 12), serviceId: 'meetings' },
  ]);
  const [u1, u2, u3, u4, u5] = Array.from({ length: 5 }, () => crypto.randomUUID());
  const uc = (customerId: string, weekStart: string, userId: string | undefined, calls: number, minutes: number) => ({
    customerId,
    weekStart,
    userId: userId as string,
    calls,
    minutes,
  });
  await db.insert(userCallsWeekly).values([
    uc(alpha, '2026-11-09', u1, 3, 10),
    uc(alpha, '2026-11-09', u2, 7, 20),
    uc(alpha, '2026-11-09', u3, 25, 60),
    uc(alpha, '2026-11-02', u1, 4, 8),
    // Outside the period: the current week and the week before the period.
    uc(alpha, '2026-11-16', u1, 100, 100),
    uc(alpha, '2026-09-07', u1, 50, 50),
    uc(bravo, '2026-11-09', u4, 1, 2),
    uc(charlie, '2026-11-09', u5, 9, 9),
  ]);
  const q = (
    customerId: string,
    weekStart: string,
    endpointType: 'desk_phone' | 'mobile_app' | 'web',
    legs: number,
    poorLegs: number,
  ) => ({ customerId, weekStart, endpointType, legs, poorLegs });
  await db
    .insert(callQualityWeekly)
    .values([
      q(alpha, '2026-11-09', 'desk_phone', 10, 2),
      q(alpha, '2026-11-09', 'mobile_app', 4, 2),
      q(alpha, '2026-11-02', 'web', 6, 0),
      q(alpha, '2026-11-16', 'desk_phone', 100, 100),
      q(bravo, '2026-11-09', 'web', 5, 1),
      q(charlie, '2026-11-09', 'web', 9, 9),
    ]);
  await db.insert(callFeaturesWeekly).values([
    { customerId: alpha, weekStart: '2026-11-09', feature: 'call_queue', calls: 3 },
    { customerId: alpha, weekStart: '2026-11-09', feature: 'transfer', calls: 2 },
    { customerId: alpha, weekStart: '2026-11-09', feature: 'hold', calls: 1 },
    { customerId: bravo, weekStart: '2026-11-09', feature: 'transfer', calls: 5 },
    { customerId: charlie, weekStart: '2026-11-09', feature: 'call_queue', calls: 9 },
  ]);
  const queue = (
    customerId: string,
    weekStart: string,
    calls: number,
    answered: number,
    answerWait: number,
    abandoned: number,
    abandonWait: number,
  ) => ({
    customerId,
    weekStart,
    calls,
    answered,
    answerWaitSeconds: answerWait,
    abandoned,
    abandonWaitSeconds: abandonWait,
  });
  await db
    .insert(callQueueWeekly)
    .values([
      queue(alpha, '2026-11-09', 10, 6, 120, 4, 200),
      queue(alpha, '2026-11-02', 100, 100, 10_000, 0, 0),
      queue(charlie, '2026-11-09', 9, 9, 9, 0, 0),
    ]);
  await db.insert(usageFreshness).values([
    { customerId: alpha, kind: 'calls', dataAsOf: new Date('2026-11-21T08:55:00Z') },
    { customerId: alpha, kind: 'licence-assignments', dataAsOf: new Date('2026-11-20T00:00:00Z') },
    { customerId: charlie, kind: 'calls', dataAsOf: new Date('2026-11-21T08:59:00Z') },
  ]);
  // The per-customer rollups summarising the rows above, as ingest keeps them.
  await deriveCoarseRollups(db);
});

afterAll(async () => {
  await app?.close();
  await handle?.close();
});

const A = '/api/v1/analytics';

describe('ANA-1 KPIs and ANA-2 trend', () => {
  it('Calling, for a partner full administrator', async () => {
    const o = await ok<SubscriptionOverview>('full@p1.test', `${A}/subscriptions?product=calling`);
    expect(o.kpis).toEqual({
      totalCustomers: 2, // Alpha, Bravo (Delta has Messaging only, Charlie is Partner Two's)
      expirationApproaching: 2, // S1 (not renewing, 30 days), T2 (trial, 20 days)
      approachingRenewal: 1, // S2 (60 days)
      lowAssignment: 1, // S2: 10 % < 25 % (fewer than 10 similar)
      overLicenceLimit: 0,
    });
    expect(o.dataAsOf).toBe('2026-11-21T08:55:00.000Z');
    expect(o.trend).toHaveLength(27);
    // No row yet in the current week: each subscription's last row carries forward, with no use.
    expect(o.trend.at(-1)).toEqual({ weekStart: '2026-11-16', total: 38, assigned: 9, used: 0, partial: true });
    expect(o.trend.find((p) => p.weekStart === '2026-11-09')).toEqual({
      weekStart: '2026-11-09',
      total: 38,
      assigned: 9,
      used: 5,
      partial: false,
    });
    expect(o.trend.find((p) => p.weekStart === '2026-11-02')).toMatchObject({ total: 30, assigned: 6, used: 2 });
  });

  it('Meetings: over 100 % and zero licences', async () => {
    const o = await ok<SubscriptionOverview>('full@p1.test', `${A}/subscriptions?product=meetings`);
    expect(o.kpis).toEqual({
      totalCustomers: 2, // Alpha, Echo (0 licences)
      expirationApproaching: 1,
      approachingRenewal: 0,
      lowAssignment: 0, // Echo has 0 licences: no band, never low
      overLicenceLimit: 1,
    });
    expect(o.trend.find((p) => p.weekStart === '2026-11-09')).toMatchObject({ total: 10, assigned: 12, used: 12 });
  });

  it('scope: partner administrator, other partner, vendor with and without a partner filter', async () => {
    const calling = (email: string, extra = '') =>
      ok<SubscriptionOverview>(email, `${A}/subscriptions?product=calling${extra}`).then((o) => o.kpis.totalCustomers);
    expect(await calling('admin@p1.test')).toBe(1); // Alpha only: assigned to them
    expect(await calling('ro@p1.test')).toBe(2);
    expect(await calling('full@p2.test')).toBe(1);
    expect(await calling('op@v.test')).toBe(3);
    expect(await calling('op@v.test', `&partnerId=${ids.p2}`)).toBe(1);
    expect(await calling('full@p1.test', `&partnerId=${ids.p1}`)).toBe(2);
    const vendorView = await ok<SubscriptionOverview>('op@v.test', `${A}/subscriptions?product=calling`);
    expect(vendorView.dataAsOf).toBe('2026-11-21T08:59:00.000Z');
  });
});

const section = (email: string, name: string, query = '') =>
  ok<SectionResponse>(email, `${A}/subscriptions/${name}?product=calling${query}`);

describe('ANA-3…ANA-7 sections', () => {
  it('ANA-3 recently added: subscriptions and trials of the last 90 days', async () => {
    const s = await section('full@p1.test', 'recently-added');
    expect(s.kpis.customers).toBe(2);
    expect(s.kpis.totalLicences).toBe(33);
    expect(s.total).toBe(2);
    expect(
      s.items.map((r) => [r.customerName, r.kind, r.daysSinceAdded, r.total, r.used, r.assigned, r.available]),
    ).toEqual([
      ['Alpha', 'subscription', 10, 8, 0, 2, 6],
      ['Bravo', 'trial', 70, 25, 1, 2, 23],
    ]);
    expect(s.items[0]).toMatchObject({ assignmentChange: 2, usageChange: 1, id: ids.s6 });
    expect(s.items[1]).toMatchObject({ assignmentChange: null, usageChange: null, id: ids.t2 });
  });

  it('ANA-4 about to expire: KPIs over subscriptions and trials ending in 90 days', async () => {
    const s = await section('full@p1.test', 'expiring', '&sort=daysToEnd');
    expect(s.kpis.customers).toBe(2);
    expect(s.kpis.assignmentPct).toBeCloseTo((8 / 45) * 100, 6);
    expect(s.kpis.usagePct).toBeCloseTo((4 / 45) * 100, 6);
    // Thirty days or fewer to the end are emphasised (sectionEndsSoon), the 30th day included.
    expect(s.items.map((r) => [r.id, r.daysToEnd, r.usedLast90Days, r.endsSoon])).toEqual([
      [ids.t2, 20, 1, true],
      [ids.s1, 30, 4, true],
    ]);
  });

  it('ANA-5 renewing soon', async () => {
    const s = await section('full@p1.test', 'renewing');
    expect(s.kpis).toMatchObject({ customers: 1, assignmentPct: 10, usagePct: 10 });
    expect(s.items.map((r) => [r.id, r.daysToEnd, r.autoRenew, r.usedLast90Days, r.endsSoon])).toEqual([
      [ids.s2, 60, true, 1, false],
    ]);
  });

  it('ANA-6 low licence assignment', async () => {
    const s = await section('full@p1.test', 'low-assignment');
    expect(s.kpis).toMatchObject({
      customers: 1,
      assignmentPct: 10,
      usageWhenAssignedPct: 100,
      unassignedLicences: 9,
    });
    expect(
      s.items.map((r) => [r.id, r.monthsSinceAdded, r.assigned, r.assignedPct, r.total, r.assignmentChange]),
    ).toEqual([[ids.s2, 3, 1, 10, 10, 0]]);
  });

  it('ANA-7 over licence limit (Meetings): over 100 %', async () => {
    const s = await ok<SectionResponse>('full@p1.test', `${A}/subscriptions/over-limit?product=meetings`);
    expect(s.kpis).toMatchObject({ customers: 1, overageLicences: 2, avgOveragePerCustomer: 2 });
    expect(
      s.items.map((r) => [r.id, r.monthsLeft, r.autoRenew, r.total, r.assigned, r.assignedPct, r.used, r.usedPct]),
    ).toEqual([[ids.s1, 1, false, 10, 12, 120, 12, 120]]);
    expect(s.items[0]?.available).toBe(0);
  });

  it('sorts on every column, both ways, and pages', async () => {
    for (const column of [
      'customer',
      'subscription',
      'daysSinceAdded',
      'total',
      'licences',
      'assignmentChange',
      'usageChange',
    ]) {
      const up = await section('full@p1.test', 'recently-added', `&sort=${column}`);
      const down = await section('full@p1.test', 'recently-added', `&sort=-${column}`);
      expect(up.items).toHaveLength(2);
      expect(down.items).toHaveLength(2);
    }
    const byDays = await section('full@p1.test', 'recently-added', '&sort=-daysSinceAdded');
    expect(byDays.items.map((r) => r.customerName)).toEqual(['Bravo', 'Alpha']);
    const page2 = await section('full@p1.test', 'recently-added', '&pageSize=1&page=2');
    expect(page2.items.map((r) => r.customerName)).toEqual(['Bravo']);
    expect(page2.total).toBe(2);
  });

  it('exports a section as CSV with its columns', async () => {
    const r = await get<unknown>('full@p1.test', `${A}/subscriptions/recently-added/export.csv?product=calling`);
    expect(r.status).toBe(200);
    const lines = r.raw.trim().split('\n');
    expect(lines[0]).toBe(
      'Customer,Subscription,Days since added,Total licences,Used,Assigned,Available,Weekly assignment change,Weekly usage change',
    );
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^Alpha,SubT\d+,10,8,0,2,6,2,1$/);
    const over = await get<unknown>('full@p1.test', `${A}/subscriptions/over-limit/export.csv?product=meetings`);
    expect(over.raw.split('\n')[0]).toBe(
      'Customer,Subscription,Months left,Auto-renew,Total licences,Assigned,Assigned %,Used,Used %',
    );
  });
});

describe('CAL-1…CAL-7', () => {
  it('overview: usage volume, quality trend, by endpoint, features', async () => {
    const o = await ok<CallingOverview>('full@p1.test', `${A}/calling`);
    expect(o.weeks).toHaveLength(9);
    expect(o.weeks[0]).toBe('2026-09-14');
    expect(o.customers).toBe(2);
    expect(o.dataAsOf).toBe('2026-11-21T08:55:00.000Z');
    expect(o.usageVolume.at(-1)).toEqual({ weekStart: '2026-11-09', none: 5, calls1to5: 2, calls6to20: 1, over20: 1 });
    // Alpha: 5 holders, 1 caller; Bravo: 1 holder, no call.
    expect(o.usageVolume.at(-2)).toEqual({ weekStart: '2026-11-02', none: 5, calls1to5: 1, calls6to20: 0, over20: 0 });
    expect(o.usageVolume[0]).toEqual({ weekStart: '2026-09-14', none: 0, calls1to5: 0, calls6to20: 0, over20: 0 });
    expect(o.qualityTrend.at(-1)).toMatchObject({ legs: 19, poorLegs: 5 });
    expect(o.qualityTrend.at(-1)?.poorPct).toBeCloseTo((5 / 19) * 100, 6);
    expect(o.qualityTrend.at(-2)).toMatchObject({ legs: 6, poorLegs: 0, poorPct: 0 });
    const byEndpoint = Object.fromEntries(
      o.qualityByEndpoint.map((e) => [e.endpointType, [e.legs, e.poorLegs, e.poorPct]]),
    );
    expect(byEndpoint).toMatchObject({
      desk_phone: [10, 2, 20],
      mobile_app: [4, 2, 50],
      room_device: [0, 0, null],
    });
    expect(byEndpoint.web?.[2]).toBeCloseTo((1 / 11) * 100, 6);
    expect(o.features.customers).toBe(1); // Alpha only: Bravo has no call queue
    expect(Object.fromEntries(o.features.items.map((f) => [f.feature, f.calls]))).toEqual({
      call_queue: 3,
      hunt_group: 0,
      auto_attendant: 0,
      transfer: 2,
      hold: 1,
      conference: 0,
      voicemail: 0,
    });
  });

  it('CAL-2 usage table: last completed week, change vs the week before', async () => {
    const t = await ok<CallingTableResponse>('full@p1.test', `${A}/calling/usage`);
    expect(t.weeks).toEqual(['2026-11-09']);
    expect(
      t.items.map((r) => [r.customerName, r.calls, r.minutes, r.activeUsers, r.licences, r.callsChangePct]),
    ).toEqual([
      ['Alpha', 35, 90, 3, 28, 775],
      ['Bravo', 1, 2, 1, 10, null],
    ]);
    const sorted = await ok<CallingTableResponse>('full@p1.test', `${A}/calling/usage?sort=-calls`);
    expect(sorted.items[0]?.customerName).toBe('Alpha');
  });

  it('CAL-5 quality table with the worst endpoint type', async () => {
    const t = await ok<CallingTableResponse>('full@p1.test', `${A}/calling/quality`);
    expect(t.items.map((r) => [r.customerName, r.calls, r.poorCalls, r.poorPct, r.worstEndpoint])).toEqual([
      ['Alpha', 20, 4, 20, 'mobile_app'],
      ['Bravo', 5, 1, 20, 'web'],
    ]);
  });

  it('CAL-7 queues: last calendar week only, customers with the call-queue feature', async () => {
    const t = await ok<CallingTableResponse>('full@p1.test', `${A}/calling/queues`);
    expect(t.queueKpis).toEqual({ calls: 10, avgAnswerSeconds: 20, avgAbandonWaitSeconds: 50, abandonedPct: 40 });
    expect(
      t.items.map((r) => [r.customerName, r.calls, r.avgAnswerSeconds, r.avgAbandonWaitSeconds, r.abandonedPct]),
    ).toEqual([['Alpha', 10, 20, 50, 40]]);
    const vendor = await ok<CallingTableResponse>('op@v.test', `${A}/calling/queues`);
    expect(vendor.queueKpis).toEqual({
      calls: 19,
      avgAnswerSeconds: 129 / 15,
      avgAbandonWaitSeconds: 50,
      abandonedPct: (4 / 19) * 100,
    });
  });

  it('a customer without Calling is not in calling analytics', async () => {
    const t = await ok<CallingTableResponse>('op@v.test', `${A}/calling/usage?pageSize=200`);
    const names = t.items.map((r) => r.customerName);
    expect(names).toEqual(['Alpha', 'Bravo', 'Charlie']);
  });

  it('exports each calling table', async () => {
    const usage = await get<unknown>('full@p1.test', `${A}/calling/usage/export.csv`);
    expect(usage.raw.split('\n')[0]).toBe(
      'Customer,Calls,Minutes,Active calling users,Licences,Calls change vs previous week %',
    );
    expect(usage.raw.split('\n')[1]).toBe('Alpha,35,90,3,28,775');
    const quality = await get<unknown>('full@p1.test', `${A}/calling/quality/export.csv`);
    expect(quality.raw.split('\n')[0]).toBe('Customer,Calls,Poor calls,Poor %,Worst endpoint type');
    const queues = await get<unknown>('full@p1.test', `${A}/calling/queues/export.csv`);
    expect(queues.raw.split('\n')[1]).toBe('Alpha,10,20,50,40');
  });
});

describe('access and bad input', () => {
  const urls = [
    `${A}/subscriptions?product=calling`,
    `${A}/subscriptions/expiring?product=calling`,
    `${A}/subscriptions/expiring/export.csv?product=calling`,
    `${A}/calling`,
    `${A}/calling/usage`,
    `${A}/calling/queues/export.csv`,
  ];
  it('customer users get 403 on every endpoint; a partner naming another partner gets 404', async () => {
    for (const url of urls) {
      expect((await get('admin@alpha.test', url)).status, url).toBe(403);
      const sep = url.includes('?') ? '&' : '?';
      expect((await get('full@p1.test', `${url}${sep}partnerId=${ids.p2}`)).status, url).toBe(404);
      expect((await get('full@p2.test', url)).status, url).toBe(200);
    }
    expect((await get('op@v.test', `${A}/calling?partnerId=${crypto.randomUUID()}`)).status).toBe(404);
  });

  it('a subscription without a row in a week carries its last total and assigned, with no use', async () => {
    const o = await ok<SubscriptionOverview>('full@p2.test', `${A}/subscriptions?product=calling`);
    expect(o.trend.find((p) => p.weekStart === '2026-11-02')).toMatchObject({ total: 5, assigned: 5, used: 5 });
    expect(o.trend.find((p) => p.weekStart === '2026-11-09')).toMatchObject({ total: 5, assigned: 5, used: 0 });
    expect(o.trend.find((p) => p.weekStart === '2026-10-26')).toMatchObject({ total: 0, assigned: 0, used: 0 });
    const usage = await ok<CallingTableResponse>('full@p2.test', `${A}/calling/usage`);
    expect(usage.items.map((r) => [r.customerName, r.calls, r.licences])).toEqual([['Charlie', 9, 5]]);
    const calling = await ok<CallingOverview>('full@p2.test', `${A}/calling`);
    expect(calling.usageVolume.at(-1)).toMatchObject({ none: 4, calls6to20: 1 });
  });

  it('Partner Two never sees Partner One’s figures', async () => {
    const t = await ok<CallingTableResponse>('full@p2.test', `${A}/calling/usage`);
    expect(t.items.map((r) => r.customerName)).toEqual(['Charlie']);
    const s = await ok<SectionResponse>('full@p2.test', `${A}/subscriptions/expiring?product=calling`);
    expect(s.total).toBe(0);
  });

  it.each([
    ['/subscriptions?product=phones', 'querystring.product'],
    ['/subscriptions?product=calling&colour=red', 'querystring'],
    ['/subscriptions/expiring?product=calling&sort=bogus', 'querystring.sort'],
    ['/subscriptions/expiring?product=calling&sort=monthsLeft', 'sort'],
    ['/subscriptions/expiring?pageSize=0', 'querystring.pageSize'],
    ['/subscriptions/expiring?page=x', 'querystring.page'],
    ['/subscriptions/nothing', 'section'],
    ['/calling?partnerId=nope', 'querystring.partnerId'],
    ['/calling/usage?sort=poorPct', 'sort'],
    ['/calling/everything', 'table'],
  ])('%s → 400 naming %s', async (url, field) => {
    const r = await get<{ error: { field?: string; message: string } }>('full@p1.test', `${A}${url}`);
    expect(r.status, r.raw).toBe(400);
    expect(r.body.error.field ?? r.body.error.message).toContain(field);
  });
});

describe('SQL agrees with the pure rules', () => {
  it('calendar weeks in UTC: Sunday 23:59:59 and Monday 00:00 fall in different weeks', async () => {
    const instants = ['2026-11-15T23:59:59.999Z', '2026-11-16T00:00:00.000Z', '2026-11-16T00:30:00+01:00'];
    for (const instant of instants) {
      // The rollups' week of a call (server/seed/rollups.ts, usage ingest).
      const [row] = rowsOf<{ week: string }>(
        await handle.db.execute(
          sql`select date_trunc('week', ${instant}::timestamptz at time zone 'UTC')::date::text as week`,
        ),
      );
      expect(row?.week, instant).toBe(isoDay(weekStartUtc(new Date(instant))));
    }
  });

  it('size bands', async () => {
    const totals = [-1, 0, 1, 2, 10, 11, 49, 50, 51, 250, 251, 999, 1000, 1001, 50_000];
    for (const total of totals) {
      const [row] = rowsOf<{ band: string | null }>(
        await handle.db.execute(sql`select ${sizeBandSql(sql`${total}::int`)} as band`),
      );
      expect(row?.band ?? null, String(total)).toBe(sizeBand(total));
    }
  });

  it('low assignment over an installation with ≥ 10 similar subscriptions', async () => {
    const db = handle.db;
    const foxtrot = await createOrganisation(db, { kind: 'customer', name: 'Foxtrot' });
    await linkCustomer(db, { partnerId: ids.p2 as string, customerId: foxtrot.id });
    // Twelve Meetings subscriptions of 11–50 licences with assorted assignment: the median applies.
    const shapes = [
      [20, 16],
      [20, 14],
      [30, 24],
      [12, 9],
      [40, 30],
      [20, 3],
      [25, 5],
      [11, 11],
      [50, 10],
      [15, 12],
      [20, 8],
      [30, 2],
    ] as const;
    for (const [total, assigned] of shapes) {
      const s = await addSubscription(db, {
        customerId: foxtrot.id,
        sellerId: ids.p2 as string,
        now,
        services: [{ serviceId: 'meetings', quantity: total }],
      });
      await addLicensedUsers(db, {
        customerId: foxtrot.id,
        serviceId: 'meetings',
        now,
        subscriptionId: s.id,
        usedDaysAgo: Array.from({ length: assigned }, () => null),
      });
    }
    const current = rowsOf<{ id: string; total: number; assigned: number; starts_at: Date | string }>(
      await db.execute(sql`
        select s.id::text, ss.quantity as total, s.starts_at,
          (select count(*)::int from licence_assignments la where la.customer_id = s.customer_id
            and la.subscription_id = s.id and la.service_id = 'meetings') as assigned
        from subscriptions s join subscription_services ss on ss.customer_id = s.customer_id
          and ss.subscription_id = s.id and ss.service_id = 'meetings'
        where s.state in ('active', 'suspended') and s.ends_at > ${now.toISOString()}::timestamptz`),
    );
    const installation: (SubscriptionForAssignment & { id: string })[] = current.map((r) => ({
      id: r.id,
      serviceId: 'meetings',
      total: Number(r.total),
      assigned: Number(r.assigned),
      startsAt: new Date(r.starts_at),
    }));
    const expected = installation.filter((s) => lowAssignment(s, installation, now)).map((s) => s.id);
    expect(expected.length).toBeGreaterThan(2); // the median rule flags some, not all
    expect(expected.length).toBeLessThan(shapes.length);
    const s = await ok<SectionResponse>('op@v.test', `${A}/subscriptions/low-assignment?product=meetings&pageSize=200`);
    expect(s.items.map((r) => r.id).sort()).toEqual(expected.sort());
  });
});
