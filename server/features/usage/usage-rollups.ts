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
 * Coarser rollups, so that analytics read one row per customer and week (PERF-2), kept by the statements that
 * change the rollups they summarise (data-modifying CTEs over the rows changed, RETURNING):
 * - customer_calls_weekly: user_calls_weekly per customer and week — calls, call seconds, users with a call
 *   and users per CAL-1 bucket (1–5, 6–20, > 20 calls that week).
 * - licence_customer_weekly: licence_weekly summed per customer, service and week.
 * - licence_weekly_tail: each subscription service's latest licence_weekly row (carry-forward reads, and
 *   where "missing weeks" start).
 */

export const licenceWeeklyServices = ['calling', 'meetings'] as const;

export const utcWeek = (column: string) => `date_trunc('week', ${column} at time zone 'UTC')::date`;

/** A data-modifying CTE `name as (…)` of a rollup statement. */
const cteOf = (name: string, text: string) => `${name} as (${text})`;

/**
 * Adds user-week changes to customer_calls_weekly. `changes` has one row per changed user-week: customer_id,
 * week_start, calls_before, calls_after (the user's calls that week before and after the change),
 * calls_delta and seconds_delta; a user moves between CAL-1 buckets by the difference.
 */
export function customerCallsUpsert(changes: string): string {
  const users = (range: string) =>
    `count(*) filter (where calls_after ${range}) - count(*) filter (where calls_before ${range})`;
  return `
    insert into customer_calls_weekly
      (customer_id, week_start, calls, seconds, active_users, users_1_to_5, users_6_to_20, users_over_20)
    select customer_id, week_start, sum(calls_delta), sum(seconds_delta), ${users('> 0')},
      ${users('between 1 and 5')}, ${users('between 6 and 20')}, ${users('> 20')}
    from (${changes}) c
    group by 1, 2
    order by 1, 2
    on conflict (customer_id, week_start) do update
      set calls = customer_calls_weekly.calls + excluded.calls,
        seconds = customer_calls_weekly.seconds + excluded.seconds,
        active_users = customer_calls_weekly.active_users + excluded.active_users,
        users_1_to_5 = customer_calls_weekly.users_1_to_5 + excluded.users_1_to_5,
        users_6_to_20 = customer_calls_weekly.users_6_to_20 + excluded.users_6_to_20,
        users_over_20 = customer_calls_weekly.users_over_20 + excluded.users_over_20`;
}

/**
 * The CTEs that add the call legs of relation `source` (the table, or the rows an ingest inserted), in groups
 * that can run as separate statements. `user_weeks` returns each changed user-week with `created` (the
 * user's first call that week).
 */
export function callRollupCtes(source: string): string[][] {
  return [
    [
      cteOf(
        'user_call_deltas',
        `select customer_id, ${utcWeek('started_at')} as week_start, user_id, count(*)::int as calls,
          sum(duration_seconds) as seconds
        from ${source} where user_id is not null
        group by 1, 2, 3`,
      ),
      cteOf(
        'user_weeks',
        `insert into user_calls_weekly (customer_id, week_start, user_id, calls, minutes)
        select customer_id, week_start, user_id, calls, seconds / 60.0 from user_call_deltas
        order by 1, 2, 3
        on conflict (customer_id, week_start, user_id) do update
          set calls = user_calls_weekly.calls + excluded.calls, minutes = user_calls_weekly.minutes + excluded.minutes
        returning customer_id, week_start, user_id, calls, (xmax = 0) as created`,
      ),
      cteOf(
        'customer_weeks',
        customerCallsUpsert(`
          select u.customer_id, u.week_start, u.calls - d.calls as calls_before, u.calls as calls_after,
            d.calls as calls_delta, d.seconds as seconds_delta
          from user_weeks u
          join user_call_deltas d on d.customer_id = u.customer_id and d.week_start = u.week_start
            and d.user_id = u.user_id`),
      ),
    ],
    [
      cteOf(
        'quality_weeks',
        `insert into call_quality_weekly (customer_id, week_start, endpoint_type, legs, poor_legs)
        select customer_id, ${utcWeek('started_at')}, endpoint_type, count(*),
          count(*) filter (where ${poorCallLegSql()})
        from ${source}
        group by 1, 2, 3
        order by 1, 2, 3
        on conflict (customer_id, week_start, endpoint_type) do update
          set legs = call_quality_weekly.legs + excluded.legs,
            poor_legs = call_quality_weekly.poor_legs + excluded.poor_legs`,
      ),
    ],
    [
      cteOf(
        'feature_weeks',
        `insert into call_features_weekly (customer_id, week_start, feature, calls)
        select l.customer_id, ${utcWeek('l.started_at')}, f.feature, count(*)
        from ${source} l cross join lateral unnest(l.features) as f(feature)
        group by 1, 2, 3
        order by 1, 2, 3
        on conflict (customer_id, week_start, feature) do update
          set calls = call_features_weekly.calls + excluded.calls`,
      ),
    ],
    [
      cteOf(
        'queue_weeks',
        `insert into call_queue_weekly
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
      ),
    ],
  ];
}

/** The call rollup tables, fed by `callRollupCtes`. */
export const callRollupTables = [
  'user_calls_weekly',
  'customer_calls_weekly',
  'call_quality_weekly',
  'call_features_weekly',
  'call_queue_weekly',
] as const;

/**
 * Adds signed licence_weekly changes to licence_customer_weekly. `changes` has columns customer_id,
 * service_id, week_start, total, assigned, used (rows inserted, or negated rows deleted, or use added).
 */
export function licenceCustomerUpsert(changes: string): string {
  return `
    insert into licence_customer_weekly (customer_id, service_id, week_start, total, assigned, used)
    select customer_id, service_id, week_start, sum(total), sum(assigned), sum(used) from (${changes}) c
    group by 1, 2, 3
    order by 2, 1, 3
    on conflict (service_id, customer_id, week_start) do update
      set total = licence_customer_weekly.total + excluded.total,
        assigned = licence_customer_weekly.assigned + excluded.assigned,
        used = licence_customer_weekly.used + excluded.used`;
}

/**
 * Moves licence_weekly_tail forward to the latest of `rows` (licence_weekly rows just written: customer_id,
 * subscription_id, service_id, week_start, total, assigned) per subscription service.
 */
export function licenceTailUpsert(rows: string): string {
  return `
    insert into licence_weekly_tail (customer_id, subscription_id, service_id, week_start, total, assigned)
    select distinct on (customer_id, subscription_id, service_id)
      customer_id, subscription_id, service_id, week_start, total, assigned
    from (${rows}) r
    order by customer_id, subscription_id, service_id, week_start desc
    on conflict (customer_id, subscription_id, service_id) do update
      set week_start = excluded.week_start, total = excluded.total, assigned = excluded.assigned
      where excluded.week_start >= licence_weekly_tail.week_start`;
}

/**
 * Derives the coarse rollups (customer_calls_weekly, licence_customer_weekly, licence_weekly_tail) from the
 * weekly rollups they summarise, with the statements that maintain them.
 */
export async function deriveCoarseRollups(db: Database): Promise<void> {
  for (const table of ['customer_calls_weekly', 'licence_customer_weekly', 'licence_weekly_tail']) {
    await db.execute(sql.raw(`delete from ${table}`));
  }
  await db.execute(
    sql.raw(
      customerCallsUpsert(`select customer_id, week_start, 0 as calls_before, calls as calls_after,
        calls as calls_delta, round(minutes * 60)::bigint as seconds_delta from user_calls_weekly`),
    ),
  );
  await db.execute(sql.raw(licenceCustomerUpsert('select * from licence_weekly')));
  await db.execute(sql.raw(licenceTailUpsert('select * from licence_weekly')));
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
    firstWeek = sql`greatest(${firstWeek}, (select t.week_start + 7 from licence_weekly_tail t
      where t.customer_id = ss.customer_id and t.subscription_id = ss.subscription_id
        and t.service_id = ss.service_id))`;
  }
  return sql`
    with inserted as (
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
    }
    returning customer_id, subscription_id, service_id, week_start, total, assigned, used
    ),
    ${sql.raw(cteOf('customer_weeks', licenceCustomerUpsert('select * from inserted')))},
    ${sql.raw(cteOf('tails', licenceTailUpsert('select * from inserted')))}
    select count(*)::int as inserted from inserted`;
}

/**
 * Deletes every licence_weekly row of these subscription services (before rebuilding them), taking the rows
 * out of licence_customer_weekly and dropping their tails.
 */
export function licenceWeeklyDelete(keys: { customerId: string; subscriptionId: string; serviceId: string }[]): SQL {
  return sql`
    with k as (
      select * from json_to_recordset(${JSON.stringify(keys)}::json)
        as k("customerId" uuid, "subscriptionId" uuid, "serviceId" text)
    ),
    deleted as (
      delete from licence_weekly where (customer_id, subscription_id, service_id) in (
        select "customerId", "subscriptionId", "serviceId" from k)
      returning customer_id, service_id, week_start, total, assigned, used
    ),
    ${sql.raw(
      cteOf(
        'customer_weeks',
        licenceCustomerUpsert(
          'select customer_id, service_id, week_start, -total as total, -assigned as assigned, -used as used from deleted',
        ),
      ),
    )},
    tails as (
      delete from licence_weekly_tail where (customer_id, subscription_id, service_id) in (
        select "customerId", "subscriptionId", "serviceId" from k)
    )
    select count(*)::int as deleted from deleted`;
}

/**
 * After a rebuild: sets these customers' services' licence_customer_weekly rows to the sums of their
 * licence_weekly rows, dropping weeks no row sums into any more. The rebuild's upsert may overwrite a row
 * another transaction (the licence-weeks job) added meanwhile, whose values that transaction already summed:
 * recounting makes the sums exact whatever the interleaving.
 */
export function licenceCustomerWeeksRecount(keys: { customerId: string; serviceId: string }[]): SQL {
  return sql`
    with k as (
      select * from json_to_recordset(${JSON.stringify(keys)}::json) as k("customerId" uuid, "serviceId" text)
    ),
    sums as (
      select lw.customer_id, lw.service_id, lw.week_start, sum(lw.total)::int as total,
        sum(lw.assigned)::int as assigned, sum(lw.used)::int as used
      from licence_weekly lw join k on k."customerId" = lw.customer_id and k."serviceId" = lw.service_id
      group by 1, 2, 3
    ),
    dropped as (
      delete from licence_customer_weekly c using k
      where c.customer_id = k."customerId" and c.service_id = k."serviceId"
        and not exists (select 1 from sums where sums.customer_id = c.customer_id
          and sums.service_id = c.service_id and sums.week_start = c.week_start)
    )
    insert into licence_customer_weekly (customer_id, service_id, week_start, total, assigned, used)
    select * from sums order by 2, 1, 3
    on conflict (service_id, customer_id, week_start) do update
      set total = excluded.total, assigned = excluded.assigned, used = excluded.used`;
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
