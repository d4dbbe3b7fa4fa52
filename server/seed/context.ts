import { DAY_MS } from '../../domain/clock.ts';
import type { PartnerTier } from '../../domain/roles.ts';
import type { Random } from './random.ts';
import type { RowWriter } from './row-writer.ts';

export const WEEK_MS = 7 * DAY_MS;

/** Running numbers for human-facing identifiers; unique in one generated data set. */
export class Counters {
  subscription = 0;
  order = 0;
  invoice = 0;
  trial = 0;
  rma = 0;
  callLeg = 0;
  meeting = 0;
  signIn = 0;
  assignmentEvent = 0;
  serial = 0;
  orderedId = 0;
}

/** What every part of one generation run shares. Times derive from `now` only (never the system clock). */
export interface GenerationContext {
  now: Date;
  nowMs: number;
  usageWeeks: number;
  /** Monday 00:00 UTC `usageWeeks` weeks before the Monday of now's week: the first instant of usage data. */
  windowStartMs: number;
  /** The argon2id hash of the demo password, computed once and shared by every account that signs in. */
  passwordHash: string;
  vendorId: string;
  vendorOperatorId: string;
  counters: Counters;
  writer: RowWriter;
}

/**
 * An id for an organisation or user: ordered in generation order (see Random.orderedUuid), so the large
 * indexes that lead with these ids grow at their end while loading. Its time field counts milliseconds
 * from a year before `now`, one per id.
 */
export function orderedId(ctx: Pick<GenerationContext, 'nowMs' | 'counters'>, rng: Random): string {
  return rng.orderedUuid(ctx.nowMs - 365 * DAY_MS + ctx.counters.orderedId++);
}

/** Monday 00:00 UTC of the week containing `ms`. */
export function mondayUtc(ms: number): number {
  const day = Math.floor(ms / DAY_MS);
  // 1970-01-01 was a Thursday: (day + 3) % 7 is 0 on Mondays.
  return (day - ((day + 3) % 7)) * DAY_MS;
}

export function usageWindowStart(now: Date, usageWeeks: number): number {
  return mondayUtc(now.getTime()) - usageWeeks * WEEK_MS;
}

/** The instant `day` days from now (fractions allowed), to the millisecond. */
export function dayToDate(ctx: Pick<GenerationContext, 'nowMs'>, day: number): Date {
  return new Date(Math.round(ctx.nowMs + day * DAY_MS));
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export interface PartnerAdmins {
  full: string;
  admin?: string;
  readOnly?: string;
  sales?: string;
  salesFull?: string;
}

export interface PartnerRecord {
  index: number;
  id: string;
  name: string;
  tier: PartnerTier;
  distributorId: string | null;
  timeZone: string;
  admins: PartnerAdmins;
  tagIds: string[];
}
