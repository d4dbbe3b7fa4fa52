import { and, asc, eq, sql } from 'drizzle-orm';
import { orders, subscriptionServices, subscriptions } from '../../db/schema/index.ts';
import type { Database } from '../../platform/db.ts';

/** The SQL of a vendor operator's subscription changes: the subscription with its services, the versioned write, orders. */

export type SubscriptionRow = typeof subscriptions.$inferSelect;
export interface ServiceQuantity {
  serviceId: string;
  quantity: number;
}

/** The customer's subscription with its services' quantities; null when the customer has no such subscription. */
export async function findSubscription(db: Database, customerId: string, subscriptionId: string) {
  const [subscription] = await db
    .select()
    .from(subscriptions)
    .where(and(eq(subscriptions.customerId, customerId), eq(subscriptions.id, subscriptionId)));
  if (!subscription) return null;
  const services: ServiceQuantity[] = await db
    .select({ serviceId: subscriptionServices.serviceId, quantity: subscriptionServices.quantity })
    .from(subscriptionServices)
    .where(
      and(eq(subscriptionServices.customerId, customerId), eq(subscriptionServices.subscriptionId, subscriptionId)),
    )
    .orderBy(asc(subscriptionServices.serviceId));
  return { subscription, services };
}

/** Writes the changes and the next version, only if nobody wrote since `subscription` was read; null otherwise. */
export async function updateSubscriptionVersioned(
  db: Database,
  subscription: Pick<SubscriptionRow, 'customerId' | 'id' | 'version'>,
  changes: Partial<Pick<SubscriptionRow, 'state' | 'billingState' | 'autoRenew' | 'endsAt' | 'termMonths'>>,
) {
  const [row] = await db
    .update(subscriptions)
    .set({ ...changes, version: sql`${subscriptions.version} + 1` })
    .where(
      and(
        eq(subscriptions.customerId, subscription.customerId),
        eq(subscriptions.id, subscription.id),
        eq(subscriptions.version, subscription.version),
      ),
    )
    .returning();
  return row ?? null;
}

export async function setServiceQuantities(
  db: Database,
  subscription: Pick<SubscriptionRow, 'customerId' | 'id'>,
  lines: readonly ServiceQuantity[],
) {
  for (const line of lines) {
    await db
      .update(subscriptionServices)
      .set({ quantity: line.quantity })
      .where(
        and(
          eq(subscriptionServices.customerId, subscription.customerId),
          eq(subscriptionServices.subscriptionId, subscription.id),
          eq(subscriptionServices.serviceId, line.serviceId),
        ),
      );
  }
}

export async function insertSubscriptionOrder(db: Database, values: typeof orders.$inferInsert) {
  const [order] = await db.insert(orders).values(values).returning();
  if (!order) throw new Error('order not stored');
  return order;
}
