import type { Clock } from '../../../domain/clock.ts';
import type { MyOrganisationResponse } from '../../../domain/contracts/my-organisation.ts';
import type { Actor } from '../../../domain/roles.ts';
import { ensure } from '../../platform/access.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Database } from '../../platform/db.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { refreshCustomerListEntries } from '../customers/refresh-customer-list.ts';
import { getMyOrganisation } from './get-my-organisation.ts';
import { findOwnOrganisation, insertOwnOrganisation, lockPartner, partnerAndUser } from './my-organisation.queries.ts';
import { ensurePartner, mayStartMyOrganisation } from './organisations.policy.ts';

/**
 * ORG-1: with the terms accepted (the contract refuses anything but `acceptTerms: true`), create the partner's
 * own customer organisation: owned by the partner with full administration, the caller as its administrator
 * contact. Once per partner.
 */
export async function startMyOrganisation(
  deps: { db: Database; clock: Clock },
  actor: Actor,
): Promise<MyOrganisationResponse> {
  ensurePartner(actor);
  ensure(mayStartMyOrganisation(actor), 'Only full administrators start the organisation.');
  await deps.db.transaction(async (tx) => {
    await lockPartner(tx, actor.organisationId);
    if (await findOwnOrganisation(tx, actor.organisationId)) {
      throw new AppError(409, 'already_started', 'Your own organisation has already been started.');
    }
    const found = await partnerAndUser(tx, actor.organisationId, actor.userId);
    if (!found) throw notFound('The organisation');
    const { partner } = found;
    const at = deps.clock.now();
    const customerId = await insertOwnOrganisation(tx, {
      partnerId: partner.id,
      name: partner.name,
      country: partner.country,
      dataRegion: partner.dataRegion,
      timeZone: partner.timeZone,
      adminEmail: found.email,
      createdByUserId: actor.userId,
      at,
    });
    // A new partner–customer link: the customer list shows it from now on.
    await refreshCustomerListEntries(tx, [customerId]);
    await recordAudit(tx, deps.clock, actor, {
      organisationId: customerId,
      action: 'organisation.own_started',
      targetType: 'customer',
      targetId: customerId,
      after: { name: partner.name, termsAcceptedAt: at.toISOString(), adminLevel: 'full' },
    });
  });
  return getMyOrganisation(deps, actor);
}
