import { and, asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Clock } from '../../../domain/clock.ts';
import type {
  ConversionListResponse,
  ConvertTrialRequest,
  ConvertTrialResponse,
} from '../../../domain/contracts/trials.ts';
import { type Actor, customerAdminRoles } from '../../../domain/roles.ts';
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
import { ensure } from '../../platform/access.ts';
import { recordAudit } from '../../platform/audit.ts';
import { type Database, rowsOf } from '../../platform/db.ts';
import { AppError, badRequest, conflict, notFound } from '../../platform/errors.ts';
import { refreshCustomerListEntries } from '../customers/refresh-customer-list.ts';
import { requireVisibleTrial, trialDetailOf } from './get-trial.ts';
import { openTrialChange } from './trial-change.ts';
import { queueTrialEmails } from './trial-emails.ts';
import { factsForTrial } from './trial-notify.ts';
import {
  closePendingExtensions,
  decide,
  newOrderNumber,
  newSubscriptionNumber,
  reloadTrial,
  snapshotOf,
  writeTrial,
} from './trial-records.ts';
import { mayCompleteConversions, mayManageTrial } from './trials.policy.ts';
import {
  customerAdminEmails,
  pendingConversions,
  servicesOfTrials,
  type TrialRow,
  type VisibleTrial,
} from './trials.queries.ts';

/**
 * TRI-13: converting a trial into a paid subscription (an order). Tier-1 partners convert at once; a tier-2
 * partner's conversion waits for its distributor, who completes it. The trial's users, licences and usage stay:
 * its licence assignments move onto the new subscription.
 */

type Deps = { db: Database; clock: Clock };
type Order = typeof orders.$inferSelect;

const orderOut = (order: Order, subscriptionNumber: string | null) => ({
  id: order.id,
  number: order.number,
  status: order.status,
  subscriptionId: order.subscriptionId,
  subscriptionNumber,
});

/** TRI-13: the trial's customer admin or a partner admin; another address would create a new organisation. */
async function checkProvisioningContact(db: Database, trial: TrialRow, email: string) {
  if (email.toLowerCase() === trial.adminEmail.toLowerCase()) return;
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
  if (!user) {
    throw badRequest(
      'provisioningContactEmail',
      "The provisioning contact must be the trial's customer administrator or one of your partner administrators; " +
        'any other address would create a new organisation instead of converting this one.',
    );
  }
}

/** 409 `already_converted` naming the subscription, or `conflict` while a distributor has the order. */
async function refuseRepeatedConversion(db: Database, trial: TrialRow) {
  if (trial.state === 'converted' && trial.convertedSubscriptionId) {
    const [subscription] = await db
      .select({ number: subscriptions.number })
      .from(subscriptions)
      .where(and(eq(subscriptions.customerId, trial.customerId), eq(subscriptions.id, trial.convertedSubscriptionId)));
    throw new AppError(
      409,
      'already_converted',
      `This trial was already converted into subscription ${subscription?.number ?? trial.convertedSubscriptionId}.`,
    );
  }
  if ((await pendingConversions(db, [trial.id])).length > 0) {
    throw conflict('This trial is already waiting for its distributor to complete the conversion.');
  }
}

export async function convertTrial(
  deps: Deps,
  actor: Actor,
  trialId: string,
  input: ConvertTrialRequest,
): Promise<ConvertTrialResponse> {
  const now = deps.clock.now();
  const order = await deps.db.transaction(async (tx) => {
    const row = await openTrialChange(tx, actor, trialId, {
      allowed: mayManageTrial,
      refusal: 'You may not convert this trial.',
      // A request repeated after a lost answer (REL-3) learns what its first sending did, before any version check.
      beforeVersion: (trial) => refuseRepeatedConversion(tx, trial),
      version: input.version,
    });
    const { trial } = row;
    await checkProvisioningContact(tx, trial, input.provisioningContactEmail);
    const snapshot = await snapshotOf(tx, trial, row.partnerTimeZone);
    const next = decide(snapshot, { type: 'convert' }, now);
    const lines = (await servicesOfTrials(tx, [trial.id])).map((l) => ({
      serviceId: l.serviceId,
      quantity: l.licences,
    }));
    const terms = { autoRenew: input.autoRenew ?? true, termMonths: input.termMonths ?? 12 };

    if (row.partnerTier === 'tier2') {
      if (!row.distributorId)
        throw new AppError(409, 'no_distributor', 'This partner has no distributor to convert through.');
      // The trial does not change yet; its version moves so that a concurrent action learns of the order.
      const updated = await writeTrial(tx, trial, {});
      const [order] = await tx
        .insert(orders)
        .values({
          customerId: trial.customerId,
          number: newOrderNumber(),
          trialId: trial.id,
          kind: 'trial_conversion',
          status: 'pending_distributor',
          placedByOrganisationId: trial.partnerId,
          placedByUserId: actor.userId,
          fulfillingOrganisationId: row.distributorId,
          provisioningContactEmail: input.provisioningContactEmail,
          lines,
          createdAt: now,
        })
        .returning();
      if (!order) throw new Error('order not stored');
      await queueTrialEmails(tx, deps.clock, {
        organisationId: row.distributorId,
        template: 'trial.conversion-requested',
        to: await distributorAdminEmails(tx, row.distributorId),
        facts: await factsForTrial(tx, updated),
      });
      await recordAudit(tx, deps.clock, actor, {
        organisationId: trial.customerId,
        action: 'trial.conversion_requested',
        targetType: 'trial',
        targetId: trial.id,
        after: { order: order.number, distributorId: row.distributorId, ...terms },
      });
      return { order, subscriptionNumber: null };
    }

    const [order] = await tx
      .insert(orders)
      .values({
        customerId: trial.customerId,
        number: newOrderNumber(),
        trialId: trial.id,
        kind: 'trial_conversion',
        status: 'completed',
        placedByOrganisationId: trial.partnerId,
        placedByUserId: actor.userId,
        provisioningContactEmail: input.provisioningContactEmail,
        lines,
        createdAt: now,
      })
      .returning();
    if (!order) throw new Error('order not stored');
    return completeConversion(tx, deps.clock, actor, row, order, next.trial.state, terms);
  });
  const row = await requireVisibleTrial(deps.db, actor, trialId);
  return {
    trial: await trialDetailOf(deps.db, actor, row, now),
    order: orderOut(order.order, order.subscriptionNumber),
  };
}

/** The conversion itself: subscription, its services, the completed order, licences moved; the trial converted. */
async function completeConversion(
  tx: Database,
  clock: Clock,
  actor: Actor,
  row: VisibleTrial,
  order: Order,
  state: TrialRow['state'],
  terms: { autoRenew: boolean; termMonths: number },
) {
  const { trial } = row;
  const now = clock.now();
  const endsAt = new Date(now);
  endsAt.setUTCMonth(endsAt.getUTCMonth() + terms.termMonths);
  const lines = await servicesOfTrials(tx, [trial.id]);
  const [subscription] = await tx
    .insert(subscriptions)
    .values({
      customerId: trial.customerId,
      number: newSubscriptionNumber(),
      sellerOrganisationId: trial.partnerId,
      state: 'active',
      startsAt: now,
      endsAt,
      autoRenew: terms.autoRenew,
      convertedFromTrialId: trial.id,
      createdAt: now,
    })
    .returning();
  if (!subscription) throw new Error('subscription not stored');
  if (lines.length > 0) {
    await tx.insert(subscriptionServices).values(
      lines.map((l) => ({
        customerId: trial.customerId,
        subscriptionId: subscription.id,
        serviceId: l.serviceId,
        quantity: l.licences,
        provisioningStatus: l.provisioningStatus,
      })),
    );
  }
  const [completed] = await tx
    .update(orders)
    .set({ status: 'completed', completedAt: now, subscriptionId: subscription.id })
    .where(and(eq(orders.customerId, order.customerId), eq(orders.id, order.id)))
    .returning();
  // Usage is kept: the same users keep the same licences, now from the subscription.
  await tx
    .update(licenceAssignments)
    .set({ subscriptionId: subscription.id, trialId: null })
    .where(and(eq(licenceAssignments.customerId, trial.customerId), eq(licenceAssignments.trialId, trial.id)));
  await tx
    .update(phoneNumbers)
    .set({ trialId: null })
    .where(and(eq(phoneNumbers.customerId, trial.customerId), eq(phoneNumbers.trialId, trial.id)));
  const updated = await writeTrial(tx, trial, { state, convertedSubscriptionId: subscription.id });
  await closePendingExtensions(tx, trial, now);
  await queueTrialEmails(tx, clock, {
    organisationId: trial.customerId,
    template: 'trial.converted',
    to: await customerAdminEmails(tx, trial.customerId, customerAdminRoles),
    facts: await factsForTrial(tx, updated),
  });
  await recordAudit(tx, clock, actor, {
    organisationId: trial.customerId,
    action: 'trial.converted',
    targetType: 'trial',
    targetId: trial.id,
    before: { state: trial.state },
    after: { state, subscription: subscription.number, order: order.number, ...terms },
  });
  await refreshCustomerListEntries(tx, [trial.customerId]);
  return { order: completed ?? order, subscriptionNumber: subscription.number };
}

async function distributorAdminEmails(db: Database, distributorId: string) {
  const rows = await db.execute(sql`select distinct u.email from users u
    join role_assignments ra on ra.organisation_id = u.organisation_id and ra.user_id = u.id
    where u.organisation_id = ${distributorId} and u.status <> 'disabled'
      and ra.role in ('partner_full_admin', 'sales_full_admin', 'sales_admin') order by 1`);
  return rowsOf<{ email: string }>(rows).map((r) => r.email);
}

/** TRI-13: the conversions a distributor's tier-2 partners sent, waiting for it. */
export async function listConversions(deps: Deps, actor: Actor): Promise<ConversionListResponse> {
  ensure(mayCompleteConversions(actor), "Only a distributor's administrators complete conversions.");
  const customer = alias(organisations, 'customer');
  const partner = alias(organisations, 'partner');
  const rows = await deps.db
    .select({ order: orders, trial: trials, customerName: customer.name, partnerName: partner.name })
    .from(orders)
    .innerJoin(trials, and(eq(trials.customerId, orders.customerId), eq(trials.id, orders.trialId)))
    .innerJoin(customer, eq(customer.id, orders.customerId))
    .innerJoin(partner, eq(partner.id, orders.placedByOrganisationId))
    .where(and(eq(orders.fulfillingOrganisationId, actor.organisationId), eq(orders.status, 'pending_distributor')))
    .orderBy(asc(orders.createdAt));
  const names = new Map(
    (await deps.db.select({ id: services.id, name: services.name }).from(services)).map((s) => [s.id, s.name]),
  );
  return {
    items: rows.map((r) => ({
      orderId: r.order.id,
      orderNumber: r.order.number,
      trial: {
        id: r.trial.id,
        number: r.trial.number,
        state: r.trial.state,
        endsAt: r.trial.endsAt?.toISOString() ?? null,
      },
      customer: { id: r.trial.customerId, name: r.customerName },
      partner: { id: r.order.placedByOrganisationId, name: r.partnerName },
      provisioningContactEmail: r.order.provisioningContactEmail,
      lines: r.order.lines.map((l) => ({ ...l, serviceName: names.get(l.serviceId) ?? l.serviceId })),
      createdAt: r.order.createdAt.toISOString(),
    })),
  };
}

/** TRI-13: the distributor completes a tier-2 partner's conversion (still within the trial's grace). */
export async function completeDistributorConversion(
  deps: Deps,
  actor: Actor,
  orderId: string,
): Promise<ConvertTrialResponse> {
  ensure(mayCompleteConversions(actor), "Only a distributor's administrators complete conversions.");
  const now = deps.clock.now();
  const { result, trialId } = await deps.db.transaction(async (tx) => {
    const [order] = await tx
      .select()
      .from(orders)
      .where(
        and(
          eq(orders.id, orderId),
          eq(orders.fulfillingOrganisationId, actor.organisationId),
          eq(orders.status, 'pending_distributor'),
        ),
      );
    if (!order?.trialId) throw notFound('The conversion');
    const row = await reloadTrial(tx, order.trialId);
    const next = decide(await snapshotOf(tx, row.trial, row.partnerTimeZone), { type: 'convert' }, now);
    const result = await completeConversion(tx, deps.clock, actor, row, order, next.trial.state, {
      autoRenew: true,
      termMonths: 12,
    });
    return { result, trialId: order.trialId };
  });
  const row = await reloadTrial(deps.db, trialId);
  return {
    trial: await trialDetailOf(deps.db, actor, row, now),
    order: orderOut(result.order, result.subscriptionNumber),
  };
}
