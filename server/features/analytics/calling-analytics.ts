import {
  addWeeks,
  callingPeriodWeeks,
  isoDay,
  lastCompletedWeek,
  percentOf,
  queueAverages,
} from '../../../domain/analytics.ts';
import { callFeatures, type EndpointType, endpointTypes } from '../../../domain/call-quality.ts';
import type { Clock } from '../../../domain/clock.ts';
import {
  type CallingOverview,
  type CallingRow,
  type CallingTable,
  type CallingTableResponse,
  type callingQuery,
  callingTableColumns,
  type callingTableQuery,
} from '../../../domain/contracts/analytics.ts';
import type { Actor } from '../../../domain/roles.ts';
import type { Database } from '../../platform/db.ts';
import { badRequest } from '../../platform/errors.ts';
import type { ExportColumn, TableExport } from '../../platform/table-export.ts';
import { type Paging, type Scope, selectDataAsOf } from './analytics.queries.ts';
import { analyticsScope } from './analytics-scope.ts';
import { type CallingContext, selectCallingOverview, selectCallingTable } from './calling.queries.ts';

type Deps = { db: Database; clock: Clock };
type CallingInput = ReturnType<(typeof callingQuery)['parse']>;
type TableInput = ReturnType<(typeof callingTableQuery)['parse']>;

function contextOf(scope: Scope, now: Date): CallingContext & { weeks: Date[] } {
  const weeks = callingPeriodWeeks(now);
  const last = lastCompletedWeek(now);
  return { scope, now, weeks, first: weeks[0] as Date, last, previous: addWeeks(last, -1) };
}

/** CAL-1 usage volume, CAL-3 quality trend, CAL-4 quality by endpoint, CAL-6 feature use, over the period. */
export async function getCallingOverview(deps: Deps, actor: Actor, query: CallingInput): Promise<CallingOverview> {
  const scope = await analyticsScope(deps.db, actor, query.partnerId);
  const c = contextOf(scope, deps.clock.now());
  const [o, dataAsOf] = await Promise.all([
    selectCallingOverview(deps.db, c),
    selectDataAsOf(deps.db, scope, ['calls', 'licence-assignments']),
  ]);
  const volume = new Map(o.volume.map((r) => [r.weekStart, r]));
  const quality = new Map(o.quality.map((r) => [r.weekStart, r]));
  const endpoints = new Map(o.endpoints.map((r) => [r.endpointType, r]));
  const features = new Map(o.features.map((r) => [r.feature, r.calls]));
  const weeks = c.weeks.map(isoDay);
  return {
    dataAsOf,
    weeks,
    customers: o.customers,
    usageVolume: weeks.map((weekStart) => ({
      weekStart,
      none: volume.get(weekStart)?.none ?? 0,
      calls1to5: volume.get(weekStart)?.calls1to5 ?? 0,
      calls6to20: volume.get(weekStart)?.calls6to20 ?? 0,
      over20: volume.get(weekStart)?.over20 ?? 0,
    })),
    qualityTrend: weeks.map((weekStart) => {
      const q = quality.get(weekStart) ?? { legs: 0, poorLegs: 0 };
      return { weekStart, legs: q.legs, poorLegs: q.poorLegs, poorPct: percentOf(q.poorLegs, q.legs) };
    }),
    qualityByEndpoint: endpointTypes.map((endpointType: EndpointType) => {
      const e = endpoints.get(endpointType) ?? { legs: 0, poorLegs: 0 };
      return { endpointType, legs: e.legs, poorLegs: e.poorLegs, poorPct: percentOf(e.poorLegs, e.legs) };
    }),
    features: {
      customers: o.queueCustomers,
      items: callFeatures.map((feature) => ({ feature, calls: features.get(feature) ?? 0 })),
    },
  };
}

function pagingOf(table: CallingTable, query: Pick<TableInput, 'sort' | 'page' | 'pageSize'>): Paging {
  const sort = query.sort.replace(/^-/, '');
  if (!(callingTableColumns[table] as readonly string[]).includes(sort)) {
    throw badRequest('sort', `Unknown sort column for ${table}; one of ${callingTableColumns[table].join(', ')}`);
  }
  return {
    sort,
    descending: query.sort.startsWith('-'),
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  };
}

/** CAL-2 (usage, last completed week), CAL-5 (quality, the period), CAL-7 (queues, last completed week). */
export async function getCallingTable(
  deps: Deps,
  actor: Actor,
  table: CallingTable,
  query: TableInput,
): Promise<CallingTableResponse> {
  const scope = await analyticsScope(deps.db, actor, query.partnerId);
  const paging = pagingOf(table, query);
  const c = contextOf(scope, deps.clock.now());
  const [result, dataAsOf] = await Promise.all([
    selectCallingTable(deps.db, table, c, paging),
    selectDataAsOf(deps.db, scope, ['calls', 'licence-assignments']),
  ]);
  const averages = result.queueSums ? queueAverages(result.queueSums) : null;
  return {
    dataAsOf,
    table,
    weeks: table === 'quality' ? c.weeks.map(isoDay) : [isoDay(c.last)],
    queueKpis: averages,
    items: result.items.map((r) => ({ ...r, worstEndpoint: r.worstEndpoint as EndpointType | null })),
    total: result.total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

const round1 = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);
const csvColumns: Record<string, ExportColumn<CallingRow>> = {
  customer: { header: 'Customer', type: 'text', value: (r) => r.customerName },
  calls: { header: 'Calls', type: 'number', value: (r) => r.calls },
  minutes: { header: 'Minutes', type: 'number', value: (r) => round1(r.minutes) },
  activeUsers: { header: 'Active calling users', type: 'number', value: (r) => r.activeUsers },
  licences: { header: 'Licences', type: 'number', value: (r) => r.licences },
  callsChangePct: {
    header: 'Calls change vs previous week %',
    type: 'percent',
    value: (r) => round1(r.callsChangePct),
  },
  poorCalls: { header: 'Poor calls', type: 'number', value: (r) => r.poorCalls },
  poorPct: { header: 'Poor %', type: 'percent', value: (r) => round1(r.poorPct) },
  worstEndpoint: { header: 'Worst endpoint type', type: 'text', value: (r) => r.worstEndpoint },
  avgAnswerSeconds: { header: 'Average time to answer (s)', type: 'number', value: (r) => round1(r.avgAnswerSeconds) },
  avgAbandonWaitSeconds: {
    header: 'Average wait before abandon (s)',
    type: 'number',
    value: (r) => round1(r.avgAbandonWaitSeconds),
  },
  abandonedPct: { header: 'Abandoned %', type: 'percent', value: (r) => round1(r.abandonedPct) },
};

const EXPORT_BATCH = 1000;

/** a calling table (CSV or XLSX) in the requested sort, read in batches as they are consumed. */
export async function exportCallingTable(
  deps: Deps,
  actor: Actor,
  table: CallingTable,
  query: TableInput,
): Promise<TableExport<CallingRow>> {
  const scope = await analyticsScope(deps.db, actor, query.partnerId);
  const paging = pagingOf(table, { ...query, page: 1, pageSize: EXPORT_BATCH });
  const c = contextOf(scope, deps.clock.now());
  const columns = callingTableColumns[table].map((k) => csvColumns[k] as ExportColumn<CallingRow>);
  async function* rows(): AsyncGenerator<CallingRow> {
    for (let offset = 0; ; offset += EXPORT_BATCH) {
      const { items } = await selectCallingTable(deps.db, table, c, { ...paging, offset });
      for (const row of items) yield row as CallingRow;
      if (items.length < EXPORT_BATCH) return;
    }
  }
  return { fileName: `calling-${table}`, columns, rows: rows() };
}
