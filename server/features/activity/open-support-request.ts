import type { OpenSupportRequestRequest, SupportRequestDetail } from '../../../domain/contracts/activity.ts';
import type { Actor } from '../../../domain/roles.ts';
import { recordAudit } from '../../platform/audit.ts';
import { badRequest } from '../../platform/errors.ts';
import { ensureMayOpenSupportRequest } from './activity.policy.ts';
import type { ActivityDeps } from './activity-scope.ts';
import { findEntitlement, insertEvent, insertSupportRequest, nextRequestNumber } from './support-requests.queries.ts';
import { getSupportRequest } from './support-requests.ts';

/**
 * A customer's user opens a support request against one of its entitlements (the "link to act" of ACT-5); the
 * user is its primary contact, so sees it (ACT-2). Work logged on it later consumes that entitlement.
 */
export async function openSupportRequest(
  deps: ActivityDeps,
  actor: Actor,
  input: OpenSupportRequestRequest,
): Promise<SupportRequestDetail> {
  ensureMayOpenSupportRequest(actor);
  const id = await deps.db.transaction(async (tx) => {
    const entitlement = await findEntitlement(tx, actor.organisationId, input.entitlementId);
    if (!entitlement) throw badRequest('entitlementId', 'There is no such entitlement in your agreements.');
    const at = deps.clock.now();
    const number = await nextRequestNumber(tx);
    const caseId = await insertSupportRequest(tx, {
      customerId: actor.organisationId,
      number,
      title: input.title,
      severity: input.severity,
      entitlement,
      userId: actor.userId,
      at,
    });
    await insertEvent(tx, {
      customerId: actor.organisationId,
      caseId,
      kind: 'opened',
      at,
      byUserId: actor.userId,
      status: 'open',
      note: input.description ?? null,
    });
    await recordAudit(tx, deps.clock, actor, {
      organisationId: actor.organisationId,
      action: 'support_request.opened',
      targetType: 'support_request',
      targetId: caseId,
      after: { number, title: input.title, severity: input.severity, entitlementId: entitlement.id },
    });
    return caseId;
  });
  return getSupportRequest(deps, actor, actor.organisationId, id);
}
