import { describe, expect, it } from 'vitest';
import {
  type CustomerFacts,
  customerProvisioningStatus,
  customerStatuses,
  type StatusContext,
  subscriptionStatuses,
} from '../../domain/customer-status.ts';
import type { CustomerPlan } from './customer-plan.ts';
import { Random } from './random.ts';
import { buildScenario, partnerOneScenarios, type Scenario } from './scenarios.ts';

const now = new Date('2025-06-18T09:30:00Z');
const ctx: StatusContext = { now, timeZone: 'Europe/Copenhagen' };
const at = (day: number) => new Date(now.getTime() + day * 86_400_000);
const options = { subscriptionsPerCustomer: 3, usersPerCustomer: 12, usageWeeks: 26 };

/** The plan as the status rules see it once written (what coverage.ts reads back from the database). */
function factsOf(plan: CustomerPlan): CustomerFacts {
  return {
    subscriptions: plan.subscriptions.map((s) => ({ ...s, endsAt: at(s.endDay) })),
    trials: plan.trials.map((t) => ({ ...t, endsAt: t.endDay === null ? null : at(t.endDay) })),
    lastAdminSignInAt: plan.lastSignInDay === null ? null : at(plan.lastSignInDay),
  };
}

/** What each story must show, whatever the seed. */
const expectations: Partial<Record<Scenario, (plan: CustomerPlan, facts: CustomerFacts) => void>> = {
  'customer-one': (_, f) => expect(customerStatuses(f, ctx)).toEqual(['trial', 'subscription']),
  suspended: (_, f) => expect(customerStatuses(f, ctx)).toContain('suspended'),
  'over-licence': (_, f) => expect(customerStatuses(f, ctx)).toContain('over_licence'),
  'expiring-30': (_, f) => {
    expect(customerStatuses(f, ctx)).toContain('expiring_soon');
    expect(subscriptionStatuses(f, ctx)).toContain('expiring_30');
  },
  'expiring-60': (_, f) => expect(subscriptionStatuses(f, ctx)).toContain('expiring_60'),
  'order-setup': (_, f) => {
    expect(customerStatuses(f, ctx)).toContain('ready_for_order_setup');
    expect(customerProvisioningStatus(f, ctx)).toBe('pending_details');
  },
  'no-recent-activity': (_, f) => expect(customerStatuses(f, ctx)).toContain('no_recent_activity'),
  'trial-active': (_, f) => expect(subscriptionStatuses(f, ctx)).toEqual(['trial_active']),
  'trial-expiring-30': (_, f) => expect(subscriptionStatuses(f, ctx)).toEqual(['trial_expiring_30']),
  'trial-expiring-60': (_, f) => expect(subscriptionStatuses(f, ctx)).toEqual(['trial_expiring_60']),
  'trial-expired': (_, f) => {
    expect(customerStatuses(f, ctx)).toEqual(['expired']);
    expect(subscriptionStatuses(f, ctx)).toEqual(['trial_expired']);
  },
  expired: (_, f) => expect(customerStatuses(f, ctx)).toContain('expired'),
  provisioning: (_, f) => expect(customerProvisioningStatus(f, ctx)).toBe('provisioning'),
  'manual-vendor': (_, f) => expect(customerProvisioningStatus(f, ctx)).toBe('manual_vendor'),
  'manual-partner': (_, f) => expect(customerProvisioningStatus(f, ctx)).toBe('manual_partner'),
  'cannot-provision': (_, f) => expect(customerProvisioningStatus(f, ctx)).toBe('cannot_provision'),
  'trial-pending-consent': (p) => expect(p.trials.map((t) => t.state)).toEqual(['pending_consent']),
  'trial-pending-details': (p) => expect(p.trials.map((t) => t.state)).toEqual(['pending_provisioning_details']),
  'trial-provisioning': (p) => expect(p.trials.map((t) => t.state)).toEqual(['provisioning']),
  'trial-released': (p) => expect(p.trials.map((t) => t.state)).toEqual(['released']),
  'trial-cancelled': (p) => expect(p.trials.map((t) => t.state)).toEqual(['cancelled']),
  'trial-declined': (p) => expect(p.trials.map((t) => t.state)).toEqual(['declined']),
  'trial-converted': (p) => {
    expect(p.trials.map((t) => t.state)).toEqual(['converted']);
    expect(p.trials[0]?.convertedTo).not.toBeNull();
  },
  'direct-from-vendor': (p) => expect(p.subscriptions.some((s) => s.soldByVendor)).toBe(true),
  'device-trial': (p) => expect(p.trials[0]?.extensions).toContain('pending_approval'),
  'device-return-overdue': (p) => {
    const overdue = p.trials.flatMap((t) =>
      t.devices.filter((d) => d.returned < d.serials && (t.endDay as number) + 14 < 0),
    );
    expect(overdue.length).toBeGreaterThan(0);
  },
  'provisioning-admin': (p) => expect(p.adminLevel).toBe('provisioning'),
};

describe('the scenario customers', () => {
  it.each([1, 2, 3, 42])('tell their story with seed %i', (seed) => {
    const root = new Random('scenario-test', seed);
    for (const scenario of partnerOneScenarios) {
      const { plan } = buildScenario(root.derive(scenario), scenario, options);
      expectations[scenario]?.(plan, factsOf(plan));
    }
    const external = buildScenario(root.derive('x'), 'external-admin', options).plan;
    expect(external.externalAdmin && external.externalAdminPartner).toBe(0);
    const conversion = buildScenario(root.derive('y'), 'distributor-conversion', options).plan;
    expect(conversion.trials.some((t) => t.conversionPendingDistributor)).toBe(true);
  });
});
