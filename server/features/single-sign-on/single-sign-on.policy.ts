import { type Actor, can, fullAdminRoleOf, type OrganisationKind } from '../../../domain/roles.ts';
import { domainOf } from '../../../domain/single-sign-on.ts';
import { ensure } from '../../platform/access.ts';
import type { Database } from '../../platform/db.ts';
import { providerForDomain, userOfOrganisation } from './single-sign-on.queries.ts';

/** Issue #10: each organisation's full administrators (vendor operators for the vendor) configure its single sign-on. */
export function ensureMayManageSingleSignOn(actor: Actor) {
  ensure(can(actor, 'manageSingleSignOn'), 'Only the organisation’s full administrators configure single sign-on.');
}

/**
 * Whether a password sign-in is refused because the address's domain signs in through its organisation's identity
 * provider (enabled). The organisation's full administrators keep their password, so a broken or lost provider
 * never locks the organisation out: they can still sign in and fix or disable it (docs/single-sign-on.md).
 */
export async function singleSignOnRequired(
  db: Database,
  organisationId: string,
  userId: string,
  email: string,
): Promise<boolean> {
  const domain = domainOf(email);
  if (!domain) return false;
  const covering = await providerForDomain(db, domain);
  if (!covering?.provider.enabled || covering.provider.organisationId !== organisationId) return false;
  const user = await userOfOrganisation(db, organisationId, email);
  if (!user || user.id !== userId) return false;
  const fullAdmin = fullAdminRoleOf(user.kind as OrganisationKind);
  return !(fullAdmin && user.roles.includes(fullAdmin));
}
