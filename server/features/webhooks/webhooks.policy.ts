import { type Actor, can, isVendorOperator } from '../../../domain/roles.ts';
import { ensure } from '../../platform/access.ts';

/** NOT-2: a partner's full administrators and vendor operators manage their own organisation's webhook endpoints. */
const mayManageWebhooks = (actor: Actor) =>
  can(actor, 'manageWebhooks') && (isVendorOperator(actor) || actor.organisationKind === 'partner');

export function ensureMayManageWebhooks(actor: Actor) {
  ensure(mayManageWebhooks(actor), 'Only full administrators and vendor operators manage webhooks.');
}

/** SSRF: only vendor operators allow endpoints on private addresses, for the whole installation. */
export function ensureMayChangeWebhookSettings(actor: Actor) {
  ensure(isVendorOperator(actor), 'Only vendor operators change the webhook settings.');
}
