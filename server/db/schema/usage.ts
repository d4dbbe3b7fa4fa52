import {
  bigint,
  date,
  doublePrecision,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

export const endpointType = pgEnum('endpoint_type', [
  'desk_phone',
  'desktop_app',
  'mobile_app',
  'web',
  'room_device',
  'other',
]);
export const queueOutcome = pgEnum('queue_outcome', ['answered', 'abandoned', 'voicemail', 'moved']);
export const assignmentAction = pgEnum('assignment_action', ['assign', 'unassign']);

/** One call leg as ingested (CAL-8); `id` is the sender's record id, which makes ingest idempotent. */
export const callLegs = pgTable(
  'call_legs',
  {
    customerId: uuid('customer_id').notNull(),
    id: text('id').notNull(),
    callId: text('call_id').notNull(),
    userId: uuid('user_id'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    durationSeconds: integer('duration_seconds').notNull(),
    endpointType: endpointType('endpoint_type').notNull(),
    mos: real('mos'),
    packetLossPct: real('packet_loss_pct'),
    jitterMs: real('jitter_ms'),
    latencyMs: real('latency_ms'),
    features: text('features').array().notNull().default([]),
    queueId: text('queue_id'),
    queueOutcome: queueOutcome('queue_outcome'),
    /** Seconds until answered, moved or abandoned (CAL-7). */
    queueWaitSeconds: integer('queue_wait_seconds'),
    ingestedAt: timestamp('ingested_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.customerId, t.id] }), index('call_legs_started_idx').on(t.customerId, t.startedAt)],
);

/**
 * Call legs stored but not yet added to the call rollups: ingest writes each new leg here and in call_legs in
 * one transaction; one folder at a time (foldPendingCallLegs) deletes them and adds them to the rollups, so
 * concurrent batches do not wait on each other's rollup rows. No index: the folder takes what is there.
 */
export const callLegsPending = pgTable('call_legs_pending', {
  customerId: uuid('customer_id').notNull(),
  userId: uuid('user_id'),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
  durationSeconds: integer('duration_seconds').notNull(),
  endpointType: endpointType('endpoint_type').notNull(),
  mos: real('mos'),
  packetLossPct: real('packet_loss_pct'),
  jitterMs: real('jitter_ms'),
  latencyMs: real('latency_ms'),
  features: text('features').array().notNull().default([]),
  queueId: text('queue_id'),
  queueOutcome: queueOutcome('queue_outcome'),
  queueWaitSeconds: integer('queue_wait_seconds'),
  ingestedAt: timestamp('ingested_at', { withTimezone: true }).notNull(),
});

export const meetingUsage = pgTable(
  'meeting_usage',
  {
    customerId: uuid('customer_id').notNull(),
    id: text('id').notNull(),
    meetingId: text('meeting_id').notNull(),
    userId: uuid('user_id'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    participants: integer('participants').notNull(),
    ingestedAt: timestamp('ingested_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.customerId, t.id] }),
    index('meeting_usage_started_idx').on(t.customerId, t.startedAt),
  ],
);

/** Licence assignment changes as ingested (CAL-8); current state lives in licence_assignments. */
export const licenceAssignmentEvents = pgTable(
  'licence_assignment_events',
  {
    customerId: uuid('customer_id').notNull(),
    id: text('id').notNull(),
    userId: uuid('user_id').notNull(),
    serviceId: text('service_id').notNull(),
    action: assignmentAction('action').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    ingestedAt: timestamp('ingested_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.customerId, t.id] }),
    // Insights (INS-2) ask whether an active user's licence was taken away lately: "moved to a new employee".
    index('licence_assignment_events_holding_idx').on(t.customerId, t.userId, t.serviceId, t.occurredAt),
  ],
);

/** Customer administrators' sign-ins to the customer console: "No recent activity" (CUS-2). */
export const adminSignIns = pgTable(
  'admin_sign_ins',
  {
    customerId: uuid('customer_id').notNull(),
    id: text('id').notNull(),
    userId: uuid('user_id').notNull(),
    signedInAt: timestamp('signed_in_at', { withTimezone: true }).notNull(),
    ingestedAt: timestamp('ingested_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.customerId, t.id] }), index('admin_sign_ins_at_idx').on(t.customerId, t.signedInAt)],
);

/** Weekly licence rollup per subscription and service (ANA-2…ANA-7), maintained as usage arrives. */
export const licenceWeekly = pgTable(
  'licence_weekly',
  {
    customerId: uuid('customer_id').notNull(),
    subscriptionId: uuid('subscription_id').notNull(),
    serviceId: text('service_id').notNull(),
    /** Monday 00:00 UTC of the calendar week. */
    weekStart: date('week_start').notNull(),
    total: integer('total').notNull(),
    assigned: integer('assigned').notNull(),
    used: integer('used').notNull(),
  },
  (t) => [
    primaryKey({
      columns: [t.customerId, t.subscriptionId, t.serviceId, t.weekStart],
    }),
  ],
);

/**
 * licence_weekly summed per customer, service and week (ANA-2 trend, CAL-1 holders, CAL-2 licences): the
 * vendor's trend reads one row per customer and week instead of one per subscription.
 */
export const licenceCustomerWeekly = pgTable(
  'licence_customer_weekly',
  {
    customerId: uuid('customer_id').notNull(),
    serviceId: text('service_id').notNull(),
    weekStart: date('week_start').notNull(),
    total: integer('total').notNull(),
    assigned: integer('assigned').notNull(),
    used: integer('used').notNull(),
  },
  (t) => [primaryKey({ columns: [t.serviceId, t.customerId, t.weekStart] })],
);

/**
 * Each subscription service's latest licence_weekly row: where a subscription's rows stop before the week
 * read, its total and assigned carry forward (rollup notes), found here without probing every subscription.
 */
export const licenceWeeklyTail = pgTable(
  'licence_weekly_tail',
  {
    customerId: uuid('customer_id').notNull(),
    subscriptionId: uuid('subscription_id').notNull(),
    serviceId: text('service_id').notNull(),
    weekStart: date('week_start').notNull(),
    total: integer('total').notNull(),
    assigned: integer('assigned').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.customerId, t.subscriptionId, t.serviceId] }),
    index('licence_weekly_tail_week_idx').on(t.serviceId, t.weekStart),
  ],
);

/** Calls per user and week (CAL-1, CAL-2). */
export const userCallsWeekly = pgTable(
  'user_calls_weekly',
  {
    customerId: uuid('customer_id').notNull(),
    weekStart: date('week_start').notNull(),
    userId: uuid('user_id').notNull(),
    calls: integer('calls').notNull(),
    minutes: doublePrecision('minutes').notNull(),
  },
  (t) => [primaryKey({ columns: [t.customerId, t.weekStart, t.userId] })],
);

/**
 * user_calls_weekly per customer and week (CAL-1 buckets, CAL-2): calls, call seconds (exact, so sums in any
 * order agree), users with a call and users per CAL-1 bucket of calls made that week.
 */
export const customerCallsWeekly = pgTable(
  'customer_calls_weekly',
  {
    customerId: uuid('customer_id').notNull(),
    weekStart: date('week_start').notNull(),
    calls: integer('calls').notNull(),
    seconds: bigint('seconds', { mode: 'number' }).notNull(),
    activeUsers: integer('active_users').notNull(),
    users1To5: integer('users_1_to_5').notNull(),
    users6To20: integer('users_6_to_20').notNull(),
    usersOver20: integer('users_over_20').notNull(),
  },
  (t) => [primaryKey({ columns: [t.customerId, t.weekStart] })],
);

/** Call legs and poor legs per endpoint type and week (CAL-3…CAL-5). */
export const callQualityWeekly = pgTable(
  'call_quality_weekly',
  {
    customerId: uuid('customer_id').notNull(),
    weekStart: date('week_start').notNull(),
    endpointType: endpointType('endpoint_type').notNull(),
    legs: integer('legs').notNull(),
    poorLegs: integer('poor_legs').notNull(),
  },
  (t) => [primaryKey({ columns: [t.customerId, t.weekStart, t.endpointType] })],
);

/** Calls using each feature per week (CAL-6). */
export const callFeaturesWeekly = pgTable(
  'call_features_weekly',
  {
    customerId: uuid('customer_id').notNull(),
    weekStart: date('week_start').notNull(),
    feature: text('feature').notNull(),
    calls: integer('calls').notNull(),
  },
  (t) => [primaryKey({ columns: [t.customerId, t.weekStart, t.feature] })],
);

/** Call-queue outcomes per week (CAL-7). */
export const callQueueWeekly = pgTable(
  'call_queue_weekly',
  {
    customerId: uuid('customer_id').notNull(),
    weekStart: date('week_start').notNull(),
    calls: integer('calls').notNull(),
    answered: integer('answered').notNull(),
    answerWaitSeconds: doublePrecision('answer_wait_seconds').notNull(),
    abandoned: integer('abandoned').notNull(),
    abandonWaitSeconds: doublePrecision('abandon_wait_seconds').notNull(),
  },
  (t) => [primaryKey({ columns: [t.customerId, t.weekStart] })],
);

/** When usage of each kind was last ingested for a customer: the "data as of" line (BEY-2). */
export const usageFreshness = pgTable(
  'usage_freshness',
  {
    customerId: uuid('customer_id').notNull(),
    kind: text('kind').notNull(),
    dataAsOf: timestamp('data_as_of', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.customerId, t.kind] })],
);
