import type { Clock } from '../../../domain/clock.ts';
import type { InviteAdministratorRequest } from '../../../domain/contracts/administrators.ts';
import type { Actor } from '../../../domain/roles.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Database } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import { enqueueEmails } from '../../platform/mail/outbox.ts';
import { administratorInvitationEmail } from './administrator-emails.ts';
import { ensureManager, ensureRolesOfKind } from './administrators.policy.ts';
import { findUserByEmail, insertInvitedUser, reinviteUser, replaceRoles } from './administrators.queries.ts';

const emailTaken = () =>
  new AppError(409, 'email_taken', 'Someone with this e-mail address already has an account.', 'email');

const isUniqueViolation = (error: unknown): boolean =>
  (error as { code?: string })?.code === '23505' || (error as { cause?: { code?: string } })?.cause?.code === '23505';

/**
 * ORG-2: invite an administrator by e-mail with roles; the user is created with status invited and the invitation
 * e-mail is queued in the same transaction (NOT-1). An e-mail that
 * already belongs to someone is a 409 naming `email` — except an admin removed from this very organisation,
 * who is invited again.
 */
export async function inviteAdministrator(
  deps: { db: Database; clock: Clock },
  actor: Actor,
  input: InviteAdministratorRequest,
): Promise<{ id: string }> {
  ensureManager(actor);
  ensureRolesOfKind(actor.organisationKind, input.roles);
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const existing = await findUserByEmail(tx, input.email);
    const returning = existing?.organisationId === actor.organisationId && existing.status === 'disabled';
    if (existing && !returning) throw emailTaken();
    let userId: string;
    if (existing) {
      userId = existing.id;
      await reinviteUser(tx, userId, input.name);
    } else {
      userId = await insertInvitedUser(tx, {
        organisationId: actor.organisationId,
        email: input.email,
        name: input.name,
        createdAt: now,
      }).catch((error: unknown) => {
        // Someone took the address between the check and the insert.
        throw isUniqueViolation(error) ? emailTaken() : error;
      });
    }
    await replaceRoles(tx, {
      organisationId: actor.organisationId,
      userId,
      roles: input.roles,
      grantedByUserId: actor.userId,
      at: now,
    });
    await recordAudit(tx, deps.clock, actor, {
      organisationId: actor.organisationId,
      action: 'administrator.invited',
      targetType: 'user',
      targetId: userId,
      after: { email: input.email, name: input.name, roles: input.roles },
    });
    await enqueueEmails(tx, deps.clock, [await administratorInvitationEmail(tx, actor, input)]);
    return { id: userId };
  });
}
