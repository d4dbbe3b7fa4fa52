import { sql } from 'drizzle-orm';
import {
  boolean,
  foreignKey,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/** A partner's custom tags (TAG-1); `rule` makes it a smart group kept up to date (BEY-5). */
export const tags = pgTable(
  'tags',
  {
    partnerId: uuid('partner_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    name: text('name').notNull(),
    colour: text('colour').notNull().default('blue'),
    rule: jsonb('rule').$type<Record<string, unknown>>(),
    createdByUserId: uuid('created_by_user_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.partnerId, t.id] }),
    uniqueIndex('tags_name_idx').on(t.partnerId, sql`lower(${t.name})`),
  ],
);

export const customerTags = pgTable(
  'customer_tags',
  {
    partnerId: uuid('partner_id').notNull(),
    customerId: uuid('customer_id').notNull(),
    tagId: uuid('tag_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.partnerId, t.customerId, t.tagId] }),
    index('customer_tags_tag_idx').on(t.partnerId, t.tagId),
    foreignKey({ columns: [t.partnerId, t.tagId], foreignColumns: [tags.partnerId, tags.id] }).onDelete('cascade'),
  ],
);

/** Named views of the customer list: the URL query of filters, search, sort (CUS-6, BEY-4). */
export const savedViews = pgTable(
  'saved_views',
  {
    partnerId: uuid('partner_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    userId: uuid('user_id').notNull(),
    name: text('name').notNull(),
    query: text('query').notNull(),
    shared: boolean('shared').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.partnerId, t.id] }), index('saved_views_user_idx').on(t.partnerId, t.userId)],
);
