import type { ChangeSubscriptionRequest, SubscriptionChangeResponse } from '../../../domain/contracts/subscriptions.ts';
import type { Actor } from '../../../domain/roles.ts';
import { badRequest } from '../../platform/errors.ts';
import { refreshSubscriptionLicenceWeeks } from '../usage/licence-holdings.ts';
import {
  closeSubscriptionChange,
  openSubscriptionChange,
  type SubscriptionDeps,
  type SubscriptionRef,
  subscriptionChangeAnswer,
  writeSubscription,
} from './subscription-change.ts';
import { newOrderNumber } from './subscription-numbers.ts';
import { insertSubscriptionOrder, type ServiceQuantity, setServiceQuantities } from './subscriptions.queries.ts';

/**
 * A vendor operator changes a subscription's licence quantities per service and its auto-renew: an order of kind
 * `change` listing every service with its quantity after the change, and one `subscription.changed` event.
 * A request that changes nothing writes nothing and sends nothing.
 */
export async function changeSubscription(
  deps: SubscriptionDeps,
  actor: Actor,
  ref: SubscriptionRef,
  input: ChangeSubscriptionRequest,
): Promise<SubscriptionChangeResponse> {
  const now = deps.clock.now();
  const orderId = await deps.db.transaction(async (tx) => {
    const { subscription, services } = await openSubscriptionChange(tx, actor, ref, {
      action: 'change',
      version: input.version,
    });
    const changedLines = quantityChanges(services, input.services ?? []);
    const autoRenew = input.autoRenew ?? subscription.autoRenew;
    if (changedLines.length === 0 && autoRenew === subscription.autoRenew) return null;

    const after = await writeSubscription(tx, subscription, { autoRenew });
    await setServiceQuantities(tx, subscription, changedLines);
    const quantities = services.map((s) => changedLines.find((l) => l.serviceId === s.serviceId) ?? s);
    const order = await insertSubscriptionOrder(tx, {
      customerId: subscription.customerId,
      number: newOrderNumber(),
      subscriptionId: subscription.id,
      kind: 'change',
      status: 'completed',
      placedByOrganisationId: actor.organisationId,
      placedByUserId: actor.userId,
      lines: quantities,
      createdAt: now,
      completedAt: now,
    });
    // Analytics read licence totals from licence_weekly: the changed services carry the new quantity at once.
    await refreshSubscriptionLicenceWeeks(
      tx,
      now,
      changedLines.map((l) => ({
        customerId: subscription.customerId,
        subscriptionId: subscription.id,
        serviceId: l.serviceId,
      })),
    );
    await closeSubscriptionChange(tx, deps.clock, actor, {
      event: 'subscription.changed',
      subscription: after,
      services: quantities,
      audit: {
        action: 'subscription.changed',
        before: { autoRenew: subscription.autoRenew, services },
        after: { autoRenew: after.autoRenew, services: quantities, order: order.number },
      },
      holdingsMayChange: true,
    });
    return order.id;
  });
  return subscriptionChangeAnswer(deps, actor, ref, orderId);
}

/** The requested quantities that differ from the current ones; a service the subscription lacks, or twice, is a 400. */
function quantityChanges(
  current: readonly ServiceQuantity[],
  requested: readonly ServiceQuantity[],
): ServiceQuantity[] {
  const seen = new Set<string>();
  const changed: ServiceQuantity[] = [];
  requested.forEach((line, i) => {
    const held = current.find((s) => s.serviceId === line.serviceId);
    if (!held) {
      throw badRequest(
        `services.${i}.serviceId`,
        'This subscription does not hold this service; a new service is a new order.',
      );
    }
    if (seen.has(line.serviceId)) throw badRequest(`services.${i}.serviceId`, 'Each service may be listed once.');
    seen.add(line.serviceId);
    if (line.quantity !== held.quantity) changed.push({ serviceId: line.serviceId, quantity: line.quantity });
  });
  return changed;
}
