import { isConsumable } from '../../../domain/activity.ts';
import type { LogWorkRequest, SupportRequestDetail } from '../../../domain/contracts/activity.ts';
import type { Actor } from '../../../domain/roles.ts';
import { recordAudit } from '../../platform/audit.ts';
import { badRequest, notFound } from '../../platform/errors.ts';
import { ensureMayLogSupportWork } from './activity.policy.ts';
import type { ActivityDeps } from './activity-scope.ts';
import { findSupportRequest, insertConsumption, insertEvent, setRequestStatus } from './support-requests.queries.ts';
import { getSupportRequest } from './support-requests.ts';

/**
 * A vendor operator logs work on a support request and sets its status. Work on a consumable entitlement is a
 * consumption record against it (ACT-1, ACT-5); an additional benefit is never consumed, so its work is history.
 */
export async function logSupportWork(
  deps: ActivityDeps,
  actor: Actor,
  customerId: string,
  id: string,
  input: LogWorkRequest,
): Promise<SupportRequestDetail> {
  ensureMayLogSupportWork(actor);
  await deps.db.transaction(async (tx) => {
    const request = await findSupportRequest(tx, actor, customerId, id, true);
    if (!request) throw notFound('The support request');
    const consumes =
      request.entitlementId !== null && request.entitlementKind !== null && isConsumable(request.entitlementKind);
    if (input.quantity > 0 && !consumes) {
      throw badRequest('quantity', 'This request consumes nothing (no entitlement, or an additional benefit): log 0.');
    }
    const at = deps.clock.now();
    let consumptionId: string | null = null;
    if (consumes && input.quantity > 0 && request.entitlementId) {
      consumptionId = await insertConsumption(tx, {
        customerId,
        entitlementId: request.entitlementId,
        caseId: id,
        consumedOn: input.consumedOn,
        quantity: input.quantity,
        description: input.description,
        deliveredBy: 'Vendor Support',
      });
    }
    await insertEvent(tx, {
      customerId,
      caseId: id,
      kind: 'work_logged',
      at,
      byUserId: actor.userId,
      quantity: input.quantity,
      note: input.description,
    });
    if (input.status !== request.status) {
      await setRequestStatus(tx, { customerId, caseId: id, status: input.status, at });
      await insertEvent(tx, {
        customerId,
        caseId: id,
        kind: 'status_changed',
        at,
        byUserId: actor.userId,
        status: input.status,
      });
    }
    await recordAudit(tx, deps.clock, actor, {
      organisationId: customerId,
      action: 'support_request.work_logged',
      targetType: 'support_request',
      targetId: id,
      before: { status: request.status },
      after: { status: input.status, quantity: input.quantity, consumedOn: input.consumedOn, consumptionId },
    });
  });
  return getSupportRequest(deps, actor, customerId, id);
}
