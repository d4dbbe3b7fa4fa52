import { type Actor, isVendorOperator } from '../../../domain/roles.ts';
import { ensure } from '../../platform/access.ts';

/** NOT-3: a partner's full administrators and vendor operators manage their organisation's API tokens. */
export const mayManageApiTokens = (actor: Actor) =>
  isVendorOperator(actor) || (actor.organisationKind === 'partner' && actor.roles.includes('partner_full_admin'));

export function ensureMayManageApiTokens(actor: Actor) {
  ensure(mayManageApiTokens(actor), 'Only full administrators and vendor operators manage API tokens.');
}
