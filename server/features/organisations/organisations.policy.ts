import { type Actor, can, isVendorOperator } from '../../../domain/roles.ts';
import { ensure } from '../../platform/access.ts';

/** Organisation settings (CUS-2 thresholds) are changed by the organisation's full administrators. */
export const mayChangeSettings = (actor: Actor, organisationId: string) =>
  can(actor, 'changeOrganisationSettings') && (isVendorOperator(actor) || actor.organisationId === organisationId);

/** ORG-1 is a partner's: only partners have an own organisation to open as a customer. */
export const ensurePartner = (actor: Actor) =>
  ensure(actor.organisationKind === 'partner', 'Only partners open their own organisation.');

/** Full administrators start it: it creates an organisation the partner then administers fully. */
export const mayStartMyOrganisation = (actor: Actor) =>
  actor.organisationKind === 'partner' && can(actor, 'startMyOrganisation');

/** The Partners area (ROL-5, issue #10) is the vendor operators'. */
export const ensureVendorOperator = (actor: Actor, message = 'Only vendor operators manage partners.') =>
  ensure(isVendorOperator(actor), message);
