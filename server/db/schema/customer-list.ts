import { sql } from 'drizzle-orm';
import {
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { adminLevel, organisations, relationshipKind } from './organisations.ts';

/** A set of instants (each stored as a one-point range): "does any end fall in this window" is one `&&`. */
const instantSet = customType<{ data: string; driverData: string }>({ dataType: () => 'tstzmultirange' });

const until = (name: string) => timestamp(name, { withTimezone: true }).notNull().default(sql`'-infinity'`);
const instants = (name: string) => instantSet(name).notNull().default(sql`'{}'::tstzmultirange`);

/**
 * The customer list, one row per (partner, customer) link, maintained by `refreshCustomerListEntries`
 * (server/features/customers/refresh-customer-list.ts) from the base tables. It holds what the list filters
 * and sorts on. Nothing here depends on the clock: a time-dependent status is stored as the instant up to
 * which it holds (`…_until`: it applies while the start of today in the partner's time zone is ≤ it;
 * `infinity` for auto-renewing subscriptions and open-ended trials, `-infinity` for never) or as the set of
 * end instants it follows from, and the list query compares them with today's day boundaries.
 */
export const customerListEntries = pgTable(
  'customer_list_entries',
  {
    partnerId: uuid('partner_id').notNull(),
    customerId: uuid('customer_id').notNull(),
    // Fixed-width columns first and nullable ones last: rows are read 10,000 at a time, and Postgres reaches a
    // column fastest when none of variable width or null comes before it.
    relationship: relationshipKind('relationship').notNull(),
    adminLevel: adminLevel('admin_level').notNull(),
    /** Licences bought and assigned on current (active or suspended) subscriptions. */
    licencesTotal: integer('licences_total').notNull().default(0),
    licencesAssigned: integer('licences_assigned').notNull().default(0),
    // CUS-2 facts.
    liveUntil: until('live_until'),
    activeUntil: until('active_until'),
    suspendedUntil: until('suspended_until'),
    overLicenceUntil: until('over_licence_until'),
    setupIncompleteUntil: until('setup_incomplete_until'),
    trialUntil: until('trial_until'),
    lastAdminSignInAt: until('last_admin_sign_in_at'),
    // CUS-3 facts: per status, until when a current subscription or consented trial has it as its own status.
    cannotProvisionUntil: until('cannot_provision_until'),
    manualPartnerUntil: until('manual_partner_until'),
    manualVendorUntil: until('manual_vendor_until'),
    pendingDetailsUntil: until('pending_details_until'),
    provisioningUntil: until('provisioning_until'),
    provisionedUntil: until('provisioned_until'),
    // CUS-4 facts.
    /** An active, paid, auto-renewing subscription exists. */
    paidRenewing: boolean('paid_renewing').notNull().default(false),
    hasExpiredTrial: boolean('has_expired_trial').notNull().default(false),
    /** Ends of non-renewing current subscriptions and of ongoing trials: expiring soon, next expiry (CUS-2). */
    expiryEnds: instants('expiry_ends'),
    /** Ends of active, paid, non-renewing subscriptions (CUS-4). */
    paidEnds: instants('paid_ends'),
    /** Ends of trials in an ongoing state (CUS-4). */
    trialEnds: instants('trial_ends'),
    tagIds: uuid('tag_ids').array().notNull().default(sql`'{}'`),
    /** Services of current subscriptions (active or suspended) and ongoing trials, in catalogue order. */
    productIds: text('product_ids').array().notNull().default(sql`'{}'`),
    /** lower(name) and lower(admin e-mail): the free-text search (CUS-5). */
    searchText: text('search_text').notNull(),
    /** Sort keys, compared bytewise (collation "C", set in the migration): lower(name), products, tag names. */
    nameKey: text('name_key').notNull(),
    productsKey: text('products_key').notNull().default(''),
    tagsKey: text('tags_key').notNull().default(''),
    // Shown on the page's rows only.
    name: text('name').notNull(),
    /** This partner's tags on the customer: `{ id, name, colour }` sorted by name. */
    tags: jsonb('tags').$type<{ id: string; name: string; colour: string }[]>().notNull().default([]),
    /** TRI-17: trials in an ongoing state that have an end, `{ id, state, endsAt, serviceIds }`. */
    trialsEnding: jsonb('trials_ending')
      .$type<{ id: string; state: string; endsAt: string; serviceIds: string[] }[]>()
      .notNull()
      .default([]),
    ownerPartnerId: uuid('owner_partner_id'),
    adminEmail: text('admin_email'),
    // Statuses stamped for one day of the partner (customer_list_days): what filters, sorts and counts read when
    // the stamp is today's, so they walk indexes instead of computing every entry's statuses per request. Bit i
    // is status i of the order in domain/customer-status.ts; a rank is the 1-based position of the first status
    // that applies (the order's length + 1 when none does).
    statusDay: date('status_day'),
    customerStatusBits: integer('customer_status_bits').notNull().default(0),
    subscriptionStatusBits: integer('subscription_status_bits').notNull().default(0),
    provisioningStatusBits: integer('provisioning_status_bits').notNull().default(0),
    typeBits: integer('type_bits').notNull().default(0),
    customerStatusRank: integer('customer_status_rank').notNull().default(0),
    subscriptionStatusRank: integer('subscription_status_rank').notNull().default(0),
    provisioningStatusRank: integer('provisioning_status_rank').notNull().default(0),
    /** The next expiry that day, `infinity` when there is none (the sort key of "next expiry"). */
    nextExpiryKey: timestamp('next_expiry_key', { withTimezone: true }).notNull().default(sql`'infinity'`),
  },
  (t) => [
    primaryKey({ columns: [t.partnerId, t.customerId] }),
    index('customer_list_entries_customer_idx').on(t.customerId),
    index('customer_list_entries_name_idx').on(t.partnerId, t.nameKey, t.customerId),
    index('customer_list_entries_products_idx').on(t.partnerId, t.productsKey, t.nameKey, t.customerId),
    index('customer_list_entries_relationship_idx').on(t.partnerId, t.relationship, t.nameKey, t.customerId),
    index('customer_list_entries_tags_idx').on(t.partnerId, t.tagsKey, t.nameKey, t.customerId),
    index('customer_list_entries_licences_idx').on(t.partnerId, t.licencesTotal, t.nameKey, t.customerId),
    index('customer_list_entries_status_idx').on(t.partnerId, t.customerStatusRank, t.nameKey, t.customerId),
    index('customer_list_entries_subscription_status_idx').on(
      t.partnerId,
      t.subscriptionStatusRank,
      t.nameKey,
      t.customerId,
    ),
    index('customer_list_entries_provisioning_idx').on(t.partnerId, t.provisioningStatusRank, t.nameKey, t.customerId),
    index('customer_list_entries_next_expiry_idx').on(t.partnerId, t.nextExpiryKey, t.nameKey, t.customerId),
  ],
);

/**
 * The day of each partner for which all of its customer list entries hold stamped statuses. The day only moves
 * forward (server/jobs/customer-list-days.job.ts); a change to an entry stamps it for its partner's day in the
 * same transaction, holding this row's lock, so every entry of a partner carries the day written here.
 */
export const customerListDays = pgTable('customer_list_days', {
  partnerId: uuid('partner_id')
    .primaryKey()
    .references(() => organisations.id),
  day: date('day').notNull(),
});
