import type { SubscriptionState, TrialState } from '../../domain/customer-status.ts';
import { verticals } from '../../domain/reference-data.ts';
import { weightedCountries } from './names.ts';
import {
  type CustomerPlan,
  LicencePool,
  type Lifecycle,
  type PlanOptions,
  type SubscriptionPlan,
  type TrialPlan,
} from './plan-types.ts';
import type { Random } from './random.ts';
import { sampleSubscription } from './subscription-plan.ts';
import { sampleTrial, trialableServices, trialStateWeights } from './trial-plan.ts';

/**
 * One generated customer's plan, drawn from the state distributions, before any row exists. A plan is
 * cheap to draw: the generator draws every plan once to share out usage volume, then again to write rows.
 */

export * from './plan-types.ts';

const payingShare = 0.84;
const churnedShare = 0.07;
const lifecycleWeights: [Lifecycle, number][] = [
  ['paying', payingShare],
  ['trial_only', 1 - payingShare - churnedShare],
  ['churned', churnedShare],
];
/** Churned customers have one or two expired subscriptions. */
const churnedSubscriptionsMean = 1.5;

function liveServiceIds(plan: CustomerPlan): Set<string> {
  const held = new Set<string>();
  for (const s of plan.subscriptions) {
    if (s.state === 'active' || s.state === 'suspended') for (const service of s.services) held.add(service.serviceId);
  }
  return held;
}

/** One customer drawn from the distributions (`options.lifecycle` forces the lifecycle). */
export function sampleCustomerPlan(rng: Random, options: PlanOptions): { plan: CustomerPlan; pool: LicencePool } {
  const lifecycle = options.lifecycle ?? rng.weighted(lifecycleWeights);
  const country = rng.weighted(weightedCountries);
  const drawn = Math.round(rng.logNormal(options.usersPerCustomer, 1.1));
  const users = Math.max(options.minUsers ?? 1, Math.min(20_000, drawn));
  const pool = new LicencePool(users);
  const plan: CustomerPlan = {
    lifecycle,
    countryCode: country.code,
    vertical: rng.pick(verticals),
    createdDay: 0,
    licensedUsers: users,
    readOnlyAdmin: rng.chance(0.3),
    lastSignInDay: null,
    signIns: 0,
    adminLevel: rng.chance(0.1) ? 'provisioning' : 'full',
    externalAdmin: rng.chance(0.02),
    tagCount: rng.weighted([
      [0, 0.5],
      [1, 0.35],
      [2, 0.15],
    ]),
    subscriptions: [],
    trials: [],
  };
  // Paying customers carry the subscriptions that make the size's mean per customer.
  const payingMean = Math.max(
    1,
    (options.subscriptionsPerCustomer - churnedShare * churnedSubscriptionsMean) / payingShare,
  );
  if (lifecycle === 'paying') {
    const count = Math.min(8, 1 + rng.poisson(payingMean - 1));
    for (let i = 0; i < count; i++) {
      const state =
        i === 0
          ? rng.chance(0.02)
            ? 'suspended'
            : 'active'
          : rng.weighted<SubscriptionState>([
              ['active', 0.91],
              ['suspended', 0.01],
              ['expired', 0.06],
              ['cancelled', 0.02],
            ]);
      plan.subscriptions.push(sampleSubscription(rng, pool, state));
    }
  } else if (lifecycle === 'churned') {
    const count = rng.chance(0.5) ? 1 : 2;
    for (let i = 0; i < count; i++) plan.subscriptions.push(sampleSubscription(rng, pool, 'expired'));
  }
  const trialChance = lifecycle === 'paying' ? 0.22 : lifecycle === 'trial_only' ? 1 : 0.4;
  if (rng.chance(trialChance)) {
    const state = rng.weighted(trialStateWeights[lifecycle]);
    addTrial(rng, plan, pool, state, { ownerIsTier2: options.ownerIsTier2 });
  }
  finishPlan(rng, plan, options);
  return { plan, pool };
}

/** Adds a trial in `state`; a converted trial becomes the customer's newest subscription (TRI-13). */
export function addTrial(
  rng: Random,
  plan: CustomerPlan,
  pool: LicencePool,
  state: TrialState,
  options: { serviceIds?: string[]; endDay?: number; ownerIsTier2?: boolean } = {},
): TrialPlan | null {
  if (state === 'converted') {
    const target = plan.subscriptions.findIndex(
      (s) =>
        s.state === 'active' &&
        s.services.every((x) => trialableServices.includes(x.serviceId) && x.serviceId !== 'devices'),
    );
    if (target < 0) return null;
    const subscription = plan.subscriptions[target] as SubscriptionPlan;
    const trial = sampleTrial(rng, pool, 'converted', new Set(), {
      serviceIds: subscription.services.map((s) => s.serviceId),
      endDay: subscription.startDay,
    });
    if (!trial) return null;
    trial.convertedTo = target;
    plan.trials.push(trial);
    return trial;
  }
  const trial = sampleTrial(rng, pool, state, liveServiceIdsWithTrials(plan), options);
  if (trial) plan.trials.push(trial);
  return trial;
}

function liveServiceIdsWithTrials(plan: CustomerPlan): Set<string> {
  const held = liveServiceIds(plan);
  for (const t of plan.trials) for (const s of t.services) held.add(s.serviceId);
  return held;
}

/** Sign-ins and creation date follow from the subscriptions and trials. */
export function finishPlan(rng: Random, plan: CustomerPlan, options: PlanOptions): void {
  const firstDay = Math.min(
    -1,
    ...plan.subscriptions.map((s) => s.startDay),
    ...plan.trials.map((t) => t.requestedDay),
  );
  plan.createdDay = firstDay - rng.real(0, 30);
  const onlyPendingConsent = plan.subscriptions.length === 0 && plan.trials.every((t) => t.state === 'pending_consent');
  const activity = onlyPendingConsent
    ? 'never'
    : rng.weighted<'recent' | 'stale' | 'never'>(
        plan.lifecycle === 'churned'
          ? [
              ['stale', 0.7],
              ['never', 0.3],
            ]
          : [
              ['recent', 0.75],
              ['stale', 0.2],
              ['never', 0.05],
            ],
      );
  plan.lastSignInDay =
    activity === 'never'
      ? null
      : Math.max(plan.createdDay + 0.1, activity === 'recent' ? -rng.real(0.02, 25) : -rng.real(35, 200));
  plan.signIns = plan.lastSignInDay === null ? 0 : 1 + rng.poisson(Math.min(options.usageWeeks * 0.25, 8));
}

/** Days of overlap between [from, to] and [windowStartDay, 0], never negative. */
function daysInWindow(from: number, to: number, windowStartDay: number): number {
  return Math.max(0, Math.min(to, 0) - Math.max(from, windowStartDay));
}

/**
 * How much calling and meeting usage the customer can carry: licence-holding user-days inside the usage
 * window. The generator shares each data set's call legs and meetings out by these weights.
 */
export function usageWeights(plan: CustomerPlan, windowStartDay: number): { calling: number; meetings: number } {
  const weights = { calling: 0, meetings: 0 };
  const add = (serviceId: string, assigned: number, days: number) => {
    if (serviceId === 'calling') weights.calling += assigned * days;
    else if (serviceId === 'meetings') weights.meetings += assigned * days;
  };
  for (const s of plan.subscriptions) {
    if (s.state !== 'active' && s.state !== 'suspended') continue;
    const days = daysInWindow(s.startDay, s.endDay, windowStartDay);
    for (const service of s.services) add(service.serviceId, service.assigned, days);
  }
  for (const t of plan.trials) {
    if (t.startDay === null || t.endDay === null) continue;
    const days = daysInWindow(t.startDay, t.endDay, windowStartDay);
    for (const service of t.services) add(service.serviceId, service.assigned, days);
  }
  return weights;
}
