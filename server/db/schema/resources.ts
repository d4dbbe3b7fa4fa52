import { sql } from 'drizzle-orm';
import {
  boolean,
  customType,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * The text-search configuration of a row's language (domain/resources.ts `searchConfigurations`); a CASE of
 * constants, so the generated column below stays immutable.
 */
export const resourceSearchConfiguration = sql.raw(
  "case language when 'da' then 'danish'::regconfig when 'nb' then 'norwegian'::regconfig when 'hu' then 'hungarian'::regconfig else 'english'::regconfig end",
);

/**
 * Resources and help (RES-1): edited by vendor operators, read by everyone signed in. Reference table (no
 * tenant). Retiring sets `retired_at`; nothing is deleted, so links to a resource (insights' next steps) stay.
 */
export const resources = pgTable(
  'resources',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    /** Markdown, rendered without raw HTML. */
    body: text('body').notNull(),
    url: text('url'),
    type: text('type').notNull(),
    /** Catalogue service ids the resource is about; empty for a general resource. */
    products: text('products').array().notNull().default(sql`'{}'::text[]`),
    language: text('language').notNull(),
    featured: boolean('featured').notNull().default(false),
    quickLink: boolean('quick_link').notNull().default(false),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    retiredAt: timestamp('retired_at', { withTimezone: true }),
    /** Title (weight A), summary (B) and body (C), stemmed in the resource's own language. */
    search: tsvector('search').generatedAlwaysAs(
      sql`setweight(to_tsvector(${resourceSearchConfiguration}, title), 'A') || setweight(to_tsvector(${resourceSearchConfiguration}, summary), 'B') || setweight(to_tsvector(${resourceSearchConfiguration}, body), 'C')`,
    ),
  },
  (t) => [
    index('resources_search_idx').using('gin', t.search),
    index('resources_products_idx').using('gin', t.products),
  ],
);

/**
 * Partner helpdesk cases (RES-2, "support cases" in the API): asked by a partner user about Calling or Contact
 * Center, answered and closed by vendor operators. Keyed by the partner; the operators' queue reads across
 * partners by status, newest (highest number) first.
 */
export const helpdeskRequests = pgTable(
  'helpdesk_requests',
  {
    partnerId: uuid('partner_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    /** The reference partners quote (HD-1001…), from one sequence for the installation. */
    number: integer('number').notNull().generatedByDefaultAsIdentity({ startWith: 1001 }),
    product: text('product').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    status: text('status').notNull(),
    createdByUserId: uuid('created_by_user_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.partnerId, t.id] }),
    uniqueIndex('helpdesk_requests_id_idx').on(t.id),
    uniqueIndex('helpdesk_requests_number_idx').on(t.number),
    index('helpdesk_requests_requester_idx').on(t.partnerId, t.createdByUserId, t.number),
    index('helpdesk_requests_queue_idx').on(t.status, t.number),
  ],
);

/** What happened to a case after it was asked: an operator's answer, or its closing (with an optional note). */
export const helpdeskRequestEvents = pgTable(
  'helpdesk_request_events',
  {
    partnerId: uuid('partner_id').notNull(),
    requestId: uuid('request_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    kind: text('kind').notNull(),
    body: text('body'),
    authorUserId: uuid('author_user_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.partnerId, t.requestId, t.id] }),
    index('helpdesk_request_events_order_idx').on(t.partnerId, t.requestId, t.createdAt),
  ],
);
