import type { Clock } from '../../../domain/clock.ts';
import type { Actor } from '../../../domain/roles.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Database } from '../../platform/db.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { enqueueEmails } from '../../platform/mail/outbox.ts';
import { issueAccountLink } from '../accounts/account-links.ts';
import { administratorInvitationEmail } from './administrator-emails.ts';
import { ensureManager } from './administrators.policy.ts';
import { findMember } from './administrators.queries.ts';

/**
 * Issue #10, ORG-2: the organisation's managers send an invited administrator a new invitation link; the new link
 * revokes the earlier ones (issueAccountLink), so only the newest e-mail works. Someone who accepted already is 409.
 */
export async function resendInvitation(
  deps: { db: Database; clock: Clock; publicUrl: string },
  actor: Actor,
  userId: string,
): Promise<{ expiresAt: string }> {
  ensureManager(actor);
  return deps.db.transaction(async (tx) => {
    const member = await findMember(tx, actor.organisationId, userId);
    if (!member || member.status === 'disabled' || member.roles.length === 0) throw notFound('The administrator');
    if (member.status !== 'invited') {
      throw new AppError(409, 'not_invited', 'This administrator has accepted the invitation already.');
    }
    const link = await issueAccountLink(tx, deps.clock, deps.publicUrl, {
      purpose: 'invitation',
      email: member.email,
      name: member.name,
      organisationId: actor.organisationId,
      userId,
      createdByUserId: actor.userId,
    });
    await enqueueEmails(tx, deps.clock, [
      await administratorInvitationEmail(tx, actor, {
        email: member.email,
        name: member.name,
        organisationId: actor.organisationId,
        link: link.url,
      }),
    ]);
    await recordAudit(tx, deps.clock, actor, {
      organisationId: actor.organisationId,
      action: 'administrator.invitation_resent',
      targetType: 'user',
      targetId: userId,
      after: { email: member.email, expiresAt: link.expiresAt.toISOString() },
    });
    return { expiresAt: link.expiresAt.toISOString() };
  });
}
