import { type Actor, can } from '../../../domain/roles.ts';

/** Issue #14: changing, suspending, reinstating and renewing subscriptions are the vendor operators' (roles.ts). */
export const mayManageSubscriptions = (actor: Actor) => can(actor, 'manageSubscriptions');
