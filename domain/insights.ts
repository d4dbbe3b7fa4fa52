import { percentOf } from './analytics.ts';
import { DAY_MS } from './clock.ts';
import type { ResourceType } from './resources.ts';

/**
 * Customer insights (INS-1…INS-5), the Partner Center view, per customer and product:
 * - sold: licences of the customer's subscriptions that count — state active and not ended. A suspended
 *   (disabled), cancelled (de-provisioned) or expired (in grace) subscription's licences do not count.
 *   Licences from every seller count (INS-3); `soldByOthers` are those another seller sold.
 * - entitlements (assigned, "total users"): licences held on a counted subscription, except one upgraded away
 *   (the user also holds an edition of that product: the licence was upgraded to the edition).
 * - active users: distinct users who used the product in the last 28 days (the instant 28 × 24 h ago counts),
 *   whatever they hold now: a trial's users count here but a trial's licences are never entitlements.
 * - deployment % = entitlements / sold; usage % = active / entitlements.
 * Usage above 100 % (INS-2) is explained by the active users who hold no entitlement, each kind naming a
 * documented cause; they partition the active users beside the entitled ones, so some cause always applies.
 */

export const ACTIVE_WINDOW_DAYS = 28;

/** The first instant of the 28-day window ending at `now`. */
export const activeSince = (now: Date) => new Date(now.getTime() - ACTIVE_WINDOW_DAYS * DAY_MS);

export const isActive = (lastActiveAt: Date, now: Date) => lastActiveAt.getTime() >= activeSince(now).getTime();

export type SubscriptionStateForInsights = 'active' | 'suspended' | 'cancelled' | 'expired';

/** A subscription's licences are entitlements only while it is active and running. */
export const countsTowardsEntitlements = (s: { state: SubscriptionStateForInsights; endsAt: Date }, now: Date) =>
  s.state === 'active' && s.endsAt.getTime() > now.getTime();

export const usageCauses = [
  /** An active user's licence was taken away within the window (employee turnover). */
  'licence_moved',
  /** Active users hold the SKU on a second subscription in grace, disabled or de-provisioned. */
  'second_subscription',
  /** A trial's users are active, but trial licences are not entitlements. */
  'trial_activity',
  /** Users are active without holding an entitlement of the product. */
  'usage_above_entitlement',
] as const;
export type UsageCause = (typeof usageCauses)[number];

/** The facts of one customer and product that the figures are computed from. */
export interface ProductFacts {
  subscriptions: {
    id: string;
    sellerId: string;
    state: SubscriptionStateForInsights;
    endsAt: Date;
    quantity: number;
  }[];
  holders: { userId: string; subscriptionId: string | null; trialId: string | null; upgraded: boolean }[];
  activity: { userId: string; lastActiveAt: Date }[];
  /** Users whose licence of the product was unassigned within the window. */
  unassignedSince: ReadonlySet<string>;
}

export interface ProductCounts {
  sold: number;
  soldByOthers: number;
  entitlements: number;
  active: number;
  /** Active users by what they hold (`active` minus these is the active entitled users). */
  activeMoved: number;
  activeOnOtherSubscription: number;
  activeOnTrial: number;
  activeWithoutEntitlement: number;
}

/**
 * The counts of one customer and product. `viewerPartnerId` is the partner whose portfolio is read; licences
 * another seller sold (another partner, or the vendor directly) are `soldByOthers`. Without a viewing partner
 * (the vendor's whole installation) the vendor's direct sales are the others'.
 */
export function productCounts(
  facts: ProductFacts,
  now: Date,
  viewer: { partnerId: string | null; vendorId: string | null },
): ProductCounts {
  const counted = new Map(facts.subscriptions.map((s) => [s.id, countsTowardsEntitlements(s, now)]));
  let sold = 0;
  let soldByOthers = 0;
  for (const s of facts.subscriptions) {
    if (!counted.get(s.id)) continue;
    sold += s.quantity;
    const other = viewer.partnerId === null ? s.sellerId === viewer.vendorId : s.sellerId !== viewer.partnerId;
    if (other) soldByOthers += s.quantity;
  }
  const kindOf = new Map<string, 'entitled' | 'other_subscription' | 'trial' | 'none'>();
  for (const h of facts.holders) {
    if (h.subscriptionId !== null) {
      kindOf.set(h.userId, !counted.get(h.subscriptionId) ? 'other_subscription' : h.upgraded ? 'none' : 'entitled');
    } else kindOf.set(h.userId, h.trialId !== null ? 'trial' : 'none');
  }
  const entitlements = [...kindOf.values()].filter((k) => k === 'entitled').length;
  const counts = { activeMoved: 0, activeOnOtherSubscription: 0, activeOnTrial: 0, activeWithoutEntitlement: 0 };
  let active = 0;
  for (const a of facts.activity) {
    if (!isActive(a.lastActiveAt, now)) continue;
    active += 1;
    const kind = kindOf.get(a.userId);
    if (kind === 'entitled') continue;
    if (kind === 'other_subscription') counts.activeOnOtherSubscription += 1;
    else if (kind === 'trial') counts.activeOnTrial += 1;
    else if (kind === undefined && facts.unassignedSince.has(a.userId)) counts.activeMoved += 1;
    else counts.activeWithoutEntitlement += 1;
  }
  return { sold, soldByOthers, entitlements, active, ...counts };
}

export interface ProductFigures extends ProductCounts {
  deploymentPct: number | null;
  usagePct: number | null;
  /** Empty unless usage % exceeds 100 (or users are active without any entitlement at all). */
  causes: UsageCause[];
}

export function productFigures(c: ProductCounts): ProductFigures {
  const usagePct = percentOf(c.active, c.entitlements);
  const above = c.active > c.entitlements;
  const causes: UsageCause[] = [];
  if (above) {
    if (c.activeMoved > 0) causes.push('licence_moved');
    if (c.activeOnOtherSubscription > 0) causes.push('second_subscription');
    if (c.activeOnTrial > 0) causes.push('trial_activity');
    if (c.activeWithoutEntitlement > 0) causes.push('usage_above_entitlement');
  }
  return { ...c, deploymentPct: percentOf(c.entitlements, c.sold), usagePct, causes };
}

/** Sums of figures across customers or products (the portfolio's KPIs). */
export function sumCounts(rows: readonly ProductCounts[]): ProductCounts {
  const sum: ProductCounts = {
    sold: 0,
    soldByOthers: 0,
    entitlements: 0,
    active: 0,
    activeMoved: 0,
    activeOnOtherSubscription: 0,
    activeOnTrial: 0,
    activeWithoutEntitlement: 0,
  };
  for (const r of rows) for (const key of Object.keys(sum) as (keyof ProductCounts)[]) sum[key] += r[key];
  return sum;
}

/** INS-5: a product is adopted poorly when fewer than half its licences are used and at least this many are not. */
export const LOW_ADOPTION_MAX_USAGE_PCT = 50;
export const LOW_ADOPTION_MIN_UNUSED = 5;
/** INS-5: this many how-to support requests opened in the window are "many". */
export const MANY_HOW_TO_REQUESTS = 3;
export const HOW_TO_WINDOW_DAYS = 90;

export const nextStepProblems = ['low_adoption', 'how_to_requests'] as const;
export type NextStepProblem = (typeof nextStepProblems)[number];

/** What to try for each problem (the source's scenarios): the kinds of resource suggested. */
export const nextStepResourceTypes: Record<NextStepProblem, readonly ResourceType[]> = {
  low_adoption: ['case_study', 'testimonial', 'tutorial'],
  how_to_requests: ['training', 'self_service'],
};

export function unusedLicences(c: Pick<ProductCounts, 'sold' | 'active'>): number {
  return Math.max(0, c.sold - c.active);
}

export function hasLowAdoption(c: Pick<ProductCounts, 'sold' | 'active'>): boolean {
  const usedPct = percentOf(c.active, c.sold);
  return usedPct !== null && usedPct < LOW_ADOPTION_MAX_USAGE_PCT && unusedLicences(c) >= LOW_ADOPTION_MIN_UNUSED;
}

export const hasManyHowToRequests = (howToRequests: number) => howToRequests >= MANY_HOW_TO_REQUESTS;
