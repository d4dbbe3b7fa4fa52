import type {
  InsightColumn,
  InsightCustomersResponse,
  insightCustomersQuery,
} from '../../../domain/contracts/insights.ts';
import type { Actor } from '../../../domain/roles.ts';
import { selectDataAsOf } from '../analytics/analytics.queries.ts';
import { toInsightRow } from './insight-rows.ts';
import { selectFigurePage } from './insights.queries.ts';
import { type InsightDeps, insightFreshnessKinds, insightParams } from './insights-scope.ts';

type Query = ReturnType<(typeof insightCustomersQuery)['parse']>;

/** INS-1: one page of the customer table (a row per customer and product), searched, filtered and sorted. */
export async function listInsightCustomers(
  deps: InsightDeps,
  input: { actor: Actor; query: Query },
): Promise<InsightCustomersResponse> {
  const { query } = input;
  const params = { ...(await insightParams(deps, input.actor, query)), search: query.q || undefined };
  const [{ rows, total }, dataAsOf] = await Promise.all([
    selectFigurePage(deps.db, params, {
      sort: query.sort.replace(/^-/, '') as InsightColumn,
      descending: query.sort.startsWith('-'),
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    }),
    selectDataAsOf(deps.db, params.scope, insightFreshnessKinds),
  ]);
  return { dataAsOf, items: rows.map(toInsightRow), total, page: query.page, pageSize: query.pageSize };
}
