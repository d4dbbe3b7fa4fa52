import { performance } from 'node:perf_hooks';
import { hash } from '@node-rs/argon2';
import { sql } from 'drizzle-orm';
import { DAY_MS } from '../../domain/clock.ts';
import { rebuildCustomerListEntries } from '../features/customers/refresh-customer-list.ts';
import type { Database } from '../platform/db.ts';
import { writeCustomerActivity } from './activity-rows.ts';
import { ensureCatalogue } from './catalogue.ts';
import { Counters, type GenerationContext, type PartnerRecord, usageWindowStart } from './context.ts';
import { type CustomerPlan, type PlanOptions, sampleCustomerPlan, usageWeights } from './customer-plan.ts';
import { writeCustomer } from './customer-rows.ts';
import { customerOne, demoPassword } from './named-accounts.ts';
import { partnerSpecs, writePartners, writeVendor } from './partners.ts';
import { Random } from './random.ts';
import { writeResources } from './resources.ts';
import { rebuildUsageRollups } from './rollups.ts';
import { openRowWriter, type RowWriter } from './row-writer.ts';
import {
  buildScenario,
  partnerOneScenarios,
  partnerTwoScenarios,
  type Scenario,
  tierTwoScenarios,
} from './scenarios.ts';

/**
 * The seeded data-set generator (SPEC §16). Deterministic: the same size, seed and `now` give the same rows.
 * Customers are generated one at a time and streamed to the database in batches, so memory stays flat
 * whatever the size. Usage volume (call legs, meetings) is shared out exactly: a first pass draws every
 * customer's plan (cheap) to weigh how much usage it can carry, the second pass writes the rows.
 */

export interface DataSetSize {
  name: string;
  partners: number;
  customers: number;
  /** Mean paid subscriptions and plain (licensable) users per customer follow from these totals. */
  subscriptions: number;
  licensedUsers: number;
  usageWeeks: number;
  callLegs: number;
  meetings: number;
  /** Customers owned by partner 0, Partner One. */
  partnerOneCustomers: number;
  /** Fixed customer counts for other partners by index; the rest share what is left at random. */
  fixedCustomers?: Record<number, number>;
}

export const dataSetSizes = {
  small: {
    name: 'small',
    partners: 4,
    customers: 68,
    subscriptions: 204,
    licensedUsers: 680,
    usageWeeks: 26,
    callLegs: 4_000,
    meetings: 1_000,
    partnerOneCustomers: 50,
    fixedCustomers: { 1: 10, 3: 8 },
  },
  // On M, Partner One owns half the customers: the closest M has to PERF-1's "partner with 10,000".
  M: {
    name: 'M',
    partners: 200,
    customers: 10_000,
    subscriptions: 30_000,
    licensedUsers: 100_000,
    usageWeeks: 26,
    callLegs: 1_000_000,
    meetings: 100_000,
    partnerOneCustomers: 5_000,
  },
  L: {
    name: 'L',
    partners: 2_000,
    customers: 100_000,
    subscriptions: 300_000,
    licensedUsers: 1_000_000,
    usageWeeks: 52,
    callLegs: 10_000_000,
    meetings: 1_000_000,
    partnerOneCustomers: 10_000,
  },
} satisfies Record<string, DataSetSize>;

export type DataSetSizeName = keyof typeof dataSetSizes;

export interface GenerationProgress {
  phase: 'planning' | 'customers' | 'rollups' | 'customer list' | 'analyze';
  done: number;
  total: number;
}

export interface GenerationOptions {
  size: DataSetSize;
  seed: number;
  now: Date;
  onProgress?: (progress: GenerationProgress) => void;
  /** Writes through this writer instead of one opened on `db` (to measure generation alone). */
  writer?: RowWriter;
}

export interface GenerationReport {
  size: string;
  seed: number;
  rows: Record<string, number>;
  /** `rollups` includes the customer list entries. */
  seconds: { rows: number; rollups: number; analyze: number };
  /** Where the row phase spent its time: waiting for the database, and COPY time per table. */
  writer: { waitingMs: number; copyMs: Record<string, number> };
}

/**
 * About this share of a customer's plain users hold a licence (the rest belong to churned customers or wait
 * for one), measured on M: the sizes count licensed users, so the generator draws this many more users.
 */
const licensedShareOfUsers = 0.83;

interface CustomerSlot {
  index: number;
  partner: number;
  position: number;
}

export async function generateDataSet(db: Database, options: GenerationOptions): Promise<GenerationReport> {
  const { size, seed, now } = options;
  const progress = options.onProgress ?? (() => {});
  const root = new Random('channel-hub', seed);
  const started = performance.now();
  await ensureCatalogue(db);
  const saltRng = root.derive('salt');
  const salt = Uint8Array.from({ length: 16 }, () => saltRng.uint32() & 0xff);
  // One hash for every account, with a salt from the seed so the data set is reproducible; argon2id is the
  // library's default algorithm (its const enum cannot be imported under isolatedModules).
  const passwordHash = await hash(demoPassword, { salt });
  const writer = options.writer ?? (await openRowWriter(db));
  const base = {
    now,
    nowMs: now.getTime(),
    usageWeeks: size.usageWeeks,
    windowStartMs: usageWindowStart(now, size.usageWeeks),
    passwordHash,
    counters: new Counters(),
    writer,
  };
  const vendor = writeVendor(base, root.derive('vendor'));
  const ctx: GenerationContext = { ...base, ...vendor };
  const specs = partnerSpecs(root.derive('partner-specs'), size.partners);
  const partners = writePartners(ctx, root.derive('partners'), specs);
  writeResources(ctx, root.derive('resources'));

  const slots = allocateCustomers(root.derive('allocation'), size, partners);
  const planOptions = (slot: CustomerSlot): PlanOptions => ({
    subscriptionsPerCustomer: size.subscriptions / size.customers,
    usersPerCustomer: size.licensedUsers / size.customers / licensedShareOfUsers,
    usageWeeks: size.usageWeeks,
    ownerIsTier2: partners[slot.partner]?.tier === 'tier2',
  });
  const planFor = (slot: CustomerSlot) => {
    const rng = root.derive('customer', slot.index, 'plan');
    const scenario = scenarioOf(slot);
    return scenario ? buildScenario(rng, scenario, planOptions(slot)) : sampleCustomerPlan(rng, planOptions(slot));
  };

  // Pass 1: how much usage each customer can carry.
  const windowStartDay = (ctx.windowStartMs - ctx.nowMs) / DAY_MS;
  const callingWeight = new Float64Array(slots.length);
  const meetingWeight = new Float64Array(slots.length);
  for (const slot of slots) {
    const weights = usageWeights(planFor(slot).plan, windowStartDay);
    callingWeight[slot.index] = weights.calling;
    meetingWeight[slot.index] = weights.meetings;
    if (slot.index % 10_000 === 0) progress({ phase: 'planning', done: slot.index, total: slots.length });
  }
  const callQuotas = shareOut(size.callLegs, callingWeight);
  const meetingQuotas = shareOut(size.meetings, meetingWeight);

  // Pass 2: the rows.
  const partnersById = new Map(partners.map((p) => [p.id, p]));
  const reportEvery = Math.max(1, Math.floor(slots.length / 50));
  for (const slot of slots) {
    const { plan } = planFor(slot);
    const rng = root.derive('customer', slot.index, 'rows');
    const owner = partners[slot.partner] as PartnerRecord;
    const isCustomerOne = slot.partner === 0 && slot.position === 0;
    const written = writeCustomer(ctx, {
      index: slot.index,
      rng,
      plan,
      owner,
      distributor: owner.distributorId ? (partnersById.get(owner.distributorId) ?? null) : null,
      externalPartner: plan.externalAdmin ? externalPartnerFor(rng, plan, owner, partners) : null,
      quotas: { callLegs: callQuotas[slot.index] ?? 0, meetings: meetingQuotas[slot.index] ?? 0 },
      named: isCustomerOne ? customerOne : undefined,
    });
    if (isCustomerOne) {
      writeCustomerActivity(ctx, { rng: root.derive('activity'), customerId: written.id, ...written });
    }
    await writer.maybeFlush();
    if (slot.index % reportEvery === 0) progress({ phase: 'customers', done: slot.index, total: slots.length });
  }
  await writer.finish();
  progress({ phase: 'customers', done: slots.length, total: slots.length });
  const rowsDone = performance.now();

  progress({ phase: 'rollups', done: 0, total: 1 });
  await rebuildUsageRollups(db, { from: new Date(ctx.windowStartMs), to: now });
  // The customers feature's read model of the list, built from the rows just written (its bulk-load entry).
  progress({ phase: 'customer list', done: 0, total: 1 });
  await rebuildCustomerListEntries(db, now);
  const rollupsDone = performance.now();
  progress({ phase: 'analyze', done: 0, total: 1 });
  await db.execute(sql`analyze`);
  const analyzeDone = performance.now();
  return {
    size: size.name,
    seed,
    rows: writer.counts(),
    seconds: {
      rows: (rowsDone - started) / 1000,
      rollups: (rollupsDone - rowsDone) / 1000,
      analyze: (analyzeDone - rollupsDone) / 1000,
    },
    writer: writer.timings(),
  };
}

/** Customers per partner: Partner One's share, fixed shares, then random weights; distributors own none. */
function allocateCustomers(rng: Random, size: DataSetSize, partners: PartnerRecord[]): CustomerSlot[] {
  const counts = partners.map(() => 0);
  counts[0] = Math.min(size.partnerOneCustomers, size.customers);
  for (const [index, count] of Object.entries(size.fixedCustomers ?? {})) {
    if (Number(index) < counts.length) counts[Number(index)] = count;
  }
  const owners = partners.filter(
    (p) => p.index > 0 && p.tier !== 'distributor' && size.fixedCustomers?.[p.index] === undefined,
  );
  const remaining = size.customers - counts.reduce((a, b) => a + b, 0);
  if (owners.length === 0) counts[0] = (counts[0] as number) + Math.max(0, remaining);
  else {
    const shares = shareOut(
      Math.max(0, remaining),
      Float64Array.from(owners, () => rng.logNormal(1, 0.8)),
    );
    owners.forEach((p, i) => {
      counts[p.index] = shares[i] as number;
    });
  }
  const slots: CustomerSlot[] = [];
  counts.forEach((count, partner) => {
    for (let position = 0; position < count; position++) slots.push({ index: slots.length, partner, position });
  });
  return slots;
}

/** Splits `total` into whole numbers proportional to `weights` that add up to exactly `total`. */
export function shareOut(total: number, weights: Float64Array): number[] {
  let sum = 0;
  for (const w of weights) sum += w;
  const shares: number[] = [];
  if (sum <= 0) return Array.from(weights, () => 0);
  let cumulative = 0;
  let given = 0;
  for (const w of weights) {
    cumulative += w;
    const upTo = Math.round((total * cumulative) / sum);
    shares.push(upTo - given);
    given = upTo;
  }
  return shares;
}

function scenarioOf(slot: CustomerSlot): Scenario | undefined {
  const list: readonly Scenario[] =
    slot.partner === 0
      ? partnerOneScenarios
      : slot.partner === 1
        ? partnerTwoScenarios
        : slot.partner === 3
          ? tierTwoScenarios
          : [];
  return list[slot.position];
}

function externalPartnerFor(
  rng: Random,
  plan: CustomerPlan,
  owner: PartnerRecord,
  partners: PartnerRecord[],
): PartnerRecord | null {
  if (plan.externalAdminPartner !== undefined) {
    const chosen = partners[plan.externalAdminPartner];
    if (chosen && chosen.id !== owner.id) return chosen;
  }
  const candidates = partners.filter((p) => p.id !== owner.id && p.tier !== 'distributor');
  return candidates.length ? rng.pick(candidates) : null;
}
