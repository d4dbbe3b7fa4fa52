import type { Clock } from '../../../domain/clock.ts';
import type { Actor } from '../../../domain/roles.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Database } from '../../platform/db.ts';
import { issueAccountLink } from '../accounts/account-links.ts';
import { invitedUsersAmong } from '../invitations/invitations.queries.ts';

/**
 * Issue #10: a trial e-mail to a customer administrator who has not chosen a password yet (the new customer's
 * invited full administrator, an invited admin asked for consent) carries a fresh invitation link; each new link
 * revokes that person's earlier ones. Returns the links by lowercased address, for `queueTrialEmails`.
 */
export async function invitationLinksFor(
  tx: Database,
  deps: { clock: Clock; publicUrl: string },
  actor: Actor,
  input: { organisationId: string; addresses: readonly string[]; trialId: string },
): Promise<Map<string, string>> {
  const links = new Map<string, string>();
  for (const user of await invitedUsersAmong(tx, input.organisationId, input.addresses)) {
    const link = await issueAccountLink(tx, deps.clock, deps.publicUrl, {
      purpose: 'invitation',
      email: user.email,
      name: user.name,
      organisationId: input.organisationId,
      userId: user.id,
      createdByUserId: actor.userId,
    });
    await recordAudit(tx, deps.clock, actor, {
      organisationId: input.organisationId,
      action: 'invitation.link_issued',
      targetType: 'user',
      targetId: user.id,
      after: { email: user.email, trialId: input.trialId, expiresAt: link.expiresAt.toISOString() },
    });
    links.set(user.email.toLowerCase(), link.url);
  }
  return links;
}
