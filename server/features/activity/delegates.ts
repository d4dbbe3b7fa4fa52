import type { DelegatesResponse } from '../../../domain/contracts/activity.ts';
import { type Actor, customerAdminRoles, type Role } from '../../../domain/roles.ts';
import { recordAudit } from '../../platform/audit.ts';
import { notFound } from '../../platform/errors.ts';
import { ensureMayDelegate } from './activity.policy.ts';
import { customerUsers, findCustomerUser, grantRole, revokeRole } from './activity.queries.ts';
import type { ActivityDeps } from './activity-scope.ts';

/** ACT-2: the users Customer activity can be delegated to (Administration → Manage users). */

const DELEGATES_LIMIT = 500;
const role: Role = 'customer_activity';
const isAdmin = (roles: readonly string[]) => roles.some((r) => (customerAdminRoles as readonly string[]).includes(r));

export async function listDelegates(deps: ActivityDeps, actor: Actor): Promise<DelegatesResponse> {
  ensureMayDelegate(actor);
  const users = await customerUsers(deps.db, actor.organisationId, DELEGATES_LIMIT);
  return {
    items: users.map((u) => ({
      id: u.id,
      name: u.name,
      email: u.email,
      isAdmin: isAdmin(u.roles),
      hasCustomerActivity: u.roles.includes(role),
      isMe: u.id === actor.userId,
    })),
  };
}

/** Gives (`granted`) or takes away the *customer activity* role of a user of the actor's organisation. */
export async function setCustomerActivityRole(
  deps: ActivityDeps,
  actor: Actor,
  userId: string,
  granted: boolean,
): Promise<void> {
  ensureMayDelegate(actor);
  await deps.db.transaction(async (tx) => {
    const user = await findCustomerUser(tx, actor.organisationId, userId);
    if (!user) throw notFound('The user');
    if (user.roles.includes(role) === granted) return;
    if (granted) {
      await grantRole(tx, {
        customerId: actor.organisationId,
        userId,
        role,
        byUserId: actor.userId,
        at: deps.clock.now(),
      });
    } else {
      await revokeRole(tx, { customerId: actor.organisationId, userId, role });
    }
    await recordAudit(tx, deps.clock, actor, {
      organisationId: actor.organisationId,
      action: granted ? 'activity.role_granted' : 'activity.role_removed',
      targetType: 'user',
      targetId: userId,
      before: { roles: user.roles },
      after: { roles: granted ? [...user.roles, role].sort() : user.roles.filter((r) => r !== role) },
    });
  });
}
