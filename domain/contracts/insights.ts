import { z } from 'zod';
import { nextStepProblems, usageCauses } from '../insights.ts';
import { resourceTypes } from '../resources.ts';

/**
 * Customer insights (INS-1…INS-5): the portfolio's KPIs and trend, the customer table, a customer's drill-down
 * and the portfolio export. Figures and causes are decided by domain/insights.ts on the server.
 */

const partnerId = z.uuid().optional().describe('Vendor operators: only this partner’s customers');
const product = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'A product id of the catalogue')
  .optional()
  .describe('Only this product (a catalogue service id)');

export const insightsQuery = z.strictObject({ partnerId, product });

export const insightColumns = ['customer', 'product', 'sold', 'entitlements', 'active', 'deployment', 'usage'] as const;
export type InsightColumn = (typeof insightColumns)[number];

export const insightCustomersQuery = insightsQuery.extend({
  q: z.string().trim().max(200).optional().describe('Part of the customer’s name'),
  sort: z
    .string()
    .regex(new RegExp(`^-?(${insightColumns.join('|')})$`), `Unknown sort column; one of ${insightColumns.join(', ')}`)
    .default('customer'),
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});

export const insightExportQuery = insightsQuery;

const figures = {
  sold: z.number().int(),
  /** Of `sold`, the licences another seller sold: another partner or the vendor directly (INS-3). */
  soldByOthers: z.number().int(),
  entitlements: z.number().int(),
  active: z.number().int(),
  deploymentPct: z.number().nullable(),
  usagePct: z.number().nullable(),
  /** INS-2: why usage exceeds 100 %, from the data; empty otherwise. */
  causes: z.array(z.enum(usageCauses)),
  /** The active users behind each cause. */
  activeMoved: z.number().int(),
  activeOnOtherSubscription: z.number().int(),
  activeOnTrial: z.number().int(),
  activeWithoutEntitlement: z.number().int(),
};

export const insightRow = z.object({
  customerId: z.string(),
  customerName: z.string(),
  product: z.string(),
  ...figures,
});
export type InsightRow = z.infer<typeof insightRow>;

const trendPoint = z.object({
  weekStart: z.string(),
  total: z.number().int(),
  assigned: z.number().int(),
  used: z.number().int(),
  deploymentPct: z.number().nullable(),
  usagePct: z.number().nullable(),
  /** The current week: its usage so far. */
  partial: z.boolean(),
});

export const insightsOverview = z.object({
  dataAsOf: z.string().nullable(),
  kpis: z.object({
    customers: z.number().int(),
    customersOver100: z.number().int(),
    ...figures,
  }),
  /** Products of the portfolio, for the product filter. */
  products: z.array(z.string()),
  /** Weekly deployment (assigned / total) and usage (used that week / assigned), 26 weeks and the current one. */
  trend: z.array(trendPoint),
});
export type InsightsOverview = z.infer<typeof insightsOverview>;

export const insightCustomersResponse = z.object({
  dataAsOf: z.string().nullable(),
  items: z.array(insightRow),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type InsightCustomersResponse = z.infer<typeof insightCustomersResponse>;

export const insightCustomerParams = z.strictObject({ id: z.uuid() });

const suggestedResource = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  type: z.enum(resourceTypes),
  /** The products it is about; none for a general resource. */
  products: z.array(z.string()),
  language: z.string(),
});
export type SuggestedResource = z.infer<typeof suggestedResource>;

export const nextStep = z.object({
  problem: z.enum(nextStepProblems),
  /** The product adopted poorly; null for how-to requests (the customer's). */
  product: z.string().nullable(),
  /** Unused licences (low adoption) or how-to requests in the window. */
  count: z.number().int(),
  resources: z.array(suggestedResource),
});
export type NextStep = z.infer<typeof nextStep>;

export const insightCustomer = z.object({
  dataAsOf: z.string().nullable(),
  customerId: z.string(),
  customerName: z.string(),
  products: z.array(insightRow),
  howToRequests: z.number().int(),
  nextSteps: z.array(nextStep),
});
export type InsightCustomer = z.infer<typeof insightCustomer>;
