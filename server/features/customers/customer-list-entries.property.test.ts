import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDayNumber } from '../../../domain/calendar-days.ts';
import { DAY_MS } from '../../../domain/clock.ts';
import {
  type CustomerFacts,
  customerProvisioningStatus,
  customerStatuses,
  customerStatusOrder,
  isLiveSubscription,
  isOngoingTrial,
  type ProvisioningStatus,
  provisioningStatusImportance,
  provisioningStatusOf,
  type StatusContext,
  type SubscriptionFacts,
  subscriptionStatuses,
  subscriptionStatusOrder,
  type TrialFacts,
  trialStates,
} from '../../../domain/customer-status.ts';
import { organisations, partnerCustomers } from '../../db/schema/index.ts';
import { type DatabaseHandle, rowsOf } from '../../platform/db.ts';
import { createTestDatabase } from '../../testing/database.ts';
import { createOrganisation, createUser } from '../../testing/fixtures.ts';
import { advanceCustomerListDays } from './customer-list-days.ts';
import { writeCustomerFacts } from './customer-list-entries.fixtures.ts';
import {
  appliesInOrder,
  customerStatusesOfRow,
  customerStatusSql,
  dayBoundariesCte,
  nextExpirySql,
  provisioningStatusOfRow,
  provisioningStatusSql,
  stampedStatusSql,
  subscriptionStatusesOfRow,
  subscriptionStatusSql,
  subscriptionTypeSql,
} from './customer-list-entries.statuses.ts';
import { refreshCustomerListEntries } from './refresh-customer-list.ts';

/**
 * Property test (ARCHITECTURE.md, "one source of truth"): over random customers — subscriptions, trials,
 * licence use, sign-ins — and random clock times (many on day boundaries of the partners' time zones), the
 * statuses the list computes in SQL from its maintained entries equal domain/customer-status.ts for every
 * status (CUS-2, CUS-3, CUS-4), every filter condition and the next expiry, for partners in time zones from
 * UTC−11 to UTC+14 with random thresholds. Runs on whichever database the test run uses.
 */

const SEED = Number(process.env.PROPERTY_SEED ?? 20251118);
const CUSTOMERS = 90;
const CLOCK_TIMES = 40;
const BASE = Date.parse('2026-03-28T12:00:00Z'); // near Europe's switch to summer time
const zones = [
  'Europe/Copenhagen',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'America/New_York',
  'Asia/Kolkata',
  'Australia/Sydney',
  'UTC',
];
const services = ['messaging', 'meetings', 'calling', 'devices', 'contact-center'];

/** mulberry32: small, seeded, reproducible. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]) => items[int(0, items.length - 1)] as T;
  const chance = (p: number) => next() < p;
  return { next, int, pick, chance };
}
const rng = random(SEED);

/** The first instant of the calendar day `dayNumber` in `timeZone` (by search over the pure day count). */
function startOfLocalDay(dayNumber: number, timeZone: string): number {
  let low = dayNumber * DAY_MS - 2 * DAY_MS;
  let high = dayNumber * DAY_MS + 2 * DAY_MS;
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (calendarDayNumber(new Date(mid), timeZone) >= dayNumber) high = mid;
    else low = mid;
  }
  return high;
}

/** An instant near BASE; a third of them exactly at (or 1 ms around) a local midnight of some zone. */
function randomInstant(spreadDays = 100): Date {
  const ms = BASE + Math.round((rng.next() * 2 - 1) * spreadDays * DAY_MS);
  if (!rng.chance(0.35)) return new Date(ms);
  const zone = rng.pick(zones);
  return new Date(startOfLocalDay(calendarDayNumber(new Date(ms), zone), zone) + rng.pick([-1, 0, 0, 1]));
}

function randomFacts(): CustomerFacts {
  const subscriptions: SubscriptionFacts[] = Array.from({ length: rng.int(0, 3) }, () => ({
    state: rng.pick(['active', 'active', 'active', 'suspended', 'cancelled', 'expired'] as const),
    billingState: rng.chance(0.2) ? 'unpaid' : 'paid',
    setupComplete: rng.chance(0.85),
    endsAt: randomInstant(),
    autoRenew: rng.chance(0.4),
    services: [...services]
      .sort(() => rng.next() - 0.5)
      .slice(0, rng.int(0, 3))
      .map((serviceId) => ({
        serviceId,
        quantity: rng.int(0, 5),
        assigned: rng.int(0, 6),
        provisioningStatus: rng.pick(provisioningStatusImportance),
      })),
  }));
  const trials: TrialFacts[] = Array.from({ length: rng.int(0, 2) }, () => {
    const state = rng.pick(trialStates);
    return {
      state,
      endsAt: state === 'pending_consent' || rng.chance(0.1) ? null : randomInstant(),
      services: [...services]
        .sort(() => rng.next() - 0.5)
        .slice(0, rng.int(1, 2))
        .map((serviceId) => ({ serviceId, provisioningStatus: rng.pick(provisioningStatusImportance) })),
    };
  });
  return { subscriptions, trials, lastAdminSignInAt: rng.chance(0.2) ? null : randomInstant(60) };
}

interface Partner {
  id: string;
  timeZone: string;
  thresholds: { expiringSoonDays: number; noRecentActivityDays: number };
}

let handle: DatabaseHandle;
const partners: Partner[] = [];
const customers = new Map<string, CustomerFacts>();

beforeAll(async () => {
  handle = await createTestDatabase();
  const db = handle.db;
  for (const timeZone of [rng.pick(zones), 'Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
    const partner = await createOrganisation(db, { kind: 'partner' });
    const thresholds = { expiringSoonDays: rng.int(1, 90), noRecentActivityDays: rng.int(1, 60) };
    await db
      .update(organisations)
      .set({ timeZone, settings: thresholds })
      .where(sql`${organisations.id} = ${partner.id}`);
    partners.push({ id: partner.id, timeZone, thresholds });
  }
  const [owner] = partners as [Partner];
  const user = await createUser(db, { organisationId: owner.id, roles: ['partner_full_admin'] });
  for (let i = 0; i < CUSTOMERS; i++) {
    const customer = await createOrganisation(db, { kind: 'customer' });
    const facts = randomFacts();
    await writeCustomerFacts(db, customer.id, owner.id, user.id, facts);
    for (const [index, partner] of partners.entries()) {
      await db.insert(partnerCustomers).values({
        partnerId: partner.id,
        customerId: customer.id,
        relationship: index === 0 ? 'owner' : 'external_admin',
        createdAt: new Date(BASE),
      });
    }
    customers.set(customer.id, facts);
  }
  await refreshCustomerListEntries(db, [...customers.keys()]);
}, 120_000);

afterAll(async () => {
  await handle?.close();
});

interface SqlRow {
  customer_id: string;
  statuses: string[];
  provisioning_status: string | null;
  subscription_statuses: string[];
  next_expiry: Date | string | null;
  [condition: string]: unknown;
}

const asBoolean = (conditions: Record<string, ReturnType<typeof sql>>, prefix: string) =>
  Object.entries(conditions).map(
    ([name, condition]) => sql`coalesce(${condition}, false) as ${sql.raw(`"${prefix}${name}"`)}`,
  );

async function statusesInSql(partner: Partner, now: Date): Promise<SqlRow[]> {
  return rowsOf<SqlRow>(
    await handle.db.execute(sql`
      with ${dayBoundariesCte(partner.id, now)}
      select e.customer_id, ${customerStatusesOfRow} as statuses, ${provisioningStatusOfRow} as provisioning_status,
        ${subscriptionStatusesOfRow} as subscription_statuses, ${nextExpirySql} as next_expiry,
        ${sql.join(
          [
            ...asBoolean(customerStatusSql, 'customer:'),
            ...asBoolean(subscriptionStatusSql, 'subscription:'),
            ...asBoolean(provisioningStatusSql, 'provisioning:'),
            ...asBoolean(subscriptionTypeSql, 'type:'),
          ],
          sql`, `,
        )}
      from customer_list_entries e cross join b where e.partner_id = ${partner.id}`),
  );
}

/**
 * The same read from the statuses stamped for the partner's day at `now` (customer-list-days.ts): the day is
 * recorded afresh, as the customer-list-days job records it, and must be the one the list query checks.
 */
async function stampedStatusesInSql(partner: Partner, now: Date): Promise<SqlRow[]> {
  await handle.db.execute(sql`delete from customer_list_days where partner_id = ${partner.id}`);
  await advanceCustomerListDays(handle.db, now);
  const rank = (order: readonly string[], column: string) =>
    sql`(${sql.raw(`array[${order.map((s) => `'${s}'`).join(', ')}]`)})[${sql.raw(`e.${column}`)}]`;
  return rowsOf<SqlRow>(
    await handle.db.execute(sql`
      with ${dayBoundariesCte(partner.id, now)}
      select e.customer_id, ${appliesInOrder(customerStatusOrder, stampedStatusSql.customer)} as statuses,
        ${rank(provisioningStatusImportance, 'provisioning_status_rank')} as provisioning_status,
        ${appliesInOrder(subscriptionStatusOrder, stampedStatusSql.subscription)} as subscription_statuses,
        nullif(e.next_expiry_key, 'infinity') as next_expiry,
        ${rank(customerStatusOrder, 'customer_status_rank')} as "rank:customer",
        ${rank(subscriptionStatusOrder, 'subscription_status_rank')} as "rank:subscription",
        e.status_day = b.d as "stamped today",
        ${sql.join(
          [
            ...asBoolean(stampedStatusSql.customer, 'customer:'),
            ...asBoolean(stampedStatusSql.subscription, 'subscription:'),
            ...asBoolean(stampedStatusSql.provisioning, 'provisioning:'),
            ...asBoolean(stampedStatusSql.type, 'type:'),
          ],
          sql`, `,
        )}
      from customer_list_entries e cross join b where e.partner_id = ${partner.id}`),
  );
}

/** What the pure rules say, in the shape of the SQL row (filter conditions as booleans). */
function statusesByPureRules(facts: CustomerFacts, ctx: StatusContext) {
  const statuses = customerStatuses(facts, ctx);
  const subscription = subscriptionStatuses(facts, ctx);
  const live = facts.subscriptions.filter((s) => isLiveSubscription(s, ctx));
  const ongoing = facts.trials.filter((t) => isOngoingTrial(t, ctx));
  // CUS-5: a provisioning filter matches a customer with at least one subscription (or trial) in that status.
  const ownStatuses = new Set<ProvisioningStatus | null>([
    ...live.map((s) => provisioningStatusOf(s.services)),
    ...ongoing.filter((t) => t.state !== 'pending_consent').map((t) => provisioningStatusOf(t.services)),
  ]);
  const ends = [
    ...live.filter((s) => !s.autoRenew).map((s) => s.endsAt.getTime()),
    ...ongoing.flatMap((t) => (t.endsAt ? [t.endsAt.getTime()] : [])),
  ];
  const expected: Record<string, unknown> = {
    statuses,
    provisioning_status: customerProvisioningStatus(facts, ctx),
    subscription_statuses: subscription,
    next_expiry: ends.length ? Math.min(...ends) : null,
    'type:paid': live.length > 0,
    'type:trial': ongoing.length > 0,
  };
  for (const s of customerStatusOrder) expected[`customer:${s}`] = statuses.includes(s);
  for (const s of subscriptionStatusOrder) expected[`subscription:${s}`] = subscription.includes(s);
  for (const s of provisioningStatusImportance) expected[`provisioning:${s}`] = ownStatuses.has(s);
  return expected;
}

/** The stamps also hold the most urgent statuses as ranks (the sort keys), for the day of the query. */
function stampedByPureRules(facts: CustomerFacts, ctx: StatusContext) {
  const expected = statusesByPureRules(facts, ctx);
  const [statuses, subscription] = [expected.statuses, expected.subscription_statuses] as [string[], string[]];
  return {
    ...expected,
    'rank:customer': statuses[0] ?? null,
    'rank:subscription': subscription[0] ?? null,
    'stamped today': true,
  };
}

/**
 * Clock times: random, and right at the day boundaries the rules turn on: an end 0, 30, 60 or
 * expiring-soon days ahead, a last sign-in exactly no-recent-activity days ago.
 */
function clockTimes(): Date[] {
  const ends = [...customers.values()].flatMap((f) => [
    ...f.subscriptions.map((s) => s.endsAt),
    ...f.trials.flatMap((t) => (t.endsAt ? [t.endsAt] : [])),
  ]);
  const signIns = [...customers.values()].flatMap((f) => (f.lastAdminSignInAt ? [f.lastAdminSignInAt] : []));
  return Array.from({ length: CLOCK_TIMES }, (_, i) => {
    if (i % 4 === 0) return randomInstant();
    const partner = rng.pick(partners);
    const day =
      i % 4 === 1
        ? calendarDayNumber(rng.pick(signIns), partner.timeZone) + partner.thresholds.noRecentActivityDays - 1
        : calendarDayNumber(rng.pick(ends), partner.timeZone) -
          rng.pick([0, 1, 30, 31, 60, 61, partner.thresholds.expiringSoonDays]);
    return new Date(startOfLocalDay(day + rng.pick([0, 1]), partner.timeZone) + rng.pick([-1, 0, 1, 3_600_000]));
  });
}

describe('SQL statuses over the maintained entries equal the pure rules (property)', () => {
  const sources = [
    { name: 'computed at query time', read: statusesInSql, expect: statusesByPureRules },
    { name: 'stamped for the day', read: stampedStatusesInSql, expect: stampedByPureRules },
  ];
  for (const source of sources) {
    it(`agree, ${source.name}, for ${CUSTOMERS} random customers × ${CLOCK_TIMES} clock times × 3 time zones`, async () => {
      const mismatches: string[] = [];
      for (const now of clockTimes()) {
        for (const partner of partners) {
          const ctx: StatusContext = { now, timeZone: partner.timeZone, thresholds: partner.thresholds };
          const rows = await source.read(partner, now);
          expect(rows).toHaveLength(customers.size);
          for (const row of rows) {
            const facts = customers.get(row.customer_id) as CustomerFacts;
            const expected = source.expect(facts, ctx);
            const actual: Record<string, unknown> = {
              ...row,
              next_expiry: row.next_expiry === null ? null : new Date(row.next_expiry).getTime(),
            };
            for (const [key, value] of Object.entries(expected)) {
              if (JSON.stringify(actual[key]) !== JSON.stringify(value)) {
                mismatches.push(
                  `seed ${SEED}, now ${now.toISOString()} ${partner.timeZone}, customer ${JSON.stringify(facts)}: ` +
                    `${key} SQL ${JSON.stringify(actual[key])} ≠ pure ${JSON.stringify(value)}`,
                );
              }
            }
          }
        }
      }
      expect(mismatches.slice(0, 5)).toEqual([]);
    }, 180_000);
  }

  it('generates every status at some clock time (the property is not vacuous)', async () => {
    const seen = new Set<string>();
    for (const now of clockTimes()) {
      for (const row of await statusesInSql(partners[0] as Partner, now)) {
        for (const s of [...row.statuses, ...row.subscription_statuses]) seen.add(s);
        if (row.provisioning_status) seen.add(row.provisioning_status);
      }
    }
    const all = [...customerStatusOrder, ...subscriptionStatusOrder, ...provisioningStatusImportance];
    expect(all.filter((s) => !seen.has(s))).toEqual([]);
  }, 60_000);
});
