import { type Actor, can, isVendorOperator } from '../../../domain/roles.ts';
import { ensure } from '../../platform/access.ts';

/** NOT-3: a partner's full administrators and vendor operators manage their organisation's API tokens. */
const mayManageApiTokens = (actor: Actor) =>
  can(actor, 'manageApiTokens') && (isVendorOperator(actor) || actor.organisationKind === 'partner');

export function ensureMayManageApiTokens(actor: Actor) {
  ensure(mayManageApiTokens(actor), 'Only full administrators and vendor operators manage API tokens.');
}
