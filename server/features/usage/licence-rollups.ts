import { eq, type SQL, sql } from 'drizzle-orm';
import { appSettings } from '../../db/schema/index.ts';
import type { Database } from '../../platform/db.ts';
import { cteOf, utcWeek } from './usage-rollups.ts';

/** The licence rollups' SQL (licence_weekly and what summarises it), defined in usage-rollups.ts's header. */

/** The services licence_weekly has rows for. */
const licenceWeeklyServices = ['calling', 'meetings'] as const;

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
  let subsSource = sql`subscription_services ss
    join subscriptions s on s.customer_id = ss.customer_id and s.id = ss.subscription_id`;
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
    subsFilter = sql`true`;
    // Driven by the batch's customers through the primary key (customer first), one lookup each: joined
    // (`= any(…)`, `in (…)`), the planner scanned every subscription of the installation instead. OFFSET 0
    // keeps the lateral subquery from being flattened back into that join.
    if (target.customerIds !== 'all') {
      subsSource = sql`unnest(${uuidArray(target.customerIds)}::uuid[]) as c(id)
        cross join lateral (select * from subscription_services where customer_id = c.id offset 0) ss
        cross join lateral (select starts_at, ends_at from subscriptions
          where customer_id = ss.customer_id and id = ss.subscription_id offset 0) s`;
    }
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
      from ${subsSource}
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
const ROLLUP_START_KEY = 'usage_rollup_start_week';
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
