import { type Actor, can, isVendorOperator } from '../../../domain/roles.ts';

/** Who may do what on the customer detail page (DET, CUS-7). Visibility itself is scope.ts's rule. */

/** The detail page is the partner's and the vendor's view; customers use their console. */
export const seesCustomerDetail = (actor: Actor) => isVendorOperator(actor) || actor.organisationKind === 'partner';

/** DET-4: full administrators and partner administrators assign partner admins; read-only ones do not. */
export const mayAssignPartnerAdmins = (actor: Actor) =>
  can(actor, 'assignPartnerAdmins') && (isVendorOperator(actor) || actor.organisationKind === 'partner');

/** TAG-2 (tags are the partner's own, so vendor operators have none to put on). */
export const mayTagCustomer = (actor: Actor) => actor.organisationKind === 'partner' && can(actor, 'manageTags');

/**
 * CUS-7: every partner admin who sees the customer may launch its console (read-only administrators see it
 * read-only); vendor operators too. Launching changes nothing, so it is no "write" for ROL-2.
 */
export const mayLaunchCustomer = (actor: Actor) => seesCustomerDetail(actor);

export const mayStartTrialFor = (actor: Actor) => actor.organisationKind === 'partner' && can(actor, 'startTrials');
