import type { InsightRow, insightExportQuery } from '../../../domain/contracts/insights.ts';
import type { Actor } from '../../../domain/roles.ts';
import type { ExportColumn, TableExport } from '../../platform/table-export.ts';
import { selectDataAsOf } from '../analytics/analytics.queries.ts';
import { toInsightRow } from './insight-rows.ts';
import { selectCustomerBatch, selectFigures } from './insights.queries.ts';
import { type InsightDeps, insightFreshnessKinds, insightParams } from './insights-scope.ts';

type Query = ReturnType<(typeof insightExportQuery)['parse']>;

/** Customers per statement while streaming: memory and each statement's cost stay bounded by the batch. */
const CUSTOMER_BATCH = 2000;

const pct = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);

function columnsOf(dataAsOf: string | null): ExportColumn<InsightRow>[] {
  return [
    { header: 'Customer', type: 'text', value: (r) => r.customerName },
    { header: 'Customer id', type: 'text', value: (r) => r.customerId, width: 38 },
    { header: 'Product', type: 'text', value: (r) => r.product, width: 18 },
    { header: 'Licences sold', type: 'number', value: (r) => r.sold },
    { header: 'Sold by other sellers', type: 'number', value: (r) => r.soldByOthers },
    { header: 'Entitlements (assigned)', type: 'number', value: (r) => r.entitlements },
    { header: 'Active users (28 days)', type: 'number', value: (r) => r.active },
    { header: 'Deployment %', type: 'percent', value: (r) => pct(r.deploymentPct) },
    { header: 'Usage %', type: 'percent', value: (r) => pct(r.usagePct) },
    { header: 'Usage above 100 % because', type: 'text', value: (r) => r.causes.join(' ') || null, width: 40 },
    { header: 'Data as of', type: 'timestamp', value: () => dataAsOf },
  ];
}

/**
 * INS-4: the whole portfolio's deployment and usage figures, a row per customer and product, read by customer
 * keyset in batches as the client consumes them (`sendTableExport` streams them as CSV or XLSX).
 */
export async function exportInsights(
  deps: InsightDeps,
  input: { actor: Actor; query: Query },
  batch = CUSTOMER_BATCH,
): Promise<TableExport<InsightRow>> {
  const params = await insightParams(deps, input.actor, input.query);
  const dataAsOf = await selectDataAsOf(deps.db, params.scope, insightFreshnessKinds);
  async function* rows(): AsyncGenerator<InsightRow> {
    let after: string | null = null;
    for (;;) {
      const ids = await selectCustomerBatch(deps.db, params.scope, after, batch);
      if (ids.length === 0) return;
      for (const row of await selectFigures(deps.db, { ...params, customers: { kind: 'batch', ids } })) {
        yield toInsightRow(row);
      }
      if (ids.length < batch) return;
      after = ids.at(-1) ?? null;
    }
  }
  return { fileName: 'insights', sheetName: 'Insights', columns: columnsOf(dataAsOf), rows: rows() };
}
