import { calendarDayNumber } from './calendar-days.ts';
import { DAY_MS } from './clock.ts';

/**
 * Subscription analytics (SPEC §8, ANA) and calling engagement analytics (§9, CAL): the rules, written once.
 * Where SQL computes a rule for speed (server/features/analytics/analytics.sql.ts), a test proves it agrees.
 *
 * Rules decided where SPEC is silent:
 * - Licence figures of a subscription "now": total = licences bought for the product's service, assigned =
 *   current assignments, used = assignments used in the last 7 days (`last_used_at`), as on the customer page.
 * - A size band is taken from the licences bought; a subscription with 0 licences has no band and is never
 *   "low assignment".
 * - ANA-6 "similar subscriptions": current subscriptions of the same service and band, at least 30 days old
 *   (young ones have not had time to assign), across the whole installation, the subscription itself included.
 * - Weekly changes compare the last completed week with the week before it (the current week is partial).
 * - CAL period: the last completed week and the 8 weeks before it (9 weekly points).
 */

export const analyticsProducts = ['meetings', 'calling'] as const;
export type AnalyticsProduct = (typeof analyticsProducts)[number];

/** ANA-3…ANA-5 look this many days back or ahead. */
const ANALYTICS_WINDOW_DAYS = 90;
/** ANA-6: a subscription younger than this is never "low assignment". */
export const LOW_ASSIGNMENT_MIN_AGE_DAYS = 30;
/** ANA-6: below this many similar subscriptions, a fixed threshold replaces the median. */
export const LOW_ASSIGNMENT_MIN_SIMILAR = 10;
export const LOW_ASSIGNMENT_FALLBACK_PCT = 25;
/** ANA-2: weekly points of the licence distribution trend, the current (partial) week excluded. */
const TREND_WEEKS = 26;
/** CAL: weeks before the last completed week. */
const CALLING_WEEKS_BEFORE = 8;

/** ANA-4, ANA-5: a subscription or trial this few days from its end or renewal is emphasised in the section tables. */
export const SECTION_ENDS_SOON_DAYS = 30;
export const sectionEndsSoon = (daysToEnd: number) => daysToEnd <= SECTION_ENDS_SOON_DAYS;

export const sizeBands = ['1-10', '11-50', '51-250', '251-1000', '>1000'] as const;
export type SizeBand = (typeof sizeBands)[number];
/** Upper bounds of each band but the last, inclusive. */
export const sizeBandUpperBounds = [10, 50, 250, 1000] as const;

/** The size band of a subscription by licences bought; null for 0 (or fewer) licences. */
export function sizeBand(total: number): SizeBand | null {
  if (total < 1) return null;
  const index = sizeBandUpperBounds.findIndex((upper) => total <= upper);
  return sizeBands[index === -1 ? sizeBands.length - 1 : index] ?? null;
}

export interface LicenceFigures {
  total: number;
  assigned: number;
  used: number;
}

/** available = total − assigned, never below 0; percentages of total (null when nothing was bought). */
export function licenceBreakdown(f: LicenceFigures) {
  return {
    ...f,
    available: Math.max(0, f.total - f.assigned),
    overage: Math.max(0, f.assigned - f.total),
    assignedPct: percentOf(f.assigned, f.total),
    usedPct: percentOf(f.used, f.total),
  };
}

/** `part` as a percentage of `whole`, null when `whole` is 0. May exceed 100 (over licence). */
export function percentOf(part: number, whole: number): number | null {
  return whole > 0 ? (part / whole) * 100 : null;
}

/** The median of numbers (mean of the middle two for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export interface SubscriptionForAssignment {
  serviceId: string;
  total: number;
  assigned: number;
  startsAt: Date;
}

/**
 * ANA-6: the assigned-% threshold below which a subscription of this service and band is "low": half the
 * median assigned % of the similar subscriptions, or 25 % when there are fewer than 10 of them.
 */
export function lowAssignmentThresholdPct(similarAssignedPcts: readonly number[]): number {
  if (similarAssignedPcts.length < LOW_ASSIGNMENT_MIN_SIMILAR) return LOW_ASSIGNMENT_FALLBACK_PCT;
  return (median(similarAssignedPcts) ?? 0) / 2;
}

/** Old enough to be judged (ANA-6): started at least 30 days before `now`. */
const isMatureSubscription = (s: Pick<SubscriptionForAssignment, 'startsAt'>, now: Date) =>
  s.startsAt.getTime() <= now.getTime() - LOW_ASSIGNMENT_MIN_AGE_DAYS * DAY_MS;

/**
 * ANA-6 over a whole installation: which of `subscriptions` have low assignment. `installation` is every
 * current subscription (of every tenant); the similar ones are chosen from it.
 */
export function lowAssignment(
  subscription: SubscriptionForAssignment,
  installation: readonly SubscriptionForAssignment[],
  now: Date,
): boolean {
  const band = sizeBand(subscription.total);
  if (band === null || !isMatureSubscription(subscription, now)) return false;
  const similar = installation
    .filter((s) => s.serviceId === subscription.serviceId && sizeBand(s.total) === band && isMatureSubscription(s, now))
    .map((s) => (s.assigned / s.total) * 100);
  return (subscription.assigned / subscription.total) * 100 < lowAssignmentThresholdPct(similar);
}

/** Monday 00:00 UTC of the calendar week holding `instant` (weeks run Monday–Sunday, UTC). */
export function weekStartUtc(instant: Date): Date {
  const day = Math.floor(instant.getTime() / DAY_MS);
  // 1970-01-01 was a Thursday: day 0 is 3 days after a Monday.
  const mondayDay = day - ((day + 3) % 7);
  return new Date(mondayDay * DAY_MS);
}

export const addWeeks = (weekStart: Date, weeks: number) => new Date(weekStart.getTime() + weeks * 7 * DAY_MS);
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** The last completed calendar week: the one before the week holding `now`. */
export const lastCompletedWeek = (now: Date) => addWeeks(weekStartUtc(now), -1);

/** CAL default period: the last completed week and the 8 before it, oldest first. */
export function callingPeriodWeeks(now: Date): Date[] {
  const last = lastCompletedWeek(now);
  return Array.from({ length: CALLING_WEEKS_BEFORE + 1 }, (_, i) => addWeeks(last, i - CALLING_WEEKS_BEFORE));
}

/** ANA-2: 26 completed weeks and the current one, oldest first. */
export function trendWeeks(now: Date): Date[] {
  const current = weekStartUtc(now);
  return Array.from({ length: TREND_WEEKS + 1 }, (_, i) => addWeeks(current, i - TREND_WEEKS));
}

const callVolumeBuckets = ['none', 'calls1to5', 'calls6to20', 'over20'] as const;
export type CallVolumeBucket = (typeof callVolumeBuckets)[number];

/** CAL-1: a user's calls in a week → bucket 0, 1–5, 6–20, more than 20. */
export function callVolumeBucket(calls: number): CallVolumeBucket {
  if (calls <= 0) return 'none';
  if (calls <= 5) return 'calls1to5';
  if (calls <= 20) return 'calls6to20';
  return 'over20';
}

/** Sums of queue outcomes in call_queue_weekly (see server/seed/rollups.ts). */
export interface QueueSums {
  calls: number;
  answered: number;
  answerWaitSeconds: number;
  abandoned: number;
  abandonWaitSeconds: number;
}

/**
 * CAL-7: average time to answer (answered or moved to another queue), average wait before abandon (hung up
 * or left a message) and abandoned-call rate (abandoned ÷ queue calls, in %); null where nothing to average.
 * Several customers together are pooled: each call weighs the same.
 */
export function queueAverages(s: QueueSums) {
  return {
    calls: s.calls,
    avgAnswerSeconds: s.answered > 0 ? s.answerWaitSeconds / s.answered : null,
    avgAbandonWaitSeconds: s.abandoned > 0 ? s.abandonWaitSeconds / s.abandoned : null,
    abandonedPct: percentOf(s.abandoned, s.calls),
  };
}

/** CAL-2: change vs the previous week in %, null when the previous week had none. */
export const changePct = (current: number, previous: number) =>
  previous > 0 ? ((current - previous) / previous) * 100 : null;

/** CAL-5: the endpoint type with the highest poor share (ties: more legs, then name); null without legs. */
export function worstEndpoint<T extends string>(rows: readonly { endpointType: T; legs: number; poorLegs: number }[]) {
  let worst: { endpointType: T; legs: number; poorLegs: number } | null = null;
  for (const r of rows) {
    if (r.legs <= 0) continue;
    if (
      !worst ||
      r.poorLegs * worst.legs > worst.poorLegs * r.legs ||
      (r.poorLegs * worst.legs === worst.poorLegs * r.legs &&
        (r.legs > worst.legs || (r.legs === worst.legs && r.endpointType < worst.endpointType)))
    ) {
      worst = r;
    }
  }
  return worst?.endpointType ?? null;
}

/** Whole calendar days from `from` to `to` in `timeZone`; see domain/calendar-days.ts. */
export const daysBetween = (from: Date, to: Date, timeZone: string) =>
  calendarDayNumber(to, timeZone) - calendarDayNumber(from, timeZone);

/** Whole months from `from` to `to` (calendar months in UTC, rounded down; negative when `to` is earlier). */
export function wholeMonthsBetween(from: Date, to: Date): number {
  const sign = to >= from ? 1 : -1;
  const [a, b] = sign === 1 ? [from, to] : [to, from];
  let months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth());
  const anchor = new Date(a);
  anchor.setUTCMonth(anchor.getUTCMonth() + months);
  if (anchor > b) months -= 1;
  return sign * months;
}

/**
 * The first instant of the local calendar day `dayNumber` (days since 1970-01-01) in `timeZone`: window ends
 * such as "the next 90 days" end at a local midnight.
 */
export function startOfLocalDay(dayNumber: number, timeZone: string): Date {
  // Local midnight lies within 14 hours of UTC midnight of that date: search the hour at which the day begins.
  const utcMidnight = dayNumber * DAY_MS;
  let candidate = utcMidnight - 14 * 3_600_000;
  while (calendarDayNumber(new Date(candidate), timeZone) < dayNumber) candidate += 15 * 60_000;
  return new Date(candidate);
}

/** ANA-3…ANA-5 windows: from the start of today to the end of the 90th day, in the viewer's time zone. */
export function analyticsWindows(now: Date, timeZone: string) {
  const today = calendarDayNumber(now, timeZone);
  return {
    /** Added on or after this instant: the last 90 days, today included. */
    addedSince: startOfLocalDay(today - ANALYTICS_WINDOW_DAYS, timeZone),
    /** Ending before this instant (and after now): the next 90 days, today included. */
    endsBefore: startOfLocalDay(today + ANALYTICS_WINDOW_DAYS + 1, timeZone),
    lowAssignmentStartedBefore: new Date(now.getTime() - LOW_ASSIGNMENT_MIN_AGE_DAYS * DAY_MS),
  };
}

/**
 * ANA-3…ANA-7 KPIs over the rows of a section: distinct customers, licences, assignment and usage % of the
 * licences bought, usage % of the licences assigned, unassigned licences, and overage (assigned beyond total).
 */
export function sectionKpisOf(rows: readonly (LicenceFigures & { customerId: string })[]) {
  let total = 0;
  let assigned = 0;
  let used = 0;
  let unassigned = 0;
  let overage = 0;
  const customers = new Set<string>();
  const overCustomers = new Set<string>();
  for (const r of rows) {
    const b = licenceBreakdown(r);
    total += r.total;
    assigned += r.assigned;
    used += r.used;
    unassigned += b.available;
    overage += b.overage;
    customers.add(r.customerId);
    if (b.overage > 0) overCustomers.add(r.customerId);
  }
  return {
    customers: customers.size,
    totalLicences: total,
    assignmentPct: percentOf(assigned, total),
    usagePct: percentOf(used, total),
    usageWhenAssignedPct: percentOf(used, assigned),
    unassignedLicences: unassigned,
    overageLicences: overage,
    customersWithOverage: overCustomers.size,
    avgOveragePerCustomer: overCustomers.size > 0 ? overage / overCustomers.size : null,
  };
}
