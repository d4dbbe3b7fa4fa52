import { wholeDaysBetween } from './calendar-days.ts';

/**
 * The customer list's statuses: one source of truth for CUS-2 (customer statuses), CUS-3 (provisioning
 * status) and CUS-4 (subscription status), plus TRI-17 (trial services expiring). Pure functions over plain
 * facts; SQL that filters or sorts by these statuses at scale must agree with them (ARCHITECTURE.md, Rules).
 *
 * Rules where SPEC.md is silent, decided here:
 * - A subscription is *live* when its state is active or suspended and it has not ended: an auto-renewing
 *   subscription renews and never ends; one that does not auto-renew has ended once its end day has passed.
 *   Cancelled and expired subscriptions are not live. Only live subscriptions count for any status.
 * - A trial is *ongoing* from the request until its end (pending consent, pending provisioning details,
 *   provisioning, active) and while its end day has not passed. An ongoing trial whose end day has passed, and
 *   a trial in state expired (the grace period), is an *expired trial*. Released, cancelled, declined and
 *   converted trials count for nothing.
 * - "Ends within N days" means 0 ≤ whole days left ≤ N, counted in the partner's time zone (X-4): the end day
 *   itself is day 0. Auto-renewing subscriptions do not expire, so they are never "expiring" (they renew;
 *   ANA-1 tells expiration and renewal apart the same way).
 * - "Suspended" (CUS-2 and CUS-4): a live subscription whose state is suspended or whose billing is unpaid.
 * - "No recent activity": no customer administrator sign-in at all, or the last one at least
 *   `noRecentActivityDays` whole days ago.
 * - Provisioning status counts the services of live subscriptions and of ongoing trials that the customer
 *   has consented to (a trial pending consent has nothing to provision yet).
 * - CUS-4 statuses use fixed 30- and 60-day windows (SPEC names them); CUS-2's expiring-soon window is the
 *   configurable one.
 */

export const customerStatusOrder = [
  'suspended',
  'over_licence',
  'expiring_soon',
  'ready_for_order_setup',
  'no_recent_activity',
  'trial',
  'subscription',
  'expired',
] as const;
export type CustomerStatus = (typeof customerStatusOrder)[number];

/** CUS-3, most important first. */
export const provisioningStatusImportance = [
  'cannot_provision',
  'manual_partner',
  'manual_vendor',
  'pending_details',
  'provisioning',
  'provisioned',
] as const;
export type ProvisioningStatus = (typeof provisioningStatusImportance)[number];

/** CUS-4, in the order SPEC lists them. */
export const subscriptionStatusOrder = [
  'active',
  'suspended',
  'expiring_30',
  'expiring_60',
  'trial_active',
  'trial_expiring_30',
  'trial_expiring_60',
  'trial_expired',
] as const;
export type SubscriptionStatus = (typeof subscriptionStatusOrder)[number];

export type SubscriptionState = 'active' | 'suspended' | 'cancelled' | 'expired';
/** Every state of a trial (SPEC §7; the lifecycle is domain/trial-lifecycle.ts). */
export const trialStates = [
  'pending_consent',
  'pending_provisioning_details',
  'provisioning',
  'active',
  'expired',
  'released',
  'cancelled',
  'declined',
  'converted',
] as const;
export type TrialState = (typeof trialStates)[number];

export const ongoingTrialStates: readonly TrialState[] = [
  'pending_consent',
  'pending_provisioning_details',
  'provisioning',
  'active',
];

export interface ServiceProvisioning {
  provisioningStatus: ProvisioningStatus;
}

interface SubscriptionServiceFacts extends ServiceProvisioning {
  serviceId: string;
  /** Licences bought. */
  quantity: number;
  /** Licences assigned to users now. */
  assigned: number;
}

export interface SubscriptionFacts {
  state: SubscriptionState;
  billingState: 'paid' | 'unpaid';
  setupComplete: boolean;
  endsAt: Date;
  autoRenew: boolean;
  services: readonly SubscriptionServiceFacts[];
}

export interface TrialFacts {
  id?: string;
  state: TrialState;
  /** Null until the trial has started (pending consent). */
  endsAt: Date | null;
  services: readonly (ServiceProvisioning & { serviceId: string })[];
}

export interface CustomerFacts {
  subscriptions: readonly SubscriptionFacts[];
  trials: readonly TrialFacts[];
  /** The last sign-in of any customer administrator to the customer console. */
  lastAdminSignInAt: Date | null;
}

interface StatusThresholds {
  expiringSoonDays: number;
  noRecentActivityDays: number;
}

const defaultStatusThresholds: StatusThresholds = { expiringSoonDays: 30, noRecentActivityDays: 30 };

/**
 * What makes a customer "need attention" on the Customers page (its KPI and filter): something a partner
 * administrator has to act on — a suspended subscription, licences over the bought quantity, an end within
 * the expiring-soon window (CUS-2), or a service that cannot be provisioned (CUS-3).
 */
export const attentionCustomerStatuses = [
  'suspended',
  'over_licence',
  'expiring_soon',
] as const satisfies readonly CustomerStatus[];
export const attentionProvisioningStatuses = ['cannot_provision'] as const satisfies readonly ProvisioningStatus[];

/** CUS-4's fixed windows. */
export const expiringWithinDays = { near: 30, far: 60 } as const;

export interface StatusContext {
  now: Date;
  /** The partner's time zone. */
  timeZone: string;
  thresholds?: Partial<StatusThresholds>;
}

const daysLeft = (endsAt: Date, ctx: StatusContext) => wholeDaysBetween(ctx.now, endsAt, ctx.timeZone);

export function isLiveSubscription(subscription: SubscriptionFacts, ctx: StatusContext): boolean {
  if (subscription.state !== 'active' && subscription.state !== 'suspended') return false;
  return subscription.autoRenew || daysLeft(subscription.endsAt, ctx) >= 0;
}

function isSuspendedSubscription(subscription: SubscriptionFacts, ctx: StatusContext): boolean {
  return (
    isLiveSubscription(subscription, ctx) &&
    (subscription.state === 'suspended' || subscription.billingState === 'unpaid')
  );
}

export function isOngoingTrial(trial: TrialFacts, ctx: StatusContext): boolean {
  if (!ongoingTrialStates.includes(trial.state)) return false;
  return trial.endsAt === null || daysLeft(trial.endsAt, ctx) >= 0;
}

function isExpiredTrial(trial: TrialFacts, ctx: StatusContext): boolean {
  if (trial.state === 'expired') return true;
  return ongoingTrialStates.includes(trial.state) && trial.endsAt !== null && daysLeft(trial.endsAt, ctx) < 0;
}

function endsWithin(endsAt: Date, days: number, ctx: StatusContext): boolean {
  const left = daysLeft(endsAt, ctx);
  return left >= 0 && left <= days;
}

/** CUS-2: every status that applies, most urgent first. */
export function customerStatuses(customer: CustomerFacts, ctx: StatusContext): CustomerStatus[] {
  const thresholds = { ...defaultStatusThresholds, ...ctx.thresholds };
  const live = customer.subscriptions.filter((s) => isLiveSubscription(s, ctx));
  const ongoingTrials = customer.trials.filter((t) => isOngoingTrial(t, ctx));
  const applies: Record<CustomerStatus, boolean> = {
    suspended: live.some((s) => isSuspendedSubscription(s, ctx)),
    over_licence: live.some((s) => s.services.some((service) => service.assigned > service.quantity)),
    expiring_soon:
      live.some((s) => !s.autoRenew && endsWithin(s.endsAt, thresholds.expiringSoonDays, ctx)) ||
      ongoingTrials.some((t) => t.endsAt !== null && endsWithin(t.endsAt, thresholds.expiringSoonDays, ctx)),
    ready_for_order_setup: live.some((s) => !s.setupComplete),
    no_recent_activity:
      customer.lastAdminSignInAt === null ||
      wholeDaysBetween(customer.lastAdminSignInAt, ctx.now, ctx.timeZone) >= thresholds.noRecentActivityDays,
    trial: ongoingTrials.length > 0,
    subscription: live.some((s) => s.state === 'active'),
    expired: live.length === 0 && ongoingTrials.length === 0,
  };
  return customerStatusOrder.filter((status) => applies[status]);
}

/** CUS-3: the most important provisioning status among `services`, or null when there are none. */
export function provisioningStatusOf(services: readonly ServiceProvisioning[]): ProvisioningStatus | null {
  let best: number | null = null;
  for (const service of services) {
    const rank = provisioningStatusImportance.indexOf(service.provisioningStatus);
    if (best === null || rank < best) best = rank;
  }
  return best === null ? null : (provisioningStatusImportance[best] ?? null);
}

/** CUS-3 for the customer's row: live subscriptions' services and consented ongoing trials' services. */
export function customerProvisioningStatus(customer: CustomerFacts, ctx: StatusContext): ProvisioningStatus | null {
  const services: ServiceProvisioning[] = [];
  for (const s of customer.subscriptions) if (isLiveSubscription(s, ctx)) services.push(...s.services);
  for (const t of customer.trials) {
    if (t.state !== 'pending_consent' && isOngoingTrial(t, ctx)) services.push(...t.services);
  }
  return provisioningStatusOf(services);
}

/** CUS-4 for one subscription; null when it is not live (cancelled, expired or ended). */
export function subscriptionStatusOf(subscription: SubscriptionFacts, ctx: StatusContext): SubscriptionStatus | null {
  if (!isLiveSubscription(subscription, ctx)) return null;
  if (isSuspendedSubscription(subscription, ctx)) return 'suspended';
  if (!subscription.autoRenew) {
    if (endsWithin(subscription.endsAt, expiringWithinDays.near, ctx)) return 'expiring_30';
    if (endsWithin(subscription.endsAt, expiringWithinDays.far, ctx)) return 'expiring_60';
  }
  return 'active';
}

/** CUS-4 for one trial; null when it counts for nothing (released, cancelled, declined, converted). */
export function trialStatusOf(trial: TrialFacts, ctx: StatusContext): SubscriptionStatus | null {
  if (isExpiredTrial(trial, ctx)) return 'trial_expired';
  if (!isOngoingTrial(trial, ctx)) return null;
  if (trial.endsAt !== null) {
    if (endsWithin(trial.endsAt, expiringWithinDays.near, ctx)) return 'trial_expiring_30';
    if (endsWithin(trial.endsAt, expiringWithinDays.far, ctx)) return 'trial_expiring_60';
  }
  return 'trial_active';
}

/** CUS-4 for the customer's row: the distinct statuses of its subscriptions and trials, in SPEC's order. */
export function subscriptionStatuses(customer: CustomerFacts, ctx: StatusContext): SubscriptionStatus[] {
  const found = new Set<SubscriptionStatus>();
  for (const s of customer.subscriptions) {
    const status = subscriptionStatusOf(s, ctx);
    if (status) found.add(status);
  }
  for (const t of customer.trials) {
    const status = trialStatusOf(t, ctx);
    if (status) found.add(status);
  }
  return subscriptionStatusOrder.filter((status) => found.has(status));
}

export interface TrialServicesExpiring {
  trialId: string | undefined;
  serviceIds: string[];
  daysLeft: number;
}

/** TRI-17: the ongoing, started trials with their services and whole days left, soonest first. */
export function trialServicesExpiring(trials: readonly TrialFacts[], ctx: StatusContext): TrialServicesExpiring[] {
  return trials
    .filter((t) => t.endsAt !== null && isOngoingTrial(t, ctx))
    .map((t) => ({
      trialId: t.id,
      serviceIds: t.services.map((s) => s.serviceId),
      daysLeft: daysLeft(t.endsAt as Date, ctx),
    }))
    .sort((a, b) => a.daysLeft - b.daysLeft);
}
