import { type Actor, can, isVendorOperator } from '../../../domain/roles.ts';
import { ensure } from '../../platform/access.ts';

/**
 * CAL-8: usage is sent by integrations acting as a partner's full administrator (for the customers linked
 * to that partner) or as a vendor operator (for any customer).
 */
const mayIngestUsage = (actor: Actor) =>
  can(actor, 'ingestUsage') && (isVendorOperator(actor) || actor.organisationKind === 'partner');

export function ensureMayIngestUsage(actor: Actor) {
  ensure(mayIngestUsage(actor), 'Only full administrators and vendor operators send usage data.');
}

/** The partner whose linked customers bound the actor's usage, or null when every customer is allowed. */
export const usagePartnerScope = (actor: Actor): string | null =>
  isVendorOperator(actor) ? null : actor.organisationId;
