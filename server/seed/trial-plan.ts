import type { ProvisioningStatus, TrialState } from '../../domain/customer-status.ts';
import { catalogueServices } from './catalogue.ts';
import type { LicencePool, Lifecycle, TrialPlan } from './plan-types.ts';
import type { Random } from './random.ts';

/** Trials as drawn for generated customers: state, dates, services, extensions and devices (SPEC §7). */

export const trialableServices = catalogueServices.filter((s) => s.trialable).map((s) => s.id);
const trialDurations = [30, 60, 90];
const deviceTypeIds = ['desk-phone', 'room-kit', 'headset', 'board'];

export const trialStateWeights: Record<Lifecycle, [TrialState, number][]> = {
  paying: [
    ['active', 0.35],
    ['pending_consent', 0.08],
    ['pending_provisioning_details', 0.06],
    ['provisioning', 0.05],
    ['expired', 0.08],
    ['released', 0.08],
    ['cancelled', 0.08],
    ['declined', 0.05],
    ['converted', 0.17],
  ],
  trial_only: [
    ['active', 0.45],
    ['pending_consent', 0.12],
    ['pending_provisioning_details', 0.1],
    ['provisioning', 0.08],
    ['expired', 0.25],
  ],
  churned: [
    ['released', 0.5],
    ['cancelled', 0.2],
    ['declined', 0.15],
    ['expired', 0.15],
  ],
};

/** A trial in `state` for services the customer does not hold (TRI-4); null when none can be chosen. */
export function sampleTrial(
  rng: Random,
  pool: LicencePool,
  state: TrialState,
  heldServices: Set<string>,
  options: { serviceIds?: string[]; endDay?: number; ownerIsTier2?: boolean } = {},
): TrialPlan | null {
  const candidates = trialableServices.filter((id) => !heldServices.has(id));
  const serviceIds = options.serviceIds ?? rng.sample(candidates, rng.chance(0.7) ? 1 : 2);
  if (serviceIds.length === 0) return null;
  let durationDays = rng.pick(trialDurations);
  const licenceQuantity = Math.min(1000, Math.max(1, Math.round(pool.users * rng.real(0.5, 1.2))));
  const plan: TrialPlan = {
    state,
    services: [],
    licenceQuantity,
    durationDays,
    requestedDay: 0,
    decidedDay: null,
    startDay: null,
    endDay: null,
    cancelledDay: null,
    releasedDay: null,
    fullAdministration: null,
    extensions: [],
    devices: [],
    convertedTo: null,
    conversionPendingDistributor: false,
  };
  const started = (endDay: number) => {
    const extendedDays = 30 * plan.extensions.filter((e) => e === 'approved').length;
    // A trial that has begun began by today: an end far ahead (a scenario's) takes the shortest duration that fits.
    if (endDay - durationDays - extendedDays > 0) {
      const fitting = trialDurations.find((d) => endDay - d - extendedDays <= 0);
      if (fitting === undefined) throw new Error(`No trial duration lets a trial begun by today end on day ${endDay}`);
      durationDays = fitting;
      plan.durationDays = fitting;
    }
    plan.endDay = endDay;
    plan.startDay = endDay - durationDays - extendedDays;
    plan.decidedDay = plan.startDay;
    plan.requestedDay = plan.startDay - rng.real(0.1, 3);
    plan.fullAdministration = rng.chance(0.85);
  };
  if (state === 'active' && rng.chance(0.2)) plan.extensions.push('approved');
  switch (state) {
    case 'pending_consent':
      plan.requestedDay = -rng.real(0.05, 9.5);
      break;
    case 'pending_provisioning_details':
    case 'provisioning':
      started(options.endDay ?? durationDays - rng.real(0.5, 10));
      break;
    case 'active':
      started(options.endDay ?? rng.real(1, durationDays - 1) + 30 * plan.extensions.length);
      break;
    case 'expired':
      started(options.endDay ?? -rng.real(1, 29));
      break;
    case 'released':
      started(options.endDay ?? -rng.real(31, 300));
      plan.releasedDay = (plan.endDay as number) + 30;
      break;
    case 'converted':
      started(options.endDay ?? -rng.real(1, 300));
      break;
    case 'declined':
      plan.requestedDay = -rng.real(2, 200);
      plan.decidedDay = plan.requestedDay + rng.real(0.1, 5);
      break;
    case 'cancelled':
      if (rng.chance(0.6)) {
        plan.requestedDay = -rng.real(5, 200);
        plan.cancelledDay = plan.requestedDay + rng.real(0.1, 4);
      } else {
        started(-rng.real(1, 200));
        plan.cancelledDay = (plan.startDay as number) + rng.real(1, durationDays - 1);
        plan.endDay = plan.cancelledDay;
      }
      break;
  }
  const holdsLicences = state === 'active' || state === 'expired';
  const fill = rng.real(0.3, 1);
  plan.services = serviceIds.map((serviceId) => ({
    serviceId,
    provisioningStatus: trialProvisioning(rng, state),
    assigned:
      holdsLicences && serviceId !== 'devices'
        ? pool.take(serviceId, Math.round(Math.min(licenceQuantity, pool.available(serviceId)) * fill))
        : 0,
  }));
  for (const id of serviceIds) heldServices.add(id);
  if (serviceIds.includes('devices') && plan.startDay !== null && state !== 'converted') {
    for (const deviceTypeId of rng.sample(deviceTypeIds, rng.int(1, 2))) {
      const serials = rng.int(1, 3);
      const ended = plan.endDay !== null && plan.endDay + 14 < 0;
      plan.devices.push({ deviceTypeId, serials, returned: ended && rng.chance(0.85) ? serials : 0 });
    }
    if (state === 'active' && rng.chance(0.3)) plan.extensions.push('pending_approval');
  }
  plan.conversionPendingDistributor = !!options.ownerIsTier2 && state === 'active' && rng.chance(0.25);
  return plan;
}

function trialProvisioning(rng: Random, state: TrialState): ProvisioningStatus {
  switch (state) {
    case 'pending_consent':
    case 'pending_provisioning_details':
      return 'pending_details';
    case 'provisioning':
      return 'provisioning';
    case 'active':
      return rng.weighted<ProvisioningStatus>([
        ['provisioned', 0.92],
        ['manual_vendor', 0.03],
        ['manual_partner', 0.03],
        ['cannot_provision', 0.02],
      ]);
    default:
      return 'provisioned';
  }
}
