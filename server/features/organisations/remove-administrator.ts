import type { Clock } from '../../../domain/clock.ts';
import { type Actor, fullAdminRoleOf } from '../../../domain/roles.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Database } from '../../platform/db.ts';
import { notFound } from '../../platform/errors.ts';
import { ensureFullAdminKept, ensureManager } from './administrators.policy.ts';
import { countOtherActiveHolders, disableUser, findMember, removeAllRoles } from './administrators.queries.ts';

/**
 * ORG-2: remove an administrator. A partner's or the vendor's admin is disabled (signed out, no roles, no
 * customer assignments) and kept for the audit history; a customer's admin loses the administrator roles and
 * stays a user of the organisation (its licences are the customer's business).
 */
export async function removeAdministrator(deps: { db: Database; clock: Clock }, actor: Actor, userId: string) {
  ensureManager(actor);
  await deps.db.transaction(async (tx) => {
    const member = await findMember(tx, actor.organisationId, userId);
    if (!member || member.status === 'disabled' || member.roles.length === 0) throw notFound('The administrator');
    const fullRole = fullAdminRoleOf(actor.organisationKind);
    ensureFullAdminKept({
      actor,
      targetUserId: userId,
      losesFullAdmin: fullRole !== null && member.roles.includes(fullRole),
      otherActiveFullAdmins: fullRole ? await countOtherActiveHolders(tx, actor.organisationId, fullRole, userId) : 0,
    });
    let unassignedFrom: string[] = [];
    if (actor.organisationKind === 'customer') await removeAllRoles(tx, actor.organisationId, userId);
    else unassignedFrom = await disableUser(tx, actor.organisationId, userId);
    await recordAudit(tx, deps.clock, actor, {
      organisationId: actor.organisationId,
      action: 'administrator.removed',
      targetType: 'user',
      targetId: userId,
      before: { email: member.email, name: member.name, roles: member.roles, assignedCustomers: unassignedFrom },
    });
  });
}
