import type { ProvisioningStatus, SubscriptionState, TrialState } from '../../domain/customer-status.ts';

/**
 * The shape of one generated customer before any row exists. Times are days relative to `now`
 * (negative = past), so a plan is independent of the clock.
 */

export type Lifecycle = 'paying' | 'trial_only' | 'churned';

export interface ServicePlan {
  serviceId: string;
  quantity: number;
  /** Licences assigned to users now. */
  assigned: number;
  provisioningStatus: ProvisioningStatus;
}

export interface SubscriptionPlan {
  state: SubscriptionState;
  billingState: 'paid' | 'unpaid';
  setupComplete: boolean;
  autoRenew: boolean;
  startDay: number;
  endDay: number;
  termMonths: number;
  soldByVendor: boolean;
  services: ServicePlan[];
}

interface TrialServicePlan {
  serviceId: string;
  provisioningStatus: ProvisioningStatus;
  assigned: number;
}

export interface TrialPlan {
  state: TrialState;
  services: TrialServicePlan[];
  licenceQuantity: number;
  durationDays: number;
  requestedDay: number;
  decidedDay: number | null;
  startDay: number | null;
  endDay: number | null;
  cancelledDay: number | null;
  releasedDay: number | null;
  fullAdministration: boolean | null;
  /** Extensions of +30 days (TRI-12): approved ones are included in endDay. */
  extensions: ('approved' | 'pending_approval')[];
  devices: { deviceTypeId: string; serials: number; returned: number }[];
  /** Index into the customer's subscriptions of the subscription this trial became (TRI-13). */
  convertedTo: number | null;
  conversionPendingDistributor: boolean;
}

export interface CustomerPlan {
  lifecycle: Lifecycle;
  countryCode: string;
  vertical: string;
  createdDay: number;
  licensedUsers: number;
  readOnlyAdmin: boolean;
  lastSignInDay: number | null;
  signIns: number;
  adminLevel: 'full' | 'provisioning';
  externalAdmin: boolean;
  /** The partner (by index) that manages the customer as external administrator; random when unset. */
  externalAdminPartner?: number;
  tagCount: number;
  subscriptions: SubscriptionPlan[];
  trials: TrialPlan[];
}

export interface PlanOptions {
  /** Mean paid subscriptions and plain users per customer, from the data-set size. */
  subscriptionsPerCustomer: number;
  usersPerCustomer: number;
  usageWeeks: number;
  lifecycle?: Lifecycle;
  /** At least this many plain users (scenarios that need room for licences). */
  minUsers?: number;
  /** The owner is a tier-2 partner: some trial conversions wait for the distributor. */
  ownerIsTier2?: boolean;
}

/** Tracks, per service, how many of the customer's users already hold a licence (one licence per user). */
export class LicencePool {
  #used = new Map<string, number>();
  constructor(readonly users: number) {}
  available(serviceId: string): number {
    return this.users - (this.#used.get(serviceId) ?? 0);
  }
  take(serviceId: string, count: number): number {
    const granted = Math.max(0, Math.min(count, this.available(serviceId)));
    this.#used.set(serviceId, (this.#used.get(serviceId) ?? 0) + granted);
    return granted;
  }
}
