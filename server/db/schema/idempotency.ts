import { index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The first response to each `Idempotency-Key` a caller sent on a POST (ARCHITECTURE.md, Writes), kept 24 hours
 * so a repeat returns it without doing the work again (server/platform/idempotency.ts).
 * Keyed by the caller (`user:<id>` or `token:<id>`), never looked up across callers.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    caller: text('caller').notNull(),
    key: text('key').notNull(),
    /** SHA-256 of the method, path and canonical JSON body: the same key with another request is refused. */
    requestHash: text('request_hash').notNull(),
    /** Null while the first request is in flight. */
    status: integer('status'),
    contentType: text('content_type'),
    body: text('body'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.caller, t.key] }), index('idempotency_keys_expires_at_idx').on(t.expiresAt)],
);
