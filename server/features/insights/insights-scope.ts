import type { Clock } from '../../../domain/clock.ts';
import { activeSince } from '../../../domain/insights.ts';
import type { Actor } from '../../../domain/roles.ts';
import { ensure } from '../../platform/access.ts';
import type { Database } from '../../platform/db.ts';
import { analyticsScope } from '../analytics/analytics-scope.ts';
import { mayReadInsights } from './insights.policy.ts';
import type { FigureParams } from './insights.queries.ts';

export type InsightDeps = { db: Database; clock: Clock };

/** The usage kinds the figures come from ("data as of"). */
export const insightFreshnessKinds = ['calls', 'meetings', 'licence-assignments'] as const;

/**
 * Checks the actor may read insights and resolves the customers they cover: a partner's (only those a partner
 * administrator created or is assigned to, ROL-2), or the vendor's (all, or one partner's).
 */
export async function insightParams(
  deps: InsightDeps,
  actor: Actor,
  query: { partnerId?: string | undefined; product?: string | undefined },
): Promise<FigureParams> {
  ensure(mayReadInsights(actor), 'Insights are for partner administrators and vendor operators.');
  const scope = await analyticsScope(deps.db, actor, query.partnerId);
  const now = deps.clock.now();
  return { scope, now, since: activeSince(now), product: query.product };
}
