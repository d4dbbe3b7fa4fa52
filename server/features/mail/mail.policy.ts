import { type Actor, isVendorOperator } from '../../../domain/roles.ts';
import { ensure } from '../../platform/access.ts';

/** NOT-1: the Sent mail page is the vendor operators'; everybody else gets a 403 (it exists, it is not theirs). */
const mayReadSentMail = (actor: Actor) => isVendorOperator(actor);

export function ensureMayReadSentMail(actor: Actor) {
  ensure(mayReadSentMail(actor), 'Only vendor operators read sent mail.');
}
