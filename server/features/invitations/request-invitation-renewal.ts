import type { Clock } from '../../../domain/clock.ts';
import type { OrganisationKind } from '../../../domain/roles.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Database } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import { enqueueEmails } from '../../platform/mail/outbox.ts';
import { sha256 } from '../../platform/sessions.ts';
import { effectiveState, findInvitation } from './get-invitation.ts';
import { invitationRenewalEmails } from './invitation-emails.ts';
import { fullAdministratorEmails, lockLink, RENEWAL_REQUESTED, renewalRequested } from './invitations.queries.ts';

/**
 * POST /invitations/{token}/renewal-request: the holder of an expired, used or replaced link asks for a new one.
 * The inviter is e-mailed while still active, otherwise the organisation's full administrators; once per link
 * (409 after), and never for a link that still works or a user who is not invited any more.
 */
export async function requestInvitationRenewal(
  deps: { db: Database; clock: Clock; publicUrl: string },
  token: string,
): Promise<{ requested: true }> {
  await deps.db.transaction(async (tx) => {
    await lockLink(tx, token);
    const { link, invitee, inviter } = await findInvitation(tx, deps.clock, token);
    if (effectiveState(link, invitee.status) === 'valid') {
      throw new AppError(409, 'link_valid', 'This invitation still works: choose your password with it.');
    }
    if (invitee.status !== 'invited') {
      throw new AppError(409, 'not_invited', 'This account is not waiting for an invitation any more. Sign in.');
    }
    if (await renewalRequested(tx, token)) {
      throw new AppError(409, 'renewal_already_requested', 'A new invitation has been asked for already.');
    }
    const inviterActive = inviter?.status === 'active';
    const recipients =
      inviter && inviterActive
        ? [inviter.email]
        : await fullAdministratorEmails(tx, invitee.organisationId, invitee.organisationKind as OrganisationKind);
    await enqueueEmails(
      tx,
      deps.clock,
      await invitationRenewalEmails(tx, recipients, {
        organisationId: invitee.organisationId,
        inviteeName: invitee.name,
        inviteeEmail: invitee.email,
        organisationName: invitee.organisationName,
        sameOrganisation: !inviterActive || inviter?.organisationId === invitee.organisationId,
        publicUrl: deps.publicUrl,
      }),
    );
    await recordAudit(tx, deps.clock, null, {
      organisationId: invitee.organisationId,
      action: RENEWAL_REQUESTED,
      targetType: 'account_link',
      targetId: sha256(token),
      after: { userId: invitee.id, state: link.state, notified: recipients },
    });
  });
  return { requested: true };
}
