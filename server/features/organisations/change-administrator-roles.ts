import type { Clock } from '../../../domain/clock.ts';
import { type Actor, fullAdminRoleOf, type Role } from '../../../domain/roles.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Database } from '../../platform/db.ts';
import { notFound } from '../../platform/errors.ts';
import { ensureFullAdminKept, ensureManager, ensureRolesOfKind } from './administrators.policy.ts';
import { countOtherActiveHolders, findMember, replaceRoles } from './administrators.queries.ts';

/** ROL-7: a full administrator sets the roles of a user of the organisation (all of them at once). */
export async function changeAdministratorRoles(
  deps: { db: Database; clock: Clock },
  actor: Actor,
  userId: string,
  roles: readonly Role[],
): Promise<void> {
  ensureManager(actor);
  ensureRolesOfKind(actor.organisationKind, roles);
  await deps.db.transaction(async (tx) => {
    const member = await findMember(tx, actor.organisationId, userId);
    if (!member || member.status === 'disabled') throw notFound('The administrator');
    const fullRole = fullAdminRoleOf(actor.organisationKind);
    const losesFullAdmin = fullRole !== null && member.roles.includes(fullRole) && !roles.includes(fullRole);
    ensureFullAdminKept({
      actor,
      targetUserId: userId,
      losesFullAdmin,
      otherActiveFullAdmins: fullRole ? await countOtherActiveHolders(tx, actor.organisationId, fullRole, userId) : 0,
    });
    const unchanged = member.roles.length === roles.length && roles.every((r) => member.roles.includes(r));
    if (unchanged) return;
    await replaceRoles(tx, {
      organisationId: actor.organisationId,
      userId,
      roles,
      grantedByUserId: actor.userId,
      at: deps.clock.now(),
    });
    await recordAudit(tx, deps.clock, actor, {
      organisationId: actor.organisationId,
      action: 'administrator.roles_changed',
      targetType: 'user',
      targetId: userId,
      before: { roles: member.roles },
      after: { roles },
    });
  });
}
