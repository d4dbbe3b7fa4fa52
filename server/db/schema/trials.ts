import { sql } from 'drizzle-orm';
import {
  boolean,
  foreignKey,
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
import { trialStates } from '../../../domain/customer-status.ts';
import { deviceTypes, services } from './catalogue.ts';
import { organisations } from './organisations.ts';
import { provisioningStatus } from './subscriptions.ts';

export const trialState = pgEnum('trial_state', trialStates);
export const extensionStatus = pgEnum('extension_status', ['approved', 'pending_approval', 'rejected']);

/** A partner's trial for a customer (SPEC §7). `version` guards concurrent changes (REL-4). */
export const trials = pgTable(
  'trials',
  {
    customerId: uuid('customer_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    number: text('number').notNull(),
    partnerId: uuid('partner_id').notNull(),
    state: trialState('state').notNull(),
    /** Licence quantity applied to each chosen service except Devices (TRI-1). */
    licenceQuantity: integer('licence_quantity').notNull(),
    durationDays: integer('duration_days').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }),
    endsAt: timestamp('ends_at', { withTimezone: true }),
    /** The address the consent request went to (TRI-5). */
    adminEmail: text('admin_email').notNull(),
    meetingSiteUrl: text('meeting_site_url'),
    meetingTimeZone: text('meeting_time_zone'),
    /** "Set up services now" chosen in the wizard (TRI-1). */
    setupNow: boolean('setup_now').notNull().default(false),
    /** When the customer's first-time setup was completed here; the provisioning job finishes such trials. */
    setupCompletedAt: timestamp('setup_completed_at', { withTimezone: true }),
    /** Devices chosen in the wizard, shipped when the trial begins (TRI-1, TRI-3). */
    requestedDevices: jsonb('requested_devices')
      .$type<{ deviceTypeId: string; quantity: number }[]>()
      .notNull()
      .default([]),
    /** The partner held no link to the customer when it asked: only the customer's consent makes one (ROL-3, TRI-9). */
    linkCreatedByTrial: boolean('link_created_by_trial').notNull().default(false),
    requestedByUserId: uuid('requested_by_user_id').notNull(),
    consentRequestedAt: timestamp('consent_requested_at', {
      withTimezone: true,
    }),
    consentDecidedAt: timestamp('consent_decided_at', { withTimezone: true }),
    consentFullAdministration: boolean('consent_full_administration'),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    cancelledByUserId: uuid('cancelled_by_user_id'),
    convertedSubscriptionId: uuid('converted_subscription_id'),
    releasedAt: timestamp('released_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.customerId, t.id] }),
    uniqueIndex('trials_number_idx').on(t.number),
    foreignKey({ columns: [t.customerId], foreignColumns: [organisations.id] }),
    foreignKey({ columns: [t.partnerId], foreignColumns: [organisations.id] }),
    index('trials_partner_idx').on(t.partnerId, t.state),
    index('trials_state_ends_idx').on(t.state, t.endsAt),
    /** A meeting site URL is unique while the trial holds it (TRI-1, released after grace per TRI-15). */
    uniqueIndex('trials_meeting_site_url_idx')
      .on(sql`lower(${t.meetingSiteUrl})`)
      .where(sql`${t.releasedAt} is null and ${t.state} not in ('cancelled', 'declined')`),
  ],
);

export const trialServices = pgTable(
  'trial_services',
  {
    customerId: uuid('customer_id').notNull(),
    trialId: uuid('trial_id').notNull(),
    serviceId: text('service_id').notNull(),
    licenceQuantity: integer('licence_quantity').notNull(),
    provisioningStatus: provisioningStatus('provisioning_status').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.customerId, t.trialId, t.serviceId] }),
    index('trial_services_service_idx').on(t.serviceId),
    foreignKey({
      columns: [t.customerId, t.trialId],
      foreignColumns: [trials.customerId, trials.id],
    }).onDelete('cascade'),
    foreignKey({ columns: [t.serviceId], foreignColumns: [services.id] }),
  ],
);

/** Each extension of +30 days (TRI-12); device-trial extensions wait for a vendor operator. */
export const trialExtensions = pgTable(
  'trial_extensions',
  {
    customerId: uuid('customer_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    trialId: uuid('trial_id').notNull(),
    days: integer('days').notNull(),
    previousEndsAt: timestamp('previous_ends_at', {
      withTimezone: true,
    }).notNull(),
    newEndsAt: timestamp('new_ends_at', { withTimezone: true }).notNull(),
    status: extensionStatus('status').notNull(),
    requestedByUserId: uuid('requested_by_user_id').notNull(),
    decidedByUserId: uuid('decided_by_user_id'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.customerId, t.id] }),
    index('trial_extensions_status_idx').on(t.status),
    foreignKey({
      columns: [t.customerId, t.trialId],
      foreignColumns: [trials.customerId, trials.id],
    }).onDelete('cascade'),
  ],
);

/** Devices shipped with a trial: once per device type per trial (TRI-3, TRI-16). */
export const deviceShipments = pgTable(
  'device_shipments',
  {
    customerId: uuid('customer_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    trialId: uuid('trial_id').notNull(),
    deviceTypeId: text('device_type_id').notNull(),
    serialNumbers: text('serial_numbers').array().notNull(),
    shippedAt: timestamp('shipped_at', { withTimezone: true }).notNull(),
    /** The device due date; returns are due two weeks after it (TRI-16). */
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.customerId, t.id] }),
    uniqueIndex('device_shipments_trial_type_idx').on(t.customerId, t.trialId, t.deviceTypeId),
    foreignKey({
      columns: [t.customerId, t.trialId],
      foreignColumns: [trials.customerId, trials.id],
    }).onDelete('cascade'),
    foreignKey({ columns: [t.deviceTypeId], foreignColumns: [deviceTypes.id] }),
  ],
);

/** A returned device, recorded by a vendor operator (RMA) against a shipped serial number (TRI-16). */
export const deviceReturns = pgTable(
  'device_returns',
  {
    customerId: uuid('customer_id').notNull(),
    shipmentId: uuid('shipment_id').notNull(),
    serialNumber: text('serial_number').notNull(),
    rmaNumber: text('rma_number').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    recordedByUserId: uuid('recorded_by_user_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.customerId, t.shipmentId, t.serialNumber] }),
    foreignKey({
      columns: [t.customerId, t.shipmentId],
      foreignColumns: [deviceShipments.customerId, deviceShipments.id],
    }).onDelete('cascade'),
  ],
);

/**
 * The lifecycle e-mails already queued for a trial (TRI-15: 7 days before, on the end date, users after 30 days).
 * A row is written with its e-mails in one transaction, so a job run twice sends each e-mail once.
 */
export const trialNotices = pgTable(
  'trial_notices',
  {
    customerId: uuid('customer_id').notNull(),
    trialId: uuid('trial_id').notNull(),
    kind: text('kind').notNull(),
    /** The trial end the notice was about: an extension makes the reminders due again. */
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.customerId, t.trialId, t.kind, t.endsAt] }),
    foreignKey({
      columns: [t.customerId, t.trialId],
      foreignColumns: [trials.customerId, trials.id],
    }).onDelete('cascade'),
  ],
);
