import { DAY_MS } from '../../domain/clock.ts';
import type { Country } from '../../domain/reference-data.ts';
import * as schema from '../db/schema/index.ts';
import { dayToDate, type GenerationContext } from './context.ts';
import type { CustomerPerson } from './customer-rows.ts';
import type { Random } from './random.ts';
import { type UsageHolder, writeCallLegs, writeMeetingUsage } from './usage-rows.ts';

/**
 * Licence assignments (who holds which licence now), their ingest events, phone numbers, and the usage
 * of the licences: call legs for Calling, meetings for Meetings. `lastUsedAt` is the last usage written, so
 * the current state and the usage facts agree.
 */

export interface LicenceHolding {
  serviceId: string;
  count: number;
  subscriptionId: string | null;
  trialId: string | null;
  /** When the subscription or trial started (days from now): licences are assigned after it. */
  fromDay: number;
  /** When the licence stops being usable (its end, or now). */
  untilMs: number;
}

interface Assignment {
  userId: string;
  serviceId: string;
  subscriptionId: string | null;
  trialId: string | null;
  assignedAt: Date;
  untilMs: number;
}

export interface LicencesInput {
  rng: Random;
  customerId: string;
  users: CustomerPerson[];
  holdings: LicenceHolding[];
  country: Country;
  quotas: { callLegs: number; meetings: number };
}

export function writeLicences(ctx: GenerationContext, input: LicencesInput): void {
  const { rng, customerId, users } = input;
  const w = ctx.writer;
  // One licence per user and service: each service draws its holders from its own shuffled queue.
  const queues = new Map<string, CustomerPerson[]>();
  const assignments: Assignment[] = [];
  for (const holding of input.holdings) {
    let queue = queues.get(holding.serviceId);
    if (!queue) {
      queue = rng.sample(users, users.length);
      queues.set(holding.serviceId, queue);
    }
    const holders = queue.splice(0, holding.count);
    // Assignments spread over the first part of the licence's life (at most 400 days), at least an hour ago
    // and a day before the licence ends, so every holder can have used it.
    const latest = Math.min(-0.05, (holding.untilMs - ctx.nowMs) / DAY_MS - 1);
    const spread = Math.max(0, Math.min(-holding.fromDay * 0.7, 400, latest - holding.fromDay));
    for (const user of holders) {
      const day = Math.min(holding.fromDay + rng.real(0, spread), -0.05);
      assignments.push({
        userId: user.id,
        serviceId: holding.serviceId,
        subscriptionId: holding.subscriptionId,
        trialId: holding.trialId,
        assignedAt: dayToDate(ctx, day),
        untilMs: holding.untilMs,
      });
    }
  }

  const holdersOf = (serviceId: string): UsageHolder[] =>
    assignments
      .filter((a) => a.serviceId === serviceId)
      .map((a) => ({ userId: a.userId, fromMs: a.assignedAt.getTime(), untilMs: a.untilMs }));
  const lastCall = writeCallLegs(ctx, rng, customerId, holdersOf('calling'), input.quotas.callLegs);
  const lastMeeting = writeMeetingUsage(
    ctx,
    rng,
    customerId,
    holdersOf('meetings'),
    input.quotas.meetings,
    assignments.some((a) => a.serviceId === 'meetings-1000'),
  );

  let phone = 0;
  for (const a of assignments) {
    let lastUsedMs: number | undefined;
    if (a.serviceId === 'calling') lastUsedMs = lastCall.get(a.userId);
    else if (a.serviceId === 'meetings') lastUsedMs = lastMeeting.get(a.userId);
    else if (rng.chance(0.7)) {
      // Services without usage facts here (messaging, editions, …): a plausible recent use.
      const from = Math.max(a.assignedAt.getTime(), ctx.nowMs - 20 * DAY_MS);
      lastUsedMs = Math.min(from + rng.real(0, 20) * DAY_MS, ctx.nowMs - 60_000, a.untilMs);
      if (lastUsedMs < a.assignedAt.getTime()) lastUsedMs = undefined;
    }
    w.add(schema.licenceAssignments, {
      customerId,
      userId: a.userId,
      serviceId: a.serviceId,
      subscriptionId: a.subscriptionId,
      trialId: a.trialId,
      assignedAt: a.assignedAt,
      lastUsedAt: lastUsedMs === undefined ? null : new Date(lastUsedMs),
    });
    w.add(schema.licenceAssignmentEvents, {
      customerId,
      id: `lae-${(ctx.counters.assignmentEvent++).toString(36)}`,
      userId: a.userId,
      serviceId: a.serviceId,
      action: 'assign',
      occurredAt: a.assignedAt,
      ingestedAt: new Date(Math.min(a.assignedAt.getTime() + 300_000, ctx.nowMs)),
    });
    if (a.serviceId === 'calling') {
      w.add(schema.phoneNumbers, {
        customerId,
        number: `${input.country.phonePrefix}${String(20_000_000 + phone++)}`,
        userId: a.userId,
        trialId: a.trialId,
      });
    }
  }
}
