import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import {
  licenceAssignments,
  orders,
  organisations,
  phoneNumbers,
  services,
  subscriptionServices,
  subscriptions,
  trials,
  users,
} from '../../db/schema/index.ts';
import type { Database } from '../../platform/db.ts';
import type { TrialRow } from './trials.queries.ts';

/** SQL of trial conversions (TRI-13): orders, subscriptions, the licences moved. */

export type OrderRow = typeof orders.$inferSelect;
type TrialServiceLine = Pick<typeof subscriptionServices.$inferInsert, 'serviceId' | 'provisioningStatus'> & {
  licences: number;
};

/** Conversion orders waiting for a distributor, by trial id. */
export async function pendingConversions(db: Database, trialIds: readonly string[]) {
  if (trialIds.length === 0) return [];
  return db
    .select({ order: orders, distributorName: organisations.name })
    .from(orders)
    .innerJoin(organisations, eq(organisations.id, orders.fulfillingOrganisationId))
    .where(
      and(
        inArray(orders.trialId, [...trialIds]),
        eq(orders.kind, 'trial_conversion'),
        eq(orders.status, 'pending_distributor'),
      ),
    );
}

/** Whether `email` is one of the trial partner's users or a full administrator of the trial's customer. */
export async function isPartnerUserOrCustomerFullAdmin(db: Database, trial: TrialRow, email: string) {
  const [user] = await db
    .select({ organisationId: users.organisationId })
    .from(users)
    .where(
      and(
        sql`lower(${users.email}) = lower(${email})`,
        sql`(${users.organisationId} = ${trial.partnerId} or exists (select 1 from role_assignments ra
          where ra.organisation_id = ${users.organisationId} and ra.user_id = ${users.id}
            and ${users.organisationId} = ${trial.customerId} and ra.role = 'customer_full_admin'))`,
      ),
    );
  return Boolean(user);
}

export async function subscriptionNumber(db: Database, customerId: string, subscriptionId: string) {
  const [subscription] = await db
    .select({ number: subscriptions.number })
    .from(subscriptions)
    .where(and(eq(subscriptions.customerId, customerId), eq(subscriptions.id, subscriptionId)));
  return subscription?.number ?? null;
}

export async function insertOrder(db: Database, values: typeof orders.$inferInsert) {
  const [order] = await db.insert(orders).values(values).returning();
  if (!order) throw new Error('order not stored');
  return order;
}

/** The subscription converted from a trial, with the trial's services and their licence quantities. */
export async function insertSubscriptionWithServices(
  db: Database,
  values: typeof subscriptions.$inferInsert,
  lines: readonly TrialServiceLine[],
) {
  const [subscription] = await db.insert(subscriptions).values(values).returning();
  if (!subscription) throw new Error('subscription not stored');
  if (lines.length > 0) {
    await db.insert(subscriptionServices).values(
      lines.map((l) => ({
        customerId: subscription.customerId,
        subscriptionId: subscription.id,
        serviceId: l.serviceId,
        quantity: l.licences,
        provisioningStatus: l.provisioningStatus,
      })),
    );
  }
  return subscription;
}

export async function completeOrder(db: Database, order: OrderRow, subscriptionId: string, now: Date) {
  const [completed] = await db
    .update(orders)
    .set({ status: 'completed', completedAt: now, subscriptionId })
    .where(and(eq(orders.customerId, order.customerId), eq(orders.id, order.id)))
    .returning();
  return completed ?? null;
}

/** The trial's licence assignments move onto the subscription; its phone numbers stay with their users. */
export async function moveTrialUsageToSubscription(db: Database, trial: TrialRow, subscriptionId: string) {
  await db
    .update(licenceAssignments)
    .set({ subscriptionId, trialId: null })
    .where(and(eq(licenceAssignments.customerId, trial.customerId), eq(licenceAssignments.trialId, trial.id)));
  await db
    .update(phoneNumbers)
    .set({ trialId: null })
    .where(and(eq(phoneNumbers.customerId, trial.customerId), eq(phoneNumbers.trialId, trial.id)));
}

/** Conversions waiting for the distributor, with their trials and the names of customer and partner. */
export async function conversionsWaitingFor(db: Database, distributorId: string) {
  const customer = alias(organisations, 'customer');
  const partner = alias(organisations, 'partner');
  return db
    .select({ order: orders, trial: trials, customerName: customer.name, partnerName: partner.name })
    .from(orders)
    .innerJoin(trials, and(eq(trials.customerId, orders.customerId), eq(trials.id, orders.trialId)))
    .innerJoin(customer, eq(customer.id, orders.customerId))
    .innerJoin(partner, eq(partner.id, orders.placedByOrganisationId))
    .where(and(eq(orders.fulfillingOrganisationId, distributorId), eq(orders.status, 'pending_distributor')))
    .orderBy(asc(orders.createdAt));
}

export async function serviceNames(db: Database) {
  return new Map((await db.select({ id: services.id, name: services.name }).from(services)).map((s) => [s.id, s.name]));
}

export async function findConversionWaitingFor(db: Database, orderId: string, distributorId: string) {
  const [order] = await db
    .select()
    .from(orders)
    .where(
      and(
        eq(orders.id, orderId),
        eq(orders.fulfillingOrganisationId, distributorId),
        eq(orders.status, 'pending_distributor'),
      ),
    );
  return order ?? null;
}
