import {
  mayDelegateCustomerActivity,
  mayExportEducationReport,
  mayOpenCustomerActivity,
} from '../../../domain/activity.ts';
import { type Actor, isVendorOperator } from '../../../domain/roles.ts';
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

export function ensureMayExportEducation(actor: Actor) {
  ensure(
    actor.organisationKind === 'customer' && mayExportEducationReport(actor.roles),
    'Only learning managers and full administrators export the education report.',
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
