import {
  mayDelegateCustomerActivity,
  mayOpenCustomerActivity,
  mayShareSupportRequest,
  type SupportRequestOwnership,
} from '../../../domain/activity.ts';
import { type Actor, can, isVendorOperator } from '../../../domain/roles.ts';
import { ensure } from '../../platform/access.ts';

/** Who may do what in Customer activity (ACT-2, ACT-7, ROL-4) and with support requests. */

export function ensureMayReadActivity(actor: Actor) {
  ensure(
    actor.organisationKind === 'customer' && mayOpenCustomerActivity(actor.roles),
    'Customer activity is for the customer’s administrators and those they gave the customer activity role.',
  );
}

export function ensureMayDelegate(actor: Actor) {
  ensure(
    actor.organisationKind === 'customer' && mayDelegateCustomerActivity(actor.roles),
    'Only customer full administrators and workspace administrators give the customer activity role.',
  );
}

export const mayExportEducation = (actor: Actor) =>
  actor.organisationKind === 'customer' && can(actor, 'exportEducationReport');

export function ensureMayExportEducation(actor: Actor) {
  ensure(mayExportEducation(actor), 'Only learning managers export the education report.');
}

/** ACT-1: the vendor's operators set up the support it sold a customer. */
export function ensureMayManageSupportSetup(actor: Actor) {
  ensure(can(actor, 'manageSupportSetup'), 'Only vendor operators set up a customer’s support.');
}

/** ACT-2: the request's owner, its primary contact or an administrator shares it within the organisation. */
export const mayShare = (actor: Actor, ownership: SupportRequestOwnership) =>
  actor.organisationKind === 'customer' && mayShareSupportRequest(actor.roles, ownership);

export function ensureMayShare(actor: Actor, ownership: SupportRequestOwnership) {
  ensure(
    mayShare(actor, ownership),
    'Only the request’s owner, its primary contact or an administrator shares a support request.',
  );
}

/** Support requests are the customer's and the vendor's; partners have their own helpdesk. */
export function ensureMayReadSupportRequests(actor: Actor) {
  ensure(actor.organisationKind === 'customer' || isVendorOperator(actor), 'Support requests are the customer’s.');
}

/** A customer's people open support requests against their entitlements. */
export function ensureMayOpenSupportRequest(actor: Actor) {
  ensure(actor.organisationKind === 'customer', 'Support requests are opened by the customer’s people.');
}

/** Vendor operators deliver the work and log what it consumed. */
export const mayLogSupportWork = (actor: Actor) => isVendorOperator(actor);

export function ensureMayLogSupportWork(actor: Actor) {
  ensure(mayLogSupportWork(actor), 'Only vendor operators log work on support requests.');
}
