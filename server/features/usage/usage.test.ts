import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiTokens } from '../../db/schema/index.ts';
import { type DatabaseHandle, rowsOf } from '../../platform/db.ts';
import { buildTestApp, signInAs, TEST_START } from '../../testing/app.ts';
import { addLicensedUsers, addSubscription } from '../../testing/customer-data.ts';
import { createTestDatabase } from '../../testing/database.ts';
import { createOrganisation, createUser, linkCustomer } from '../../testing/fixtures.ts';
import { refreshCustomerListEntries } from '../customers/refresh-customer-list.ts';

/** CAL-8 over HTTP: per-record errors, duplicates, NDJSON, tenancy, token roles, sign-ins (CUS-2). */

let handle: DatabaseHandle;
let app: FastifyInstance;
const ids: Record<string, string> = {};
const secrets: Record<string, string> = {};
const now = new Date(TEST_START);

const post = (secret: string, kind: string, payload: unknown, contentType = 'application/json') =>
  app.inject({
    method: 'POST',
    url: `/api/v1/usage/${kind}`,
    headers: { authorization: `Bearer ${secret}`, 'content-type': contentType },
    payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
  });

const query = async <T>(text: string) => rowsOf<T>(await handle.db.execute(sql.raw(text)));

let legSequence = 0;
function leg(overrides: Record<string, unknown> = {}) {
  legSequence++;
  return {
    id: `leg-${legSequence}`,
    customerId: ids.c1,
    callId: `call-${legSequence}`,
    userId: ids.u1,
    startedAt: '2026-11-20T10:00:00Z',
    durationSeconds: 120,
    endpointType: 'desktop_app',
    mos: 4.2,
    packetLossPct: 0.1,
    jitterMs: 5,
    latencyMs: 60,
    features: ['hold'],
    ...overrides,
  };
}

async function tokenFor(email: string, name: string) {
  const browser = await signInAs(app, email);
  const response = await browser.request('POST', '/api/v1/api-tokens', { name });
  expect(response.statusCode).toBe(201);
  return response.json().secret as string;
}

beforeAll(async () => {
  handle = await createTestDatabase();
  ({ app } = await buildTestApp(handle.db));
  const db = handle.db;
  const vendor = await createOrganisation(db, { kind: 'vendor' });
  await createUser(db, { organisationId: vendor.id, roles: ['vendor_operator'], email: 'op@v.test' });
  const p1 = await createOrganisation(db, { kind: 'partner' });
  const p2 = await createOrganisation(db, { kind: 'partner' });
  await createUser(db, { organisationId: p1.id, roles: ['partner_full_admin'], email: 'full@p1.test' });
  const readOnly = await createUser(db, { organisationId: p1.id, roles: ['partner_read_only_admin'] });
  await createUser(db, { organisationId: p2.id, roles: ['partner_full_admin'], email: 'full@p2.test' });
  const c1 = await createOrganisation(db, { kind: 'customer' });
  const c2 = await createOrganisation(db, { kind: 'customer' });
  await linkCustomer(db, { partnerId: p1.id, customerId: c1.id });
  await linkCustomer(db, { partnerId: p2.id, customerId: c2.id });
  const subscription = await addSubscription(db, {
    customerId: c1.id,
    sellerId: p1.id,
    now,
    services: [{ serviceId: 'calling', quantity: 5 }],
  });
  const [u1, u2] = await addLicensedUsers(db, {
    customerId: c1.id,
    serviceId: 'calling',
    subscriptionId: subscription.id,
    now,
    usedDaysAgo: [null, null],
  });
  const admin = await createUser(db, { organisationId: c1.id, roles: ['customer_full_admin'] });
  await refreshCustomerListEntries(db);
  Object.assign(ids, {
    p1: p1.id,
    c1: c1.id,
    c2: c2.id,
    u1: u1 as string,
    u2: u2 as string,
    sub: subscription.id,
    admin: admin.id,
  });
  secrets.p1 = await tokenFor('full@p1.test', 'usage feed');
  secrets.operator = await tokenFor('op@v.test', 'vendor feed');
  // A read-only administrator cannot create tokens; this one is planted to prove the role still decides.
  secrets.readOnly = 'chub_planted-read-only-token';
  await db.insert(apiTokens).values({
    organisationId: p1.id,
    name: 'planted',
    tokenHash: createHash('sha256').update(secrets.readOnly).digest('hex'),
    userId: readOnly.id,
    createdAt: now,
  });
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

describe('ingesting call legs', () => {
  it('stores valid records, reports each invalid one by index and field, and keeps the good ones', async () => {
    const batch = [
      leg(),
      leg({ endpointType: 'fax' }),
      leg({ mos: 2.9, features: ['call_queue'], queue: { id: 'q1', outcome: 'answered', waitSeconds: 30 } }),
      { ...leg(), startedAt: undefined },
      leg({ userId: ids.u2, durationSeconds: 60 }),
    ];
    const response = await post(secrets.p1 as string, 'calls', batch);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ received: 5, accepted: 3, duplicates: 0, rejected: 2 });
    expect(body.errors.map((e: { index: number; field: string }) => [e.index, e.field])).toEqual([
      [1, 'endpointType'],
      [3, 'startedAt'],
    ]);
    expect(body.dataAsOf).toBe(now.toISOString());
    const [counts] = await query<{ legs: number; poor: number; calls: number; queue: number }>(`
      select (select sum(legs)::int from call_quality_weekly) as legs,
        (select sum(poor_legs)::int from call_quality_weekly) as poor,
        (select sum(calls)::int from user_calls_weekly) as calls,
        (select sum(answered)::int from call_queue_weekly) as queue`);
    expect(counts).toEqual({ legs: 3, poor: 1, calls: 3, queue: 1 });
    const [week] = await query<{ assigned: number; used: number }>(
      `select assigned, used from licence_weekly where subscription_id = '${ids.sub}' and week_start = '2026-11-16'`,
    );
    expect(week).toEqual({ assigned: 2, used: 2 });
  });

  it('counts a record id sent twice once and leaves the rollups as they were', async () => {
    const batch = [leg(), leg({ endpointType: 'mobile_app' })];
    expect((await post(secrets.p1 as string, 'calls', batch)).json()).toMatchObject({ accepted: 2, duplicates: 0 });
    const before = await query<{ t: string }>(
      `select string_agg(q::text, ',' order by q::text) as t from call_quality_weekly q`,
    );
    const again = (await post(secrets.p1 as string, 'calls', [...batch, batch[0]])).json();
    expect(again).toMatchObject({ received: 3, accepted: 0, duplicates: 3, rejected: 0 });
    expect(
      await query<{ t: string }>(`select string_agg(q::text, ',' order by q::text) as t from call_quality_weekly q`),
    ).toEqual(before);
  });

  it('accepts NDJSON, with a line that is not JSON reported by its index', async () => {
    const text = [JSON.stringify(leg()), '{"id": broken', JSON.stringify(leg()), ''].join('\n');
    const response = await post(secrets.p1 as string, 'calls', text, 'application/x-ndjson');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ received: 3, accepted: 2, rejected: 1 });
    expect(body.errors[0]).toMatchObject({ index: 1, field: '' });
  });

  it('rejects the records of a customer not linked to the partner; a vendor operator may send them', async () => {
    const foreign = leg({ customerId: ids.c2, userId: null });
    const body = (await post(secrets.p1 as string, 'calls', [leg(), foreign])).json();
    expect(body).toMatchObject({ accepted: 1, rejected: 1 });
    expect(body.errors).toEqual([expect.objectContaining({ index: 1, field: 'customerId' })]);
    expect((await post(secrets.operator as string, 'calls', [foreign])).json()).toMatchObject({ accepted: 1 });
  });

  it('refuses a batch of more than 10,000 records as a whole, storing nothing', async () => {
    const before = await query<{ n: number }>('select count(*)::int as n from call_legs');
    const batch = Array.from({ length: 10_001 }, () => leg());
    const response = await post(secrets.p1 as string, 'calls', batch);
    expect(response.statusCode).toBe(400);
    expect(await query<{ n: number }>('select count(*)::int as n from call_legs')).toEqual(before);
  });

  it('accepts a signed-in browser session too (with its CSRF token)', async () => {
    const browser = await signInAs(app, 'full@p1.test');
    const response = await browser.request('POST', '/api/v1/usage/calls', [leg()]);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ accepted: 1 });
  });

  it('refuses a whole body that is not an array, naming the problem', async () => {
    const response = await post(secrets.p1 as string, 'calls', { id: 'x' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('invalid_input');
  });
});

describe('who may send usage', () => {
  it('refuses a read-only administrator’s token (403) and changes nothing', async () => {
    const before = await query<{ n: number }>('select count(*)::int as n from call_legs');
    const response = await post(secrets.readOnly as string, 'calls', [leg()]);
    expect(response.statusCode).toBe(403);
    expect(await query<{ n: number }>('select count(*)::int as n from call_legs')).toEqual(before);
  });

  it('refuses a revoked token (401) and an unknown one (401)', async () => {
    const secret = await tokenFor('full@p1.test', 'to revoke');
    const browser = await signInAs(app, 'full@p1.test');
    const list = (await browser.request('GET', '/api/v1/api-tokens')).json();
    const token = list.items.find((t: { name: string }) => t.name === 'to revoke');
    expect((await browser.request('DELETE', `/api/v1/api-tokens/${token.id}`)).statusCode).toBe(200);
    expect((await post(secret, 'calls', [leg()])).statusCode).toBe(401);
    expect((await post('chub_never-issued', 'calls', [leg()])).statusCode).toBe(401);
  });

  it('refuses anonymous callers (401)', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/v1/usage/calls', payload: [leg()] });
    expect(response.statusCode).toBe(401);
  });
});

describe('other kinds', () => {
  const inNoRecentActivity = async () => {
    const browser = await signInAs(app, 'full@p1.test');
    const response = await browser.request('GET', '/api/v1/customers?status=no_recent_activity');
    expect(response.statusCode).toBe(200);
    return response.json().items.some((c: { id: string }) => c.id === ids.c1);
  };

  it('a sign-in ends "No recent activity" (CUS-2)', async () => {
    expect(await inNoRecentActivity()).toBe(true);
    const body = (
      await post(secrets.p1 as string, 'sign-ins', [
        { id: 's1', customerId: ids.c1, userId: ids.admin, signedInAt: '2026-11-21T08:00:00Z' },
        { id: 's2', customerId: ids.c1, userId: 'not-a-uuid', signedInAt: '2026-11-21T08:00:00Z' },
      ])
    ).json();
    expect(body).toMatchObject({ accepted: 1, rejected: 1, errors: [{ index: 1, field: 'userId' }] });
    expect(await inNoRecentActivity()).toBe(false);
  });

  it('licence assignment events change the current assignments and licence_weekly', async () => {
    const [user] = await query<{ id: string }>(`
      insert into users (organisation_id, email, name, created_at)
      values ('${ids.c1}', 'new@c1.test', 'New User', now()) returning id::text`);
    const body = (
      await post(secrets.p1 as string, 'licence-assignments', [
        {
          id: 'a1',
          customerId: ids.c1,
          userId: user?.id,
          serviceId: 'calling',
          action: 'assign',
          occurredAt: '2026-11-17T08:00:00Z',
        },
        {
          id: 'a2',
          customerId: ids.c1,
          userId: ids.u2,
          serviceId: 'calling',
          action: 'unassign',
          occurredAt: '2026-11-18T08:00:00Z',
        },
        {
          id: 'a3',
          customerId: ids.c1,
          userId: ids.u2,
          serviceId: 'no-such-service',
          action: 'assign',
          occurredAt: '2026-11-18T08:00:00Z',
        },
      ])
    ).json();
    expect(body).toMatchObject({ accepted: 2, rejected: 1, errors: [{ index: 2, field: 'serviceId' }] });
    const holders = await query<{ user_id: string; subscription_id: string }>(
      `select user_id::text, subscription_id::text from licence_assignments where customer_id = '${ids.c1}' order by 1`,
    );
    expect(holders).toEqual(
      [
        { user_id: ids.u1, subscription_id: ids.sub },
        { user_id: user?.id, subscription_id: ids.sub },
      ].sort((a, b) => String(a.user_id).localeCompare(String(b.user_id))),
    );
    const [week] = await query<{ assigned: number; used: number }>(
      `select assigned, used from licence_weekly where subscription_id = '${ids.sub}' and week_start = '2026-11-16'`,
    );
    // u2 gave the licence back, the new user has not called yet: two held, one (u1) used this week.
    expect(week).toEqual({ assigned: 2, used: 1 });
  });

  it('meetings are stored once', async () => {
    const meeting = {
      id: 'm1',
      customerId: ids.c1,
      meetingId: 'meeting-1',
      userId: ids.u1,
      startedAt: '2026-11-19T10:00:00Z',
      durationMinutes: 30,
      participants: 4,
    };
    expect((await post(secrets.p1 as string, 'meetings', [meeting, meeting])).json()).toMatchObject({
      accepted: 1,
      duplicates: 1,
    });
    const [fresh] = await query<{ n: number }>(
      `select count(*)::int as n from usage_freshness where customer_id = '${ids.c1}' and kind = 'meetings'`,
    );
    expect(fresh?.n).toBe(1);
  });
});
