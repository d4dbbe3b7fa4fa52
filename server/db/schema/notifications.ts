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

/**
 * Webhook endpoints of a partner or the vendor (NOT-2, BEY-9). The secret signs with Standard Webhooks (HMAC), so
 * it is kept, not hashed; it is shown once. After a rotation the previous secret signs too until its overlap ends.
 * `failingSince` is the first failed attempt since the last success: five days of it disable the endpoint.
 */
export const webhookEndpoints = pgTable(
  'webhook_endpoints',
  {
    organisationId: uuid('organisation_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    url: text('url').notNull(),
    description: text('description').notNull().default(''),
    eventTypes: text('event_types').array().notNull(),
    enabled: boolean('enabled').notNull().default(true),
    secret: text('secret').notNull(),
    previousSecret: text('previous_secret'),
    previousSecretExpiresAt: timestamp('previous_secret_expires_at', { withTimezone: true }),
    failingSince: timestamp('failing_since', { withTimezone: true }),
    disabledReason: text('disabled_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.id] })],
);

/**
 * The event outbox: one row per event, written in the transaction of the change that caused it (NOT-2). Its
 * deliveries are fanned out in the same transaction to the endpoints that may receive it.
 */
export const webhookEvents = pgTable(
  'webhook_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    type: text('type').notNull(),
    version: integer('version').notNull(),
    /** The customer the event is about; null for a test event. */
    customerId: uuid('customer_id'),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    data: jsonb('data').notNull(),
  },
  (t) => [index('webhook_events_customer_idx').on(t.customerId, t.occurredAt)],
);

/**
 * One event for one endpoint. `webhookId` is fixed at insert: every attempt, a redelivery after a crash and a
 * replay carry the same `webhook-id`, so a receiver deduplicates by it. `payload` is the exact body sent.
 */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    organisationId: uuid('organisation_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    endpointId: uuid('endpoint_id').notNull(),
    eventId: uuid('event_id').notNull(),
    webhookId: text('webhook_id').notNull(),
    eventType: text('event_type').notNull(),
    payload: text('payload').notNull(),
    status: deliveryStatus('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull(),
    lastAttemptAt: timestamp('last_attempt_at', { withTimezone: true }),
    lastResponseStatus: integer('last_response_status'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    uniqueIndex('webhook_deliveries_webhook_id_idx').on(t.webhookId),
    index('webhook_deliveries_due_idx').on(t.status, t.nextAttemptAt),
    index('webhook_deliveries_endpoint_idx').on(t.organisationId, t.endpointId, t.createdAt, t.id),
  ],
);

/** Every HTTP attempt of a delivery (BEY-9's delivery log): outcome, duration and the start of the response. */
export const webhookAttempts = pgTable(
  'webhook_attempts',
  {
    organisationId: uuid('organisation_id').notNull(),
    deliveryId: uuid('delivery_id').notNull(),
    attempt: integer('attempt').notNull(),
    attemptedAt: timestamp('attempted_at', { withTimezone: true }).notNull(),
    durationMs: integer('duration_ms').notNull(),
    responseStatus: integer('response_status'),
    responseExcerpt: text('response_excerpt').notNull().default(''),
    error: text('error'),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.deliveryId, t.attempt] })],
);

/** Which (customer, service) pairs hold more assigned licences than bought and trial ones, since when. */
export const licenceOverAssignments = pgTable(
  'licence_over_assignments',
  {
    customerId: uuid('customer_id').notNull(),
    serviceId: text('service_id').notNull(),
    since: timestamp('since', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.customerId, t.serviceId] })],
);
