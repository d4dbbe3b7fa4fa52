import type { Clock } from '../../../domain/clock.ts';
import type { InviteAdministratorRequest } from '../../../domain/contracts/administrators.ts';
import type { Actor } from '../../../domain/roles.ts';
import type { Database } from '../../platform/db.ts';
import { ensureManager, ensureRolesOfKind } from './administrators.policy.ts';
import { inviteMember } from './invite-member.ts';

/** ORG-2: an organisation's full administrator invites an administrator of that organisation by e-mail. */
export async function inviteAdministrator(
  deps: { db: Database; clock: Clock; publicUrl: string },
  actor: Actor,
  input: InviteAdministratorRequest,
): Promise<{ id: string }> {
  ensureManager(actor);
  ensureRolesOfKind(actor.organisationKind, input.roles);
  return deps.db.transaction((tx) => inviteMember(tx, deps, actor, { ...input, organisationId: actor.organisationId }));
}
