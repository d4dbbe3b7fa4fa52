import type { SubscriptionChangeResponse } from '../../../domain/contracts/subscriptions.ts';
import type { Actor } from '../../../domain/roles.ts';
import {
  closeSubscriptionChange,
  openSubscriptionChange,
  type SubscriptionDeps,
  type SubscriptionRef,
  subscriptionChangeAnswer,
  writeSubscription,
} from './subscription-change.ts';

/**
 * Suspending marks an active subscription unpaid (state suspended, billing unpaid: the customer shows as
 * Suspended, CUS-2) and sends `subscription.suspended`. Reinstating makes it — or an active one whose billing is
 * unpaid — active and paid again and sends
 * `subscription.changed` (its state changed back; the catalogue has no event of its own for it). Neither is an
 * order: nothing is bought or sold.
 */
export async function suspendSubscription(
  deps: SubscriptionDeps,
  actor: Actor,
  ref: SubscriptionRef,
  version: number,
): Promise<SubscriptionChangeResponse> {
  await deps.db.transaction(async (tx) => {
    const { subscription, services } = await openSubscriptionChange(tx, actor, ref, { action: 'suspend', version });
    const after = await writeSubscription(tx, subscription, { state: 'suspended', billingState: 'unpaid' });
    await closeSubscriptionChange(tx, deps.clock, actor, {
      event: 'subscription.suspended',
      subscription: after,
      services,
      audit: {
        action: 'subscription.suspended',
        before: { state: subscription.state, billingState: subscription.billingState },
        after: { state: after.state, billingState: after.billingState },
      },
      holdingsMayChange: false,
    });
  });
  return subscriptionChangeAnswer(deps, actor, ref, null);
}

export async function reinstateSubscription(
  deps: SubscriptionDeps,
  actor: Actor,
  ref: SubscriptionRef,
  version: number,
): Promise<SubscriptionChangeResponse> {
  await deps.db.transaction(async (tx) => {
    const { subscription, services } = await openSubscriptionChange(tx, actor, ref, { action: 'reinstate', version });
    const after = await writeSubscription(tx, subscription, { state: 'active', billingState: 'paid' });
    await closeSubscriptionChange(tx, deps.clock, actor, {
      event: 'subscription.changed',
      subscription: after,
      services,
      audit: {
        action: 'subscription.reinstated',
        before: { state: subscription.state, billingState: subscription.billingState },
        after: { state: after.state, billingState: after.billingState },
      },
      holdingsMayChange: false,
    });
  });
  return subscriptionChangeAnswer(deps, actor, ref, null);
}
