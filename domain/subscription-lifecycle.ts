import type { SubscriptionState } from './customer-status.ts';

/**
 * What a vendor operator may do to a subscription after it was created (issue #14's subscription events; DET-2's
 * order history records each): change its licence quantities or auto-renew, suspend it as unpaid, reinstate it,
 * renew it for a new term. Rules where SPEC.md is silent, decided here:
 * - A change (quantities, auto-renew) applies to a current subscription: active or suspended. Services are not
 *   added or removed by a change — a service the subscription does not hold is a new order.
 * - Suspending marks an active subscription unpaid (state suspended, billing unpaid: "Suspended", CUS-2);
 *   reinstating returns a suspended one to active and paid. Each happens once: a second suspension is refused.
 *   An active subscription whose billing is unpaid (also "Suspended") is reinstated the same way: it is paid.
 * - Renewing continues an active subscription for one more term: the new term starts where the current one
 *   ends (or now, when that end has passed) and the end moves by the term. A suspended subscription is reinstated
 *   before it renews; a cancelled or expired one is over and takes a new order instead.
 */

export const subscriptionActions = ['change', 'suspend', 'reinstate', 'renew'] as const;
export type SubscriptionAction = (typeof subscriptionActions)[number];

/** The states each action starts from. */
const startsFrom: Record<SubscriptionAction, readonly SubscriptionState[]> = {
  change: ['active', 'suspended'],
  suspend: ['active'],
  reinstate: ['suspended'],
  renew: ['active'],
};

/** The terms (months) a subscription runs for; trial conversions offer the same (TRI-13). */
export const subscriptionTerms = [12, 24, 36] as const;
export type SubscriptionTerm = (typeof subscriptionTerms)[number];

/** What decides whether an action may be taken: the state, and for reinstating the billing too. */
export interface SubscriptionStanding {
  state: SubscriptionState;
  billingState: 'paid' | 'unpaid';
}

export const mayTakeAction = (action: SubscriptionAction, { state, billingState }: SubscriptionStanding) =>
  startsFrom[action].includes(state) || (action === 'reinstate' && state === 'active' && billingState === 'unpaid');

const refusals: Record<SubscriptionAction, Partial<Record<SubscriptionState, string>>> = {
  change: {
    cancelled: 'This subscription is cancelled: it can no longer be changed.',
    expired: 'This subscription has expired: it can no longer be changed.',
  },
  suspend: {
    suspended: 'This subscription is suspended already.',
    cancelled: 'This subscription is cancelled: there is nothing to suspend.',
    expired: 'This subscription has expired: there is nothing to suspend.',
  },
  reinstate: {
    active: 'This subscription is neither suspended nor unpaid.',
    cancelled: 'This subscription is cancelled: it cannot be reinstated.',
    expired: 'This subscription has expired: it cannot be reinstated.',
  },
  renew: {
    suspended: 'This subscription is suspended: reinstate it before renewing it.',
    cancelled: 'This subscription is cancelled: it cannot be renewed; place a new order instead.',
    expired: 'This subscription has expired: it cannot be renewed; place a new order instead.',
  },
};

/** Why the action is refused in this standing (a 409 on `state`), or null when it may be taken. */
export function refusalOf(action: SubscriptionAction, standing: SubscriptionStanding): string | null {
  if (mayTakeAction(action, standing)) return null;
  return refusals[action][standing.state] ?? `A ${standing.state} subscription cannot take this action.`;
}

/** `months` calendar months after `instant` (UTC), kept within the month: 31 January + 1 month is 28/29 February. */
export function addMonths(instant: Date, months: number): Date {
  const result = new Date(instant);
  const day = result.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate();
  result.setUTCDate(Math.min(day, lastDay));
  return result;
}

/** The renewal's new term: from the current end (or now, once that end has passed) for `termMonths`. */
export function renewedTerm(endsAt: Date, termMonths: number, now: Date): { from: Date; endsAt: Date } {
  const from = endsAt.getTime() > now.getTime() ? endsAt : now;
  return { from, endsAt: addMonths(from, termMonths) };
}
