import { isoDay, percentOf, trendWeeks, weekStartUtc } from '../../../domain/analytics.ts';
import type { InsightsOverview, insightsQuery } from '../../../domain/contracts/insights.ts';
import { productFigures } from '../../../domain/insights.ts';
import type { Actor } from '../../../domain/roles.ts';
import { selectDataAsOf } from '../analytics/analytics.queries.ts';
import { selectInsightTrend, selectPortfolioProducts, selectPortfolioSums } from './insights.queries.ts';
import { type InsightDeps, insightFreshnessKinds, insightParams } from './insights-scope.ts';

type Query = ReturnType<(typeof insightsQuery)['parse']>;

/** INS-1…INS-3 across the portfolio: its KPIs, its products and the weekly deployment and usage trend. */
export async function getInsights(deps: InsightDeps, input: { actor: Actor; query: Query }): Promise<InsightsOverview> {
  const params = await insightParams(deps, input.actor, input.query);
  const weeks = trendWeeks(params.now);
  const [sums, products, trendRows, dataAsOf] = await Promise.all([
    selectPortfolioSums(deps.db, params),
    selectPortfolioProducts(deps.db, params.scope),
    selectInsightTrend(
      deps.db,
      params.scope,
      { from: isoDay(weeks[0] as Date), to: isoDay(weeks.at(-1) as Date) },
      input.query.product,
    ),
    selectDataAsOf(deps.db, params.scope, insightFreshnessKinds),
  ]);
  const byWeek = new Map(trendRows.map((r) => [r.weekStart, r]));
  const current = isoDay(weekStartUtc(params.now));
  return {
    dataAsOf,
    kpis: { customers: sums.customers, customersOver100: sums.customersOver100, ...productFigures(sums.counts) },
    products,
    trend: weeks.map((w) => {
      const weekStart = isoDay(w);
      const row = byWeek.get(weekStart) ?? { total: 0, assigned: 0, used: 0 };
      return {
        weekStart,
        total: row.total,
        assigned: row.assigned,
        used: row.used,
        deploymentPct: percentOf(row.assigned, row.total),
        usagePct: percentOf(row.used, row.assigned),
        partial: weekStart === current,
      };
    }),
  };
}
