import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callFeatures, endpointTypes } from '../../../domain/call-quality.ts';
import { ManualClock } from '../../../domain/clock.ts';
import type { UsageKind } from '../../../domain/contracts/usage.ts';
import type { Actor } from '../../../domain/roles.ts';
import { licenceWeeksJob } from '../../jobs/licence-weeks.job.ts';
import { loadConfig } from '../../platform/config.ts';
import { type DatabaseHandle, rowsOf } from '../../platform/db.ts';
import { Random } from '../../seed/random.ts';
import { rebuildUsageRollups } from '../../seed/rollups.ts';
import { TEST_START } from '../../testing/app.ts';
import { deriveCoarseRollups } from '../../testing/coarse-rollups.ts';
import { addLicensedUsers, addSubscription } from '../../testing/customer-data.ts';
import { createTestDatabase } from '../../testing/database.ts';
import { createOrganisation, createUser } from '../../testing/fixtures.ts';
import { insertCallLegs } from './call-legs.queries.ts';
import { ingestUsage } from './ingest-usage.ts';
import { addCurrentLicenceWeeks, licenceWeeklyWindow, mondayOf } from './licence-rollups.ts';

/**
 * The rollups maintained batch by batch at ingest equal a from-scratch recomputation from the raw facts
 * (the generator's rebuild), whatever the batch sizes, order, duplicates and interleaving of kinds; and the
 * current assignments follow the assignment events whatever order they arrived in.
 */

const DAY = 86_400_000;
let handle: DatabaseHandle;
let actor: Actor;
const clock = new ManualClock(TEST_START);
const customers: { id: string; users: string[] }[] = [];

const query = async <T>(text: string) => rowsOf<T>(await handle.db.execute(sql.raw(text)));

const rollupTables: Record<string, string> = {
  user_calls_weekly: 'customer_id, week_start, user_id, calls, round(minutes::numeric, 6)',
  call_quality_weekly: 'customer_id, week_start, endpoint_type, legs, poor_legs',
  call_features_weekly: 'customer_id, week_start, feature, calls',
  call_queue_weekly: 'customer_id, week_start, calls, answered, answer_wait_seconds, abandoned, abandon_wait_seconds',
  licence_weekly: 'customer_id, subscription_id, service_id, week_start, total, assigned, used',
  usage_freshness: 'customer_id, kind, data_as_of',
  customer_calls_weekly:
    'customer_id, week_start, calls, seconds, active_users, users_1_to_5, users_6_to_20, users_over_20',
  licence_customer_weekly: 'customer_id, service_id, week_start, total, assigned, used',
  licence_weekly_tail: 'customer_id, subscription_id, service_id, week_start, total, assigned',
};

async function snapshot(): Promise<Record<string, string[]>> {
  const result: Record<string, string[]> = {};
  for (const [table, columns] of Object.entries(rollupTables)) {
    const rows = await query<{ r: string }>(`select row(${columns})::text as r from ${table} order by 1`);
    result[table] = rows.map((row) => row.r);
  }
  return result;
}

function randomRecords(rng: Random, round: number): Record<UsageKind, Record<string, unknown>[]> {
  const nowMs = clock.now().getTime();
  const instant = () => new Date(nowMs - rng.real(-1, 70) * DAY).toISOString();
  const calls = Array.from({ length: 300 }, (_, i) => {
    const customer = rng.pick(customers);
    const queued = rng.chance(0.3);
    return {
      id: `r${round}-leg-${i}`,
      customerId: customer.id,
      callId: `call-${i}`,
      userId: rng.chance(0.9) ? rng.pick(customer.users) : null,
      startedAt: instant(),
      durationSeconds: rng.int(0, 3600),
      endpointType: rng.pick(endpointTypes),
      mos: rng.chance(0.8) ? Math.round(rng.real(1, 4.6) * 100) / 100 : null,
      packetLossPct: rng.chance(0.8) ? Math.round(rng.real(0, 8) * 100) / 100 : null,
      jitterMs: rng.chance(0.8) ? rng.int(0, 50) : null,
      latencyMs: rng.chance(0.8) ? rng.int(10, 400) : null,
      features: rng.sample(callFeatures, rng.int(0, 3)),
      queue: queued
        ? {
            id: `q${rng.int(1, 3)}`,
            outcome: rng.pick(['answered', 'abandoned', 'voicemail', 'moved'] as const),
            waitSeconds: rng.int(0, 300),
          }
        : null,
    };
  });
  const meetings = Array.from({ length: 80 }, (_, i) => {
    const customer = rng.pick(customers);
    return {
      id: `r${round}-mtg-${i}`,
      customerId: customer.id,
      meetingId: `meeting-${i}`,
      userId: rng.chance(0.9) ? rng.pick(customer.users) : null,
      startedAt: instant(),
      durationMinutes: rng.int(1, 90),
      participants: rng.int(1, 20),
    };
  });
  const assignments = Array.from({ length: 60 }, (_, i) => {
    const customer = rng.pick(customers);
    return {
      id: `r${round}-lae-${i}`,
      customerId: customer.id,
      userId: rng.pick(customer.users),
      serviceId: rng.pick(['calling', 'meetings']),
      action: rng.chance(0.65) ? 'assign' : 'unassign',
      occurredAt: instant(),
    };
  });
  const signIns = Array.from({ length: 20 }, (_, i) => {
    const customer = rng.pick(customers);
    return {
      id: `r${round}-sgn-${i}`,
      customerId: customer.id,
      userId: rng.pick(customer.users),
      signedInAt: instant(),
    };
  });
  return { calls, meetings, 'licence-assignments': assignments, 'sign-ins': signIns };
}

/** Batches of every kind, random sizes, shuffled together, with some records sent again later. */
function batchesOf(rng: Random, records: Record<UsageKind, Record<string, unknown>[]>) {
  const batches: { kind: UsageKind; records: Record<string, unknown>[] }[] = [];
  for (const [kind, all] of Object.entries(records) as [UsageKind, Record<string, unknown>[]][]) {
    const withRepeats = [...all, ...all.filter(() => rng.chance(0.15))];
    const shuffled = rng.sample(withRepeats, withRepeats.length);
    for (let i = 0; i < shuffled.length; ) {
      const size = rng.int(1, 60);
      batches.push({ kind, records: shuffled.slice(i, i + size) });
      i += size;
    }
  }
  return rng.sample(batches, batches.length);
}

/** What the events say each touched holding should be: held since the first assign after the last unassign. */
function expectedHoldings(events: Record<string, unknown>[]) {
  const byHolding = new Map<string, { action: string; at: string; id: string }[]>();
  for (const e of events) {
    const key = `${e.customerId}|${e.userId}|${e.serviceId}`;
    const list = byHolding.get(key) ?? [];
    if (!list.some((x) => x.id === e.id))
      list.push({ action: String(e.action), at: String(e.occurredAt), id: String(e.id) });
    byHolding.set(key, list);
  }
  const expected = new Map<string, string | null>();
  for (const [key, list] of byHolding) {
    list.sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
    const lastUnassign = list.findLastIndex((e) => e.action === 'unassign');
    const held = list.slice(lastUnassign + 1);
    expected.set(key, held.length > 0 ? new Date(held[0]?.at as string).toISOString() : null);
  }
  return expected;
}

beforeAll(async () => {
  handle = await createTestDatabase();
  const db = handle.db;
  const vendor = await createOrganisation(db, { kind: 'vendor' });
  const operator = await createUser(db, { organisationId: vendor.id, roles: ['vendor_operator'] });
  actor = {
    userId: operator.id,
    organisationId: vendor.id,
    organisationKind: 'vendor',
    partnerTier: null,
    roles: ['vendor_operator'],
  };
  const partner = await createOrganisation(db, { kind: 'partner' });
  const now = clock.now();
  for (let c = 0; c < 3; c++) {
    const customer = await createOrganisation(db, { kind: 'customer' });
    const subscription = await addSubscription(db, {
      customerId: customer.id,
      sellerId: partner.id,
      now,
      services: [
        { serviceId: 'calling', quantity: 4 },
        { serviceId: 'meetings', quantity: 3 },
      ],
    });
    // A second, shorter subscription: licence_weekly rows stop at its end.
    await addSubscription(db, {
      customerId: customer.id,
      sellerId: partner.id,
      now,
      endsInDays: -20,
      services: [{ serviceId: 'calling', quantity: 2 }],
    });
    // Holders from before any event; events may take their licences away.
    const users = await addLicensedUsers(db, {
      customerId: customer.id,
      serviceId: 'calling',
      subscriptionId: subscription.id,
      now,
      usedDaysAgo: [null, null, null],
    });
    customers.push({ id: customer.id, users: [...users, ...users.map(() => crypto.randomUUID())] });
  }
});
afterAll(async () => {
  await handle.close();
});

describe('incremental rollups', () => {
  it.each([1, 2, 3])('equal a recomputation from the raw facts after random batches (round %i)', async (round) => {
    const rng = new Random('usage-rollups', round);
    const records = randomRecords(rng, round);
    const deps = { db: handle.db, clock };
    const batches = batchesOf(rng, records);
    // Pairs of batches run side by side (on PostgreSQL, concurrently) to exercise the per-customer locks.
    for (let i = 0; i < batches.length; i += 2) {
      const pair = batches.slice(i, i + 2);
      const results = await Promise.all(pair.map((b) => ingestUsage(deps, actor, b.kind, b.records)));
      for (const result of results) expect(result.errors).toEqual([]);
      clock.advance(60_000);
    }
    const incremental = await snapshot();
    expect(incremental.user_calls_weekly?.length).toBeGreaterThan(0);
    // Users with several calls in a week (arriving in different batches) counted once, in one CAL-1 bucket.
    const customerWeeks = (incremental.customer_calls_weekly ?? []).map((row) => row.split(',').map(Number));
    expect(customerWeeks.some(([, , calls = 0, , active = 0]) => calls > active)).toBe(true);
    expect(incremental.licence_weekly?.some((row) => !row.endsWith(',0)'))).toBe(true);

    const window = await licenceWeeklyWindow(handle.db, clock.now());
    await rebuildUsageRollups(handle.db, { from: new Date(window.fromWeek), to: clock.now() });
    expect(incremental).toEqual(await snapshot());
    // The per-customer rollups also equal a summary of the weekly rollups they are derived from.
    await deriveCoarseRollups(handle.db);
    expect(incremental).toEqual(await snapshot());

    const stored = new Map(
      (
        await query<{ k: string; at: string }>(
          `select customer_id || '|' || user_id || '|' || service_id as k, assigned_at as at from licence_assignments`,
        )
      ).map((r) => [r.k, new Date(r.at).toISOString()]),
    );
    const allEvents = await query<Record<string, unknown>>(`
      select id, customer_id as "customerId", user_id as "userId", service_id as "serviceId", action,
        to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "occurredAt"
      from licence_assignment_events`);
    for (const [holding, since] of expectedHoldings(allEvents)) {
      expect(stored.get(holding) ?? null, holding).toBe(since);
    }
  });

  it('the licence-weeks job adds a new week’s rows, equal to a recomputation', async () => {
    clock.advanceDays(7);
    const newWeek = mondayOf(clock.now());
    await addCurrentLicenceWeeks(handle.db, clock.now());
    const added = await snapshot();
    expect(added.licence_weekly?.filter((row) => row.includes(newWeek))).toHaveLength(customers.length * 2);
    const window = await licenceWeeklyWindow(handle.db, clock.now());
    await rebuildUsageRollups(handle.db, { from: new Date(window.fromWeek), to: clock.now() });
    expect(added).toEqual(await snapshot());
  });

  it('legs a crash left queued (stored, not yet folded) are folded once, by the licence-weeks job', async () => {
    const before = await snapshot();
    const customer = customers[0] as { id: string; users: string[] };
    const legs = Array.from({ length: 5 }, (_, i) => ({
      customer_id: customer.id,
      id: `queued-${i}`,
      call_id: `queued-call-${i}`,
      user_id: customer.users[i % customer.users.length] ?? null,
      started_at: clock.now().toISOString(),
      duration_seconds: 60,
      endpoint_type: 'web',
      mos: 3,
      packet_loss_pct: null,
      jitter_ms: null,
      latency_ms: null,
      features: [],
      queue_id: null,
      queue_outcome: null,
      queue_wait_seconds: null,
    }));
    // What a server killed between an ingest's commit and its fold leaves behind.
    await handle.db.transaction((tx) => insertCallLegs(tx, legs, clock.now()));
    expect(await snapshot()).toEqual(before);

    const jobDeps = { db: handle.db, clock, config: loadConfig({ LOG_LEVEL: 'silent' }) };
    await licenceWeeksJob.run(jobDeps);
    const folded = await snapshot();
    const quality = (rows: string[] | undefined) =>
      (rows ?? []).reduce((sum, row) => sum + Number(row.split(',')[3]), 0);
    expect(quality(folded.call_quality_weekly) - quality(before.call_quality_weekly)).toBe(legs.length);
    await licenceWeeksJob.run(jobDeps);
    expect(await snapshot()).toEqual(folded);
    const window = await licenceWeeklyWindow(handle.db, clock.now());
    await rebuildUsageRollups(handle.db, { from: new Date(window.fromWeek), to: clock.now() });
    expect(folded).toEqual(await snapshot());
  });
});
