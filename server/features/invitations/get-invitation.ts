import type { Clock } from '../../../domain/clock.ts';
import type { InvitationResponse } from '../../../domain/contracts/invitations.ts';
import type { Database } from '../../platform/db.ts';
import { notFound } from '../../platform/errors.ts';
import { type AccountLink, findAccountLink } from '../accounts/account-links.ts';
import { invitationPeople, renewalRequested } from './invitations.queries.ts';

/** The link a token names with the people it is about; 404 for a token never issued (or tampered with). */
export async function findInvitation(db: Database, clock: Clock, token: string) {
  const link = await findAccountLink(db, clock, 'invitation', token);
  if (!link) throw notFound('The invitation');
  const people = await invitationPeople(db, link);
  if (!people) throw notFound('The invitation');
  return { link, ...people };
}

/** A link of a user who is no longer invited (removed, or active by another way) counts as revoked. */
export function effectiveState(link: AccountLink, inviteeStatus: string): AccountLink['state'] {
  if (link.state === 'valid' && inviteeStatus !== 'invited') return 'revoked';
  return link.state;
}

/** GET /invitations/{token}: who invited whom to which organisation, and whether the link still works. */
export async function getInvitation(deps: { db: Database; clock: Clock }, token: string): Promise<InvitationResponse> {
  const { link, invitee, inviter } = await findInvitation(deps.db, deps.clock, token);
  return {
    state: effectiveState(link, invitee.status),
    invitee: { name: invitee.name, email: invitee.email },
    organisation: {
      name: invitee.organisationName,
      kind: invitee.organisationKind,
      suspended: invitee.organisationStatus === 'suspended',
    },
    inviter: inviter ? { name: inviter.name, organisationName: inviter.organisationName } : null,
    expiresAt: link.expiresAt.toISOString(),
    accepted: invitee.status === 'active',
    renewalRequested: await renewalRequested(deps.db, token),
  };
}
