import { sql } from 'drizzle-orm';
import { poorCallLegSql } from '../../domain/call-quality.ts';
import { type Database, rowsOf } from '../platform/db.ts';
import { isoDate, mondayUtc } from './context.ts';

/**
 * Rebuilds the usage rollups from the raw facts, in SQL, so that they equal a from-scratch recomputation.
 * The incremental maintenance at ingest must produce the same rows. Definitions (weeks are Monday 00:00 UTC):
 * - user_calls_weekly: per customer, week and user: legs (`calls`) and their minutes.
 * - call_quality_weekly: legs and poor legs (CAL-3, `poorCallLegSql`) per endpoint type.
 * - call_features_weekly: legs using each feature (a leg is one user's part of a call).
 * - call_queue_weekly (CAL-7), sums so that averages and rates can be maintained incrementally:
 *   `answered` counts legs that left the queue to an agent or to another queue (answered, moved) and
 *   `answer_wait_seconds` sums their waits; `abandoned` counts legs whose caller hung up or left a message
 *   (abandoned, voicemail) and `abandon_wait_seconds` sums their waits.
 * - licence_weekly: per subscription service of Calling and Meetings and per week the subscription overlaps
 *   inside [fromWeek, toWeek]: `total` = licences bought, `assigned` = current assignments made before the
 *   week's end, `used` = those whose holder used the product in that week (a call leg for Calling, a hosted
 *   meeting for Meetings). Trials have no rows (the table has no trial column).
 * - usage_freshness: per customer and kind (calls, meetings, licence-assignments, sign-ins): the latest
 *   ingest time.
 */

export const licenceWeeklyServices = ['calling', 'meetings'] as const;

const utcWeek = (column: string) => `date_trunc('week', ${column} at time zone 'UTC')::date`;

export interface RollupStatement {
  table: string;
  text: string;
}

/**
 * The rollups' INSERT … SELECT statements; those of one phase are independent of each other. Each inserts
 * in primary-key order, so the index grows at its end: on data set L that halves the time.
 */
export function rollupStatements(
  window: { from: Date; to: Date },
  licenceRanges: CustomerRange[] = [{ from: null, to: null }],
): RollupStatement[][] {
  const fromWeek = isoDate(new Date(mondayUtc(window.from.getTime())));
  const toWeek = isoDate(new Date(mondayUtc(window.to.getTime())));
  const phaseOne: RollupStatement[] = [
    {
      table: 'user_calls_weekly',
      text: `
        insert into user_calls_weekly (customer_id, week_start, user_id, calls, minutes)
        select customer_id, ${utcWeek('started_at')}, user_id, count(*), sum(duration_seconds) / 60.0
        from call_legs where user_id is not null
        group by 1, 2, 3
        order by 1, 2, 3`,
    },
    {
      table: 'call_quality_weekly',
      text: `
        insert into call_quality_weekly (customer_id, week_start, endpoint_type, legs, poor_legs)
        select customer_id, ${utcWeek('started_at')}, endpoint_type, count(*),
          count(*) filter (where ${poorCallLegSql()})
        from call_legs
        group by 1, 2, 3
        order by 1, 2, 3`,
    },
    {
      table: 'call_features_weekly',
      text: `
        insert into call_features_weekly (customer_id, week_start, feature, calls)
        select l.customer_id, ${utcWeek('l.started_at')}, f.feature, count(*)
        from call_legs l cross join lateral unnest(l.features) as f(feature)
        group by 1, 2, 3
        order by 1, 2, 3`,
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
        from call_legs where queue_id is not null
        group by 1, 2
        order by 1, 2`,
    },
    {
      table: 'usage_freshness',
      text: `
        insert into usage_freshness (customer_id, kind, data_as_of)
        select customer_id, 'calls', max(ingested_at) from call_legs group by 1
        union all select customer_id, 'meetings', max(ingested_at) from meeting_usage group by 1
        union all select customer_id, 'licence-assignments', max(ingested_at) from licence_assignment_events group by 1
        union all select customer_id, 'sign-ins', max(ingested_at) from admin_sign_ins group by 1`,
    },
  ];
  // licence_weekly reads user_calls_weekly; it is the largest rollup, so it is built in customer ranges
  // side by side.
  const licenceWeekly = licenceRanges.map((range) => ({
    table: 'licence_weekly',
    text: licenceWeeklySql(fromWeek, toWeek, range),
  }));
  return [phaseOne, licenceWeekly];
}

export async function rebuildUsageRollups(db: Database, window: { from: Date; to: Date }): Promise<void> {
  const [middle] = rowsOf<{ id: string }>(
    await db.execute(sql`
      select id::text from organisations where kind = 'customer' order by id
      offset (select count(*) / 2 from organisations where kind = 'customer') limit 1`),
  );
  const halves = middle
    ? [
        { from: null, to: middle.id },
        { from: middle.id, to: null },
      ]
    : undefined;
  const phases = rollupStatements(window, halves);
  for (const table of new Set(phases.flat().map((s) => s.table))) {
    await db.execute(sql.raw(`delete from ${table}`));
  }
  for (const phase of phases) {
    // Independent statements run side by side: on PostgreSQL each takes its own pooled connection.
    await Promise.all(phase.map(({ text }) => db.execute(sql.raw(text))));
  }
}

/** Customers with `from` ≤ id < `to` (either end open when null). */
export interface CustomerRange {
  from: string | null;
  to: string | null;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function inRange(column: string, range: CustomerRange): string {
  const bounds: string[] = [];
  for (const [bound, operator] of [
    [range.from, '>='],
    [range.to, '<'],
  ] as const) {
    if (bound === null) continue;
    if (!uuidPattern.test(bound)) throw new Error(`not a uuid: ${bound}`);
    bounds.push(`${column} ${operator} '${bound}'`);
  }
  return bounds.length ? bounds.join(' and ') : 'true';
}

/**
 * `fromWeek`/`toWeek` are ISO dates of Mondays computed above and range bounds are checked uuids: no
 * outside text reaches this statement.
 */
function licenceWeeklySql(fromWeek: string, toWeek: string, range: CustomerRange): string {
  const services = licenceWeeklyServices.map((s) => `'${s}'`).join(', ');
  return `
    insert into licence_weekly (customer_id, subscription_id, service_id, week_start, total, assigned, used)
    with subs as (
      select ss.customer_id, ss.subscription_id, ss.service_id, ss.quantity,
        greatest(date '${fromWeek}', ${utcWeek('s.starts_at')}) as from_week,
        least(date '${toWeek}', ${utcWeek("(s.ends_at - interval '1 microsecond')")}) as to_week
      from subscription_services ss
      join subscriptions s on s.customer_id = ss.customer_id and s.id = ss.subscription_id
      where ss.service_id in (${services}) and ${inRange('ss.customer_id', range)}
    ),
    -- Assignments made before a subscription's first row count in its first row.
    assigned_by_week as (
      select la.customer_id, la.subscription_id, la.service_id,
        greatest(${utcWeek('la.assigned_at')}, su.from_week) as week_start, count(*) as n
      from licence_assignments la
      join subs su on su.customer_id = la.customer_id and su.subscription_id = la.subscription_id
        and su.service_id = la.service_id
      group by 1, 2, 3, 4
    ),
    usage_weeks as (
      select customer_id, user_id, 'calling' as service_id, week_start from user_calls_weekly
      where ${inRange('customer_id', range)}
      union all
      select distinct customer_id, user_id, 'meetings', ${utcWeek('started_at')} from meeting_usage
      where user_id is not null and ${inRange('customer_id', range)}
    ),
    used_by_week as (
      select la.customer_id, la.subscription_id, la.service_id, u.week_start, count(*) as n
      from licence_assignments la
      join usage_weeks u on u.customer_id = la.customer_id and u.user_id = la.user_id and u.service_id = la.service_id
      where la.subscription_id is not null and ${inRange('la.customer_id', range)}
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
    order by 1, 2, 3, 4`;
}
