import type { Clock } from '../../../domain/clock.ts';
import type { Actor, Role } from '../../../domain/roles.ts';
import { recordAudit } from '../../platform/audit.ts';
import { type Database, isUniqueViolation } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import { enqueueEmails } from '../../platform/mail/outbox.ts';
import { issueAccountLink } from '../accounts/account-links.ts';
import { administratorInvitationEmail } from './administrator-emails.ts';
import { findUserByEmail, insertInvitedUser, reinviteUser, replaceRoles } from './administrators.queries.ts';

const emailTaken = () =>
  new AppError(409, 'email_taken', 'Someone with this e-mail address already has an account.', 'email');

export interface MemberInvitation {
  organisationId: string;
  email: string;
  name: string;
  roles: readonly Role[];
}

/**
 * ORG-2, issue #10: makes `email` an invited user of the organisation with `roles`, issues the one-time link on
 * which they choose a password and queues the invitation e-mail with it, in the caller's transaction (NOT-1). The
 * caller checks who may invite; `actor` is recorded as the inviter. An e-mail that already belongs to someone is a
 * 409 naming `email`, except a user removed from this very organisation, who is invited again with the same id.
 */
export async function inviteMember(
  tx: Database,
  deps: { clock: Clock; publicUrl: string },
  actor: Actor,
  invitation: MemberInvitation,
): Promise<{ id: string }> {
  const now = deps.clock.now();
  const existing = await findUserByEmail(tx, invitation.email);
  const returning = existing?.organisationId === invitation.organisationId && existing.status === 'disabled';
  if (existing && !returning) throw emailTaken();
  let userId: string;
  if (existing) {
    userId = existing.id;
    await reinviteUser(tx, userId, invitation.name);
  } else {
    userId = await insertInvitedUser(tx, {
      organisationId: invitation.organisationId,
      email: invitation.email,
      name: invitation.name,
      createdAt: now,
    }).catch((error: unknown) => {
      // Someone took the address between the check and the insert.
      throw isUniqueViolation(error) ? emailTaken() : error;
    });
  }
  await replaceRoles(tx, {
    organisationId: invitation.organisationId,
    userId,
    roles: invitation.roles,
    grantedByUserId: actor.userId,
    at: now,
  });
  await recordAudit(tx, deps.clock, actor, {
    organisationId: invitation.organisationId,
    action: 'administrator.invited',
    targetType: 'user',
    targetId: userId,
    after: { email: invitation.email, name: invitation.name, roles: invitation.roles },
  });
  const link = await issueAccountLink(tx, deps.clock, deps.publicUrl, {
    purpose: 'invitation',
    email: invitation.email,
    name: invitation.name,
    organisationId: invitation.organisationId,
    userId,
    createdByUserId: actor.userId,
  });
  await enqueueEmails(tx, deps.clock, [
    await administratorInvitationEmail(tx, actor, { ...invitation, link: link.url }),
  ]);
  return { id: userId };
}
