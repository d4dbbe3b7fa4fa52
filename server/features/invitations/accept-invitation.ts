import type { Clock } from '../../../domain/clock.ts';
import type { AcceptInvitationRequest } from '../../../domain/contracts/invitations.ts';
import type { OrganisationKind, Role } from '../../../domain/roles.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Database } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import { consumeAccountLink } from '../accounts/account-links.ts';
import { checkNewPassword, hashPassword } from '../accounts/password-policy.ts';
import { effectiveState, findInvitation } from './get-invitation.ts';
import { activateInvitedUser, hasTrialWaitingForCustomer } from './invitations.queries.ts';

const linkMessages = {
  expired: 'This invitation has expired. Ask for a new one.',
  used: 'This invitation has been used already. Sign in, or ask for a new invitation.',
  revoked: 'This invitation was replaced by a newer one or withdrawn. Use the newest e-mail, or ask for a new one.',
} as const;

export const linkRefused = (state: keyof typeof linkMessages) =>
  new AppError(409, `link_${state}`, linkMessages[state]);

/**
 * POST /invitations/{token}/accept: the invitee chooses a password (REL-5 rules, the field named when refused),
 * becomes an active user and the link is used up — all in one transaction, so of two accepts of one link at once
 * exactly one succeeds. A suspended organisation's user cannot accept (403). The route signs them in.
 */
export async function acceptInvitation(
  deps: { db: Database; clock: Clock },
  token: string,
  input: AcceptInvitationRequest,
): Promise<{ userId: string; organisationId: string; next: string | null }> {
  const found = await findInvitation(deps.db, deps.clock, token);
  const state = effectiveState(found.link, found.invitee.status);
  if (state !== 'valid') throw linkRefused(state);
  if (found.invitee.organisationStatus === 'suspended') {
    throw new AppError(
      403,
      'organisation_suspended',
      `${found.invitee.organisationName} is suspended: its administrators cannot sign in until it is reactivated.`,
    );
  }
  const { invitee } = found;
  // Neither the name the inviter typed nor the invitee's own spelling of it.
  for (const name of [invitee.name, input.name])
    checkNewPassword(input.newPassword, { email: invitee.email, name }, 'newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    // The link first: a concurrent accept of the same link finds it used and leaves everything as it was.
    if (!(await consumeAccountLink(tx, deps.clock, 'invitation', token))) throw linkRefused('used');
    if (
      !(await activateInvitedUser(
        tx,
        { organisationId: invitee.organisationId, id: invitee.id },
        { name: input.name, passwordHash },
        now,
      ))
    ) {
      throw linkRefused('revoked');
    }
    await recordAudit(
      tx,
      deps.clock,
      {
        userId: invitee.id,
        organisationId: invitee.organisationId,
        organisationKind: invitee.organisationKind as OrganisationKind,
        partnerTier: null,
        roles: [] as Role[],
      },
      {
        organisationId: invitee.organisationId,
        action: 'invitation.accepted',
        targetType: 'user',
        targetId: invitee.id,
        before: { status: 'invited', name: invitee.name },
        after: { status: 'active', name: input.name, invitedBy: found.link.createdByUserId },
      },
    );
    const next = (await hasTrialWaitingForCustomer(tx, invitee.organisationId, invitee.id))
      ? '/console/trial-requests'
      : null;
    return { userId: invitee.id, organisationId: invitee.organisationId, next };
  });
}
