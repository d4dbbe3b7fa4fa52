import type { Clock } from '../../../domain/clock.ts';
import type { ProvisioningStatus, TrialState } from '../../../domain/customer-status.ts';
import type { Database } from '../../platform/db.ts';
import { overAssignmentChanges } from './over-assignment.queries.ts';
import { customerAsListed, recordEvent } from './webhook-events.queries.ts';

/**
 * The webhook events of the changes other features make (NOT-2), each called in the change's own transaction from
 * the one place that change happens, so every change records its event exactly once and a rollback records none.
 */

const at = (when: Date | Clock): Clock => (when instanceof Date ? { now: () => when } : when);

/** A customer joined a partner's list (a new customer, a partner's own organisation, a consented trial's link). */
export async function recordCustomerAdded(
  tx: Database,
  when: Date | Clock,
  link: { partnerId: string; customer: { id: string; name: string } },
) {
  await recordEvent(tx, at(when), {
    type: 'customer.created',
    customerId: link.customer.id,
    partnerIds: [link.partnerId],
    data: { customer: link.customer, partnerId: link.partnerId },
  });
}

/**
 * Customers changed for one partner (its tags on them, or the level a customer granted it): one event per customer,
 * with the customer as that partner now holds it, to that partner only.
 */
export async function recordCustomersChanged(
  tx: Database,
  when: Date | Clock,
  change: { partnerId: string; customerIds: readonly string[]; changed: 'tags' | 'adminLevel' },
) {
  for (const customerId of change.customerIds) {
    const customer = await customerAsListed(tx, change.partnerId, customerId);
    if (!customer) continue;
    await recordEvent(tx, at(when), {
      type: 'customer.changed',
      customerId,
      partnerIds: [change.partnerId],
      data: {
        customer: { id: customer.id, name: customer.name },
        partnerId: change.partnerId,
        changed: [change.changed],
        tags: customer.tags,
        adminLevel: customer.admin_level,
      },
    });
  }
}

/** Every transition of a trial, and a new trial (from `null`); only the trial's own partner hears of it. */
export async function recordTrialStateChange(
  tx: Database,
  when: Date | Clock,
  trial: { id: string; number: string; customerId: string; partnerId: string; state: TrialState },
  from: TrialState | null,
) {
  await recordEvent(tx, at(when), {
    type: 'trial.state_changed',
    customerId: trial.customerId,
    partnerIds: [trial.partnerId],
    data: {
      trial: { id: trial.id, number: trial.number },
      customer: { id: trial.customerId },
      partnerId: trial.partnerId,
      from,
      to: trial.state,
    },
  });
}

interface SubscriptionFacts {
  id: string;
  number: string;
  customerId: string;
  sellerOrganisationId: string;
  state: 'active' | 'suspended' | 'cancelled' | 'expired';
  endsAt: Date;
  autoRenew: boolean;
}

/** The subscription as every subscription event carries it: its state, end, renewal and quantities after the change. */
const subscriptionData = (
  subscription: SubscriptionFacts,
  services: readonly { serviceId: string; quantity: number }[],
) => ({
  subscription: {
    id: subscription.id,
    number: subscription.number,
    state: subscription.state,
    endsAt: subscription.endsAt.toISOString(),
    autoRenew: subscription.autoRenew,
    services: services.map((s) => ({ serviceId: s.serviceId, quantity: s.quantity })),
  },
  customer: { id: subscription.customerId },
  sellerOrganisationId: subscription.sellerOrganisationId,
});

export async function recordSubscriptionCreated(
  tx: Database,
  when: Date | Clock,
  subscription: SubscriptionFacts,
  lines: readonly { serviceId: string; licences: number }[],
) {
  await recordEvent(tx, at(when), {
    type: 'subscription.created',
    customerId: subscription.customerId,
    data: subscriptionData(
      subscription,
      lines.map((l) => ({ serviceId: l.serviceId, quantity: l.licences })),
    ),
  });
}

/**
 * A vendor operator's change of a subscription (server/features/subscriptions/): `changed` for its quantities,
 * auto-renew or a reinstatement, `suspended`, `renewed`; one event per change, with the subscription after it.
 */
export async function recordSubscriptionChange(
  tx: Database,
  when: Date | Clock,
  type: 'subscription.changed' | 'subscription.suspended' | 'subscription.renewed',
  subscription: SubscriptionFacts,
  services: readonly { serviceId: string; quantity: number }[],
) {
  await recordEvent(tx, at(when), {
    type,
    customerId: subscription.customerId,
    data: subscriptionData(subscription, services),
  });
}

/** One event per service whose provisioning status changed. */
export async function recordProvisioningChanges(
  tx: Database,
  when: Date | Clock,
  subject: { kind: 'trial' | 'subscription'; id: string; customerId: string; partnerId?: string },
  changes: readonly { serviceId: string; from: ProvisioningStatus | null; to: ProvisioningStatus }[],
) {
  for (const change of changes) {
    await recordEvent(tx, at(when), {
      type: 'provisioning.status_changed',
      customerId: subject.customerId,
      partnerIds: subject.partnerId ? [subject.partnerId] : undefined,
      data: {
        customer: { id: subject.customerId },
        subject: { kind: subject.kind, id: subject.id },
        serviceId: change.serviceId,
        from: change.from,
        to: change.to,
      },
    });
  }
}

/**
 * Licence over-assignment of the customers whose assignments or holdings changed: compares each (customer,
 * service) with the state recorded last time and records a started or ended event for each pair that moved.
 */
export async function recordOverAssignmentChanges(tx: Database, when: Date | Clock, customerIds: readonly string[]) {
  if (customerIds.length === 0) return;
  const clock = at(when);
  const changes = await overAssignmentChanges(tx, customerIds, clock.now());
  for (const change of changes) {
    await recordEvent(tx, clock, {
      type: change.started ? 'licence.over_assignment_started' : 'licence.over_assignment_ended',
      customerId: change.customerId,
      data: {
        customer: { id: change.customerId },
        serviceId: change.serviceId,
        assigned: change.assigned,
        available: change.available,
      },
    });
  }
}
