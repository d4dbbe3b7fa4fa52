import type { ProvisioningStatus, SubscriptionState } from '../../domain/customer-status.ts';
import type { LicencePool, ServicePlan, SubscriptionPlan } from './plan-types.ts';
import type { Random } from './random.ts';

/** Paid subscriptions as drawn for generated customers: services, licences, dates, billing, provisioning. */

const serviceBundles: [string[], number][] = [
  [['calling'], 14],
  [['meetings'], 14],
  [['messaging'], 10],
  [['meetings', 'meetings-enterprise'], 6],
  [['meetings', 'meetings-assistant'], 4],
  [['meetings', 'meetings-1000'], 3],
  [['calling', 'messaging'], 8],
  [['meetings', 'calling', 'messaging'], 10],
  [['contact-center'], 5],
  [['devices'], 5],
  [['meetings', 'translation'], 3],
  [['calling', 'contact-center'], 3],
];

/** Licences bought relative to the customer's users, per kind of service. */
function quantityFor(rng: Random, serviceId: string, users: number): number {
  if (serviceId === 'devices') return rng.int(1, 10 + Math.floor(users / 10));
  const share =
    serviceId === 'contact-center'
      ? rng.real(0.05, 0.2)
      : ['meetings-enterprise', 'meetings-1000', 'meetings-assistant', 'translation'].includes(serviceId)
        ? rng.real(0.1, 0.5)
        : rng.real(0.6, 1.3);
  return Math.max(1, Math.round(users * share));
}

/** Assigned licences for a live subscription service: mostly well used, some low, a few over the limit. */
function assignedFor(rng: Random, pool: LicencePool, serviceId: string, quantity: number): number {
  if (serviceId === 'devices') return 0;
  const fill = rng.weighted<'low' | 'normal' | 'over'>([
    ['low', 0.12],
    ['normal', 0.83],
    ['over', 0.05],
  ]);
  if (fill === 'over' && pool.available(serviceId) > quantity) {
    return pool.take(serviceId, quantity + 1 + rng.int(0, Math.floor(quantity * 0.15)));
  }
  const share = fill === 'low' ? rng.real(0.02, 0.25) : rng.real(0.5, 1);
  return pool.take(serviceId, Math.round(quantity * share));
}

function provisioningFor(rng: Random, startDay: number): ProvisioningStatus {
  if (startDay > -21) {
    return rng.weighted<ProvisioningStatus>([
      ['provisioned', 0.5],
      ['provisioning', 0.2],
      ['pending_details', 0.12],
      ['manual_vendor', 0.07],
      ['manual_partner', 0.07],
      ['cannot_provision', 0.04],
    ]);
  }
  return rng.weighted<ProvisioningStatus>([
    ['provisioned', 0.97],
    ['manual_partner', 0.01],
    ['manual_vendor', 0.01],
    ['cannot_provision', 0.01],
  ]);
}

/** Days from `startDay` to the end of the current term (≥ a few hours ahead). */
function currentTermEnd(rng: Random, startDay: number, termMonths: number): number {
  const termDays = Math.round(termMonths * 30.4375);
  const elapsed = -startDay;
  return termDays - (elapsed % termDays) + rng.real(0.05, 0.9);
}

export function sampleSubscription(
  rng: Random,
  pool: LicencePool,
  state: SubscriptionState,
  options: { startDay?: number } = {},
): SubscriptionPlan {
  const termMonths = rng.chance(0.8) ? 12 : 36;
  const termDays = Math.round(termMonths * 30.4375);
  let startDay: number;
  let endDay: number;
  if (state === 'expired' || state === 'cancelled') {
    endDay = -rng.real(1, state === 'expired' ? 500 : 300);
    startDay = state === 'expired' ? endDay - termDays : endDay - rng.real(30, termDays);
  } else {
    startDay = options.startDay ?? (rng.chance(0.08) ? -rng.real(1, 60) : -rng.real(60, 1100));
    endDay = currentTermEnd(rng, startDay, termMonths);
  }
  const live = state === 'active' || state === 'suspended';
  const bundle = rng.weighted(serviceBundles);
  const services = bundle.map((serviceId): ServicePlan => {
    const quantity = quantityFor(rng, serviceId, pool.users);
    return {
      serviceId,
      quantity,
      // Licences of subscriptions that are no longer live were released.
      assigned: live ? assignedFor(rng, pool, serviceId, quantity) : 0,
      provisioningStatus: live ? provisioningFor(rng, startDay) : 'provisioned',
    };
  });
  const isNew = startDay > -21;
  return {
    state,
    billingState: state === 'suspended' || (state === 'active' && rng.chance(0.005)) ? 'unpaid' : 'paid',
    setupComplete: !(live && (isNew ? rng.chance(0.4) : rng.chance(0.01))),
    autoRenew: rng.chance(0.75),
    startDay,
    endDay,
    termMonths,
    soldByVendor: rng.chance(0.02),
    services,
  };
}
