import { type SQL, sql } from 'drizzle-orm';
import type { CallingTable } from '../../../domain/contracts/analytics.ts';
import { type Database, rowsOf } from '../../platform/db.ts';
import {
  daySql,
  licenceWeeksSql,
  orderByOf,
  type Paging,
  type Scope,
  scopedCustomers,
  timestampSql,
} from './analytics.queries.ts';

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
    scoped as (${scopedCustomers(c.scope)}),
    calling as (
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
    queue_customers as (
      select distinct customer_id from call_features_weekly
      where feature = 'call_queue' and calls > 0 and customer_id in (select customer_id from calling)
        and week_start between ${daySql(c.first)} and ${daySql(c.last)}
    )`;
}

const n = (v: unknown) => Number(v ?? 0);
const numOrNull = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/** CAL-1, CAL-3, CAL-4, CAL-6 over the period. */
export async function selectCallingOverview(db: Database, c: CallingContext) {
  const period = sql`week_start between ${daySql(c.first)} and ${daySql(c.last)}`;
  const ctes = callingCtes(c);
  const [customers] = rowsOf<{ n: number }>(await db.execute(sql`with ${ctes} select count(*)::int as n from calling`));
  // CAL-1: bucket 0 holds the Calling licence holders of the week without a call (licence_weekly.assigned).
  const volume = rowsOf<Record<string, unknown>>(
    await db.execute(sql`
      with ${ctes},
      uc as (
        select customer_id, week_start, count(*) filter (where calls > 0) as active,
          count(*) filter (where calls between 1 and 5) as b1,
          count(*) filter (where calls between 6 and 20) as b2,
          count(*) filter (where calls > 20) as b3
        from user_calls_weekly where customer_id in (select customer_id from calling) and ${period}
        group by 1, 2
      ),
      lw as (
        select customer_id, week_start, sum(assigned) as holders
        from ${licenceWeeksSql(sql`select customer_id from calling`, 'calling', { from: c.first, to: c.last })} f
        group by 1, 2
      )
      select week_start::text as week_start,
        sum(greatest(coalesce(lw.holders, 0) - coalesce(uc.active, 0), 0))::int as none,
        coalesce(sum(uc.b1), 0)::int as calls1to5, coalesce(sum(uc.b2), 0)::int as calls6to20,
        coalesce(sum(uc.b3), 0)::int as over20
      from uc full join lw using (customer_id, week_start)
      group by 1`),
  );
  const quality = rowsOf<Record<string, unknown>>(
    await db.execute(sql`
      with ${ctes}
      select week_start::text as week_start, sum(legs)::int as legs, sum(poor_legs)::int as poor_legs
      from call_quality_weekly where customer_id in (select customer_id from calling) and ${period}
      group by 1`),
  );
  const endpoints = rowsOf<Record<string, unknown>>(
    await db.execute(sql`
      with ${ctes}
      select endpoint_type::text as endpoint_type, sum(legs)::int as legs, sum(poor_legs)::int as poor_legs
      from call_quality_weekly where customer_id in (select customer_id from calling) and ${period}
      group by 1`),
  );
  const [queueCustomers] = rowsOf<{ n: number }>(
    await db.execute(sql`with ${ctes} select count(*)::int as n from queue_customers`),
  );
  const features = rowsOf<Record<string, unknown>>(
    await db.execute(sql`
      with ${ctes}
      select feature, sum(calls)::int as calls from call_features_weekly
      where customer_id in (select customer_id from queue_customers) and ${period}
      group by 1`),
  );
  return {
    customers: n(customers?.n),
    volume: volume.map((r) => ({
      weekStart: String(r.week_start),
      none: n(r.none),
      calls1to5: n(r.calls1to5),
      calls6to20: n(r.calls6to20),
      over20: n(r.over20),
    })),
    quality: quality.map((r) => ({ weekStart: String(r.week_start), legs: n(r.legs), poorLegs: n(r.poor_legs) })),
    endpoints: endpoints.map((r) => ({
      endpointType: String(r.endpoint_type),
      legs: n(r.legs),
      poorLegs: n(r.poor_legs),
    })),
    queueCustomers: n(queueCustomers?.n),
    features: features.map((r) => ({ feature: String(r.feature), calls: n(r.calls) })),
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
        select customer_id, sum(calls) as calls, sum(minutes) as minutes, count(*) filter (where calls > 0) as active
        from user_calls_weekly where week_start = ${daySql(c.last)} and customer_id in (select customer_id from calling)
        group by 1
      ) cur on cur.customer_id = cc.customer_id
      left join (
        select customer_id, sum(calls) as calls from user_calls_weekly
        where week_start = ${daySql(c.previous)} and customer_id in (select customer_id from calling) group by 1
      ) prev on prev.customer_id = cc.customer_id
      left join (
        select customer_id, sum(total) as total
        from ${licenceWeeksSql(sql`select customer_id from calling`, 'calling', { from: c.last, to: c.last })} f
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

export interface CallingRowSql {
  customer_id: string;
  customer_name: string;
  calls: number;
  minutes?: number;
  active_users?: number;
  licences?: number;
  calls_change_pct?: number | null;
  poor_calls?: number;
  poor_pct?: number | null;
  worst_endpoint?: string | null;
  avg_answer_seconds?: number | null;
  avg_abandon_wait_seconds?: number | null;
  abandoned_pct?: number | null;
}

export async function selectCallingTable(db: Database, table: CallingTable, c: CallingContext, paging: Paging) {
  const ctes = sql`with ${callingCtes(c)}, r as (${tableRows(table, c)})`;
  const [count] = rowsOf<Record<string, unknown>>(
    await db.execute(
      table === 'queues'
        ? sql`${ctes} select count(*)::int as rows, coalesce(sum(calls), 0)::int as calls,
            coalesce(sum(answered), 0)::int as answered, coalesce(sum(answer_wait_seconds), 0)::float8 as answer_wait,
            coalesce(sum(abandoned), 0)::int as abandoned, coalesce(sum(abandon_wait_seconds), 0)::float8 as abandon_wait
            from r`
        : sql`${ctes} select count(*)::int as rows from r`,
    ),
  );
  const rows = rowsOf<Record<string, unknown>>(
    await db.execute(sql`
      ${ctes}
      select r.*, o.name as customer_name from r join organisations o on o.id = r.customer_id
      ${orderByOf(sortExpressions, paging, 'lower(o.name), r.customer_id')}
      limit ${paging.limit} offset ${paging.offset}`),
  );
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
