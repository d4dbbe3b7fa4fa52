import type { Clock } from '../../../domain/clock.ts';
import type { SubscriptionChangeResponse } from '../../../domain/contracts/subscriptions.ts';
import type { Actor } from '../../../domain/roles.ts';
import { refusalOf, type SubscriptionAction } from '../../../domain/subscription-lifecycle.ts';
import { ensure } from '../../platform/access.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Database } from '../../platform/db.ts';
import { AppError, conflict, notFound } from '../../platform/errors.ts';
import { requireCustomerForDetail } from '../customers/get-customer.ts';
import { getCustomerSubscriptions } from '../customers/get-customer-subscriptions.ts';
import { refreshCustomerListEntries } from '../customers/refresh-customer-list.ts';
import { recordOverAssignmentChanges, recordSubscriptionChange } from '../webhooks/change-events.ts';
import { mayManageSubscriptions } from './subscriptions.policy.ts';
import {
  findSubscription,
  type ServiceQuantity,
  type SubscriptionRow,
  updateSubscriptionVersioned,
} from './subscriptions.queries.ts';

/**
 * What every change of a subscription shares: the opening (policy, the subscription, the client's version, the
 * state's verdict), the versioned write, and the closing in the same transaction (its one webhook event, the
 * audit row, the customer list's entries, licence over-assignment), then the answer read after the commit.
 */

export type SubscriptionDeps = { db: Database; clock: Clock };
export interface SubscriptionRef {
  customerId: string;
  subscriptionId: string;
}

const staleVersion = () => conflict('Someone else changed this subscription in the meantime. Reload it and try again.');

/**
 * In this order: only vendor operators (403, before any lookup); the customer (404) and its subscription (404 —
 * a subscription of another customer too); the version last read (409 `conflict`); whether the state allows the
 * action (409 `invalid_state` naming `state`).
 */
export async function openSubscriptionChange(
  tx: Database,
  actor: Actor,
  ref: SubscriptionRef,
  opening: { action: SubscriptionAction; version: number },
) {
  ensure(mayManageSubscriptions(actor), 'Only vendor operators change subscriptions.');
  await requireCustomerForDetail(tx, actor, ref.customerId);
  const found = await findSubscription(tx, ref.customerId, ref.subscriptionId);
  if (!found) throw notFound('The subscription');
  if (found.subscription.version !== opening.version) throw staleVersion();
  const refusal = refusalOf(opening.action, found.subscription);
  if (refusal) throw new AppError(409, 'invalid_state', refusal, 'state');
  return found;
}

/** The versioned write comes first: of two operators changing one subscription at once, the second gets 409. */
export async function writeSubscription(
  tx: Database,
  subscription: SubscriptionRow,
  changes: Parameters<typeof updateSubscriptionVersioned>[2],
) {
  const row = await updateSubscriptionVersioned(tx, subscription, changes);
  if (!row) throw staleVersion();
  return row;
}

interface Closing {
  event: 'subscription.changed' | 'subscription.suspended' | 'subscription.renewed';
  /** The subscription after the change, and its services' quantities after it. */
  subscription: SubscriptionRow;
  services: readonly ServiceQuantity[];
  audit: { action: string; before: Record<string, unknown>; after: Record<string, unknown> };
  /** Quantities, auto-renew or the end moved: what the customer holds may have, so over-assignment is compared. */
  holdingsMayChange: boolean;
}

export async function closeSubscriptionChange(tx: Database, clock: Clock, actor: Actor, closing: Closing) {
  const { subscription } = closing;
  await recordSubscriptionChange(tx, clock, closing.event, subscription, closing.services);
  await recordAudit(tx, clock, actor, {
    organisationId: subscription.customerId,
    action: closing.audit.action,
    targetType: 'subscription',
    targetId: subscription.id,
    before: { number: subscription.number, ...closing.audit.before },
    after: closing.audit.after,
  });
  // Suspended, Over licence, Expiring soon and the subscription statuses of the customer list follow (CUS-2, CUS-4).
  await refreshCustomerListEntries(tx, [subscription.customerId]);
  if (closing.holdingsMayChange) await recordOverAssignmentChanges(tx, clock, [subscription.customerId]);
}

/** The subscription as the Subscriptions tab shows it after the change, and the order it wrote. */
export async function subscriptionChangeAnswer(
  deps: SubscriptionDeps,
  actor: Actor,
  ref: SubscriptionRef,
  orderId: string | null,
): Promise<SubscriptionChangeResponse> {
  const view = await getCustomerSubscriptions(deps, actor, ref.customerId);
  const subscription = view.items.find((s) => s.id === ref.subscriptionId);
  if (!subscription) throw notFound('The subscription');
  return { subscription, order: view.orders.find((o) => o.id === orderId) ?? null };
}
