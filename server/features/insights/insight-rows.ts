import type { InsightRow } from '../../../domain/contracts/insights.ts';
import { productFigures } from '../../../domain/insights.ts';
import type { CountsRow } from './insights.queries.ts';

/** A row of counts as the API shows it: the figures and the causes domain/insights.ts decides. */
export function toInsightRow(r: CountsRow): InsightRow {
  const { customerId, customerName, product, ...counts } = r;
  return { customerId, customerName, product, ...productFigures(counts) };
}
