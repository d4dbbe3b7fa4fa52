import { z } from 'zod';
import { customerStatusOrder, provisioningStatusImportance, subscriptionStatusOrder } from '../customer-status.ts';

/**
 * The customer list (CUS-1…CUS-6), tags (TAG), saved views and customer detail (DET). List filters are
 * comma-separated lists in the query string so that a view is a plain, bookmarkable URL (CUS-6).
 */

/** A comma-separated list whose every item passes `accepts`; otherwise a 400 naming the parameter. */
const csvWhere = (maxLength: number, accepts: (item: string) => boolean, expected: (rejected: string[]) => string) =>
  z
    .string()
    .max(maxLength)
    .transform((raw, ctx) => {
      const items = raw
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean);
      const rejected = items.filter((v) => !accepts(v));
      if (rejected.length > 0) {
        ctx.addIssue({ code: 'custom', message: expected(rejected) });
        return z.NEVER;
      }
      return items;
    });

const csvOf = <T extends readonly [string, ...string[]]>(values: T, name: string) =>
  csvWhere(
    2000,
    (v) => (values as readonly string[]).includes(v),
    (unknown) => `Unknown ${name}: ${unknown.join(', ')}`,
  ).transform((items) => items as T[number][]);

const csvOfIds = csvWhere(
  4000,
  (v) => z.uuid().safeParse(v).success,
  () => 'Expected a comma-separated list of ids',
);

const csvOfServiceIds = csvWhere(
  2000,
  (v) => /^[a-z0-9][a-z0-9-]{0,63}$/.test(v),
  () => 'Expected a comma-separated list of service ids',
);

export const managedByValues = ['external', 'own'] as const;
export const subscriptionTypes = ['paid', 'trial'] as const;
const customerSortKeys = [
  'name',
  'status',
  'provisioning',
  'subscriptionStatus',
  'products',
  'managedBy',
  'tags',
  'licences',
  'nextExpiry',
] as const;
export type CustomerSortKey = (typeof customerSortKeys)[number];

export const customerListQuery = z.object({
  /** Free text on customer name and administrator e-mail (CUS-5). */
  q: z.string().trim().max(200).optional(),
  status: csvOf(customerStatusOrder, 'customer status').optional(),
  provisioning: csvOf(provisioningStatusImportance, 'provisioning status').optional(),
  subscriptionStatus: csvOf(subscriptionStatusOrder, 'subscription status').optional(),
  /** Service ids of the catalogue, comma-separated (an unknown id matches nothing). */
  product: csvOfServiceIds.optional(),
  /** external: customers I manage as external administrator; own: customers of my partner organisation. */
  managedBy: csvOf(managedByValues, 'managed-by value').optional(),
  type: csvOf(subscriptionTypes, 'subscription type').optional(),
  tag: csvOfIds.optional(),
  /** Only customers that need attention (suspended, over licence, expiring soon, or cannot provision). */
  needsAttention: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  /** Vendor operators: restrict to these partners. */
  partner: csvOfIds.optional(),
  /** A sort key, descending when prefixed with '-'. */
  sort: z
    .string()
    .regex(new RegExp(`^-?(${customerSortKeys.join('|')})$`), 'Unknown sort column')
    .default('name'),
  cursor: z.string().max(1000).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const tagSummary = z.object({ id: z.string(), name: z.string(), colour: z.string() });
export type TagSummary = z.infer<typeof tagSummary>;

const customerRow = z.object({
  id: z.string(),
  name: z.string(),
  adminEmail: z.string().nullable(),
  /** CUS-2, most urgent first. */
  statuses: z.array(z.enum(customerStatusOrder)),
  /** CUS-3, the most important one; null when nothing is provisioned. */
  provisioningStatus: z.enum(provisioningStatusImportance).nullable(),
  /** CUS-4. */
  subscriptionStatuses: z.array(z.enum(subscriptionStatusOrder)),
  /**
   * Catalogue service ids of current subscriptions (active or suspended) and trials in an ongoing state, in
   * catalogue order; what the product filter matches.
   */
  products: z.array(z.string()),
  managedBy: z.enum(['owner', 'external_admin']),
  /** ROL-3: what this partner may do inside the customer. */
  adminLevel: z.enum(['full', 'provisioning']),
  ownerPartner: z.object({ id: z.string(), name: z.string() }).nullable(),
  tags: z.array(tagSummary),
  /** Bought and assigned on current subscriptions; used = assigned and used in the last 7 days (DET-2). */
  licences: z.object({ total: z.number(), assigned: z.number(), used: z.number() }),
  /** The nearest end of a live, non-renewing subscription or an ongoing trial (ISO 8601). */
  nextExpiry: z.string().nullable(),
  /** Whole days from now to nextExpiry in the partner's time zone. */
  nextExpiryDaysLeft: z.number().nullable(),
  /** TRI-17. */
  trialServicesExpiring: z.array(z.object({ serviceIds: z.array(z.string()), daysLeft: z.number() })),
});
export type CustomerRow = z.infer<typeof customerRow>;

export const customerListResponse = z.object({
  items: z.array(customerRow),
  nextCursor: z.string().nullable(),
  /** Customers matching the filters (the result count of the filter bar). */
  total: z.number(),
});
export type CustomerListResponse = z.infer<typeof customerListResponse>;

/** KPI strip of the Customers page (UI.md). */
export const customerSummary = z.object({
  customers: z.number(),
  trials: z.number(),
  expiringIn30Days: z.number(),
  overLicence: z.number(),
  needsAttention: z.number(),
});

export const customerIdParams = z.object({ id: z.uuid() });
export const customerTagParams = z.object({ id: z.uuid(), tagId: z.uuid() });

const tagName = z.string().trim().min(1).max(40);
const tagColour = z.enum(['blue', 'teal', 'green', 'yellow', 'orange', 'red', 'pink', 'violet', 'gray']);
export const createTagRequest = z.strictObject({ name: tagName, colour: tagColour.default('blue') });
/** Only the fields sent change (no defaults here, or a rename would reset the colour). */
export const updateTagRequest = z.strictObject({ name: tagName, colour: tagColour }).partial();
export const tagWithCount = tagSummary.extend({ customers: z.number() });

export const savedView = z.object({
  id: z.string(),
  name: z.string(),
  /** The customer list's URL query string, without '?'. */
  query: z.string(),
  shared: z.boolean(),
  ownedByMe: z.boolean(),
});
const viewName = z.string().trim().min(1).max(80);
const viewQuery = z.string().max(2000);
export const createViewRequest = z.strictObject({
  name: viewName,
  query: viewQuery,
  shared: z.boolean().default(false),
});
/** Only the fields sent change (no defaults here, or a rename would unshare the view). */
export const updateViewRequest = z.strictObject({ name: viewName, query: viewQuery, shared: z.boolean() }).partial();
export const viewIdParams = z.object({ id: z.uuid() });
