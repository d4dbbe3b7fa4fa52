import type { ProvisioningStatus, SubscriptionState, TrialState } from '../../domain/customer-status.ts';
import {
  addTrial,
  type CustomerPlan,
  finishPlan,
  LicencePool,
  type PlanOptions,
  type SubscriptionPlan,
  sampleCustomerPlan,
  type TrialPlan,
} from './customer-plan.ts';
import type { Random } from './random.ts';

/**
 * Customers with a fixed story, placed first among a partner's customers so that every status of CUS-2,
 * CUS-3 and CUS-4, every trial state, device returns (one overdue), an external administrator, a direct
 * purchase and a conversion waiting for a distributor exist whatever the seed. Day values keep clear of
 * window boundaries so the stories hold in every time zone. The random rest of the plan stays random.
 */

export const partnerOneScenarios = [
  'customer-one',
  'suspended',
  'over-licence',
  'expiring-30',
  'expiring-60',
  'order-setup',
  'no-recent-activity',
  'trial-active',
  'trial-expiring-30',
  'trial-expiring-60',
  'trial-expired',
  'expired',
  'provisioning',
  'manual-vendor',
  'manual-partner',
  'cannot-provision',
  'trial-pending-consent',
  'trial-pending-details',
  'trial-provisioning',
  'trial-released',
  'trial-cancelled',
  'trial-declined',
  'trial-converted',
  'direct-from-vendor',
  'device-trial',
  'device-return-overdue',
  'provisioning-admin',
  'low-assignment',
  'renewing-soon',
] as const;
export const partnerTwoScenarios = ['external-admin'] as const;
export const tierTwoScenarios = ['distributor-conversion'] as const;

export type Scenario =
  | (typeof partnerOneScenarios)[number]
  | (typeof partnerTwoScenarios)[number]
  | (typeof tierTwoScenarios)[number];

interface Built {
  plan: CustomerPlan;
  pool: LicencePool;
}

interface SubscriptionSpec {
  serviceIds: string[];
  quantity?: number;
  assigned?: number;
  state?: SubscriptionState;
  startDay?: number;
  endDay?: number;
  autoRenew?: boolean;
  setupComplete?: boolean;
  provisioning?: ProvisioningStatus;
}

/** A live subscription exactly as specified, taking its licences from the customer's pool. */
function subscription(rng: Random, pool: LicencePool, spec: SubscriptionSpec): SubscriptionPlan {
  const startDay = spec.startDay ?? -rng.real(100, 600);
  const state = spec.state ?? 'active';
  return {
    state,
    billingState: state === 'suspended' ? 'unpaid' : 'paid',
    setupComplete: spec.setupComplete ?? true,
    autoRenew: spec.autoRenew ?? true,
    startDay,
    endDay: spec.endDay ?? rng.real(90, 300),
    termMonths: 12,
    soldByVendor: false,
    services: spec.serviceIds.map((serviceId) => {
      const quantity = spec.quantity ?? Math.max(1, Math.round(pool.users * 0.9));
      const wanted = spec.assigned ?? Math.round(quantity * 0.8);
      return {
        serviceId,
        quantity,
        assigned: serviceId === 'devices' ? 0 : pool.take(serviceId, wanted),
        provisioningStatus: spec.provisioning ?? 'provisioned',
      };
    }),
  };
}

/** A drawn customer (country, users, admins, …) without its subscriptions and trials, all licences free. */
function blank(rng: Random, options: PlanOptions): Built {
  const { plan } = sampleCustomerPlan(rng, options);
  plan.subscriptions = [];
  plan.trials = [];
  return { plan, pool: new LicencePool(plan.licensedUsers) };
}

/** A paying customer with one plain, healthy subscription and a recent sign-in, plus `extra`. */
function paying(rng: Random, options: PlanOptions, extra: SubscriptionSpec[] = []): Built {
  const built = blank(rng, { ...options, lifecycle: 'paying', minUsers: 30 });
  const { plan, pool } = built;
  plan.subscriptions = [subscription(rng, pool, { serviceIds: ['messaging'] })];
  for (const spec of extra) plan.subscriptions.push(subscription(rng, pool, spec));
  plan.externalAdmin = false;
  return built;
}

function withTrial(rng: Random, built: Built, state: TrialState, options: Parameters<typeof addTrial>[4] = {}) {
  const trial = addTrial(rng, built.plan, built.pool, state, options);
  if (!trial) throw new Error(`scenario could not add a ${state} trial`);
  return trial;
}

/** A new customer whose only relationship is a trial. */
function trialOnly(rng: Random, options: PlanOptions, state: TrialState, endDay?: number): Built {
  const built = blank(rng, { ...options, lifecycle: 'trial_only', minUsers: 10 });
  withTrial(rng, built, state, { serviceIds: ['calling', 'meetings'], endDay });
  return built;
}

function recentlyActive(plan: CustomerPlan) {
  plan.lastSignInDay = -1.2;
  plan.signIns = Math.max(plan.signIns, 3);
}

export function buildScenario(rng: Random, scenario: Scenario, options: PlanOptions): Built {
  let built: Built;
  switch (scenario) {
    case 'customer-one': {
      built = blank(rng, { ...options, lifecycle: 'paying', minUsers: 25 });
      const { plan, pool } = built;
      plan.countryCode = 'DK';
      plan.vertical = 'Technology';
      plan.readOnlyAdmin = true;
      plan.adminLevel = 'full';
      plan.subscriptions = [
        subscription(rng, pool, {
          serviceIds: ['calling', 'meetings', 'messaging'],
          quantity: 30,
          assigned: 22,
          startDay: -420,
          endDay: 310.5,
        }),
        subscription(rng, pool, { serviceIds: ['devices'], quantity: 12, startDay: -300, endDay: 65.5 }),
      ];
      withTrial(rng, built, 'active', { serviceIds: ['contact-center'], endDay: 45.5 });
      break;
    }
    case 'suspended':
      built = paying(rng, options, [{ serviceIds: ['calling'], state: 'suspended' }]);
      break;
    case 'over-licence':
      built = paying(rng, options, [{ serviceIds: ['meetings'], quantity: 20, assigned: 24 }]);
      break;
    case 'expiring-30':
      built = paying(rng, options, [{ serviceIds: ['calling'], autoRenew: false, endDay: 12.5 }]);
      break;
    case 'expiring-60':
      built = paying(rng, options, [{ serviceIds: ['meetings'], autoRenew: false, endDay: 45.5 }]);
      break;
    case 'order-setup':
      built = paying(rng, options, [
        { serviceIds: ['calling'], startDay: -4.5, setupComplete: false, provisioning: 'pending_details' },
      ]);
      break;
    case 'no-recent-activity':
      built = paying(rng, options);
      break;
    case 'trial-active':
      built = trialOnly(rng, options, 'active', 70.5);
      break;
    case 'trial-expiring-30':
      built = trialOnly(rng, options, 'active', 9.5);
      break;
    case 'trial-expiring-60':
      built = trialOnly(rng, options, 'active', 40.5);
      break;
    case 'trial-expired':
      built = trialOnly(rng, options, 'expired', -8.5);
      break;
    case 'expired': {
      built = sampleCustomerPlan(rng, { ...options, lifecycle: 'churned' });
      built.plan.trials = [];
      built.plan.subscriptions = built.plan.subscriptions.filter((s) => s.state === 'expired');
      break;
    }
    case 'provisioning':
    case 'manual-vendor':
    case 'manual-partner':
    case 'cannot-provision': {
      const provisioning = {
        provisioning: 'provisioning',
        'manual-vendor': 'manual_vendor',
        'manual-partner': 'manual_partner',
        'cannot-provision': 'cannot_provision',
      }[scenario] as ProvisioningStatus;
      built = paying(rng, options, [{ serviceIds: ['meetings', 'calling'], startDay: -6.5, provisioning }]);
      break;
    }
    case 'trial-pending-consent':
      built = trialOnly(rng, options, 'pending_consent');
      break;
    case 'trial-pending-details':
      built = paying(rng, options);
      withTrial(rng, built, 'pending_provisioning_details', { serviceIds: ['calling'] });
      break;
    case 'trial-provisioning':
      built = paying(rng, options);
      withTrial(rng, built, 'provisioning', { serviceIds: ['meetings'] });
      break;
    case 'trial-released':
    case 'trial-cancelled':
    case 'trial-declined': {
      const state = { 'trial-released': 'released', 'trial-cancelled': 'cancelled', 'trial-declined': 'declined' }[
        scenario
      ] as TrialState;
      built = paying(rng, options);
      withTrial(rng, built, state, { serviceIds: ['contact-center'] });
      break;
    }
    case 'trial-converted':
      built = paying(rng, options, [{ serviceIds: ['calling', 'meetings'], startDay: -40.5, endDay: 324.5 }]);
      withTrial(rng, built, 'converted');
      break;
    case 'direct-from-vendor': {
      built = paying(rng, options, [{ serviceIds: ['meetings'] }]);
      (built.plan.subscriptions[1] as SubscriptionPlan).soldByVendor = true;
      break;
    }
    case 'device-trial': {
      built = paying(rng, options);
      const trial = withTrial(rng, built, 'active', { serviceIds: ['devices', 'calling'], endDay: 50.5 });
      if (!trial.extensions.includes('pending_approval')) trial.extensions.push('pending_approval');
      break;
    }
    case 'device-return-overdue': {
      built = paying(rng, options);
      overdueDevices(withTrial(rng, built, 'expired', { serviceIds: ['devices'], endDay: -20.5 }));
      const returned = withTrial(rng, built, 'released', { serviceIds: ['devices', 'meetings'], endDay: -80.5 });
      for (const device of returned.devices) device.returned = device.serials;
      break;
    }
    case 'provisioning-admin':
      built = paying(rng, options, [{ serviceIds: ['calling'] }]);
      built.plan.adminLevel = 'provisioning';
      break;
    case 'low-assignment':
      built = paying(rng, options, [{ serviceIds: ['calling'], quantity: 100, assigned: 8, startDay: -200 }]);
      break;
    case 'renewing-soon':
      built = paying(rng, options, [{ serviceIds: ['meetings'], autoRenew: true, endDay: 20.5 }]);
      break;
    case 'external-admin':
      built = paying(rng, options, [{ serviceIds: ['calling'] }]);
      built.plan.externalAdmin = true;
      built.plan.externalAdminPartner = 0;
      break;
    case 'distributor-conversion': {
      built = paying(rng, options);
      withTrial(rng, built, 'active', { serviceIds: ['calling'], endDay: 25.5 }).conversionPendingDistributor = true;
      break;
    }
  }
  finishPlan(rng, built.plan, options);
  if (scenario === 'no-recent-activity') {
    built.plan.lastSignInDay = -45.5;
    built.plan.signIns = Math.max(built.plan.signIns, 2);
  } else if (scenario !== 'trial-pending-consent' && scenario !== 'expired') {
    recentlyActive(built.plan);
  }
  return built;
}

function overdueDevices(trial: TrialPlan) {
  if (trial.devices.length === 0) throw new Error('a device trial without devices');
  for (const device of trial.devices) device.returned = 0;
  const first = trial.devices[0] as TrialPlan['devices'][number];
  if (first.serials > 1) first.returned = 1;
}
