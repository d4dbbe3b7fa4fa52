import { z } from 'zod';
import { helpdeskProducts, resourceTypes, supportCaseStatuses } from '../resources.ts';
import { localeSchema, locales } from './common.ts';

/**
 * Resources & help (RES-1) and the partner helpdesk (RES-2). Resources are read by everybody signed in and
 * written by vendor operators; support cases are asked by partner users and answered and closed by operators.
 */

/** A comma-separated list of known values (a filter's chips), refused naming the unknown ones. */
const listOf = <T extends string>(allowed: readonly T[], what: string) =>
  z
    .string()
    .max(500)
    .transform((raw, ctx) => {
      const items = [
        ...new Set(
          raw
            .split(',')
            .map((v) => v.trim())
            .filter(Boolean),
        ),
      ];
      const unknown = items.filter((v) => !(allowed as readonly string[]).includes(v));
      if (unknown.length > 0) {
        ctx.addIssue({ code: 'custom', message: `Unknown ${what}: ${unknown.join(', ')}` });
        return z.NEVER;
      }
      return items as T[];
    });

const productId = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'Use a catalogue service id');
const productList = z
  .string()
  .max(500)
  .transform((raw, ctx) => {
    const items = [
      ...new Set(
        raw
          .split(',')
          .map((v) => v.trim())
          .filter(Boolean),
      ),
    ];
    if (items.some((v) => !productId.safeParse(v).success)) {
      ctx.addIssue({ code: 'custom', message: 'Use catalogue service ids separated by commas' });
      return z.NEVER;
    }
    return items;
  });
const flag = z
  .enum(['true', 'false'])
  .transform((v) => v === 'true')
  .optional();
/** An opaque position from the previous page's `nextCursor`. */
const cursor = z
  .string()
  .max(200)
  .regex(/^[A-Za-z0-9_-]+$/, 'The cursor is not valid.')
  .optional();

export const resourceListQuery = z.object({
  /** Words to find in the title, summary or body, each resource searched in its own language. */
  q: z.string().trim().max(200).optional(),
  /** Comma-separated resource types. */
  type: listOf(resourceTypes, 'type').optional(),
  /** Comma-separated catalogue service ids: resources about any of them. */
  product: productList.optional(),
  /** Comma-separated languages. */
  language: listOf(locales, 'language').optional(),
  featured: flag,
  quickLink: flag,
  /** Retired resources too (vendor operators only). */
  includeRetired: flag,
  cursor,
  limit: z.coerce.number().int().min(1).max(100).default(24),
});
export type ResourceListQuery = z.output<typeof resourceListQuery>;

export const resourceSummary = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  url: z.string().nullable(),
  type: z.enum(resourceTypes),
  products: z.array(z.string()),
  language: localeSchema,
  featured: z.boolean(),
  quickLink: z.boolean(),
  updatedAt: z.string(),
  /** Set once retired: listed for operators only, found by nobody else. */
  retiredAt: z.string().nullable(),
});
export type ResourceSummary = z.infer<typeof resourceSummary>;

export const resource = resourceSummary.extend({
  /** Markdown; the web renders it without raw HTML. */
  body: z.string(),
});
export type Resource = z.infer<typeof resource>;

export const resourceListResponse = z.object({
  items: z.array(resourceSummary),
  nextCursor: z.string().nullable(),
  /** Resources matching the filters, over all pages. */
  total: z.number().int(),
});
export type ResourceListResponse = z.infer<typeof resourceListResponse>;

export const resourceIdParams = z.object({ id: z.uuid('Expected a resource id') });

const title = z.string().trim().min(1, 'Enter a title').max(200, 'Use at most 200 characters');
const summary = z.string().trim().min(1, 'Enter a summary').max(500, 'Use at most 500 characters');
const body = z.string().trim().max(20_000, 'Use at most 20,000 characters');
/** An http(s) address the resource links to. */
const link = z
  .string()
  .trim()
  .max(2000, 'Use at most 2,000 characters')
  .refine((v) => {
    try {
      const url = new URL(v);
      return url.protocol === 'https:' || url.protocol === 'http:';
    } catch {
      return false;
    }
  }, 'Enter an address starting with https://');
/** No link: null, or an empty field. */
const optionalLink = z
  .union([z.literal('').transform(() => null), link])
  .nullable()
  .optional();
const products = z.array(productId).max(20, 'Choose at most 20 products');

export const createResourceRequest = z.strictObject({
  title,
  summary,
  body: body.default(''),
  url: optionalLink,
  type: z.enum(resourceTypes),
  products: products.default([]),
  language: localeSchema,
  featured: z.boolean().default(false),
  quickLink: z.boolean().default(false),
});
export type CreateResourceRequest = z.output<typeof createResourceRequest>;

export const updateResourceRequest = z.strictObject({
  title: title.optional(),
  summary: summary.optional(),
  body: body.optional(),
  url: optionalLink,
  type: z.enum(resourceTypes).optional(),
  products: products.optional(),
  language: localeSchema.optional(),
  featured: z.boolean().optional(),
  quickLink: z.boolean().optional(),
  /** false restores a retired resource (DELETE retires it). */
  retired: z.literal(false).optional(),
});
export type UpdateResourceRequest = z.output<typeof updateResourceRequest>;

/* The partner helpdesk (RES-2). */

export const supportCaseListQuery = z.object({
  /** Comma-separated statuses. */
  status: listOf(supportCaseStatuses, 'status').optional(),
  /** Comma-separated helpdesk products. */
  product: listOf(helpdeskProducts, 'product').optional(),
  cursor,
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type SupportCaseListQuery = z.output<typeof supportCaseListQuery>;

export const supportCaseSummary = z.object({
  id: z.string(),
  /** e.g. HD-1042. */
  reference: z.string(),
  product: z.enum(helpdeskProducts),
  subject: z.string(),
  status: z.enum(supportCaseStatuses),
  partner: z.object({ id: z.string(), name: z.string() }),
  requester: z.object({ name: z.string(), email: z.string() }),
  createdAt: z.string(),
  updatedAt: z.string(),
  closedAt: z.string().nullable(),
});
export type SupportCaseSummary = z.infer<typeof supportCaseSummary>;

export const supportCaseEvent = z.object({
  id: z.string(),
  kind: z.enum(['answer', 'closed']),
  body: z.string().nullable(),
  author: z.object({ name: z.string() }),
  createdAt: z.string(),
});

export const supportCase = supportCaseSummary.extend({
  description: z.string(),
  /** Answers and the closing, oldest first. */
  events: z.array(supportCaseEvent),
});
export type SupportCase = z.infer<typeof supportCase>;

export const supportCaseListResponse = z.object({
  items: z.array(supportCaseSummary),
  nextCursor: z.string().nullable(),
});
export type SupportCaseListResponse = z.infer<typeof supportCaseListResponse>;

export const supportCaseIdParams = z.object({ id: z.uuid('Expected a support case id') });

export const createSupportCaseRequest = z.strictObject({
  product: z.enum(helpdeskProducts),
  subject: z.string().trim().min(1, 'Enter a subject').max(200, 'Use at most 200 characters'),
  description: z
    .string()
    .trim()
    .min(10, 'Describe the problem in at least 10 characters')
    .max(10_000, 'Use at most 10,000 characters'),
});
export type CreateSupportCaseRequest = z.output<typeof createSupportCaseRequest>;

export const answerSupportCaseRequest = z.strictObject({
  body: z.string().trim().min(1, 'Write the answer').max(10_000, 'Use at most 10,000 characters'),
});

export const closeSupportCaseRequest = z.strictObject({
  /** What the partner is told on closing, if anything. */
  note: z.string().trim().max(10_000, 'Use at most 10,000 characters').optional(),
});
