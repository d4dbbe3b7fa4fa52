import type { MyOrganisationResponse } from '../../../domain/contracts/my-organisation.ts';
import type { Actor } from '../../../domain/roles.ts';
import type { Database } from '../../platform/db.ts';
import { notFound } from '../../platform/errors.ts';
import { catalogue, findOwnOrganisation, partnerAndUser } from './my-organisation.queries.ts';
import { ensurePartner, mayStartMyOrganisation } from './organisations.policy.ts';

/** ORG-1: whether the partner's own organisation is started, and the plan overview of the first-time guide. */
export async function getMyOrganisation(deps: { db: Database }, actor: Actor): Promise<MyOrganisationResponse> {
  ensurePartner(actor);
  const found = await partnerAndUser(deps.db, actor.organisationId, actor.userId);
  if (!found) throw notFound('The organisation');
  const own = await findOwnOrganisation(deps.db, actor.organisationId);
  const { partner } = found;
  return {
    status: own ? 'started' : 'not_started',
    customerId: own?.id ?? null,
    startedAt: (own?.termsAcceptedAt ?? own?.createdAt)?.toISOString() ?? null,
    mayStart: !own && mayStartMyOrganisation(actor),
    plan: {
      organisationName: partner.name,
      country: partner.country,
      dataRegion: partner.dataRegion,
      timeZone: partner.timeZone,
      administratorEmail: found.email,
      services: await catalogue(deps.db),
    },
  };
}
