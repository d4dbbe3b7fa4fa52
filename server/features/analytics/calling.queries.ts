import { type SQL, sql } from 'drizzle-orm';
import type { CallingTable } from '../../../domain/contracts/analytics.ts';
import { type Database, rowsOf } from '../../platform/db.ts';
import { daySql, orderByOf, type Paging, type Scope, scopedCustomers, timestampSql } from './analytics.queries.ts';
import { licenceCustomerWeeksSql } from './licences.queries.ts';

/**
 * Calling engagement (CAL) from the weekly call rollups. `calling` holds the scoped customers with Calling: a
 * current (active or suspended) subscription or an active trial of the Calling service.
 */
export interface CallingContext {
  scope: Scope;
  now: Date;
  /** First and last week of the period (Mondays); `last` is the last completed week. */
  first: Date;
  last: Date;
  previous: Date;
}

function callingCtes(c: CallingContext): SQL {
  return sql`
    scoped as materialized (${scopedCustomers(c.scope)}),
    calling as materialized (
      select s.customer_id from subscriptions s
      join subscription_services ss on ss.customer_id = s.customer_id and ss.subscription_id = s.id
        and ss.service_id = 'calling'
      where s.customer_id in (select customer_id from scoped) and s.state in ('active', 'suspended')
        and s.ends_at > ${timestampSql(c.now)}
      union
      select t.customer_id from trials t
      join trial_services ts on ts.customer_id = t.customer_id and ts.trial_id = t.id and ts.service_id = 'calling'
      where t.customer_id in (select customer_id from scoped) and t.state = 'active' and t.ends_at > ${timestampSql(c.now)}
    ),
    queue_customers as materialized (
      select distinct customer_id from call_features_weekly
      where feature = 'call_queue' and calls > 0 and customer_id in (select customer_id from calling)
        and week_start between ${daySql(c.first)} and ${daySql(c.last)}
    )`;
}

const n = (v: unknown) => Number(v ?? 0);
const numOrNull = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/** CAL-1, CAL-3, CAL-4, CAL-6 over the period, in one statement. */
export async function selectCallingOverview(db: Database, c: CallingContext) {
  const period = sql`week_start between ${daySql(c.first)} and ${daySql(c.last)}`;
  const [row] = rowsOf<Record<string, unknown>>(
    await db.execute(sql`
      with ${callingCtes(c)},
      -- CAL-1: bucket 0 holds the Calling licence holders of the week without a call (licence assigned).
      uc as (
        select customer_id, week_start, active_users as active, users_1_to_5 as b1, users_6_to_20 as b2,
          users_over_20 as b3
        from customer_calls_weekly where customer_id in (select customer_id from calling) and ${period}
      ),
      lw as (
        select customer_id, week_start, sum(assigned) as holders
        from ${licenceCustomerWeeksSql(sql`select customer_id from calling`, 'calling', { from: c.first, to: c.last })} f
        group by 1, 2
      ),
      volume as (
        select week_start::text as "weekStart",
          sum(greatest(coalesce(lw.holders, 0) - coalesce(uc.active, 0), 0))::int as none,
          coalesce(sum(uc.b1), 0)::int as "calls1to5", coalesce(sum(uc.b2), 0)::int as "calls6to20",
          coalesce(sum(uc.b3), 0)::int as over20
        from uc full join lw using (customer_id, week_start)
        group by 1
      ),
      -- CAL-3 per week and CAL-4 per endpoint type in one pass over the quality rows.
      quality_groups as (
        select week_start, endpoint_type, grouping(week_start) = 1 as by_endpoint, sum(legs)::int as legs,
          sum(poor_legs)::int as poor_legs
        from call_quality_weekly where customer_id in (select customer_id from calling) and ${period}
        group by grouping sets ((week_start), (endpoint_type))
      ),
      quality as (
        select week_start::text as "weekStart", legs, poor_legs as "poorLegs" from quality_groups
        where not by_endpoint
      ),
      endpoints as (
        select endpoint_type::text as "endpointType", legs, poor_legs as "poorLegs" from quality_groups
        where by_endpoint
      ),
      features as (
        select feature, sum(calls)::int as calls from call_features_weekly
        where customer_id in (select customer_id from queue_customers) and ${period}
        group by 1
      )
      select (select count(*)::int from calling) as customers,
        (select count(*)::int from queue_customers) as queue_customers,
        (select json_agg(volume) from volume) as volume,
        (select json_agg(quality) from quality) as quality,
        (select json_agg(endpoints) from endpoints) as endpoints,
        (select json_agg(features) from features) as features`),
  );
  const list = <T>(v: unknown): T[] => ((typeof v === 'string' ? JSON.parse(v) : v) ?? []) as T[];
  return {
    customers: n(row?.customers),
    volume: list<{ weekStart: string; none: number; calls1to5: number; calls6to20: number; over20: number }>(
      row?.volume,
    ),
    quality: list<{ weekStart: string; legs: number; poorLegs: number }>(row?.quality),
    endpoints: list<{ endpointType: string; legs: number; poorLegs: number }>(row?.endpoints),
    queueCustomers: n(row?.queue_customers),
    features: list<{ feature: string; calls: number }>(row?.features),
  };
}

/** The rows of each CAL table before paging: `r` joined with the customer `o`. */
function tableRows(table: CallingTable, c: CallingContext): SQL {
  const period = sql`week_start between ${daySql(c.first)} and ${daySql(c.last)}`;
  if (table === 'usage') {
    return sql`
      select cc.customer_id,
        coalesce(cur.calls, 0) as calls, coalesce(cur.minutes, 0) as minutes, coalesce(cur.active, 0) as active_users,
        coalesce(lw.total, 0) as licences,
        case when coalesce(prev.calls, 0) > 0 then (coalesce(cur.calls, 0) - prev.calls) * 100.0 / prev.calls end
          as calls_change_pct
      from calling cc
      left join (
        select customer_id, calls, seconds / 60.0 as minutes, active_users as active from customer_calls_weekly
        where week_start = ${daySql(c.last)} and customer_id in (select customer_id from calling)
      ) cur on cur.customer_id = cc.customer_id
      left join (
        select customer_id, calls from customer_calls_weekly
        where week_start = ${daySql(c.previous)} and customer_id in (select customer_id from calling)
      ) prev on prev.customer_id = cc.customer_id
      left join (
        select customer_id, sum(total) as total
        from ${licenceCustomerWeeksSql(sql`select customer_id from calling`, 'calling', { from: c.last, to: c.last })} f
        group by 1
      ) lw on lw.customer_id = cc.customer_id`;
  }
  if (table === 'quality') {
    // The worst endpoint: highest poor share, then more legs, then name (domain worstEndpoint).
    return sql`
      with per_endpoint as (
        select customer_id, endpoint_type::text as endpoint_type, sum(legs) as legs, sum(poor_legs) as poor
        from call_quality_weekly where ${period} and customer_id in (select customer_id from calling)
        group by 1, 2
      ),
      worst as (
        select distinct on (customer_id) customer_id, endpoint_type from per_endpoint where legs > 0
        order by customer_id, poor * 1.0 / legs desc, legs desc, endpoint_type collate "C" asc
      ),
      totals as (select customer_id, sum(legs) as legs, sum(poor) as poor from per_endpoint group by 1)
      select cc.customer_id, coalesce(q.legs, 0) as calls, coalesce(q.poor, 0) as poor_calls,
        q.poor * 100.0 / nullif(q.legs, 0) as poor_pct, w.endpoint_type as worst_endpoint
      from calling cc
      left join totals q on q.customer_id = cc.customer_id
      left join worst w on w.customer_id = cc.customer_id`;
  }
  return sql`
    select qc.customer_id, coalesce(q.calls, 0) as calls,
      q.answer_wait_seconds / nullif(q.answered, 0) as avg_answer_seconds,
      q.abandon_wait_seconds / nullif(q.abandoned, 0) as avg_abandon_wait_seconds,
      q.abandoned * 100.0 / nullif(q.calls, 0) as abandoned_pct,
      coalesce(q.answered, 0) as answered, coalesce(q.answer_wait_seconds, 0) as answer_wait_seconds,
      coalesce(q.abandoned, 0) as abandoned, coalesce(q.abandon_wait_seconds, 0) as abandon_wait_seconds
    from queue_customers qc
    left join call_queue_weekly q on q.customer_id = qc.customer_id and q.week_start = ${daySql(c.last)}`;
}

const sortExpressions: Record<string, { expression: string }> = {
  customer: { expression: 'lower(o.name)' },
  calls: { expression: 'r.calls' },
  minutes: { expression: 'r.minutes' },
  activeUsers: { expression: 'r.active_users' },
  licences: { expression: 'r.licences' },
  callsChangePct: { expression: 'r.calls_change_pct' },
  poorCalls: { expression: 'r.poor_calls' },
  poorPct: { expression: 'r.poor_pct' },
  worstEndpoint: { expression: 'r.worst_endpoint' },
  avgAnswerSeconds: { expression: 'r.avg_answer_seconds' },
  avgAbandonWaitSeconds: { expression: 'r.avg_abandon_wait_seconds' },
  abandonedPct: { expression: 'r.abandoned_pct' },
};

/** A CAL table's row count (and queue sums) and one page, in one statement. */
export async function selectCallingTable(db: Database, table: CallingTable, c: CallingContext, paging: Paging) {
  const sums =
    table === 'queues'
      ? sql`select count(*)::int as rows, coalesce(sum(calls), 0)::int as calls,
          coalesce(sum(answered), 0)::int as answered, coalesce(sum(answer_wait_seconds), 0)::float8 as answer_wait,
          coalesce(sum(abandoned), 0)::int as abandoned, coalesce(sum(abandon_wait_seconds), 0)::float8 as abandon_wait
          from r`
      : sql`select count(*)::int as rows from r`;
  const [count] = rowsOf<Record<string, unknown>>(
    await db.execute(sql`
      with ${callingCtes(c)},
      r as materialized (${tableRows(table, c)}),
      k as (${sums}),
      p as (
        select r.*, o.name as customer_name,
          row_number() over (${orderByOf(sortExpressions, paging, 'lower(o.name), r.customer_id')}) as position
        from r join organisations o on o.id = r.customer_id
        ${orderByOf(sortExpressions, paging, 'lower(o.name), r.customer_id')}
        limit ${paging.limit} offset ${paging.offset}
      )
      select k.*, (select json_agg(p order by p.position) from p) as items from k`),
  );
  const rawItems = count?.items ?? [];
  const rows = (typeof rawItems === 'string' ? JSON.parse(rawItems) : rawItems) as Record<string, unknown>[];
  return {
    total: n(count?.rows),
    queueSums:
      table === 'queues'
        ? {
            calls: n(count?.calls),
            answered: n(count?.answered),
            answerWaitSeconds: n(count?.answer_wait),
            abandoned: n(count?.abandoned),
            abandonWaitSeconds: n(count?.abandon_wait),
          }
        : null,
    items: rows.map((r) => ({
      customerId: String(r.customer_id),
      customerName: String(r.customer_name),
      calls: n(r.calls),
      minutes: table === 'usage' ? n(r.minutes) : null,
      activeUsers: table === 'usage' ? n(r.active_users) : null,
      licences: table === 'usage' ? n(r.licences) : null,
      callsChangePct: numOrNull(r.calls_change_pct),
      poorCalls: table === 'quality' ? n(r.poor_calls) : null,
      poorPct: numOrNull(r.poor_pct),
      worstEndpoint: (r.worst_endpoint ?? null) as string | null,
      avgAnswerSeconds: numOrNull(r.avg_answer_seconds),
      avgAbandonWaitSeconds: numOrNull(r.avg_abandon_wait_seconds),
      abandonedPct: numOrNull(r.abandoned_pct),
    })),
  };
}
