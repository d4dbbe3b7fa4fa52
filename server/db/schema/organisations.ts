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

export const organisationKind = pgEnum('organisation_kind', ['vendor', 'partner', 'customer', 'consumer']);
export const partnerTier = pgEnum('partner_tier', ['tier1', 'tier2', 'distributor']);
export const relationshipKind = pgEnum('relationship_kind', ['owner', 'external_admin']);
export const adminLevel = pgEnum('admin_level', ['full', 'provisioning']);
export const userStatus = pgEnum('user_status', ['active', 'invited', 'disabled']);
/** A suspended partner's administrators cannot sign in; its data stays (SPEC §1, issue #10). */
export const organisationStatus = pgEnum('organisation_status', ['active', 'suspended']);

/** The tenants: the vendor (one), partners, customers and the free consumer organisation (TRI-15). */
export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: organisationKind('kind').notNull(),
    name: text('name').notNull(),
    partnerTier: partnerTier('partner_tier'),
    /** A tier-2 partner's distributor (SPEC §1). */
    distributorId: uuid('distributor_id'),
    country: text('country'),
    /** Data-residency region derived from the country (TRI-1). */
    dataRegion: text('data_region'),
    timeZone: text('time_zone').notNull().default('UTC'),
    vertical: text('vertical'),
    /** The address a customer is found by (TRI-4) and searched on (CUS-5). */
    primaryAdminEmail: text('primary_admin_email'),
    /** A partner's own organisation opened as its customer (ORG-1). */
    isPartnerOwnOrganisation: boolean('is_partner_own_organisation').notNull().default(false),
    termsAcceptedAt: timestamp('terms_accepted_at', { withTimezone: true }),
    /** Per-organisation thresholds such as expiringSoonDays and noRecentActivityDays (CUS-2). */
    settings: jsonb('settings').$type<Record<string, unknown>>().notNull().default({}),
    status: organisationStatus('status').notNull().default('active'),
    suspendedAt: timestamp('suspended_at', { withTimezone: true }),
    /** Every user of the organisation must sign in with a second factor (TOTP). */
    requireTwoFactor: boolean('require_two_factor').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('organisations_kind_idx').on(t.kind),
    index('organisations_distributor_idx').on(t.distributorId),
    index('organisations_admin_email_idx').on(sql`lower(${t.primaryAdminEmail})`),
  ],
);

/** Which partners may see and manage a customer, and how (SPEC §1, ROL-3). Owned by the partner. */
export const partnerCustomers = pgTable(
  'partner_customers',
  {
    partnerId: uuid('partner_id').notNull(),
    customerId: uuid('customer_id').notNull(),
    relationship: relationshipKind('relationship').notNull(),
    adminLevel: adminLevel('admin_level').notNull().default('full'),
    createdByUserId: uuid('created_by_user_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.partnerId, t.customerId] }),
    index('partner_customers_customer_idx').on(t.customerId),
    foreignKey({ columns: [t.partnerId], foreignColumns: [organisations.id] }),
    foreignKey({
      columns: [t.customerId],
      foreignColumns: [organisations.id],
    }).onDelete('cascade'),
  ],
);

/** People of every organisation, including a customer's licensed users (who have no password). */
export const users = pgTable(
  'users',
  {
    organisationId: uuid('organisation_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash'),
    locale: text('locale').notNull().default('en'),
    status: userStatus('status').notNull().default('active'),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
    /** The TOTP shared secret (base32), set at enrolment; two-factor sign-in is on once `totpEnabledAt` is set. */
    totpSecret: text('totp_secret'),
    totpEnabledAt: timestamp('totp_enabled_at', { withTimezone: true }),
    /** The 30-second step of the last code accepted: a code works once, even within its window (RFC 6238 §5.2). */
    totpLastStep: integer('totp_last_step'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    uniqueIndex('users_id_idx').on(t.id),
    foreignKey({
      columns: [t.organisationId],
      foreignColumns: [organisations.id],
    }),
    uniqueIndex('users_email_idx').on(sql`lower(${t.email})`),
  ],
);

/** Roles a user holds in its own organisation (ROL-1, ROL-4, ROL-5). */
export const roleAssignments = pgTable(
  'role_assignments',
  {
    organisationId: uuid('organisation_id').notNull(),
    userId: uuid('user_id').notNull(),
    role: text('role').notNull(),
    grantedByUserId: uuid('granted_by_user_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.userId, t.role] }),
    index('role_assignments_user_idx').on(t.userId),
    foreignKey({
      columns: [t.organisationId, t.userId],
      foreignColumns: [users.organisationId, users.id],
    }).onDelete('cascade'),
  ],
);

/** Partner admins assigned to a customer (DET-4); partner administrators see only these (ROL-2). */
export const customerAdminAssignments = pgTable(
  'customer_admin_assignments',
  {
    partnerId: uuid('partner_id').notNull(),
    customerId: uuid('customer_id').notNull(),
    userId: uuid('user_id').notNull(),
    assignedByUserId: uuid('assigned_by_user_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.partnerId, t.customerId, t.userId] }),
    index('customer_admin_assignments_user_idx').on(t.partnerId, t.userId),
    foreignKey({
      columns: [t.partnerId, t.customerId],
      foreignColumns: [partnerCustomers.partnerId, partnerCustomers.customerId],
    }).onDelete('cascade'),
    foreignKey({
      columns: [t.partnerId, t.userId],
      foreignColumns: [users.organisationId, users.id],
    }).onDelete('cascade'),
  ],
);
