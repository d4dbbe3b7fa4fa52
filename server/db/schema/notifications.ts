import {
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const outboxStatus = pgEnum('outbox_status', ['pending', 'sent', 'failed']);
export const deliveryStatus = pgEnum('delivery_status', ['pending', 'delivered', 'failed']);

/**
 * Durable e-mail outbox (NOT-1): a row commits with the change that caused it; a worker sends it.
 * `messageId` is fixed at insert so a resend after a crash is recognisable as the same message.
 */
export const emailOutbox = pgTable(
  'email_outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** The organisation whose change caused the message; operators see all. */
    organisationId: uuid('organisation_id').notNull(),
    messageId: text('message_id').notNull(),
    toAddress: text('to_address').notNull(),
    locale: text('locale').notNull(),
    template: text('template').notNull(),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    status: outboxStatus('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', {
      withTimezone: true,
    }).notNull(),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('email_outbox_message_id_idx').on(t.messageId),
    index('email_outbox_due_idx').on(t.status, t.nextAttemptAt),
    index('email_outbox_org_idx').on(t.organisationId, t.createdAt),
  ],
);

/** Signed webhook subscriptions of a partner (NOT-2, BEY-9). */
export const webhookEndpoints = pgTable(
  'webhook_endpoints',
  {
    organisationId: uuid('organisation_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    url: text('url').notNull(),
    secret: text('secret').notNull(),
    events: text('events').array().notNull(),
    payloadVersion: integer('payload_version').notNull().default(1),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.id] })],
);

export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    organisationId: uuid('organisation_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    endpointId: uuid('endpoint_id').notNull(),
    eventType: text('event_type').notNull(),
    payload: jsonb('payload').notNull(),
    status: deliveryStatus('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', {
      withTimezone: true,
    }).notNull(),
    responseStatus: integer('response_status'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    index('webhook_deliveries_due_idx').on(t.status, t.nextAttemptAt),
  ],
);
