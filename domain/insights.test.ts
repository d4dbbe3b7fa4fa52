import { describe, expect, it } from 'vitest';
import { DAY_MS } from './clock.ts';
import {
  activeSince,
  hasLowAdoption,
  hasManyHowToRequests,
  isActive,
  type ProductFacts,
  productCounts,
  productFigures,
} from './insights.ts';

/** INS-1…INS-3 and INS-5 on crafted facts; every expected figure is computed by hand in the comments. */

const now = new Date('2026-11-21T09:00:00.000Z');
const ago = (days: number, ms = 0) => new Date(now.getTime() - days * DAY_MS - ms);
const P = 'partner-one';
const OTHER = 'partner-two';
const VENDOR = 'vendor';
const viewer = { partnerId: P, vendorId: VENDOR };
const running = { state: 'active' as const, endsAt: new Date(now.getTime() + 100 * DAY_MS) };
const holder = (
  userId: string,
  subscriptionId: string | null,
  extra: Partial<ProductFacts['holders'][number]> = {},
) => ({
  userId,
  subscriptionId,
  trialId: null,
  upgraded: false,
  ...extra,
});
const facts = (f: Partial<ProductFacts>): ProductFacts => ({
  subscriptions: [],
  holders: [],
  activity: [],
  unassignedSince: new Set(),
  ...f,
});

describe('the 28-day window (INS-1)', () => {
  it('counts use exactly 28 days ago and not a millisecond before', () => {
    expect(activeSince(now).toISOString()).toBe('2026-10-24T09:00:00.000Z');
    expect(isActive(ago(28), now)).toBe(true);
    expect(isActive(ago(28, 1), now)).toBe(false);
    expect(isActive(ago(0), now)).toBe(true);
  });
});

describe('entitlements, active users, deployment and usage (INS-1, INS-3)', () => {
  // S1 (ours) 10 licences, S2 (another partner's) 5, S3 suspended 4, S4 cancelled 3, S5 ended yesterday 2:
  // sold = 10 + 5 = 15, of which 5 by others.
  const subscriptions = [
    { id: 'S1', sellerId: P, quantity: 10, ...running },
    { id: 'S2', sellerId: OTHER, quantity: 5, ...running },
    { id: 'S3', sellerId: P, quantity: 4, state: 'suspended' as const, endsAt: running.endsAt },
    { id: 'S4', sellerId: P, quantity: 3, state: 'cancelled' as const, endsAt: running.endsAt },
    { id: 'S5', sellerId: P, quantity: 2, state: 'active' as const, endsAt: ago(1) },
  ];
  // Holders: u1–u4 on S1, u5 on S2 (other partner), u6 on S3 (suspended), u7 on S1 upgraded to an edition:
  // entitlements = u1..u5 = 5 (u6 suspended and u7 upgraded away are excluded).
  const holders = [
    holder('u1', 'S1'),
    holder('u2', 'S1'),
    holder('u3', 'S1'),
    holder('u4', 'S1'),
    holder('u5', 'S2'),
    holder('u6', 'S3'),
    holder('u7', 'S1', { upgraded: true }),
  ];
  // Active: u1 today, u2 28 days ago (edge, active), u5 1 day ago; u3 28 days + 1 ms ago is not: active = 3.
  const activity = [
    { userId: 'u1', lastActiveAt: ago(0) },
    { userId: 'u2', lastActiveAt: ago(28) },
    { userId: 'u3', lastActiveAt: ago(28, 1) },
    { userId: 'u5', lastActiveAt: ago(1) },
  ];

  it('computes sold, others’ licences, entitlements and active users by hand', () => {
    const c = productCounts(facts({ subscriptions, holders, activity }), now, viewer);
    expect(c).toEqual({
      sold: 15,
      soldByOthers: 5,
      entitlements: 5,
      active: 3,
      activeMoved: 0,
      activeOnOtherSubscription: 0,
      activeOnTrial: 0,
      activeWithoutEntitlement: 0,
    });
    const f = productFigures(c);
    // deployment = 5 / 15 = 33.3 %, usage = 3 / 5 = 60 %: no cause, as usage is not above 100 %.
    expect(f.deploymentPct).toBeCloseTo(33.333, 2);
    expect(f.usagePct).toBe(60);
    expect(f.causes).toEqual([]);
  });

  it('the vendor’s whole-installation view counts the vendor’s direct sales as the others’', () => {
    const direct = [...subscriptions, { id: 'S6', sellerId: VENDOR, quantity: 7, ...running }];
    const c = productCounts(facts({ subscriptions: direct }), now, { partnerId: null, vendorId: VENDOR });
    expect(c.sold).toBe(22);
    expect(c.soldByOthers).toBe(7);
  });
});

describe('usage above 100 % names its causes (INS-2)', () => {
  const subscriptions = [{ id: 'S1', sellerId: P, quantity: 2, ...running }];
  const base = [holder('a', 'S1'), holder('b', 'S1')];
  const activeBase = [
    { userId: 'a', lastActiveAt: ago(1) },
    { userId: 'b', lastActiveAt: ago(2) },
  ];
  const figuresOf = (f: Partial<ProductFacts>) =>
    productFigures(productCounts(facts({ subscriptions, holders: base, ...f }), now, viewer));

  it('a licence moved to a new employee: the former holder, unassigned in the window, was active', () => {
    const f = figuresOf({
      activity: [...activeBase, { userId: 'left', lastActiveAt: ago(20) }],
      unassignedSince: new Set(['left']),
    });
    // 3 active / 2 entitled = 150 %.
    expect(f.usagePct).toBe(150);
    expect(f.causes).toEqual(['licence_moved']);
  });

  it('two subscriptions for one SKU: users of the suspended (disabled) one are active', () => {
    const f = figuresOf({
      subscriptions: [
        ...subscriptions,
        { id: 'S2', sellerId: P, quantity: 5, state: 'suspended', endsAt: running.endsAt },
      ],
      holders: [...base, holder('c', 'S2')],
      activity: [...activeBase, { userId: 'c', lastActiveAt: ago(3) }],
    });
    expect(f.sold).toBe(2);
    expect(f.usagePct).toBe(150);
    expect(f.causes).toEqual(['second_subscription']);
  });

  it('a trial’s activity counts but its licences do not', () => {
    const f = figuresOf({
      holders: [...base, holder('t', null, { trialId: 'T1' })],
      activity: [...activeBase, { userId: 't', lastActiveAt: ago(5) }],
    });
    expect(f.entitlements).toBe(2);
    expect(f.active).toBe(3);
    expect(f.causes).toEqual(['trial_activity']);
  });

  it('usage above entitlement: active users who never held the licence', () => {
    const f = figuresOf({
      activity: [...activeBase, { userId: 'x', lastActiveAt: ago(1) }, { userId: 'y', lastActiveAt: ago(1) }],
    });
    expect(f.usagePct).toBe(200);
    expect(f.causes).toEqual(['usage_above_entitlement']);
  });

  it('an unassignment before the window is not a moved licence', () => {
    const f = figuresOf({ activity: [...activeBase, { userId: 'x', lastActiveAt: ago(1) }] });
    expect(f.activeMoved).toBe(0);
    expect(f.causes).toEqual(['usage_above_entitlement']);
  });

  it('names no cause at 100 % or below', () => {
    expect(figuresOf({ activity: activeBase }).causes).toEqual([]);
  });
});

describe('next steps (INS-5)', () => {
  it('low adoption: under half of the licences used and at least 5 unused', () => {
    expect(hasLowAdoption({ sold: 20, active: 9 })).toBe(true);
    expect(hasLowAdoption({ sold: 20, active: 10 })).toBe(false);
    expect(hasLowAdoption({ sold: 8, active: 3 })).toBe(true);
    expect(hasLowAdoption({ sold: 8, active: 4 })).toBe(false);
    expect(hasLowAdoption({ sold: 0, active: 0 })).toBe(false);
  });
  it('many how-to requests: three or more', () => {
    expect(hasManyHowToRequests(2)).toBe(false);
    expect(hasManyHowToRequests(3)).toBe(true);
  });
});
