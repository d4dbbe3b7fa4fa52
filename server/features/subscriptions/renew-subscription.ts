import type { RenewSubscriptionRequest, SubscriptionChangeResponse } from '../../../domain/contracts/subscriptions.ts';
import type { Actor } from '../../../domain/roles.ts';
import { renewedTerm } from '../../../domain/subscription-lifecycle.ts';
import {
  closeSubscriptionChange,
  openSubscriptionChange,
  type SubscriptionDeps,
  type SubscriptionRef,
  subscriptionChangeAnswer,
  writeSubscription,
} from './subscription-change.ts';
import { newOrderNumber } from './subscription-numbers.ts';
import { insertSubscriptionOrder } from './subscriptions.queries.ts';

/**
 * Renewing an active subscription for a new term: the end moves by the term (from the current end, or from now
 * once that has passed), an order of kind `renewal` lists its services, and one `subscription.renewed` is sent.
 * A term given with the request becomes the subscription's term.
 */
export async function renewSubscription(
  deps: SubscriptionDeps,
  actor: Actor,
  ref: SubscriptionRef,
  input: RenewSubscriptionRequest,
): Promise<SubscriptionChangeResponse> {
  const now = deps.clock.now();
  const orderId = await deps.db.transaction(async (tx) => {
    const { subscription, services } = await openSubscriptionChange(tx, actor, ref, {
      action: 'renew',
      version: input.version,
    });
    const termMonths = input.termMonths ?? subscription.termMonths;
    const term = renewedTerm(subscription.endsAt, termMonths, now);
    const after = await writeSubscription(tx, subscription, { endsAt: term.endsAt, termMonths });
    const order = await insertSubscriptionOrder(tx, {
      customerId: subscription.customerId,
      number: newOrderNumber(),
      subscriptionId: subscription.id,
      kind: 'renewal',
      status: 'completed',
      placedByOrganisationId: actor.organisationId,
      placedByUserId: actor.userId,
      lines: services,
      createdAt: now,
      completedAt: now,
    });
    await closeSubscriptionChange(tx, deps.clock, actor, {
      event: 'subscription.renewed',
      subscription: after,
      services,
      audit: {
        action: 'subscription.renewed',
        before: { endsAt: subscription.endsAt, termMonths: subscription.termMonths },
        after: { endsAt: after.endsAt, termMonths, order: order.number },
      },
      // A subscription whose end had passed holds its licences again.
      holdingsMayChange: true,
    });
    return order.id;
  });
  return subscriptionChangeAnswer(deps, actor, ref, orderId);
}
