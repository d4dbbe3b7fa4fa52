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
import { ensureVendorOperator } from './organisations.policy.ts';
import { findPartner } from './partners.queries.ts';

type Deps = { db: Database; clock: Clock; publicUrl: string };

/**
 * Issue #10, ORG-2: the organisation's managers send an invited administrator a new invitation link; the new link
 * revokes the earlier ones (issueAccountLink), so only the newest e-mail works. Someone who accepted already is 409.
 */
export async function resendInvitation(deps: Deps, actor: Actor, userId: string): Promise<{ expiresAt: string }> {
  ensureManager(actor);
  return deps.db.transaction((tx) => reissueInvitation(tx, deps, actor, actor.organisationId, userId));
}

/**
 * Issue #10, ROL-5: a vendor operator resends the invitation of a partner's administrator — the first full
 * administrator of a new partner has nobody in the partner to resend it, and a suspension revokes their links.
 */
export async function resendPartnerInvitation(
  deps: Deps,
  actor: Actor,
  partnerId: string,
  userId: string,
): Promise<{ expiresAt: string }> {
  ensureVendorOperator(actor);
  return deps.db.transaction(async (tx) => {
    const partner = await findPartner(tx, partnerId);
    if (!partner) throw notFound('The partner');
    if (partner.status === 'suspended') {
      throw new AppError(409, 'organisation_suspended', 'Reactivate the partner before inviting its administrators.');
    }
    return reissueInvitation(tx, deps, actor, partnerId, userId);
  });
}

async function reissueInvitation(
  tx: Database,
  deps: Deps,
  actor: Actor,
  organisationId: string,
  userId: string,
): Promise<{ expiresAt: string }> {
  const member = await findMember(tx, organisationId, userId);
  if (!member || member.status === 'disabled' || member.roles.length === 0) throw notFound('The administrator');
  if (member.status !== 'invited') {
    throw new AppError(409, 'not_invited', 'This administrator has accepted the invitation already.');
  }
  const link = await issueAccountLink(tx, deps.clock, deps.publicUrl, {
    purpose: 'invitation',
    email: member.email,
    name: member.name,
    organisationId,
    userId,
    createdByUserId: actor.userId,
  });
  await enqueueEmails(tx, deps.clock, [
    await administratorInvitationEmail(tx, actor, {
      email: member.email,
      name: member.name,
      organisationId,
      link: link.url,
    }),
  ]);
  await recordAudit(tx, deps.clock, actor, {
    organisationId,
    action: 'administrator.invitation_resent',
    targetType: 'user',
    targetId: userId,
    after: { email: member.email, expiresAt: link.expiresAt.toISOString() },
  });
  return { expiresAt: link.expiresAt.toISOString() };
}
