import { additionalCaseReasonsOf } from '../../../domain/activity.ts';
import type { AdditionalCasesResponse } from '../../../domain/contracts/activity.ts';
import type { Actor } from '../../../domain/roles.ts';
import { ensureMayReadActivity } from './activity.policy.ts';
import { additionalCaseCandidates } from './activity.queries.ts';
import { type ActivityDeps, requireWorkspace, todayOf } from './activity-scope.ts';
import { visibleSupportRequests } from './support-requests.queries.ts';

const ADDITIONAL_CASES_LIMIT = 500;

/** ACT-6: the workspace's additional cases with why each is one, among the requests the actor sees (ACT-2). */
export async function getAdditionalCases(
  deps: ActivityDeps,
  actor: Actor,
  workspaceId: string,
): Promise<AdditionalCasesResponse> {
  ensureMayReadActivity(actor);
  await requireWorkspace(deps.db, actor, workspaceId);
  const today = todayOf(deps.clock);
  const candidates = await additionalCaseCandidates(deps.db, {
    customerId: actor.organisationId,
    workspaceId,
    today,
    visible: visibleSupportRequests(actor),
    limit: ADDITIONAL_CASES_LIMIT + 1,
  });
  const items = candidates.slice(0, ADDITIONAL_CASES_LIMIT).map((c) => ({
    id: c.id,
    number: c.number,
    title: c.title,
    status: c.status,
    openedAt: new Date(c.openedAt).toISOString(),
    serviceName: c.serviceName,
    classification: c.classification,
    agreementNumber: c.agreementNumber,
    reasons: additionalCaseReasonsOf(
      {
        agreement:
          c.agreementWorkspaceId && c.agreementEndsOn
            ? { workspaceId: c.agreementWorkspaceId, endsOn: c.agreementEndsOn }
            : null,
        packageExists: c.packageExists,
        serviceName: c.serviceName,
        classification: c.classification,
      },
      workspaceId,
      today,
    ),
  }));
  const counts = new Map<string | null, number>();
  for (const item of items) counts.set(item.serviceName, (counts.get(item.serviceName) ?? 0) + 1);
  return {
    byService: [...counts].map(([serviceName, count]) => ({ serviceName, count })),
    items,
    truncated: candidates.length > ADDITIONAL_CASES_LIMIT,
  };
}
