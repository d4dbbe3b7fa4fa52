import { z } from 'zod';
import { analyticsProducts } from '../analytics.ts';
import { callFeatures, endpointTypes } from '../call-quality.ts';

/**
 * Subscription analytics (ANA) and calling engagement analytics (CAL). Every response carries `dataAsOf`:
 * the latest ingest of the usage it is computed from (BEY-2), null when nothing was ingested yet.
 * Query strings are strict: an unknown parameter is a 400 naming it.
 */

const partnerId = z.uuid().optional().describe('Vendor operators: only this partner’s customers');
const dataAsOf = z.string().nullable();

export const productQuery = z.strictObject({
  product: z.enum(analyticsProducts).default('meetings'),
  partnerId,
});

export const subscriptionSections = ['recently-added', 'expiring', 'renewing', 'low-assignment', 'over-limit'] as const;
export type SubscriptionSection = (typeof subscriptionSections)[number];

/** The table columns of each section (ANA-3…ANA-7), in order; each one is a sort key. */
export const sectionColumns = {
  'recently-added': [
    'customer',
    'subscription',
    'daysSinceAdded',
    'total',
    'licences',
    'assignmentChange',
    'usageChange',
  ],
  expiring: ['customer', 'subscription', 'daysToEnd', 'total', 'licences', 'usedLast90Days'],
  renewing: ['customer', 'subscription', 'daysToEnd', 'total', 'licences', 'usedLast90Days'],
  'low-assignment': [
    'customer',
    'subscription',
    'monthsSinceAdded',
    'assigned',
    'total',
    'licences',
    'assignmentChange',
  ],
  'over-limit': ['customer', 'subscription', 'monthsLeft', 'autoRenew', 'total', 'assigned', 'used'],
} as const satisfies Record<SubscriptionSection, readonly string[]>;
export type SectionColumn = (typeof sectionColumns)[SubscriptionSection][number];
const allSectionColumns = [...new Set(Object.values(sectionColumns).flat())] as SectionColumn[];

const MAX_PAGE_SIZE = 200;
const page = z.coerce.number().int().min(1).max(1_000_000).default(1);
const pageSize = z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(25);
const sortOf = (columns: readonly string[], fallback: string) =>
  z
    .string()
    .regex(new RegExp(`^-?(${columns.join('|')})$`), `Unknown sort column; one of ${columns.join(', ')}`)
    .default(fallback);

export const sectionParams = z.strictObject({ section: z.enum(subscriptionSections) });

/** Sort keys of any section are accepted here; the route checks the key belongs to the section. */
export const sectionQuery = productQuery.extend({
  sort: sortOf(allSectionColumns, 'customer'),
  page,
  pageSize,
});

const subscriptionKpis = z.object({
  totalCustomers: z.number().int(),
  expirationApproaching: z.number().int(),
  approachingRenewal: z.number().int(),
  lowAssignment: z.number().int(),
  overLicenceLimit: z.number().int(),
});

const trendPoint = z.object({
  weekStart: z.string(),
  total: z.number().int(),
  assigned: z.number().int(),
  used: z.number().int(),
  /** The current week: its usage so far. */
  partial: z.boolean(),
});

/** ANA-1 and ANA-2. */
export const subscriptionOverview = z.object({
  dataAsOf,
  product: z.enum(analyticsProducts),
  kpis: subscriptionKpis,
  trend: z.array(trendPoint),
});
export type SubscriptionOverview = z.infer<typeof subscriptionOverview>;

/** The KPIs of a section, over all its rows; each section shows those SPEC names for it. */
const sectionKpis = z.object({
  customers: z.number().int(),
  totalLicences: z.number().int(),
  assignmentPct: z.number().nullable(),
  usagePct: z.number().nullable(),
  usageWhenAssignedPct: z.number().nullable(),
  unassignedLicences: z.number().int(),
  overageLicences: z.number().int(),
  customersWithOverage: z.number().int(),
  avgOveragePerCustomer: z.number().nullable(),
});
export type SectionKpis = z.infer<typeof sectionKpis>;

const sectionRow = z.object({
  customerId: z.string(),
  customerName: z.string(),
  kind: z.enum(['subscription', 'trial']),
  id: z.string(),
  /** Subscription number, or trial number (ANA-3). */
  number: z.string(),
  addedAt: z.string(),
  endsAt: z.string(),
  autoRenew: z.boolean(),
  daysSinceAdded: z.number().int(),
  /** Days to expiry or renewal, in the viewer's time zone. */
  daysToEnd: z.number().int(),
  /** Within 30 days of its end or renewal (domain/analytics.ts `sectionEndsSoon`): emphasised. */
  endsSoon: z.boolean(),
  monthsSinceAdded: z.number().int(),
  monthsLeft: z.number().int(),
  total: z.number().int(),
  assigned: z.number().int(),
  used: z.number().int(),
  available: z.number().int(),
  assignedPct: z.number().nullable(),
  usedPct: z.number().nullable(),
  usedLast90Days: z.number().int(),
  /** Last completed week minus the week before; null for trials (no weekly rollup). */
  assignmentChange: z.number().int().nullable(),
  usageChange: z.number().int().nullable(),
});
export type SectionRow = z.infer<typeof sectionRow>;

export const sectionResponse = z.object({
  dataAsOf,
  product: z.enum(analyticsProducts),
  section: z.enum(subscriptionSections),
  kpis: sectionKpis,
  items: z.array(sectionRow),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type SectionResponse = z.infer<typeof sectionResponse>;

// Calling (CAL).

export const callingQuery = z.strictObject({ partnerId });

export const callingTables = ['usage', 'quality', 'queues'] as const;
export type CallingTable = (typeof callingTables)[number];
export const callingTableColumns = {
  usage: ['customer', 'calls', 'minutes', 'activeUsers', 'licences', 'callsChangePct'],
  quality: ['customer', 'calls', 'poorCalls', 'poorPct', 'worstEndpoint'],
  queues: ['customer', 'calls', 'avgAnswerSeconds', 'avgAbandonWaitSeconds', 'abandonedPct'],
} as const satisfies Record<CallingTable, readonly string[]>;
const allCallingColumns = [...new Set(Object.values(callingTableColumns).flat())];

export const callingTableParams = z.strictObject({ table: z.enum(callingTables) });
export const callingTableQuery = callingQuery.extend({
  sort: sortOf(allCallingColumns, 'customer'),
  page,
  pageSize,
});

const weekStart = z.string();
export const callingOverview = z.object({
  dataAsOf,
  /** Monday of each week of the period, oldest first; the last is the last completed week. */
  weeks: z.array(weekStart),
  customers: z.number().int(),
  usageVolume: z.array(
    z.object({
      weekStart,
      none: z.number().int(),
      calls1to5: z.number().int(),
      calls6to20: z.number().int(),
      over20: z.number().int(),
    }),
  ),
  qualityTrend: z.array(
    z.object({ weekStart, legs: z.number().int(), poorLegs: z.number().int(), poorPct: z.number().nullable() }),
  ),
  qualityByEndpoint: z.array(
    z.object({
      endpointType: z.enum(endpointTypes),
      legs: z.number().int(),
      poorLegs: z.number().int(),
      poorPct: z.number().nullable(),
    }),
  ),
  /** CAL-6, over the period, for customers with the call-queue feature. */
  features: z.object({
    customers: z.number().int(),
    items: z.array(z.object({ feature: z.enum(callFeatures), calls: z.number().int() })),
  }),
});
export type CallingOverview = z.infer<typeof callingOverview>;

const callingRow = z.object({
  customerId: z.string(),
  customerName: z.string(),
  calls: z.number().int(),
  // usage (CAL-2, last completed week)
  minutes: z.number().nullable(),
  activeUsers: z.number().int().nullable(),
  licences: z.number().int().nullable(),
  callsChangePct: z.number().nullable(),
  // quality (CAL-5, the period)
  poorCalls: z.number().int().nullable(),
  poorPct: z.number().nullable(),
  worstEndpoint: z.enum(endpointTypes).nullable(),
  // queues (CAL-7, last completed week)
  avgAnswerSeconds: z.number().nullable(),
  avgAbandonWaitSeconds: z.number().nullable(),
  abandonedPct: z.number().nullable(),
});
export type CallingRow = z.infer<typeof callingRow>;

export const callingTableResponse = z.object({
  dataAsOf,
  table: z.enum(callingTables),
  /** The weeks the table covers (one for usage and queues, the period for quality). */
  weeks: z.array(weekStart),
  /** CAL-7 KPIs (pooled over the customers), present for the queues table. */
  queueKpis: z
    .object({
      calls: z.number().int(),
      avgAnswerSeconds: z.number().nullable(),
      avgAbandonWaitSeconds: z.number().nullable(),
      abandonedPct: z.number().nullable(),
    })
    .nullable(),
  items: z.array(callingRow),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type CallingTableResponse = z.infer<typeof callingTableResponse>;
