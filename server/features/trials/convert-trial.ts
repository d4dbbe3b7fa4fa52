import type { Clock } from '../../../domain/clock.ts';
import type {
  ConversionListResponse,
  ConvertTrialRequest,
  ConvertTrialResponse,
} from '../../../domain/contracts/trials.ts';
import { type Actor, customerAdminRoles } from '../../../domain/roles.ts';
import { ensure } from '../../platform/access.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Database } from '../../platform/db.ts';
import { AppError, badRequest, conflict, notFound } from '../../platform/errors.ts';
import { refreshCustomerListEntries } from '../customers/refresh-customer-list.ts';
import { newOrderNumber, newSubscriptionNumber } from '../subscriptions/subscription-numbers.ts';
import { recordSubscriptionCreated } from '../webhooks/change-events.ts';
import { requireVisibleTrial, trialDetailOf } from './get-trial.ts';
import { openTrialChange } from './trial-change.ts';
import {
  completeOrder,
  conversionsWaitingFor,
  findConversionWaitingFor,
  insertOrder,
  insertSubscriptionWithServices,
  isPartnerUserOrCustomerFullAdmin,
  moveTrialUsageToSubscription,
  type OrderRow,
  pendingConversions,
  serviceNames,
  subscriptionNumber,
} from './trial-conversions.queries.ts';
import { queueTrialEmails } from './trial-emails.ts';
import { factsForTrial } from './trial-notify.ts';
import { customerAdminEmails, distributorAdminEmails } from './trial-recipients.queries.ts';
import { closePendingExtensions, reloadTrial, snapshotOf, writeTrial } from './trial-records.queries.ts';
import { decide } from './trial-steps.ts';
import { mayCompleteConversions, mayManageTrial } from './trials.policy.ts';
import { servicesOfTrials, type TrialRow, type VisibleTrial } from './trials.queries.ts';

/**
 * TRI-13: converting a trial into a paid subscription (an order). Tier-1 partners convert at once; a tier-2
 * partner's conversion waits for its distributor, who completes it. The trial's users, licences and usage stay:
 * its licence assignments move onto the new subscription.
 */

type Deps = { db: Database; clock: Clock };

const orderOut = (order: OrderRow, subscriptionNumber: string | null) => ({
  id: order.id,
  number: order.number,
  status: order.status,
  subscriptionId: order.subscriptionId,
  subscriptionNumber,
});

/** TRI-13: the trial's customer admin or a partner admin; another address would create a new organisation. */
async function checkProvisioningContact(db: Database, trial: TrialRow, email: string) {
  if (email.toLowerCase() === trial.adminEmail.toLowerCase()) return;
  if (!(await isPartnerUserOrCustomerFullAdmin(db, trial, email))) {
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
    const number = await subscriptionNumber(db, trial.customerId, trial.convertedSubscriptionId);
    throw new AppError(
      409,
      'already_converted',
      `This trial was already converted into subscription ${number ?? trial.convertedSubscriptionId}.`,
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
      const updated = await writeTrial(tx, deps.clock, trial, {});
      const order = await insertOrder(tx, {
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
      });
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

    const order = await insertOrder(tx, {
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
    });
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
  order: OrderRow,
  state: TrialRow['state'],
  terms: { autoRenew: boolean; termMonths: number },
) {
  const { trial } = row;
  const now = clock.now();
  const endsAt = new Date(now);
  endsAt.setUTCMonth(endsAt.getUTCMonth() + terms.termMonths);
  const lines = await servicesOfTrials(tx, [trial.id]);
  const subscription = await insertSubscriptionWithServices(
    tx,
    {
      customerId: trial.customerId,
      number: newSubscriptionNumber(),
      sellerOrganisationId: trial.partnerId,
      state: 'active',
      startsAt: now,
      endsAt,
      autoRenew: terms.autoRenew,
      termMonths: terms.termMonths,
      convertedFromTrialId: trial.id,
      createdAt: now,
    },
    lines,
  );
  const completed = await completeOrder(tx, order, subscription.id, now);
  // Usage is kept: the same users keep the same licences, now from the subscription.
  await moveTrialUsageToSubscription(tx, trial, subscription.id);
  const updated = await writeTrial(tx, clock, trial, { state, convertedSubscriptionId: subscription.id });
  await recordSubscriptionCreated(tx, clock, subscription, lines);
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

/** TRI-13: the conversions a distributor's tier-2 partners sent, waiting for it. */
export async function listConversions(deps: Deps, actor: Actor): Promise<ConversionListResponse> {
  ensure(mayCompleteConversions(actor), "Only a distributor's administrators complete conversions.");
  const rows = await conversionsWaitingFor(deps.db, actor.organisationId);
  const names = await serviceNames(deps.db);
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
    const order = await findConversionWaitingFor(tx, orderId, actor.organisationId);
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
