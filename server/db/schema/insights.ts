import { index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Customer insights (INS-1, INS-2): each user's latest use of each product, whether or not the user holds a
 * licence of it now. "Active in the last 28 days" counts these rows, so a licence moved to a new employee, a
 * trial's users and usage without a licence are all seen. Maintained by usage ingest (recordUsageActivity).
 */
export const insightUserActivity = pgTable(
  'insight_user_activity',
  {
    customerId: uuid('customer_id').notNull(),
    serviceId: text('service_id').notNull(),
    userId: uuid('user_id').notNull(),
    lastActiveAt: timestamp('last_active_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.customerId, t.serviceId, t.userId] }),
    index('insight_user_activity_recent_idx').on(t.customerId, t.serviceId, t.lastActiveAt),
  ],
);
