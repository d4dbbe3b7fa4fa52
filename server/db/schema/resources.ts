import { sql } from 'drizzle-orm';
import { boolean, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Resources and help (RES-1): edited by vendor operators, read by everyone. Reference table. */
export const resources = pgTable(
  'resources',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    body: text('body').notNull(),
    url: text('url'),
    type: text('type').notNull(),
    product: text('product'),
    language: text('language').notNull(),
    featured: boolean('featured').notNull().default(false),
    quickLink: boolean('quick_link').notNull().default(false),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('resources_search_idx').using(
      'gin',
      sql`to_tsvector('simple', ${t.title} || ' ' || ${t.summary} || ' ' || ${t.body})`,
    ),
  ],
);

/** Partner helpdesk requests from the resources page (RES-2). */
export const helpdeskRequests = pgTable(
  'helpdesk_requests',
  {
    partnerId: uuid('partner_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    product: text('product').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    status: text('status').notNull(),
    createdByUserId: uuid('created_by_user_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.partnerId, t.id] })],
);
