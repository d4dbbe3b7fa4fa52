import {
  type AnalyticsProduct,
  analyticsWindows,
  daysBetween,
  isoDay,
  lastCompletedWeek,
  licenceBreakdown,
  percentOf,
  sectionEndsSoon,
  trendWeeks,
  weekStartUtc,
  wholeMonthsBetween,
} from '../../../domain/analytics.ts';
import type { Clock } from '../../../domain/clock.ts';
import {
  type productQuery,
  type SectionKpis,
  type SectionResponse,
  type SectionRow,
  type SubscriptionOverview,
  type SubscriptionSection,
  sectionColumns,
  type sectionQuery,
} from '../../../domain/contracts/analytics.ts';
import type { Actor } from '../../../domain/roles.ts';
import type { Database } from '../../platform/db.ts';
import { badRequest } from '../../platform/errors.ts';
import type { ExportColumn, TableExport } from '../../platform/table-export.ts';
import { type Paging, type Scope, selectDataAsOf, selectTimeZone } from './analytics.queries.ts';
import { analyticsScope } from './analytics-scope.ts';
import {
  type LicenceQueryContext,
  type SectionKpiSums,
  type SectionRowSql,
  selectLicenceTrend,
  selectSection,
  selectSubscriptionKpis,
} from './licences.queries.ts';

type Deps = { db: Database; clock: Clock };
type ProductInput = ReturnType<(typeof productQuery)['parse']>;
type SectionInput = ReturnType<(typeof sectionQuery)['parse']>;

/** The usage kinds a product's licence figures come from ("data as of"). */
const freshnessKinds: Record<AnalyticsProduct, string[]> = {
  calling: ['calls', 'licence-assignments'],
  meetings: ['meetings', 'licence-assignments'],
};

async function contextOf(deps: Deps, scope: Scope, product: AnalyticsProduct) {
  const now = deps.clock.now();
  // windows and day counts in the viewer's organisation's time zone.
  const timeZone = await selectTimeZone(deps.db, scope.actor.organisationId);
  const windows = analyticsWindows(now, timeZone);
  const context: LicenceQueryContext = {
    scope,
    product,
    now,
    addedSince: windows.addedSince,
    endsBefore: windows.endsBefore,
    lastCompletedWeek: lastCompletedWeek(now),
  };
  return { context, timeZone };
}

/** ANA-1 KPIs and the ANA-2 licence distribution trend. */
export async function getSubscriptionOverview(
  deps: Deps,
  actor: Actor,
  query: ProductInput,
): Promise<SubscriptionOverview> {
  const scope = await analyticsScope(deps.db, actor, query.partnerId);
  const { context } = await contextOf(deps, scope, query.product);
  const weeks = trendWeeks(context.now);
  const [kpis, trendRows, dataAsOf] = await Promise.all([
    selectSubscriptionKpis(deps.db, context),
    selectLicenceTrend(deps.db, scope, query.product, { from: weeks[0] as Date, to: weeks.at(-1) as Date }),
    selectDataAsOf(deps.db, scope, freshnessKinds[query.product]),
  ]);
  const byWeek = new Map(trendRows.map((r) => [r.weekStart, r]));
  const current = isoDay(weekStartUtc(context.now));
  return {
    dataAsOf,
    product: query.product,
    kpis,
    trend: weeks.map((w) => {
      const weekStart = isoDay(w);
      const row = byWeek.get(weekStart);
      return {
        weekStart,
        total: row?.total ?? 0,
        assigned: row?.assigned ?? 0,
        used: row?.used ?? 0,
        partial: weekStart === current,
      };
    }),
  };
}

function parsePaging(section: SubscriptionSection, query: Pick<SectionInput, 'sort' | 'page' | 'pageSize'>) {
  const sort = query.sort.replace(/^-/, '');
  if (!(sectionColumns[section] as readonly string[]).includes(sort)) {
    throw badRequest('sort', `Unknown sort column for ${section}; one of ${sectionColumns[section].join(', ')}`);
  }
  return {
    sort,
    descending: query.sort.startsWith('-'),
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  } satisfies Paging;
}

function kpisOf(s: SectionKpiSums): SectionKpis {
  return {
    customers: s.customers,
    totalLicences: s.total,
    assignmentPct: percentOf(s.assigned, s.total),
    usagePct: percentOf(s.used, s.total),
    usageWhenAssignedPct: percentOf(s.used, s.assigned),
    unassignedLicences: s.unassigned,
    overageLicences: s.overage,
    customersWithOverage: s.over_customers,
    avgOveragePerCustomer: s.over_customers > 0 ? s.overage / s.over_customers : null,
  };
}

function toSectionRow(r: SectionRowSql, now: Date, timeZone: string): SectionRow {
  const addedAt = new Date(r.added_at);
  const endsAt = new Date(r.ends_at);
  const b = licenceBreakdown({ total: r.total, assigned: r.assigned, used: r.used });
  const daysToEnd = daysBetween(now, endsAt, timeZone);
  return {
    customerId: r.customer_id,
    customerName: r.customer_name,
    kind: r.kind,
    id: r.id,
    number: r.number,
    addedAt: addedAt.toISOString(),
    endsAt: endsAt.toISOString(),
    autoRenew: r.auto_renew,
    daysSinceAdded: daysBetween(addedAt, now, timeZone),
    daysToEnd,
    endsSoon: sectionEndsSoon(daysToEnd),
    monthsSinceAdded: wholeMonthsBetween(addedAt, now),
    monthsLeft: wholeMonthsBetween(now, endsAt),
    total: b.total,
    assigned: b.assigned,
    used: b.used,
    available: b.available,
    assignedPct: b.assignedPct,
    usedPct: b.usedPct,
    usedLast90Days: r.used90,
    assignmentChange: r.assignment_change,
    usageChange: r.usage_change,
  };
}

/** ANA-3…ANA-7: a section's KPIs and one page of its table. */
export async function getSubscriptionSection(
  deps: Deps,
  actor: Actor,
  section: SubscriptionSection,
  query: SectionInput,
): Promise<SectionResponse> {
  const scope = await analyticsScope(deps.db, actor, query.partnerId);
  const paging = parsePaging(section, query);
  const { context, timeZone } = await contextOf(deps, scope, query.product);
  const [{ sums, items }, dataAsOf] = await Promise.all([
    selectSection(deps.db, context, section, paging),
    selectDataAsOf(deps.db, scope, freshnessKinds[query.product]),
  ]);
  return {
    dataAsOf,
    product: query.product,
    section,
    kpis: kpisOf(sums),
    items: items.map((r) => toSectionRow(r, context.now, timeZone)),
    total: sums.rows,
    page: query.page,
    pageSize: query.pageSize,
  };
}

const pct = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);

/** Export columns of each table column; the licence bar becomes its three numbers. */
const exportColumns: Record<string, ExportColumn<SectionRow>[]> = {
  customer: [{ header: 'Customer', type: 'text', value: (r) => r.customerName }],
  subscription: [{ header: 'Subscription', type: 'text', value: (r) => r.number }],
  daysSinceAdded: [{ header: 'Days since added', type: 'number', value: (r) => r.daysSinceAdded }],
  daysToEnd: [{ header: 'Days to end', type: 'number', value: (r) => r.daysToEnd }],
  monthsSinceAdded: [{ header: 'Months since added', type: 'number', value: (r) => r.monthsSinceAdded }],
  monthsLeft: [{ header: 'Months left', type: 'number', value: (r) => r.monthsLeft }],
  autoRenew: [{ header: 'Auto-renew', type: 'text', value: (r) => (r.autoRenew ? 'yes' : 'no') }],
  total: [{ header: 'Total licences', type: 'number', value: (r) => r.total }],
  licences: [
    { header: 'Used', type: 'number', value: (r) => r.used },
    { header: 'Assigned', type: 'number', value: (r) => r.assigned },
    { header: 'Available', type: 'number', value: (r) => r.available },
  ],
  assigned: [
    { header: 'Assigned', type: 'number', value: (r) => r.assigned },
    { header: 'Assigned %', type: 'percent', value: (r) => pct(r.assignedPct) },
  ],
  used: [
    { header: 'Used', type: 'number', value: (r) => r.used },
    { header: 'Used %', type: 'percent', value: (r) => pct(r.usedPct) },
  ],
  usedLast90Days: [{ header: 'Used in last 3 months', type: 'number', value: (r) => r.usedLast90Days }],
  assignmentChange: [{ header: 'Weekly assignment change', type: 'number', value: (r) => r.assignmentChange }],
  usageChange: [{ header: 'Weekly usage change', type: 'number', value: (r) => r.usageChange }],
};

const EXPORT_BATCH = 1000;

/** a section's whole table (CSV or XLSX) in the requested sort, read in batches as they are consumed. */
export async function exportSubscriptionSection(
  deps: Deps,
  actor: Actor,
  section: SubscriptionSection,
  query: SectionInput,
): Promise<TableExport<SectionRow>> {
  const scope = await analyticsScope(deps.db, actor, query.partnerId);
  const paging = parsePaging(section, { ...query, page: 1, pageSize: EXPORT_BATCH });
  const { context, timeZone } = await contextOf(deps, scope, query.product);
  async function* rows(): AsyncGenerator<SectionRow> {
    for (let offset = 0; ; offset += EXPORT_BATCH) {
      const { items } = await selectSection(deps.db, context, section, { ...paging, offset }, false);
      for (const row of items) yield toSectionRow(row, context.now, timeZone);
      if (items.length < EXPORT_BATCH) return;
    }
  }
  return {
    fileName: `${section}-${query.product}`,
    columns: sectionColumns[section].flatMap((c) => exportColumns[c] ?? []),
    rows: rows(),
  };
}
