import { enterpriseLineIds, enterpriseLines, isActiveOn, totalUsage, usageOf } from '../../../domain/activity.ts';
import type { EnterpriseResponse } from '../../../domain/contracts/activity.ts';
import type { Actor } from '../../../domain/roles.ts';
import { ensureMayReadActivity } from './activity.policy.ts';
import { agreementsOfWorkspace, entitlementsOfAgreements } from './activity.queries.ts';
import { type ActivityDeps, requireWorkspace, todayOf } from './activity-scope.ts';

/**
 * ACT-3: the workspace's agreements (active ones marked) and the enterprise-wide packages' consumption summed
 * across its active agreements, per line (proactive services in hours delivered, on-demand support, …).
 */
export async function getEnterpriseOverview(
  deps: ActivityDeps,
  actor: Actor,
  workspaceId: string,
): Promise<EnterpriseResponse> {
  ensureMayReadActivity(actor);
  await requireWorkspace(deps.db, actor, workspaceId);
  const today = todayOf(deps.clock);
  const agreements = (await agreementsOfWorkspace(deps.db, actor.organisationId, workspaceId)).map((a) => ({
    id: a.id,
    number: a.number,
    name: a.name,
    startsOn: a.startsOn,
    endsOn: a.endsOn,
    active: isActiveOn(a, today),
  }));
  const entitlements = await entitlementsOfAgreements(
    deps.db,
    actor.organisationId,
    agreements.filter((a) => a.active).map((a) => a.id),
    'enterprise_wide',
  );
  const lines = enterpriseLineIds.map((line) => {
    const categories: readonly string[] = enterpriseLines[line];
    const ofLine = entitlements.filter((e) => categories.includes(e.category) && e.kind === 'consumable');
    return { line, unit: ofLine[0]?.unit ?? null, ...totalUsage(ofLine.map(usageOf)) };
  });
  return { agreements, lines };
}
