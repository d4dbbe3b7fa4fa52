import { describe, expect, it } from 'vitest';
import { calendarDayNumber, wholeDaysBetween } from './calendar-days.ts';
import {
  type CustomerFacts,
  customerProvisioningStatus,
  customerStatuses,
  provisioningStatusOf,
  type StatusContext,
  type SubscriptionFacts,
  subscriptionStatuses,
  subscriptionStatusOf,
  type TrialFacts,
  trialServicesExpiring,
  trialStatusOf,
} from './customer-status.ts';

// 2025-03-12 10:00 UTC is 11:00 in Copenhagen: the same calendar day in both zones.
const now = new Date('2025-03-12T10:00:00Z');
const ctx: StatusContext = { now, timeZone: 'Europe/Copenhagen' };
const dayMs = 86_400_000;
const inDays = (days: number) => new Date(now.getTime() + days * dayMs);

function subscription(overrides: Partial<SubscriptionFacts> = {}): SubscriptionFacts {
  return {
    state: 'active',
    billingState: 'paid',
    setupComplete: true,
    endsAt: inDays(200),
    autoRenew: true,
    services: [{ serviceId: 'calling', quantity: 10, assigned: 8, provisioningStatus: 'provisioned' }],
    ...overrides,
  };
}

function trial(overrides: Partial<TrialFacts> = {}): TrialFacts {
  return {
    state: 'active',
    endsAt: inDays(80),
    services: [{ serviceId: 'meetings', provisioningStatus: 'provisioned' }],
    ...overrides,
  };
}

function customer(overrides: Partial<CustomerFacts> = {}): CustomerFacts {
  return { subscriptions: [], trials: [], lastAdminSignInAt: inDays(-2), ...overrides };
}

describe('calendar days in the partner time zone (X-4)', () => {
  it('counts calendar days, not 24-hour periods', () => {
    const late = new Date('2025-03-12T22:30:00Z'); // 23:30 in Copenhagen, still the 12th
    const earlyNext = new Date('2025-03-12T23:30:00Z'); // 00:30 on the 13th in Copenhagen
    expect(wholeDaysBetween(late, earlyNext, 'Europe/Copenhagen')).toBe(1);
    expect(wholeDaysBetween(late, earlyNext, 'UTC')).toBe(0);
  });

  it('is not thrown off by a daylight-saving change', () => {
    // Copenhagen moves to summer time on 2025-03-30.
    const before = new Date('2025-03-29T12:00:00Z');
    const after = new Date('2025-03-31T12:00:00Z');
    expect(wholeDaysBetween(before, after, 'Europe/Copenhagen')).toBe(2);
    expect(calendarDayNumber(new Date('1970-01-02T00:00:00Z'), 'UTC')).toBe(1);
  });
});

describe('customer statuses (CUS-2)', () => {
  it('a healthy paying customer has only Subscription', () => {
    expect(customerStatuses(customer({ subscriptions: [subscription()] }), ctx)).toEqual(['subscription']);
  });

  it('Suspended: an unpaid or suspended subscription', () => {
    const unpaid = customer({ subscriptions: [subscription({ billingState: 'unpaid' })] });
    expect(customerStatuses(unpaid, ctx)).toEqual(['suspended', 'subscription']);
    const suspended = customer({ subscriptions: [subscription({ state: 'suspended', billingState: 'unpaid' })] });
    // A suspended subscription is live (not Expired) but not active (no Subscription).
    expect(customerStatuses(suspended, ctx)).toEqual(['suspended']);
  });

  it('Over licence: more licences assigned than bought, on any service', () => {
    const over = subscription({
      services: [
        { serviceId: 'calling', quantity: 10, assigned: 10, provisioningStatus: 'provisioned' },
        { serviceId: 'meetings', quantity: 5, assigned: 6, provisioningStatus: 'provisioned' },
      ],
    });
    expect(customerStatuses(customer({ subscriptions: [over] }), ctx)).toEqual(['over_licence', 'subscription']);
  });

  it('Expiring soon: a subscription that does not auto-renew ends within 30 whole days', () => {
    const ending = (days: number, autoRenew = false) =>
      customerStatuses(customer({ subscriptions: [subscription({ endsAt: inDays(days), autoRenew })] }), ctx);
    expect(ending(30)).toContain('expiring_soon');
    expect(ending(31)).not.toContain('expiring_soon');
    expect(ending(0)).toContain('expiring_soon');
    expect(ending(10, true)).not.toContain('expiring_soon');
  });

  it('Expiring soon: a trial ends within 30 days', () => {
    const statuses = (days: number) => customerStatuses(customer({ trials: [trial({ endsAt: inDays(days) })] }), ctx);
    expect(statuses(30)).toEqual(['expiring_soon', 'trial']);
    expect(statuses(31)).toEqual(['trial']);
  });

  it('uses the configured thresholds', () => {
    const c = customer({ subscriptions: [subscription({ endsAt: inDays(40), autoRenew: false })] });
    expect(customerStatuses(c, { ...ctx, thresholds: { expiringSoonDays: 45 } })).toContain('expiring_soon');
    const quiet = customer({ subscriptions: [subscription()], lastAdminSignInAt: inDays(-20) });
    expect(customerStatuses(quiet, { ...ctx, thresholds: { noRecentActivityDays: 14 } })).toContain(
      'no_recent_activity',
    );
  });

  it('Ready for order setup: a subscription not fully set up', () => {
    const c = customer({ subscriptions: [subscription({ setupComplete: false })] });
    expect(customerStatuses(c, ctx)).toEqual(['ready_for_order_setup', 'subscription']);
  });

  it('No recent activity: no admin sign-in for 30 whole days, or never', () => {
    const signedIn = (days: number | null) =>
      customerStatuses(
        customer({ subscriptions: [subscription()], lastAdminSignInAt: days === null ? null : inDays(-days) }),
        ctx,
      );
    expect(signedIn(29)).toEqual(['subscription']);
    expect(signedIn(30)).toEqual(['no_recent_activity', 'subscription']);
    expect(signedIn(31)).toEqual(['no_recent_activity', 'subscription']);
    expect(signedIn(null)).toEqual(['no_recent_activity', 'subscription']);
  });

  it('Trial: every ongoing trial state counts, the others do not', () => {
    for (const state of ['pending_consent', 'pending_provisioning_details', 'provisioning', 'active'] as const) {
      expect(customerStatuses(customer({ trials: [trial({ state })] }), ctx)).toEqual(['trial']);
    }
    for (const state of ['released', 'cancelled', 'declined', 'converted', 'expired'] as const) {
      expect(customerStatuses(customer({ trials: [trial({ state })] }), ctx)).toEqual(['expired']);
    }
    expect(customerStatuses(customer({ trials: [trial({ state: 'pending_consent', endsAt: null })] }), ctx)).toEqual([
      'trial',
    ]);
  });

  it('Expired: no live subscription and no ongoing trial', () => {
    expect(customerStatuses(customer(), ctx)).toEqual(['expired']);
    const old = subscription({ state: 'expired', endsAt: inDays(-100), autoRenew: false });
    const cancelled = subscription({ state: 'cancelled' });
    expect(customerStatuses(customer({ subscriptions: [old, cancelled] }), ctx)).toEqual(['expired']);
    // An active subscription whose end day has passed without auto-renewal has ended (relative to now).
    const ended = subscription({ endsAt: inDays(-1), autoRenew: false });
    expect(customerStatuses(customer({ subscriptions: [ended] }), ctx)).toEqual(['expired']);
    // A trial whose end has passed is no longer ongoing even before a job marks it expired.
    expect(customerStatuses(customer({ trials: [trial({ endsAt: inDays(-1) })] }), ctx)).toEqual(['expired']);
  });

  it('ignores subscriptions that are not live for every other status', () => {
    const dead = subscription({
      state: 'expired',
      billingState: 'unpaid',
      setupComplete: false,
      autoRenew: false,
      endsAt: inDays(-3),
      services: [{ serviceId: 'calling', quantity: 1, assigned: 5, provisioningStatus: 'cannot_provision' }],
    });
    const c = customer({ subscriptions: [dead] });
    expect(customerStatuses(c, ctx)).toEqual(['expired']);
    expect(customerProvisioningStatus(c, ctx)).toBeNull();
  });

  it('lists every applicable status, most urgent first, in the order of CUS-2', () => {
    const c = customer({
      subscriptions: [
        subscription({
          billingState: 'unpaid',
          setupComplete: false,
          endsAt: inDays(5),
          autoRenew: false,
          services: [{ serviceId: 'calling', quantity: 1, assigned: 2, provisioningStatus: 'provisioned' }],
        }),
      ],
      trials: [trial()],
      lastAdminSignInAt: null,
    });
    expect(customerStatuses(c, ctx)).toEqual([
      'suspended',
      'over_licence',
      'expiring_soon',
      'ready_for_order_setup',
      'no_recent_activity',
      'trial',
      'subscription',
    ]);
  });
});

describe('provisioning status (CUS-3)', () => {
  const order = [
    'cannot_provision',
    'manual_partner',
    'manual_vendor',
    'pending_details',
    'provisioning',
    'provisioned',
  ] as const;

  it('shows the most important status of several services', () => {
    for (let i = 0; i < order.length; i++) {
      const services = order.slice(i).map((provisioningStatus) => ({ provisioningStatus }));
      expect(provisioningStatusOf(services.reverse())).toBe(order[i]);
    }
    expect(provisioningStatusOf([])).toBeNull();
  });

  it('each status alone is itself', () => {
    for (const status of order) expect(provisioningStatusOf([{ provisioningStatus: status }])).toBe(status);
  });

  it('counts live subscriptions and consented ongoing trials, not trials pending consent', () => {
    const c = customer({
      subscriptions: [subscription()],
      trials: [
        trial({
          state: 'pending_consent',
          endsAt: null,
          services: [{ serviceId: 'x', provisioningStatus: 'manual_vendor' }],
        }),
        trial({ state: 'provisioning', services: [{ serviceId: 'y', provisioningStatus: 'provisioning' }] }),
        trial({ state: 'released', services: [{ serviceId: 'z', provisioningStatus: 'cannot_provision' }] }),
      ],
    });
    expect(customerProvisioningStatus(c, ctx)).toBe('provisioning');
  });
});

describe('subscription status (CUS-4)', () => {
  it('Active, Expiring within 30 / 60 days at the boundaries', () => {
    const status = (days: number, autoRenew = false) =>
      subscriptionStatusOf(subscription({ endsAt: inDays(days), autoRenew }), ctx);
    expect(status(30)).toBe('expiring_30');
    expect(status(31)).toBe('expiring_60');
    expect(status(60)).toBe('expiring_60');
    expect(status(61)).toBe('active');
    expect(status(10, true)).toBe('active');
    expect(status(-1)).toBeNull();
  });

  it('Suspended comes before expiring', () => {
    const s = subscription({ billingState: 'unpaid', endsAt: inDays(3), autoRenew: false });
    expect(subscriptionStatusOf(s, ctx)).toBe('suspended');
    expect(subscriptionStatusOf(subscription({ state: 'cancelled' }), ctx)).toBeNull();
  });

  it('Trial active, expiring within 30 / 60 days, expired', () => {
    const status = (days: number | null, state: TrialFacts['state'] = 'active') =>
      trialStatusOf(trial({ state, endsAt: days === null ? null : inDays(days) }), ctx);
    expect(status(30)).toBe('trial_expiring_30');
    expect(status(31)).toBe('trial_expiring_60');
    expect(status(60)).toBe('trial_expiring_60');
    expect(status(61)).toBe('trial_active');
    expect(status(null, 'pending_consent')).toBe('trial_active');
    expect(status(-1)).toBe('trial_expired');
    expect(status(-10, 'expired')).toBe('trial_expired');
    expect(status(-40, 'released')).toBeNull();
    expect(status(20, 'converted')).toBeNull();
    expect(status(20, 'cancelled')).toBeNull();
    expect(status(20, 'declined')).toBeNull();
  });

  it('a customer row lists distinct statuses in the order of CUS-4', () => {
    const c = customer({
      subscriptions: [
        subscription({ endsAt: inDays(40), autoRenew: false }),
        subscription(),
        subscription({ state: 'suspended', billingState: 'unpaid' }),
      ],
      trials: [trial({ state: 'expired', endsAt: inDays(-5) }), trial({ endsAt: inDays(12) })],
    });
    expect(subscriptionStatuses(c, ctx)).toEqual([
      'active',
      'suspended',
      'expiring_60',
      'trial_expiring_30',
      'trial_expired',
    ]);
  });
});

describe('trial services expiring (TRI-17)', () => {
  it('lists started ongoing trials with their services and days left, soonest first', () => {
    const trials = [
      trial({ id: 'a', endsAt: inDays(40) }),
      trial({ id: 'b', endsAt: inDays(3), services: [{ serviceId: 'calling', provisioningStatus: 'provisioned' }] }),
      trial({ id: 'c', state: 'pending_consent', endsAt: null }),
      trial({ id: 'd', state: 'expired', endsAt: inDays(-2) }),
    ];
    expect(trialServicesExpiring(trials, ctx)).toEqual([
      { trialId: 'b', serviceIds: ['calling'], daysLeft: 3 },
      { trialId: 'a', serviceIds: ['meetings'], daysLeft: 40 },
    ]);
  });
});
