import {
  bigint,
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
import { services } from './catalogue.ts';
import { organisations } from './organisations.ts';

export const subscriptionState = pgEnum('subscription_state', ['active', 'suspended', 'cancelled', 'expired']);
export const billingState = pgEnum('billing_state', ['paid', 'unpaid']);
export const provisioningStatus = pgEnum('provisioning_status', [
  'provisioned',
  'provisioning',
  'manual_vendor',
  'manual_partner',
  'pending_details',
  'cannot_provision',
]);
export const orderKind = pgEnum('order_kind', ['new', 'change', 'renewal', 'trial_conversion', 'cancellation']);
export const orderStatus = pgEnum('order_status', ['submitted', 'pending_distributor', 'completed', 'rejected']);
export const invoiceStatus = pgEnum('invoice_status', ['paid', 'due', 'overdue']);

/** A paid subscription of a customer, sold by a partner or directly by the vendor (SPEC §1, DET-2). */
export const subscriptions = pgTable(
  'subscriptions',
  {
    customerId: uuid('customer_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    /** Shown to people, e.g. "Sub100234" (ANA-3). */
    number: text('number').notNull(),
    /** The partner that sold it, or the vendor for direct purchases (INS-3). */
    sellerOrganisationId: uuid('seller_organisation_id').notNull(),
    state: subscriptionState('state').notNull(),
    billingState: billingState('billing_state').notNull().default('paid'),
    /** False while the order is not fully set up: "Ready for order setup" (CUS-2). */
    setupComplete: boolean('setup_complete').notNull().default(true),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    autoRenew: boolean('auto_renew').notNull().default(true),
    /** The length of a term: a renewal moves endsAt by it (domain/subscription-lifecycle.ts). */
    termMonths: integer('term_months').notNull().default(12),
    convertedFromTrialId: uuid('converted_from_trial_id'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.customerId, t.id] }),
    uniqueIndex('subscriptions_number_idx').on(t.number),
    foreignKey({ columns: [t.customerId], foreignColumns: [organisations.id] }),
    index('subscriptions_seller_idx').on(t.sellerOrganisationId),
    index('subscriptions_ends_idx').on(t.endsAt),
  ],
);

/** One service of a subscription: licences bought and its provisioning status (CUS-3, DET-2). */
export const subscriptionServices = pgTable(
  'subscription_services',
  {
    customerId: uuid('customer_id').notNull(),
    subscriptionId: uuid('subscription_id').notNull(),
    serviceId: text('service_id').notNull(),
    quantity: integer('quantity').notNull(),
    provisioningStatus: provisioningStatus('provisioning_status').notNull(),
    provisioningError: text('provisioning_error'),
  },
  (t) => [
    primaryKey({ columns: [t.customerId, t.subscriptionId, t.serviceId] }),
    index('subscription_services_service_idx').on(t.serviceId),
    foreignKey({
      columns: [t.customerId, t.subscriptionId],
      foreignColumns: [subscriptions.customerId, subscriptions.id],
    }).onDelete('cascade'),
    foreignKey({ columns: [t.serviceId], foreignColumns: [services.id] }),
  ],
);

/** Order history (DET-2), including trial conversions that a distributor completes (TRI-13). */
export const orders = pgTable(
  'orders',
  {
    customerId: uuid('customer_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    number: text('number').notNull(),
    subscriptionId: uuid('subscription_id'),
    trialId: uuid('trial_id'),
    kind: orderKind('kind').notNull(),
    status: orderStatus('status').notNull(),
    placedByOrganisationId: uuid('placed_by_organisation_id').notNull(),
    placedByUserId: uuid('placed_by_user_id'),
    /** The distributor that completes a tier-2 partner's order (TRI-13). */
    fulfillingOrganisationId: uuid('fulfilling_organisation_id'),
    provisioningContactEmail: text('provisioning_contact_email'),
    lines: jsonb('lines').$type<{ serviceId: string; quantity: number }[]>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.customerId, t.id] }),
    uniqueIndex('orders_number_idx').on(t.number),
    index('orders_fulfilling_idx').on(t.fulfillingOrganisationId, t.status),
  ],
);

/** The invoice of each subscription period (DET-2). */
export const invoices = pgTable(
  'invoices',
  {
    customerId: uuid('customer_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    subscriptionId: uuid('subscription_id').notNull(),
    number: text('number').notNull(),
    periodStart: timestamp('period_start', { withTimezone: true }).notNull(),
    periodEnd: timestamp('period_end', { withTimezone: true }).notNull(),
    amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    status: invoiceStatus('status').notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.customerId, t.id] }),
    index('invoices_subscription_idx').on(t.customerId, t.subscriptionId),
    foreignKey({
      columns: [t.customerId, t.subscriptionId],
      foreignColumns: [subscriptions.customerId, subscriptions.id],
    }).onDelete('cascade'),
  ],
);

/** Who holds which licence now (licensed users; DET-2, ANA, INS). */
export const licenceAssignments = pgTable(
  'licence_assignments',
  {
    customerId: uuid('customer_id').notNull(),
    userId: uuid('user_id').notNull(),
    serviceId: text('service_id').notNull(),
    /** A paid subscription or a trial. */
    subscriptionId: uuid('subscription_id'),
    trialId: uuid('trial_id'),
    assignedAt: timestamp('assigned_at', { withTimezone: true }).notNull(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.customerId, t.userId, t.serviceId] }),
    index('licence_assignments_subscription_idx').on(t.customerId, t.subscriptionId),
  ],
);

/** Phone numbers of a customer's calling configuration; kept 15 days after a trial's grace (TRI-15). */
export const phoneNumbers = pgTable(
  'phone_numbers',
  {
    customerId: uuid('customer_id').notNull(),
    number: text('number').notNull(),
    userId: uuid('user_id'),
    trialId: uuid('trial_id'),
    releasedAt: timestamp('released_at', { withTimezone: true }),
    deleteAfter: timestamp('delete_after', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.customerId, t.number] })],
);
