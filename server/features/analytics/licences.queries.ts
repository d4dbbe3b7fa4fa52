import { type SQL, sql } from 'drizzle-orm';
import {
  type AnalyticsProduct,
  addWeeks,
  LOW_ASSIGNMENT_FALLBACK_PCT,
  LOW_ASSIGNMENT_MIN_AGE_DAYS,
  LOW_ASSIGNMENT_MIN_SIMILAR,
  sizeBands,
  sizeBandUpperBounds,
} from '../../../domain/analytics.ts';
import { DAY_MS } from '../../../domain/clock.ts';
import type { SubscriptionSection } from '../../../domain/contracts/analytics.ts';
import { type Database, rowsOf } from '../../platform/db.ts';
import {
  daySql as day,
  orderByOf as orderBy,
  type Paging,
  type Scope,
  type SortExpressions,
  scopedCustomers,
  timestampSql as ts,
} from './analytics.queries.ts';

/** Subscription analytics (ANA) over the licence rollups: the KPIs, the sections and the licence trend. */

/** ANA-6 size band in SQL; agrees with `sizeBand` (analytics.sql.test.ts). */
export function sizeBandSql(total: SQL): SQL {
  const whens = sizeBandUpperBounds.map(
    (upper, i) => sql`when ${total} <= ${sql.raw(String(upper))} then ${sizeBands[i]}`,
  );
  return sql`(case when ${total} < 1 then null ${sql.join(whens, sql` `)} else ${sizeBands[sizeBands.length - 1]} end)`;
}

export interface LicenceQueryContext {
  scope: Scope;
  product: AnalyticsProduct;
  now: Date;
  addedSince: Date;
  endsBefore: Date;
  lastCompletedWeek: Date;
}

/**
 * ANA-6 medians of assigned % per size band across the whole installation (CTEs ending with a comma), from
 * `holder_counts` (every holder's counts, see `licenceCtes`).
 */
function similarBands(c: LicenceQueryContext): SQL {
  const p = c.product;
  const matureBefore = ts(new Date(c.now.getTime() - LOW_ASSIGNMENT_MIN_AGE_DAYS * DAY_MS));
  return sql`
    installation as (
      select ${sizeBandSql(sql`ss.quantity`)} as band, coalesce(a.assigned, 0) * 100.0 / ss.quantity as pct
      from subscriptions s
      join subscription_services ss on ss.customer_id = s.customer_id and ss.subscription_id = s.id
        and ss.service_id = ${p}
      left join holder_counts a on a.customer_id = s.customer_id and a.holder_id = s.id
      where s.state in ('active', 'suspended') and s.ends_at > ${ts(c.now)} and ss.quantity > 0
        and s.starts_at <= ${matureBefore}
    ),
    similar_bands as (
      select band, count(*) as n, percentile_cont(0.5) within group (order by pct) as median_pct
      from installation group by band
    ),
  `;
}

/** ANA-6 over `cur` joined with its band's `sim`; agrees with `lowAssignment` (analytics.sql.test.ts). */
function lowAssignmentSql(matureBefore: SQL): SQL {
  return sql`coalesce(cur.kind = 'subscription' and cur.total > 0 and cur.added_at <= ${matureBefore}
    and cur.assigned * 100.0 / cur.total < (case when sim.n >= ${LOW_ASSIGNMENT_MIN_SIMILAR}
      then sim.median_pct / 2 else ${LOW_ASSIGNMENT_FALLBACK_PCT} end), false)`;
}

/**
 * A subscription's licence figures in `week` from its latest licence_weekly row at or before it: total and
 * assigned carry forward, used counts only in the row's own week (rollup notes of the ingest).
 */
function latestWeekRow(service: string, week: Date, holder: string): SQL {
  const h = sql.raw(holder);
  return sql`select lw.assigned, case when lw.week_start = ${day(week)} then lw.used else 0 end as used
    from licence_weekly lw
    where lw.customer_id = ${h}.customer_id and lw.subscription_id = ${h}.id and lw.service_id = ${service}
      and lw.week_start <= ${day(week)}
    order by lw.week_start desc limit 1`;
}

/**
 * The weekly assignment and usage changes of the subscriptions of relation alias `holder` (two index probes
 * each): columns `assignment_change`, `usage_change` and the joins that feed them. Only the rows shown (or
 * sorted by them) pay for it.
 */
function weeklyChanges(c: LicenceQueryContext, holder: string): { columns: SQL; joins: SQL } {
  const h = sql.raw(holder);
  return {
    columns: sql`case when ${h}.kind = 'subscription' and w1.assigned is not null
          then w1.assigned - coalesce(w0.assigned, 0) end as assignment_change,
        case when ${h}.kind = 'subscription' and w1.assigned is not null
          then w1.used - coalesce(w0.used, 0) end as usage_change`,
    joins: sql`left join lateral (${latestWeekRow(c.product, c.lastCompletedWeek, holder)}) w1
        on ${h}.kind = 'subscription'
      left join lateral (${latestWeekRow(c.product, addWeeks(c.lastCompletedWeek, -1), holder)}) w0
        on ${h}.kind = 'subscription'`,
  };
}

/**
 * How `cur` counts each holder's assigned, used (7 days) and used (90 days) licences:
 * - `installation`: one sequential pass over the product's assignments of every customer (cheaper than
 *   fetching a large partner's assignments by index), shared with the ANA-6 medians when they are needed;
 * - `per-row`: an index lookup per holder, after the section's filter (for sections whose filter does not
 *   depend on the counts, so only their rows are counted).
 */
type HolderCounting = 'installation' | 'per-row';

/**
 * CTEs `scoped`, `cur` (current subscriptions and active trials of the product with their licence figures),
 * optionally the ANA-6 medians, and `lic` (cur with each section's flag).
 */
function licenceCtes(c: LicenceQueryContext, counting: HolderCounting, withMedians: boolean): SQL {
  const p = c.product;
  const weekAgo = ts(new Date(c.now.getTime() - 7 * DAY_MS));
  const quarterAgo = ts(new Date(c.now.getTime() - 90 * DAY_MS));
  const matureBefore = ts(new Date(c.now.getTime() - LOW_ASSIGNMENT_MIN_AGE_DAYS * DAY_MS));
  const counts = sql`count(*)::int as assigned,
        (count(*) filter (where la.last_used_at >= ${weekAgo}))::int as used,
        (count(*) filter (where la.last_used_at >= ${quarterAgo}))::int as used90`;
  const holderCounts =
    counting === 'per-row'
      ? sql``
      : sql`holder_counts as materialized (
      select la.customer_id, coalesce(la.subscription_id, la.trial_id) as holder_id, ${counts}
      from licence_assignments la
      where la.service_id = ${p}
      group by 1, 2
    ),`;
  const countsJoin =
    counting === 'per-row'
      ? sql`left join lateral (
          select ${counts} from licence_assignments la
          where la.customer_id = b.customer_id and la.service_id = ${p}
            and (case when b.kind = 'subscription' then la.subscription_id = b.id
              else la.subscription_id is null and la.trial_id = b.id end)
        ) a on true`
      : sql`left join holder_counts a on a.customer_id = b.customer_id and a.holder_id = b.id`;
  return sql`
    scoped as materialized (${scopedCustomers(c.scope)}),
    base as (
      select 'subscription'::text as kind, s.customer_id, s.id, s.number, s.starts_at as added_at, s.ends_at,
        s.auto_renew, ss.quantity as total
      from subscriptions s
      join subscription_services ss on ss.customer_id = s.customer_id and ss.subscription_id = s.id
        and ss.service_id = ${p}
      where s.customer_id in (select customer_id from scoped) and s.state in ('active', 'suspended')
        and s.ends_at > ${ts(c.now)}
      union all
      select 'trial', t.customer_id, t.id, t.number, coalesce(t.starts_at, t.created_at), t.ends_at, false,
        ts.licence_quantity
      from trials t
      join trial_services ts on ts.customer_id = t.customer_id and ts.trial_id = t.id and ts.service_id = ${p}
      where t.customer_id in (select customer_id from scoped) and t.state = 'active' and t.ends_at > ${ts(c.now)}
    ),
    ${holderCounts}
    cur as (
      select b.*, coalesce(a.assigned, 0) as assigned, coalesce(a.used, 0) as used, coalesce(a.used90, 0) as used90
      from base b
      ${countsJoin}
    ),
${withMedians ? similarBands(c) : sql``}
    lic as (
      select cur.*,
        cur.added_at >= ${ts(c.addedSince)} and cur.added_at <= ${ts(c.now)} as recently_added,
        cur.ends_at < ${ts(c.endsBefore)} and (cur.kind = 'trial' or not cur.auto_renew) as expiring,
        cur.ends_at < ${ts(c.endsBefore)} and cur.kind = 'subscription' and cur.auto_renew as renewing,
        ${withMedians ? lowAssignmentSql(matureBefore) : sql`false`} as low_assignment,
        cur.kind = 'subscription' and cur.assigned > cur.total as over_limit
      from cur
      ${withMedians ? sql`left join similar_bands sim on sim.band = ${sizeBandSql(sql`cur.total`)}` : sql``}
    )`;
}

/** Sections filtered on the counts count every holder in one pass; the others count only their rows. */
const sectionCounting: Record<SubscriptionSection, HolderCounting> = {
  'recently-added': 'per-row',
  expiring: 'per-row',
  renewing: 'per-row',
  'low-assignment': 'installation',
  'over-limit': 'installation',
};

const sectionFlag: Record<SubscriptionSection, string> = {
  'recently-added': 'recently_added',
  expiring: 'expiring',
  renewing: 'renewing',
  'low-assignment': 'low_assignment',
  'over-limit': 'over_limit',
};

export async function selectSubscriptionKpis(db: Database, c: LicenceQueryContext) {
  const [row] = rowsOf<Record<string, number>>(
    await db.execute(sql`
      with ${licenceCtes(c, 'installation', true)}
      select count(distinct customer_id)::int as total_customers,
        (count(distinct customer_id) filter (where expiring))::int as expiring,
        (count(distinct customer_id) filter (where renewing))::int as renewing,
        (count(distinct customer_id) filter (where low_assignment))::int as low_assignment,
        (count(distinct customer_id) filter (where over_limit))::int as over_limit
      from lic`),
  );
  return {
    totalCustomers: Number(row?.total_customers ?? 0),
    expirationApproaching: Number(row?.expiring ?? 0),
    approachingRenewal: Number(row?.renewing ?? 0),
    lowAssignment: Number(row?.low_assignment ?? 0),
    overLicenceLimit: Number(row?.over_limit ?? 0),
  };
}

export interface SectionRowSql {
  customer_id: string;
  customer_name: string;
  kind: 'subscription' | 'trial';
  id: string;
  number: string;
  added_at: Date | string;
  ends_at: Date | string;
  auto_renew: boolean;
  total: number;
  assigned: number;
  used: number;
  used90: number;
  assignment_change: number | null;
  usage_change: number | null;
}

export interface SectionKpiSums {
  customers: number;
  total: number;
  assigned: number;
  used: number;
  unassigned: number;
  overage: number;
  over_customers: number;
  rows: number;
}

/** Sort expressions over `lic` joined with the customer (`o`). */
const sortExpression: SortExpressions = {
  customer: { expression: 'lower(o.name)' },
  subscription: { expression: 'l.number' },
  daysSinceAdded: { expression: 'l.added_at', invert: true },
  monthsSinceAdded: { expression: 'l.added_at', invert: true },
  daysToEnd: { expression: 'l.ends_at' },
  monthsLeft: { expression: 'l.ends_at' },
  autoRenew: { expression: 'l.auto_renew' },
  total: { expression: 'l.total' },
  licences: { expression: 'l.assigned * 1.0 / nullif(l.total, 0)' },
  assigned: { expression: 'l.assigned * 1.0 / nullif(l.total, 0)' },
  used: { expression: 'l.used * 1.0 / nullif(l.total, 0)' },
  usedLast90Days: { expression: 'l.used90' },
  assignmentChange: { expression: 'l.assignment_change' },
  usageChange: { expression: 'l.usage_change' },
};

const changeSorts = new Set(['assignmentChange', 'usageChange']);

/**
 * A section's KPI sums and (with `paging`) one page of its rows, in one statement: the licence figures are
 * computed once for both.
 */
export async function selectSection(
  db: Database,
  c: LicenceQueryContext,
  section: SubscriptionSection,
  paging: Paging | null,
  withKpis = true,
) {
  const flag = sql.raw(sectionFlag[section]);
  const sums = withKpis
    ? sql`select count(distinct customer_id)::int as customers, coalesce(sum(total), 0)::int as total,
        coalesce(sum(assigned), 0)::int as assigned, coalesce(sum(used), 0)::int as used,
        coalesce(sum(greatest(total - assigned, 0)), 0)::int as unassigned,
        coalesce(sum(greatest(assigned - total, 0)), 0)::int as overage,
        (count(distinct customer_id) filter (where assigned > total))::int as over_customers,
        count(*)::int as rows
      from rows`
    : sql`select 0 as customers`;
  // The weekly changes cost two probes per subscription: computed for the page only, unless sorted by them.
  const sortedByChange = paging !== null && changeSorts.has(paging.sort);
  const rowChanges = weeklyChanges(c, 'l');
  const pageChanges = weeklyChanges(c, 'p0');
  const rows = sortedByChange
    ? sql`select l.*, ${rowChanges.columns} from lic l ${rowChanges.joins} where l.${flag}`
    : sql`select * from lic where ${flag}`;
  const page = paging
    ? sql`select p0.* ${sortedByChange ? sql`` : sql`, ${pageChanges.columns}`}
        from (
          select l.customer_id, o.name as customer_name, l.kind, l.id, l.number, l.added_at, l.ends_at,
            l.auto_renew, l.total, l.assigned, l.used, l.used90,
            ${sortedByChange ? sql`l.assignment_change, l.usage_change,` : sql``}
            row_number() over (${orderBy(sortExpression, paging, 'lower(o.name), l.number, l.id')}) as position
          from rows l join organisations o on o.id = l.customer_id
          ${orderBy(sortExpression, paging, 'lower(o.name), l.number, l.id')}
          limit ${paging.limit} offset ${paging.offset}
        ) p0
        ${sortedByChange ? sql`` : pageChanges.joins}`
    : sql`select * from rows where false`;
  const [row] = rowsOf<SectionKpiSums & { items: SectionRowSql[] | string | null }>(
    await db.execute(sql`
      with ${licenceCtes(c, sectionCounting[section], section === 'low-assignment')},
      rows as materialized (${rows}),
      k as (${sums}),
      p as (${page})
      select k.*, (select json_agg(p order by p.position) from p) as items from k`),
  );
  const raw = row?.items ?? [];
  const items = (typeof raw === 'string' ? JSON.parse(raw) : raw) as SectionRowSql[];
  return { sums: normaliseSums(row), items: items.map(normaliseSectionRow) };
}

function normaliseSums(s: SectionKpiSums | undefined): SectionKpiSums {
  const n = (v: unknown) => Number(v ?? 0);
  return {
    customers: n(s?.customers),
    total: n(s?.total),
    assigned: n(s?.assigned),
    used: n(s?.used),
    unassigned: n(s?.unassigned),
    overage: n(s?.overage),
    over_customers: n(s?.over_customers),
    rows: n(s?.rows),
  };
}

const numOrNull = (v: unknown) => (v === null || v === undefined ? null : Number(v));

function normaliseSectionRow(r: SectionRowSql): SectionRowSql {
  return {
    ...r,
    total: Number(r.total),
    assigned: Number(r.assigned),
    used: Number(r.used),
    used90: Number(r.used90),
    assignment_change: numOrNull(r.assignment_change),
    usage_change: numOrNull(r.usage_change),
  };
}

/**
 * Licences of `service` per customer and week for the customers of `customers` (a `select customer_id …`) in
 * the weeks [from, to]: licence_customer_weekly, plus each subscription whose rows stop before `to` (its
 * licence_weekly_tail) carried forward with its last total and assigned and used 0 (rollup notes of the
 * ingest) until the subscription ends. A subscription's rows are consecutive weeks, so one whose tail is at or
 * after `to` has its own row in every week read. Columns: customer_id, week_start, total, assigned, used
 * (several rows per customer and week: sum them).
 */
export function licenceCustomerWeeksSql(customers: SQL, service: string, weeks: { from: Date; to: Date }): SQL {
  const endWeek = sql`date_trunc('week', (s.ends_at - interval '1 microsecond') at time zone 'UTC')::date`;
  return sql`(
    select customer_id, week_start, total, assigned, used from licence_customer_weekly
    where service_id = ${service} and customer_id in (${customers})
      and week_start between ${day(weeks.from)} and ${day(weeks.to)}
    union all
    select t.customer_id, g.week::date, t.total, t.assigned, 0
    from licence_weekly_tail t
    join subscriptions s on s.customer_id = t.customer_id and s.id = t.subscription_id
    cross join lateral generate_series(
      greatest(t.week_start + 7, ${day(weeks.from)})::timestamp,
      least(${day(weeks.to)}, ${endWeek})::timestamp, interval '7 days') as g(week)
    where t.service_id = ${service} and t.week_start < ${day(weeks.to)} and t.customer_id in (${customers})
      and s.ends_at > ${day(weeks.from)}::timestamp at time zone 'UTC'
  )`;
}

/** ANA-2: licences per week of the product's subscriptions, for the scoped customers. */
export async function selectLicenceTrend(
  db: Database,
  scope: Scope,
  product: AnalyticsProduct,
  weeks: { from: Date; to: Date },
) {
  const rows = rowsOf<{ week_start: string; total: number; assigned: number; used: number }>(
    await db.execute(sql`
      select lw.week_start::text as week_start, sum(lw.total)::int as total, sum(lw.assigned)::int as assigned,
        sum(lw.used)::int as used
      from ${licenceCustomerWeeksSql(scopedCustomers(scope), product, weeks)} lw
      group by 1`),
  );
  return rows.map((r) => ({
    weekStart: r.week_start,
    total: Number(r.total),
    assigned: Number(r.assigned),
    used: Number(r.used),
  }));
}
