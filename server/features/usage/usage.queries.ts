import { type SQL, sql } from 'drizzle-orm';
import { ongoingTrialStates } from '../../../domain/customer-status.ts';
import type { Database } from '../../platform/db.ts';
import { rowsOf } from '../../platform/db.ts';
import {
  licenceCustomerUpsert,
  licenceCustomerWeeksRecount,
  licenceWeeklyDelete,
  licenceWeeklyInsert,
} from './licence-rollups.ts';
import { freshnessUpsert, utcWeek } from './usage-rollups.ts';

/**
 * The SQL of usage ingest. Each kind inserts its facts in one statement whose data-modifying CTEs add the
 * inserted rows — and only those — to the rollups, so a duplicate (ON CONFLICT DO NOTHING) changes nothing;
 * call legs reach their rollups through a queue instead (call-legs.queries.ts). Records travel as one JSON
 * parameter (`json_to_recordset`), whatever the batch size.
 */

type Window = { fromWeek: string; toWeek: string };

const uuidArray = (ids: readonly string[]) => `{${ids.join(',')}}`;
const cte = (name: string, text: string) => sql.raw(`${name} as (${text})`);

/** Of `customerIds`, the customers the caller may send usage for: every customer, or only those linked to it. */
export async function acceptedCustomers(
  db: Database,
  customerIds: readonly string[],
  linkedToPartner: string | null,
): Promise<Set<string>> {
  if (customerIds.length === 0) return new Set();
  const ids = uuidArray(customerIds);
  const rows = rowsOf<{ id: string }>(
    await db.execute(
      linkedToPartner
        ? sql`select customer_id::text as id from partner_customers
            where partner_id = ${linkedToPartner} and customer_id = any(${ids}::uuid[])`
        : sql`select id::text as id from organisations where kind = 'customer' and id = any(${ids}::uuid[])`,
    ),
  );
  return new Set(rows.map((r) => r.id));
}

export async function knownServices(db: Database, serviceIds: readonly string[]): Promise<Set<string>> {
  if (serviceIds.length === 0) return new Set();
  const rows = rowsOf<{ id: string }>(
    await db.execute(sql`select id from services where id = any(${`{${serviceIds.join(',')}}`}::text[])`),
  );
  return new Set(rows.map((r) => r.id));
}

/**
 * Per-customer advisory locks for the rest of the transaction, taken in a fixed order so batches cannot
 * deadlock. The call legs folder takes them shared (its rollup changes are additive and "first call of this
 * user this week" is decided by the user_calls_weekly upsert itself); meetings and licence
 * assignment events take them exclusive, since they decide "first use" or rebuild licence_weekly from what is
 * committed.
 */
export async function lockCustomers(
  db: Database,
  customerIds: readonly string[],
  mode: 'shared' | 'exclusive',
): Promise<void> {
  const lock = sql.raw(mode === 'shared' ? 'pg_advisory_xact_lock_shared' : 'pg_advisory_xact_lock');
  await db.execute(sql`select ${lock}(k) from (
    select distinct hashtextextended(c::text, 7) as k from unnest(${uuidArray(customerIds)}::uuid[]) as c order by 1) s`);
}

/** licence_weekly rows for the weeks up to now that the customers' subscriptions do not have yet. */
export async function addMissingLicenceWeeks(db: Database, window: Window, customerIds: readonly string[]) {
  await db.execute(licenceWeeklyInsert(window, { kind: 'missing-weeks', customerIds: [...customerIds] }));
}

/**
 * +1 `used` for each current assignment of `service` held before the week's end by a user who used it for the
 * first time that week (`new_user_weeks`), and the assignment's last use moved forward.
 */
export function licenceUseUpdates(service: 'calling' | 'meetings'): SQL {
  return sql.raw(`
    used as (
      update licence_weekly lw set used = lw.used + d.n
      from (
        select la.customer_id, la.subscription_id, w.week_start, count(*)::int as n
        from new_user_weeks w
        join licence_assignments la on la.customer_id = w.customer_id and la.user_id = w.user_id
          and la.service_id = '${service}'
        where la.subscription_id is not null
          and la.assigned_at < ((w.week_start + 7)::timestamp at time zone 'UTC')
        group by 1, 2, 3
      ) d
      where lw.customer_id = d.customer_id and lw.subscription_id = d.subscription_id
        and lw.service_id = '${service}' and lw.week_start = d.week_start
      returning lw.customer_id, lw.service_id, lw.week_start, d.n
    ),
    customer_used as (${licenceCustomerUpsert('select customer_id, service_id, week_start, 0 as total, 0 as assigned, n as used from used')}),
    last_used as (
      update licence_assignments la set last_used_at = greatest(la.last_used_at, m.last_started)
      from (select customer_id, user_id, max(started_at) as last_started from ins
        where user_id is not null group by 1, 2) m
      where la.customer_id = m.customer_id and la.user_id = m.user_id and la.service_id = '${service}'
        and (la.last_used_at is null or la.last_used_at < m.last_started)
    )`);
}

export interface MeetingRow {
  customer_id: string;
  id: string;
  meeting_id: string;
  user_id: string | null;
  started_at: string;
  duration_minutes: number;
  participants: number;
}

export async function insertMeetings(db: Database, rows: MeetingRow[], now: Date): Promise<number> {
  const [result] = rowsOf<{ inserted: number }>(
    await db.execute(sql`
      with input as (
        select * from json_to_recordset(${JSON.stringify(rows)}::json) as r(
          customer_id uuid, id text, meeting_id text, user_id uuid, started_at timestamptz, duration_minutes int,
          participants int)
      ),
      ins as (
        insert into meeting_usage (customer_id, id, meeting_id, user_id, started_at, duration_minutes, participants,
          ingested_at)
        select customer_id, id, meeting_id, user_id, started_at, duration_minutes, participants, ${now}::timestamptz
        from input
        on conflict do nothing
        returning *
      ),
      new_user_weeks as (
        select distinct i.customer_id, i.user_id, ${sql.raw(utcWeek('i.started_at'))} as week_start from ins i
        where i.user_id is not null and not exists (select 1 from meeting_usage m
          where m.customer_id = i.customer_id and m.user_id = i.user_id
            and m.started_at >= (${sql.raw(utcWeek('i.started_at'))}::timestamp at time zone 'UTC')
            and m.started_at < ((${sql.raw(utcWeek('i.started_at'))} + 7)::timestamp at time zone 'UTC'))
      ),
      ${cte('fresh', freshnessUpsert('meetings', 'ins'))},
      ${licenceUseUpdates('meetings')}
      select count(*)::int as inserted from ins`),
  );
  return Number(result?.inserted ?? 0);
}

export interface SignInRow {
  customer_id: string;
  id: string;
  user_id: string;
  signed_in_at: string;
}

/** Returns how many sign-ins were new, and the customers that got one. */
export async function insertSignIns(
  db: Database,
  rows: SignInRow[],
  now: Date,
): Promise<{ inserted: number; customerIds: string[] }> {
  const result = rowsOf<{ customer_id: string; n: number }>(
    await db.execute(sql`
      with ins as (
        insert into admin_sign_ins (customer_id, id, user_id, signed_in_at, ingested_at)
        select customer_id, id, user_id, signed_in_at, ${now}::timestamptz
        from json_to_recordset(${JSON.stringify(rows)}::json) as r(
          customer_id uuid, id text, user_id uuid, signed_in_at timestamptz)
        on conflict do nothing
        returning *
      ),
      ${cte('fresh', freshnessUpsert('sign-ins', 'ins'))}
      select customer_id::text, count(*)::int as n from ins group by 1`),
  );
  return {
    inserted: result.reduce((sum, r) => sum + Number(r.n), 0),
    customerIds: result.map((r) => r.customer_id),
  };
}

export interface AssignmentEventRow {
  customer_id: string;
  id: string;
  user_id: string;
  service_id: string;
  action: 'assign' | 'unassign';
  occurred_at: string;
}

export interface AssignmentKey {
  customerId: string;
  userId: string;
  serviceId: string;
}

/** Returns how many events were new, and the (customer, user, service) holdings that got one. */
export async function insertAssignmentEvents(
  db: Database,
  rows: AssignmentEventRow[],
  now: Date,
): Promise<{ inserted: number; holdings: AssignmentKey[] }> {
  const result = rowsOf<AssignmentKey & { n: number }>(
    await db.execute(sql`
      with ins as (
        insert into licence_assignment_events (customer_id, id, user_id, service_id, action, occurred_at, ingested_at)
        select customer_id, id, user_id, service_id, action, occurred_at, ${now}::timestamptz
        from json_to_recordset(${JSON.stringify(rows)}::json) as r(
          customer_id uuid, id text, user_id uuid, service_id text, action assignment_action, occurred_at timestamptz)
        on conflict do nothing
        returning *
      ),
      ${cte('fresh', freshnessUpsert('licence-assignments', 'ins'))}
      select customer_id::text as "customerId", user_id::text as "userId", service_id as "serviceId",
        count(*)::int as n
      from ins group by 1, 2, 3`),
  );
  return {
    inserted: result.reduce((sum, r) => sum + Number(r.n), 0),
    holdings: result.map(({ customerId, userId, serviceId }) => ({ customerId, userId, serviceId })),
  };
}

export interface SubscriptionServiceKey {
  customerId: string;
  subscriptionId: string;
  serviceId: string;
}

const affectedHoldings = (keys: AssignmentKey[]) =>
  sql`select * from json_to_recordset(${JSON.stringify(keys)}::json) as k("customerId" uuid, "userId" uuid, "serviceId" text)`;

/**
 * Sets the current assignment of each holding to what its events say, whatever order they arrived in: the
 * latest event (by time, then id) decides whether the user holds the licence; if so, since the first
 * assignment after the latest unassignment. The licence belongs to the customer's current subscription with
 * the service (preferring one running at that time), else to an ongoing trial with it. Returns the
 * subscription services whose assignments changed, before and after.
 */
export async function applyAssignmentEvents(db: Database, keys: AssignmentKey[]): Promise<SubscriptionServiceKey[]> {
  const ongoing = `{${ongoingTrialStates.join(',')}}`;
  const before = rowsOf<SubscriptionServiceKey>(
    await db.execute(sql`
      select distinct la.customer_id::text as "customerId", la.subscription_id::text as "subscriptionId",
        la.service_id as "serviceId"
      from licence_assignments la join (${affectedHoldings(keys)}) k
        on k."customerId" = la.customer_id and k."userId" = la.user_id and k."serviceId" = la.service_id
      where la.subscription_id is not null`),
  );
  const after = rowsOf<SubscriptionServiceKey>(
    await db.execute(sql`
      with k as (${affectedHoldings(keys)}),
      latest as (
        select distinct on (e.customer_id, e.user_id, e.service_id) e.customer_id, e.user_id, e.service_id,
          e.action, e.occurred_at, e.id
        from licence_assignment_events e
        join k on k."customerId" = e.customer_id and k."userId" = e.user_id and k."serviceId" = e.service_id
        order by e.customer_id, e.user_id, e.service_id, e.occurred_at desc, e.id desc
      ),
      held as (
        select l.customer_id, l.user_id, l.service_id, min(e.occurred_at) as since
        from latest l
        join licence_assignment_events e on e.customer_id = l.customer_id and e.user_id = l.user_id
          and e.service_id = l.service_id and e.action = 'assign'
        where l.action = 'assign' and not exists (
          select 1 from licence_assignment_events u
          where u.customer_id = e.customer_id and u.user_id = e.user_id and u.service_id = e.service_id
            and u.action = 'unassign' and (u.occurred_at, u.id) > (e.occurred_at, e.id))
        group by 1, 2, 3
      ),
      removed as (
        delete from licence_assignments la using latest l
        where l.action = 'unassign' and la.customer_id = l.customer_id and la.user_id = l.user_id
          and la.service_id = l.service_id
      ),
      placed as (
        select h.*,
          (select s.id from subscriptions s
            join subscription_services ss on ss.customer_id = s.customer_id and ss.subscription_id = s.id
            where s.customer_id = h.customer_id and ss.service_id = h.service_id and s.state in ('active', 'suspended')
            order by (s.starts_at <= h.since and s.ends_at > h.since) desc, s.ends_at desc, s.id
            limit 1) as subscription_id
        from held h
      ),
      upserted as (
        insert into licence_assignments (customer_id, user_id, service_id, subscription_id, trial_id, assigned_at)
        select p.customer_id, p.user_id, p.service_id, p.subscription_id,
          case when p.subscription_id is null then (
            select t.id from trials t
            join trial_services ts on ts.customer_id = t.customer_id and ts.trial_id = t.id
            where t.customer_id = p.customer_id and ts.service_id = p.service_id
              and t.state::text = any(${ongoing}::text[])
            order by t.starts_at desc nulls last, t.id limit 1) end,
          p.since
        from placed p
        on conflict (customer_id, user_id, service_id) do update
          set subscription_id = excluded.subscription_id, trial_id = excluded.trial_id,
            assigned_at = excluded.assigned_at
        returning customer_id, subscription_id, service_id
      )
      select distinct customer_id::text as "customerId", subscription_id::text as "subscriptionId",
        service_id as "serviceId"
      from upserted where subscription_id is not null`),
  );
  const unique = new Map([...before, ...after].map((k) => [`${k.customerId}|${k.subscriptionId}|${k.serviceId}`, k]));
  return [...unique.values()];
}

/** Rebuilds every week of these subscription services' licence_weekly rows. */
export async function rebuildLicenceWeeks(db: Database, window: Window, keys: SubscriptionServiceKey[]) {
  if (keys.length === 0) return;
  await db.execute(licenceWeeklyDelete(keys));
  await db.execute(licenceWeeklyInsert(window, { kind: 'subscriptions', keys }));
  const services = new Map(keys.map((k) => [`${k.customerId}|${k.serviceId}`, k]));
  await db.execute(licenceCustomerWeeksRecount([...services.values()]));
}
