import type { InsightCustomer, NextStep } from '../../../domain/contracts/insights.ts';
import {
  hasLowAdoption,
  hasManyHowToRequests,
  nextStepResourceTypes,
  unusedLicences,
} from '../../../domain/insights.ts';
import type { Actor } from '../../../domain/roles.ts';
import { notFound } from '../../platform/errors.ts';
import { selectDataAsOf } from '../analytics/analytics.queries.ts';
import { suggestResources } from '../resources/suggest-resources.ts';
import { toInsightRow } from './insight-rows.ts';
import { countHowToRequests, selectFigures, selectVisibleCustomerName } from './insights.queries.ts';
import { type InsightDeps, insightFreshnessKinds, insightParams } from './insights-scope.ts';

/**
 * A customer's drill-down: its products' figures with the reasons for usage above 100 % (INS-2), and the next
 * steps (INS-5) for its poorly adopted products and its many how-to requests, with resources of the library.
 * A customer the actor may not see is not found.
 */
export async function getInsightCustomer(
  deps: InsightDeps,
  input: { actor: Actor; customerId: string },
): Promise<InsightCustomer> {
  const params = await insightParams(deps, input.actor, {});
  const customerName = await selectVisibleCustomerName(deps.db, params.scope, input.customerId);
  if (customerName === null) throw notFound('The customer');
  const [rows, howToRequests, dataAsOf] = await Promise.all([
    selectFigures(deps.db, { ...params, customers: { kind: 'one', id: input.customerId } }),
    countHowToRequests(deps.db, input.customerId, params.now),
    selectDataAsOf(deps.db, { ...params.scope }, insightFreshnessKinds),
  ]);
  const products = rows.map(toInsightRow);
  const steps: Omit<NextStep, 'resources'>[] = [
    ...products
      .filter((p) => hasLowAdoption(p))
      .map((p) => ({ problem: 'low_adoption' as const, product: p.product, count: unusedLicences(p) })),
    ...(hasManyHowToRequests(howToRequests)
      ? [{ problem: 'how_to_requests' as const, product: null, count: howToRequests }]
      : []),
  ];
  const nextSteps: NextStep[] = [];
  for (const step of steps) {
    const resources = await suggestResources(deps, {
      actor: input.actor,
      types: nextStepResourceTypes[step.problem],
      product: step.product,
    });
    nextSteps.push({ ...step, resources });
  }
  return { dataAsOf, customerId: input.customerId, customerName, products, howToRequests, nextSteps };
}
