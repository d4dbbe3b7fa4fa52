import { type SQL, sql } from 'drizzle-orm';
import { DAY_MS } from '../../../domain/clock.ts';
import type { InsightColumn } from '../../../domain/contracts/insights.ts';
import { HOW_TO_WINDOW_DAYS, type ProductCounts } from '../../../domain/insights.ts';
import { type Database, rowsOf } from '../../platform/db.ts';
import { type Scope, scopedCustomers } from '../analytics/analytics.queries.ts';

/**
 * The SQL of customer insights: the counts of domain/insights.ts (`productCounts`, which this SQL must agree
 * with: insights.sql.test.ts) per customer and product, from the current subscriptions and licences and the
 * maintained insight_user_activity rollup — never from raw usage. Every statement starts from the customers
 * the actor may see.
 */

export interface FigureParams {
  scope: Scope;
  now: Date;
  /** The first instant of the 28-day window. */
  since: Date;
  product?: string | undefined;
  /** Only customers whose name contains this. */
  search?: string | undefined;
  /** Instead of every scoped customer: one (the drill-down) or a keyset batch (the export). */
  customers?: { kind: 'one'; id: string } | { kind: 'batch'; ids: readonly string[] };
}

export interface CountsRow extends ProductCounts {
  customerId: string;
  customerName: string;
  product: string;
}

const ts = (d: Date) => sql`${d.toISOString()}::timestamptz`;

/** Licences another seller sold: another partner, or (the whole installation's view) the vendor directly. */
function soldByOthers(scope: Scope): SQL {
  const partnerId = scope.partnerId ?? (scope.actor.organisationKind === 'partner' ? scope.actor.organisationId : null);
  return partnerId
    ? sql`s.seller_organisation_id <> ${partnerId}::uuid`
    : sql`s.seller_organisation_id in (select id from organisations where kind = 'vendor')`;
}

function customersOf(p: FigureParams): SQL {
  const scoped = scopedCustomers(p.scope);
  const search = p.search ? sql`and o.name ilike ${`%${p.search.replace(/[\\%_]/g, '\\$&')}%`}` : sql``;
  const base = sql`select sc.customer_id from (${scoped}) sc join organisations o on o.id = sc.customer_id
    where true ${search}`;
  if (!p.customers) return base;
  if (p.customers.kind === 'one') return sql`${base} and sc.customer_id = ${p.customers.id}::uuid`;
  return sql`select unnest(${`{${p.customers.ids.join(',')}}`}::uuid[]) as customer_id`;
}

/** The next `limit` customers the scope covers after `after`, by id (the export's keyset batches). */
export async function selectCustomerBatch(db: Database, scope: Scope, after: string | null, limit: number) {
  const rows = rowsOf<{ id: string }>(
    await db.execute(sql`select sc.customer_id::text as id from (${scopedCustomers(scope)}) sc
      ${after ? sql`where sc.customer_id > ${after}::uuid` : sql``}
      order by sc.customer_id limit ${limit}`),
  );
  return rows.map((r) => r.id);
}

/** CTEs ending in `figures` (customer_id, customer_name, product and the counts), one row per customer and product. */
export function figureCtes(p: FigureParams): SQL {
  const service = (column: string) => (p.product ? sql`and ${sql.raw(column)} = ${p.product}` : sql``);
  const unassignedLately = sql`exists (select 1 from licence_assignment_events e
    where e.customer_id = a.customer_id and e.user_id = a.user_id and e.service_id = a.service_id
      and e.action = 'unassign' and e.occurred_at >= ${ts(p.since)})`;
  return sql`
    scoped as materialized (${customersOf(p)}),
    subs as materialized (
      select ss.customer_id, ss.service_id, s.id as subscription_id, ss.quantity,
        (s.state = 'active' and s.ends_at > ${ts(p.now)}) as counted, ${soldByOthers(p.scope)} as by_other
      from subscription_services ss
      join subscriptions s on s.customer_id = ss.customer_id and s.id = ss.subscription_id
      where ss.customer_id in (select customer_id from scoped) ${service('ss.service_id')}
    ),
    sold as (
      select customer_id, service_id, coalesce(sum(quantity) filter (where counted), 0)::int as sold,
        coalesce(sum(quantity) filter (where counted and by_other), 0)::int as sold_by_others
      from subs group by 1, 2
    ),
    upgraded as materialized (
      select distinct ed.customer_id, ed.user_id, sv.parent_service_id as service_id
      from licence_assignments ed join services sv on sv.id = ed.service_id
      where sv.parent_service_id is not null and ed.customer_id in (select customer_id from scoped)
    ),
    holders as materialized (
      select la.customer_id, la.service_id, la.user_id,
        case
          when la.subscription_id is not null then case
            when not coalesce(su.counted, false) then 'other_subscription'
            when up.user_id is not null then 'none'
            else 'entitled' end
          when la.trial_id is not null then 'trial'
          else 'none'
        end as kind
      from licence_assignments la
      left join subs su on su.customer_id = la.customer_id and su.subscription_id = la.subscription_id
        and su.service_id = la.service_id
      left join upgraded up on up.customer_id = la.customer_id and up.user_id = la.user_id
        and up.service_id = la.service_id
      where la.customer_id in (select customer_id from scoped) ${service('la.service_id')}
    ),
    entitled as (
      select customer_id, service_id, count(*) filter (where kind = 'entitled')::int as entitlements
      from holders group by 1, 2
    ),
    active as (
      select a.customer_id, a.service_id, count(*)::int as active,
        count(*) filter (where h.kind is null and ${unassignedLately})::int as active_moved,
        count(*) filter (where h.kind = 'other_subscription')::int as active_other,
        count(*) filter (where h.kind = 'trial')::int as active_trial,
        count(*) filter (where h.kind = 'none' or (h.kind is null and not ${unassignedLately}))::int as active_without
      from insight_user_activity a
      left join holders h on h.customer_id = a.customer_id and h.service_id = a.service_id and h.user_id = a.user_id
      where a.customer_id in (select customer_id from scoped) and a.last_active_at >= ${ts(p.since)}
        ${service('a.service_id')}
      group by 1, 2
    ),
    pairs as (
      select customer_id, service_id from sold
      union select customer_id, service_id from entitled
      union select customer_id, service_id from active
    ),
    figures as (
      select p.customer_id, o.name as customer_name, p.service_id as product,
        coalesce(s.sold, 0) as sold, coalesce(s.sold_by_others, 0) as sold_by_others,
        coalesce(e.entitlements, 0) as entitlements, coalesce(a.active, 0) as active,
        coalesce(a.active_moved, 0) as active_moved, coalesce(a.active_other, 0) as active_other,
        coalesce(a.active_trial, 0) as active_trial, coalesce(a.active_without, 0) as active_without
      from pairs p
      join organisations o on o.id = p.customer_id
      left join sold s on s.customer_id = p.customer_id and s.service_id = p.service_id
      left join entitled e on e.customer_id = p.customer_id and e.service_id = p.service_id
      left join active a on a.customer_id = p.customer_id and a.service_id = p.service_id
    )`;
}

interface FigureSql {
  customer_id: string;
  customer_name: string;
  product: string;
  sold: number;
  sold_by_others: number;
  entitlements: number;
  active: number;
  active_moved: number;
  active_other: number;
  active_trial: number;
  active_without: number;
}

const toCounts = (r: FigureSql): CountsRow => ({
  customerId: r.customer_id,
  customerName: r.customer_name,
  product: r.product,
  sold: Number(r.sold),
  soldByOthers: Number(r.sold_by_others),
  entitlements: Number(r.entitlements),
  active: Number(r.active),
  activeMoved: Number(r.active_moved),
  activeOnOtherSubscription: Number(r.active_other),
  activeOnTrial: Number(r.active_trial),
  activeWithoutEntitlement: Number(r.active_without),
});

const columns = `customer_id::text, customer_name, product, sold, sold_by_others, entitlements, active,
  active_moved, active_other, active_trial, active_without`;

/** Sort expressions of the customer table's columns; the contract admits only these keys. */
const sortExpressions: Record<InsightColumn, string> = {
  customer: 'lower(customer_name)',
  product: 'product',
  sold: 'sold',
  entitlements: 'entitlements',
  active: 'active',
  deployment: 'entitlements * 100.0 / nullif(sold, 0)',
  usage: 'active * 100.0 / nullif(entitlements, 0)',
};

export async function selectFigurePage(
  db: Database,
  p: FigureParams,
  paging: { sort: InsightColumn; descending: boolean; limit: number; offset: number },
): Promise<{ rows: CountsRow[]; total: number }> {
  const direction = paging.descending ? 'desc' : 'asc';
  const order = sql.raw(`${sortExpressions[paging.sort]} ${direction} nulls last, customer_id, product`);
  const rows = rowsOf<FigureSql & { total_rows: number }>(
    await db.execute(sql`with ${figureCtes(p)}
      select ${sql.raw(columns)}, count(*) over ()::int as total_rows from figures
      order by ${order} limit ${paging.limit} offset ${paging.offset}`),
  );
  let total = Number(rows[0]?.total_rows ?? 0);
  if (rows.length === 0 && paging.offset > 0) {
    const [row] = rowsOf<{ n: number }>(
      await db.execute(sql`with ${figureCtes(p)} select count(*)::int as n from figures`),
    );
    total = Number(row?.n ?? 0);
  }
  return { rows: rows.map(toCounts), total };
}

/** Every row of the customers `p` names, by customer and product (one customer's products, an export batch). */
export async function selectFigures(db: Database, p: FigureParams): Promise<CountsRow[]> {
  const rows = rowsOf<FigureSql>(
    await db.execute(sql`with ${figureCtes(p)}
      select ${sql.raw(columns)} from figures order by customer_id, product`),
  );
  return rows.map(toCounts);
}

/** The portfolio's sums, its customers and those with a product whose active users exceed its entitlements. */
export async function selectPortfolioSums(db: Database, p: FigureParams) {
  const [row] = rowsOf<Record<string, number>>(
    await db.execute(sql`with ${figureCtes(p)}
      select count(distinct customer_id)::int as customers,
        count(distinct customer_id) filter (where active > entitlements)::int as customers_over,
        coalesce(sum(sold), 0)::int as sold, coalesce(sum(sold_by_others), 0)::int as sold_by_others,
        coalesce(sum(entitlements), 0)::int as entitlements, coalesce(sum(active), 0)::int as active,
        coalesce(sum(active_moved), 0)::int as active_moved, coalesce(sum(active_other), 0)::int as active_other,
        coalesce(sum(active_trial), 0)::int as active_trial, coalesce(sum(active_without), 0)::int as active_without
      from figures`),
  );
  const n = (key: string) => Number(row?.[key] ?? 0);
  return {
    customers: n('customers'),
    customersOver100: n('customers_over'),
    counts: {
      sold: n('sold'),
      soldByOthers: n('sold_by_others'),
      entitlements: n('entitlements'),
      active: n('active'),
      activeMoved: n('active_moved'),
      activeOnOtherSubscription: n('active_other'),
      activeOnTrial: n('active_trial'),
      activeWithoutEntitlement: n('active_without'),
    } satisfies ProductCounts,
  };
}

/** The products the portfolio holds (subscriptions or trials), for the product filter. */
export async function selectPortfolioProducts(db: Database, scope: Scope): Promise<string[]> {
  const rows = rowsOf<{ service_id: string }>(
    await db.execute(sql`with scoped as materialized (${scopedCustomers(scope)})
      select service_id from subscription_services where customer_id in (select customer_id from scoped)
      union select service_id from trial_services where customer_id in (select customer_id from scoped)
      order by 1`),
  );
  return rows.map((r) => r.service_id);
}

/** Weekly licence sums of the portfolio (the maintained licence_customer_weekly rollup). */
export async function selectInsightTrend(
  db: Database,
  scope: Scope,
  weeks: { from: string; to: string },
  product: string | undefined,
) {
  const rows = rowsOf<{ week_start: string | Date; total: number; assigned: number; used: number }>(
    await db.execute(sql`with scoped as materialized (${scopedCustomers(scope)})
      select week_start, sum(total)::int as total, sum(assigned)::int as assigned, sum(used)::int as used
      from licence_customer_weekly
      where customer_id in (select customer_id from scoped)
        and week_start between ${weeks.from}::date and ${weeks.to}::date
        ${product ? sql`and service_id = ${product}` : sql``}
      group by 1`),
  );
  return rows.map((r) => ({
    weekStart: typeof r.week_start === 'string' ? r.week_start.slice(0, 10) : r.week_start.toISOString().slice(0, 10),
    total: Number(r.total),
    assigned: Number(r.assigned),
    used: Number(r.used),
  }));
}

/** INS-5: the customer's how-to support requests opened in the last 90 days. */
export async function countHowToRequests(db: Database, customerId: string, now: Date): Promise<number> {
  const since = new Date(now.getTime() - HOW_TO_WINDOW_DAYS * DAY_MS);
  const [row] = rowsOf<{ n: number }>(
    await db.execute(sql`select count(*)::int as n from support_cases
      where customer_id = ${customerId}::uuid and is_how_to and opened_at >= ${ts(since)}`),
  );
  return Number(row?.n ?? 0);
}

/** The customer's name when the actor may see it (else null: not found). */
export async function selectVisibleCustomerName(db: Database, scope: Scope, customerId: string) {
  const [row] = rowsOf<{ name: string }>(
    await db.execute(sql`select o.name from organisations o
      where o.id = ${customerId}::uuid and o.kind = 'customer'
        and o.id in (select customer_id from (${scopedCustomers(scope)}) sc)`),
  );
  return row?.name ?? null;
}
