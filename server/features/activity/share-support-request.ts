import type { SupportRequestShares } from '../../../domain/contracts/activity.ts';
import type { Actor } from '../../../domain/roles.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Database } from '../../platform/db.ts';
import { notFound } from '../../platform/errors.ts';
import { ensureMayReadSupportRequests, ensureMayShare } from './activity.policy.ts';
import { customerUsers, findCustomerUser } from './activity.queries.ts';
import type { ActivityDeps } from './activity-scope.ts';
import { deleteShare, findSupportRequest, insertShare, sharesOf } from './support-requests.queries.ts';
import { ownershipOf } from './support-requests.ts';

/**
 * ACT-2's "the request was shared with them": the request's owner, its primary contact or an administrator
 * shares it with another user of the organisation, who then sees it; taking the share back hides it again.
 */

const CANDIDATES_LIMIT = 500;

/** The request, if the actor sees it (else 404) and may share it (else 403). */
async function requireShareable(db: Database, actor: Actor, customerId: string, id: string, lock = false) {
  ensureMayReadSupportRequests(actor);
  const request = await findSupportRequest(db, actor, customerId, id, lock);
  if (!request) throw notFound('The support request');
  ensureMayShare(actor, ownershipOf(actor, request));
  return request;
}

export async function listSupportRequestShares(
  deps: ActivityDeps,
  actor: Actor,
  customerId: string,
  id: string,
): Promise<SupportRequestShares> {
  await requireShareable(deps.db, actor, customerId, id);
  const items = await sharesOf(deps.db, customerId, id);
  const shared = new Set(items.map((u) => u.id));
  const users = await customerUsers(deps.db, customerId, CANDIDATES_LIMIT);
  return {
    items,
    candidates: users
      .filter((u) => u.id !== actor.userId && !shared.has(u.id))
      .map(({ id: userId, name, email }) => ({ id: userId, name, email })),
  };
}

export async function shareSupportRequest(
  deps: ActivityDeps,
  actor: Actor,
  customerId: string,
  id: string,
  userId: string,
): Promise<void> {
  await deps.db.transaction(async (tx) => {
    await requireShareable(tx, actor, customerId, id, true);
    if (!(await findCustomerUser(tx, customerId, userId))) throw notFound('The user');
    if (!(await insertShare(tx, { customerId, caseId: id, userId }))) return;
    await recordAudit(tx, deps.clock, actor, {
      organisationId: customerId,
      action: 'support_request.shared',
      targetType: 'support_request',
      targetId: id,
      after: { sharedWithUserId: userId },
    });
  });
}

export async function unshareSupportRequest(
  deps: ActivityDeps,
  actor: Actor,
  customerId: string,
  id: string,
  userId: string,
): Promise<void> {
  await deps.db.transaction(async (tx) => {
    await requireShareable(tx, actor, customerId, id, true);
    if (!(await deleteShare(tx, { customerId, caseId: id, userId }))) return;
    await recordAudit(tx, deps.clock, actor, {
      organisationId: customerId,
      action: 'support_request.unshared',
      targetType: 'support_request',
      targetId: id,
      before: { sharedWithUserId: userId },
    });
  });
}
