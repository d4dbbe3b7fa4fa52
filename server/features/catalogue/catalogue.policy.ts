import { type Actor, isVendorOperator } from '../../../domain/roles.ts';
import { ensure } from '../../platform/access.ts';

/** SPEC §1, ROL-5: vendor operators define the product catalogue; everybody signed in reads it. */
export function ensureMayManageCatalogue(actor: Actor) {
  ensure(isVendorOperator(actor), 'Only vendor operators change the catalogue.');
}
