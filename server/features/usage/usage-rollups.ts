import { eq, type SQL, sql } from 'drizzle-orm';
import { poorCallLegSql } from '../../../domain/call-quality.ts';
import { appSettings } from '../../db/schema/index.ts';
import type { Database } from '../../platform/db.ts';

/**
 * The usage rollups' SQL, written once: the generator rebuilds them from all raw facts with these statements,
 * and ingest adds the deltas of the rows it just inserted with the same statements (ON CONFLICT … DO UPDATE
 * adds), so both give the same rows. Definitions (weeks are Monday 00:00 UTC):
 * - user_calls_weekly: per customer, week and user: legs (`calls`) and their minutes.
 * - call_quality_weekly: legs and poor legs (CAL-3, `poorCallLegSql`) per endpoint type.
 * - call_features_weekly: legs using each feature (a leg is one user's part of a call).
 * - call_queue_weekly (CAL-7), sums so that averages and rates can be maintained incrementally:
 *   `answered` counts legs that left the queue to an agent or to another queue (answered, moved) and
 *   `answer_wait_seconds` sums their waits; `abandoned` counts legs whose caller hung up or left a message
 *   (abandoned, voicemail) and `abandon_wait_seconds` sums their waits.
 * - licence_weekly: per subscription service of Calling and Meetings and per week the subscription overlaps
 *   from the installation's rollup start week (`rollupStartWeek`) to the current week: `total` = licences
 *   bought, `assigned` = current assignments made before the week's end, `used` = those whose holder used the
 *   product in that week (a call leg for Calling, a hosted meeting for Meetings). Trials have no rows.
 * - usage_freshness: per customer and kind (calls, meetings, licence-assignments, sign-ins): the latest
 *   ingest time.
 */

export const licenceWeeklyServices = ['calling', 'meetings'] as const;

export const utcWeek = (column: string) => `date_trunc('week', ${column} at time zone 'UTC')::date`;

/** The statements that add the call legs of relation `source` (the table, or the rows an ingest inserted). */
export function callRollupUpserts(source: string): { table: string; text: string }[] {
  return [
    {
      table: 'user_calls_weekly',
      text: `
        insert into user_calls_weekly (customer_id, week_start, user_id, calls, minutes)
        select customer_id, ${utcWeek('started_at')}, user_id, count(*), sum(duration_seconds) / 60.0
        from ${source} where user_id is not null
        group by 1, 2, 3
        order by 1, 2, 3
        on conflict (customer_id, week_start, user_id) do update
          set calls = user_calls_weekly.calls + excluded.calls, minutes = user_calls_weekly.minutes + excluded.minutes`,
    },
    {
      table: 'call_quality_weekly',
      text: `
        insert into call_quality_weekly (customer_id, week_start, endpoint_type, legs, poor_legs)
        select customer_id, ${utcWeek('started_at')}, endpoint_type, count(*),
          count(*) filter (where ${poorCallLegSql()})
        from ${source}
        group by 1, 2, 3
        order by 1, 2, 3
        on conflict (customer_id, week_start, endpoint_type) do update
          set legs = call_quality_weekly.legs + excluded.legs,
            poor_legs = call_quality_weekly.poor_legs + excluded.poor_legs`,
    },
    {
      table: 'call_features_weekly',
      text: `
        insert into call_features_weekly (customer_id, week_start, feature, calls)
        select l.customer_id, ${utcWeek('l.started_at')}, f.feature, count(*)
        from ${source} l cross join lateral unnest(l.features) as f(feature)
        group by 1, 2, 3
        order by 1, 2, 3
        on conflict (customer_id, week_start, feature) do update
          set calls = call_features_weekly.calls + excluded.calls`,
    },
    {
      table: 'call_queue_weekly',
      text: `
        insert into call_queue_weekly
          (customer_id, week_start, calls, answered, answer_wait_seconds, abandoned, abandon_wait_seconds)
        select customer_id, ${utcWeek('started_at')}, count(*),
          count(*) filter (where queue_outcome in ('answered', 'moved')),
          coalesce(sum(queue_wait_seconds) filter (where queue_outcome in ('answered', 'moved')), 0),
          count(*) filter (where queue_outcome in ('abandoned', 'voicemail')),
          coalesce(sum(queue_wait_seconds) filter (where queue_outcome in ('abandoned', 'voicemail')), 0)
        from ${source} where queue_id is not null
        group by 1, 2
        order by 1, 2
        on conflict (customer_id, week_start) do update
          set calls = call_queue_weekly.calls + excluded.calls,
            answered = call_queue_weekly.answered + excluded.answered,
            answer_wait_seconds = call_queue_weekly.answer_wait_seconds + excluded.answer_wait_seconds,
            abandoned = call_queue_weekly.abandoned + excluded.abandoned,
            abandon_wait_seconds = call_queue_weekly.abandon_wait_seconds + excluded.abandon_wait_seconds`,
    },
  ];
}

/** The facts table of each usage kind, for usage_freshness. */
export const factTables = {
  calls: 'call_legs',
  meetings: 'meeting_usage',
  'licence-assignments': 'licence_assignment_events',
  'sign-ins': 'admin_sign_ins',
} as const;

/** Moves "data as of" of `kind` forward to the latest ingest time among the rows of `source`. */
export function freshnessUpsert(kind: keyof typeof factTables, source: string): string {
  return `
    insert into usage_freshness (customer_id, kind, data_as_of)
    select customer_id, '${kind}', max(ingested_at) from ${source} group by 1 order by 1
    on conflict (customer_id, kind) do update
      set data_as_of = greatest(usage_freshness.data_as_of, excluded.data_as_of)`;
}

/** Which subscription services licence_weekly rows are (re)built for. */
export type LicenceWeeklyTarget =
  /** Every subscription service of the customers with `from` ≤ id < `to` (either end open when null). */
  | { kind: 'range'; from: string | null; to: string | null }
  /** These subscription services, every week of the window (after their rows were deleted). */
  | { kind: 'subscriptions'; keys: { customerId: string; subscriptionId: string; serviceId: string }[] }
  /** The customers' (or every customer's) subscription services, only the weeks after each one's last row. */
  | { kind: 'missing-weeks'; customerIds: string[] | 'all' };

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function inRange(column: string, target: { from: string | null; to: string | null }): SQL {
  const bounds: string[] = [];
  for (const [bound, operator] of [
    [target.from, '>='],
    [target.to, '<'],
  ] as const) {
    if (bound === null) continue;
    if (!uuidPattern.test(bound)) throw new Error(`not a uuid: ${bound}`);
    bounds.push(`${column} ${operator} '${bound}'`);
  }
  return sql.raw(bounds.length ? bounds.join(' and ') : 'true');
}

const uuidArray = (ids: readonly string[]) => `{${ids.join(',')}}`;

/**
 * Inserts licence_weekly rows for `target` over the weeks `fromWeek`…`toWeek` (ISO dates of Mondays), each
 * subscription service limited to the weeks its subscription overlaps.
 */
export function licenceWeeklyInsert(window: { fromWeek: string; toWeek: string }, target: LicenceWeeklyTarget): SQL {
  const services = sql.raw(licenceWeeklyServices.map((s) => `'${s}'`).join(', '));
  let subsFilter: SQL;
  let customerFilter: (column: string) => SQL;
  let firstWeek = sql`greatest(${window.fromWeek}::date, ${sql.raw(utcWeek('s.starts_at'))})`;
  if (target.kind === 'range') {
    subsFilter = inRange('ss.customer_id', target);
    customerFilter = (column) => inRange(column, target);
  } else if (target.kind === 'subscriptions') {
    const keys = JSON.stringify(target.keys);
    subsFilter = sql`(ss.customer_id, ss.subscription_id, ss.service_id) in (
      select k."customerId", k."subscriptionId", k."serviceId"
      from json_to_recordset(${keys}::json) as k("customerId" uuid, "subscriptionId" uuid, "serviceId" text))`;
    customerFilter = (column) => sql`${sql.raw(column)} in (select customer_id from subs)`;
  } else {
    subsFilter =
      target.customerIds === 'all' ? sql`true` : sql`ss.customer_id = any(${uuidArray(target.customerIds)}::uuid[])`;
    // Usually every subscription has its rows already: then nothing below reads usage.
    customerFilter = (column) => sql`${sql.raw(column)} in (select customer_id from subs)`;
    firstWeek = sql`greatest(${firstWeek}, (select max(lw.week_start) + 7 from licence_weekly lw
      where lw.customer_id = ss.customer_id and lw.subscription_id = ss.subscription_id
        and lw.service_id = ss.service_id))`;
  }
  return sql`
    insert into licence_weekly (customer_id, subscription_id, service_id, week_start, total, assigned, used)
    with candidate_subs as (
      select ss.customer_id, ss.subscription_id, ss.service_id, ss.quantity,
        ${firstWeek} as from_week,
        least(${window.toWeek}::date, ${sql.raw(utcWeek("(s.ends_at - interval '1 microsecond')"))}) as to_week
      from subscription_services ss
      join subscriptions s on s.customer_id = ss.customer_id and s.id = ss.subscription_id
      where ss.service_id in (${services}) and ${subsFilter}
    ),
    subs as (select * from candidate_subs where from_week <= to_week),
    -- Assignments made before a subscription's first row count in its first row.
    assigned_by_week as (
      select la.customer_id, la.subscription_id, la.service_id,
        greatest(${sql.raw(utcWeek('la.assigned_at'))}, su.from_week) as week_start, count(*) as n
      from licence_assignments la
      join subs su on su.customer_id = la.customer_id and su.subscription_id = la.subscription_id
        and su.service_id = la.service_id
      group by 1, 2, 3, 4
    ),
    -- Usage before the first week built is never read: adding one new week scans one week of usage.
    first_week as (select min(from_week) as week from subs),
    usage_weeks as (
      select customer_id, user_id, 'calling' as service_id, week_start from user_calls_weekly
      where ${customerFilter('customer_id')} and week_start >= (select week from first_week)
      union all
      select distinct customer_id, user_id, 'meetings', ${sql.raw(utcWeek('started_at'))} from meeting_usage
      where user_id is not null and ${customerFilter('customer_id')}
        and started_at >= ((select week from first_week)::timestamp at time zone 'UTC')
    ),
    used_by_week as (
      select la.customer_id, la.subscription_id, la.service_id, u.week_start, count(*) as n
      from licence_assignments la
      join usage_weeks u on u.customer_id = la.customer_id and u.user_id = la.user_id and u.service_id = la.service_id
      where la.subscription_id is not null and ${customerFilter('la.customer_id')}
        and la.assigned_at < ((u.week_start + 7)::timestamp at time zone 'UTC')
      group by 1, 2, 3, 4
    ),
    sub_weeks as (
      select su.customer_id, su.subscription_id, su.service_id, g.week::date as week_start, su.quantity
      from subs su
      cross join lateral generate_series(su.from_week::timestamp, su.to_week::timestamp, interval '7 days') as g(week)
    )
    select r.customer_id, r.subscription_id, r.service_id, r.week_start, r.quantity,
      (sum(coalesce(a.n, 0)) over (
        partition by r.customer_id, r.subscription_id, r.service_id order by r.week_start
      ))::int,
      coalesce(u.n, 0)::int
    from sub_weeks r
    left join assigned_by_week a on a.customer_id = r.customer_id and a.subscription_id = r.subscription_id
      and a.service_id = r.service_id and a.week_start = r.week_start
    left join used_by_week u on u.customer_id = r.customer_id and u.subscription_id = r.subscription_id
      and u.service_id = r.service_id and u.week_start = r.week_start
    order by 1, 2, 3, 4
    ${
      target.kind === 'subscriptions'
        ? // A rebuild wins over rows another transaction computed from the state before it.
          sql`on conflict (customer_id, subscription_id, service_id, week_start) do update
            set total = excluded.total, assigned = excluded.assigned, used = excluded.used`
        : sql`on conflict do nothing`
    }`;
}

/** app_settings key of the first week licence_weekly covers (an ISO date of a Monday). */
export const ROLLUP_START_KEY = 'usage_rollup_start_week';
/** Without a generated data set, licence_weekly starts this many weeks before the first ingest's week. */
const DEFAULT_HISTORY_WEEKS = 25;

export const mondayOf = (instant: Date): string => {
  const day = Math.floor(instant.getTime() / 86_400_000);
  // 1970-01-01 was a Thursday: (day + 3) % 7 is 0 on Mondays.
  return new Date((day - ((day + 3) % 7)) * 86_400_000).toISOString().slice(0, 10);
};

export async function storeRollupStartWeek(db: Database, week: string): Promise<void> {
  startWeeks.delete(db);
  await db
    .insert(appSettings)
    .values({ key: ROLLUP_START_KEY, value: week })
    .onConflictDoUpdate({ target: appSettings.key, set: { value: week } });
}

const startWeeks = new WeakMap<Database, string>();

/**
 * The window licence_weekly covers at `now`: the stored start week (set once) to now's week. The start is
 * remembered per database handle, so a batch costs no extra round trip.
 */
export async function licenceWeeklyWindow(db: Database, now: Date): Promise<{ fromWeek: string; toWeek: string }> {
  const toWeek = mondayOf(now);
  const known = startWeeks.get(db);
  if (known) return { fromWeek: known, toWeek };
  const read = async () =>
    (await db.select({ value: appSettings.value }).from(appSettings).where(eq(appSettings.key, ROLLUP_START_KEY)))[0];
  let row = await read();
  if (!row) {
    const fallback = mondayOf(new Date(now.getTime() - DEFAULT_HISTORY_WEEKS * 7 * 86_400_000));
    await db.insert(appSettings).values({ key: ROLLUP_START_KEY, value: fallback }).onConflictDoNothing();
    row = await read();
  }
  const fromWeek = String(row?.value);
  startWeeks.set(db, fromWeek);
  return { fromWeek, toWeek };
}

/** licence_weekly rows up to now's week for every subscription that lacks them (the licence-weeks job). */
export async function addCurrentLicenceWeeks(db: Database, now: Date): Promise<void> {
  await db.execute(
    licenceWeeklyInsert(await licenceWeeklyWindow(db, now), { kind: 'missing-weeks', customerIds: 'all' }),
  );
}
