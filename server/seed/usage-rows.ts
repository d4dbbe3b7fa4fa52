import type { CallFeature, EndpointType } from '../../domain/call-quality.ts';
import * as schema from '../db/schema/index.ts';
import { type GenerationContext, WEEK_MS } from './context.ts';
import type { Random } from './random.ts';

/**
 * Usage facts as the ingestion API would have received them (CAL-8): call legs and meetings of licence
 * holders, inside the usage window and while the licence was held. A customer's share of the data set's
 * volume (`quota`) is spread over user-weeks: some users never use their licence, the rest more or less
 * often, and not every week — so analytics show low adoption, trends and the CAL-1 buckets.
 */

export interface UsageHolder {
  userId: string;
  fromMs: number;
  untilMs: number;
}

interface Slot {
  userId: string;
  lo: number;
  hi: number;
}

/** Weighted user-week slots for `holders`; empty when nobody held a licence inside the window. */
function slotsFor(
  ctx: GenerationContext,
  rng: Random,
  holders: UsageHolder[],
): { slots: Slot[]; cumulative: number[] } {
  const slots: Slot[] = [];
  const weights: number[] = [];
  const fallback: number[] = [];
  for (const holder of holders) {
    const activity = rng.weighted<number>([
      [0, 0.3],
      [0.4, 0.3],
      [1, 0.3],
      [3, 0.1],
    ]);
    const from = Math.max(holder.fromMs, ctx.windowStartMs);
    const until = Math.min(holder.untilMs, ctx.nowMs);
    for (let week = ctx.windowStartMs; week < until; week += WEEK_MS) {
      const lo = Math.max(week, from);
      const hi = Math.min(week + WEEK_MS, until);
      if (hi - lo < 600_000) continue;
      const share = (hi - lo) / WEEK_MS;
      slots.push({ userId: holder.userId, lo, hi });
      weights.push(rng.chance(0.8) ? activity * share : 0);
      fallback.push(share);
    }
  }
  // A customer with volume but only idle users still gets its volume: spread it evenly instead.
  const use = weights.some((x) => x > 0) ? weights : fallback;
  const cumulative: number[] = [];
  let total = 0;
  for (const x of use) {
    total += x;
    cumulative.push(total);
  }
  return { slots, cumulative };
}

function pickSlot(rng: Random, slots: Slot[], cumulative: number[]): Slot {
  const target = rng.next() * (cumulative[cumulative.length - 1] as number);
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cumulative[mid] as number) > target) hi = mid;
    else lo = mid + 1;
  }
  return slots[lo] as Slot;
}

const endpointWeights: [EndpointType, number][] = [
  ['desktop_app', 0.35],
  ['desk_phone', 0.25],
  ['mobile_app', 0.2],
  ['web', 0.08],
  ['room_device', 0.08],
  ['other', 0.04],
];
const featureChances: [CallFeature, number][] = [
  ['hunt_group', 0.05],
  ['auto_attendant', 0.08],
  ['transfer', 0.1],
  ['hold', 0.15],
  ['conference', 0.04],
  ['voicemail', 0.05],
];
const round2 = (x: number) => Math.round(x * 100) / 100;

/** Writes `quota` call legs; returns each user's last call start (ms). */
export function writeCallLegs(
  ctx: GenerationContext,
  rng: Random,
  customerId: string,
  holders: UsageHolder[],
  quota: number,
): Map<string, number> {
  const last = new Map<string, number>();
  if (quota <= 0 || holders.length === 0) return last;
  const { slots, cumulative } = slotsFor(ctx, rng, holders);
  if (slots.length === 0) return last;
  // A customer's network: most are fine, some have a poor site, which shows in call quality (CAL-3…5).
  const network = rng.weighted<number>([
    [1, 0.7],
    [1.6, 0.2],
    [2.6, 0.1],
  ]);
  const hasQueues = rng.chance(0.4);
  const queueCount = rng.int(1, 4);
  for (let i = 0; i < quota; i++) {
    const slot = pickSlot(rng, slots, cumulative);
    const room = slot.hi - slot.lo;
    const durationSeconds = Math.max(5, Math.min(Math.round(rng.logNormal(240, 1)), 7200, Math.floor(room / 1000)));
    const startedMs = slot.lo + Math.floor(rng.next() * (room - durationSeconds * 1000));
    const endpointType = rng.weighted(endpointWeights);
    const wireless = endpointType === 'mobile_app' || endpointType === 'web' ? 1.5 : 1;
    const stress = network * wireless;
    const measured = endpointType !== 'other' || rng.chance(0.5);
    const features: CallFeature[] = [];
    for (const [feature, chance] of featureChances) if (rng.chance(chance)) features.push(feature);
    let queue: { id: string; outcome: 'answered' | 'abandoned' | 'voicemail' | 'moved'; wait: number } | null = null;
    if (hasQueues && rng.chance(0.25)) {
      features.unshift('call_queue');
      const outcome = rng.weighted<'answered' | 'abandoned' | 'voicemail' | 'moved'>([
        ['answered', 0.75],
        ['abandoned', 0.12],
        ['voicemail', 0.05],
        ['moved', 0.08],
      ]);
      const wait = Math.round(rng.logNormal(outcome === 'answered' ? 25 : outcome === 'moved' ? 60 : 75, 0.7));
      queue = { id: `queue-${rng.int(1, queueCount)}`, outcome, wait: Math.min(wait, 1800) };
    }
    const n = ctx.counters.callLeg++;
    ctx.writer.add(schema.callLegs, {
      customerId,
      id: `leg-${n.toString(36)}`,
      callId: `call-${n.toString(36)}`,
      userId: slot.userId,
      startedAt: new Date(startedMs),
      durationSeconds,
      endpointType,
      mos: measured ? round2(Math.min(4.6, Math.max(1, rng.normal(4.35 - 0.35 * (stress - 1), 0.3 * stress)))) : null,
      packetLossPct: measured ? round2(rng.next() ** 4 * 3 * stress * stress) : null,
      jitterMs: measured ? round2(rng.logNormal(8 * stress, 0.7)) : null,
      latencyMs: measured ? round2(rng.logNormal(70 * stress, 0.45)) : null,
      features,
      queueId: queue?.id ?? null,
      queueOutcome: queue?.outcome ?? null,
      queueWaitSeconds: queue?.wait ?? null,
      ingestedAt: new Date(Math.min(startedMs + durationSeconds * 1000 + 60_000, ctx.nowMs)),
    });
    if ((last.get(slot.userId) ?? 0) < startedMs) last.set(slot.userId, startedMs);
  }
  return last;
}

/** Writes `quota` meetings hosted by licence holders; returns each host's last meeting start (ms). */
export function writeMeetingUsage(
  ctx: GenerationContext,
  rng: Random,
  customerId: string,
  holders: UsageHolder[],
  quota: number,
  largeMeetings: boolean,
): Map<string, number> {
  const last = new Map<string, number>();
  if (quota <= 0 || holders.length === 0) return last;
  const { slots, cumulative } = slotsFor(ctx, rng, holders);
  if (slots.length === 0) return last;
  for (let i = 0; i < quota; i++) {
    const slot = pickSlot(rng, slots, cumulative);
    const room = slot.hi - slot.lo;
    const durationMinutes = Math.max(1, Math.min(rng.int(10, 90), Math.floor(room / 60_000)));
    const startedMs = slot.lo + Math.floor(rng.next() * (room - durationMinutes * 60_000));
    const participants = Math.min(largeMeetings ? 1000 : 200, 2 + Math.round(rng.logNormal(5, 1)));
    const n = ctx.counters.meeting++;
    ctx.writer.add(schema.meetingUsage, {
      customerId,
      id: `mtg-${n.toString(36)}`,
      meetingId: `meeting-${n.toString(36)}`,
      userId: slot.userId,
      startedAt: new Date(startedMs),
      durationMinutes,
      participants,
      ingestedAt: new Date(Math.min(startedMs + durationMinutes * 60_000 + 60_000, ctx.nowMs)),
    });
    if ((last.get(slot.userId) ?? 0) < startedMs) last.set(slot.userId, startedMs);
  }
  return last;
}
