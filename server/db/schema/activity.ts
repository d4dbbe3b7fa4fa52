import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  doublePrecision,
  index,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const packageKind = pgEnum('package_kind', ['enterprise_wide', 'add_on']);
export const entitlementCategory = pgEnum('entitlement_category', [
  'reactive_support',
  'advisory_support',
  'proactive_services',
  'proactive_credits',
  'on_demand_education',
  'support_contacts',
  'on_demand_assessments',
]);
export const entitlementKind = pgEnum('entitlement_kind', ['consumable', 'additional_benefit']);
export const caseStatus = pgEnum('case_status', ['open', 'in_progress', 'closed']);

/** A customer's workspaces: the scope of the customer activity page (ACT-3). */
export const workspaces = pgTable(
  'workspaces',
  {
    customerId: uuid('customer_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    name: text('name').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.customerId, t.id] }),
    uniqueIndex('workspaces_name_idx').on(t.customerId, sql`lower(${t.name})`),
  ],
);

export const workspaceMembers = pgTable(
  'workspace_members',
  {
    customerId: uuid('customer_id').notNull(),
    workspaceId: uuid('workspace_id').notNull(),
    userId: uuid('user_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.customerId, t.workspaceId, t.userId] })],
);

/** Support agreements (ACT-1). */
export const supportAgreements = pgTable(
  'support_agreements',
  {
    customerId: uuid('customer_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    workspaceId: uuid('workspace_id').notNull(),
    number: text('number').notNull(),
    name: text('name').notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.customerId, t.id] }),
    uniqueIndex('support_agreements_number_idx').on(t.customerId, t.number),
  ],
);

export const supportPackages = pgTable(
  'support_packages',
  {
    customerId: uuid('customer_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    agreementId: uuid('agreement_id').notNull(),
    kind: packageKind('kind').notNull(),
    name: text('name').notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.customerId, t.id] }),
    index('support_packages_agreement_idx').on(t.customerId, t.agreementId),
  ],
);

/** What a package holds: consumable (bought/used/remaining) or an additional benefit (ACT-1). */
export const entitlements = pgTable(
  'entitlements',
  {
    customerId: uuid('customer_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    packageId: uuid('package_id').notNull(),
    category: entitlementCategory('category').notNull(),
    kind: entitlementKind('kind').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull(),
    unit: text('unit').notNull(),
    quantityBought: doublePrecision('quantity_bought'),
  },
  (t) => [
    primaryKey({ columns: [t.customerId, t.id] }),
    index('entitlements_package_idx').on(t.customerId, t.packageId),
  ],
);

/** Support requests (ACT-2, ACT-6); classification SU, DSA, X85 or REC makes an additional case. */
export const supportCases = pgTable(
  'support_cases',
  {
    customerId: uuid('customer_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    number: text('number').notNull(),
    title: text('title').notNull(),
    workspaceId: uuid('workspace_id'),
    agreementId: uuid('agreement_id'),
    packageId: uuid('package_id'),
    serviceName: text('service_name'),
    classification: text('classification'),
    product: text('product'),
    /** A how-to question (INS-5 next steps). */
    isHowTo: boolean('is_how_to').notNull().default(false),
    severity: text('severity').notNull(),
    status: caseStatus('status').notNull(),
    primaryContactUserId: uuid('primary_contact_user_id'),
    createdByUserId: uuid('created_by_user_id'),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /** The entitlement a request was opened against: work logged on it consumes that entitlement. */
    entitlementId: uuid('entitlement_id'),
  },
  (t) => [
    primaryKey({ columns: [t.customerId, t.id] }),
    index('support_cases_workspace_idx').on(t.customerId, t.workspaceId, t.openedAt),
    index('support_cases_primary_contact_idx').on(t.customerId, t.primaryContactUserId),
    /** The vendor operators' queue of open requests across customers. */
    index('support_cases_queue_idx').on(t.status, t.openedAt),
  ],
);

export const supportCaseEventKind = pgEnum('support_case_event_kind', ['opened', 'work_logged', 'status_changed']);

/** A support request's history: opened, work logged (with its consumption), status changed. */
export const supportCaseEvents = pgTable(
  'support_case_events',
  {
    customerId: uuid('customer_id').notNull(),
    caseId: uuid('case_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    kind: supportCaseEventKind('kind').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    byUserId: uuid('by_user_id'),
    status: caseStatus('status'),
    quantity: doublePrecision('quantity'),
    note: text('note'),
  },
  (t) => [
    primaryKey({ columns: [t.customerId, t.id] }),
    index('support_case_events_case_idx').on(t.customerId, t.caseId, t.at),
  ],
);

/** Consumption logged against a consumable entitlement (ACT-1, ACT-5). */
export const consumptionRecords = pgTable(
  'consumption_records',
  {
    customerId: uuid('customer_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    entitlementId: uuid('entitlement_id').notNull(),
    caseId: uuid('case_id'),
    consumedOn: date('consumed_on').notNull(),
    quantity: doublePrecision('quantity').notNull(),
    description: text('description').notNull(),
    deliveredBy: text('delivered_by'),
    /** Learner for on-demand education (ACT-7 education report). */
    learnerUserId: uuid('learner_user_id'),
  },
  (t) => [
    primaryKey({ columns: [t.customerId, t.id] }),
    index('consumption_entitlement_idx').on(t.customerId, t.entitlementId),
    index('consumption_case_idx').on(t.customerId, t.caseId),
  ],
);

/** Groups given access to support requests, and requests shared with people (ACT-2). */
export const supportGroups = pgTable(
  'support_groups',
  {
    customerId: uuid('customer_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    name: text('name').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.customerId, t.id] }),
    uniqueIndex('support_groups_name_idx').on(t.customerId, sql`lower(${t.name})`),
  ],
);

export const supportGroupMembers = pgTable(
  'support_group_members',
  {
    customerId: uuid('customer_id').notNull(),
    groupId: uuid('group_id').notNull(),
    userId: uuid('user_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.customerId, t.groupId, t.userId] })],
);

export const supportCaseAccess = pgTable(
  'support_case_access',
  {
    customerId: uuid('customer_id').notNull(),
    caseId: uuid('case_id').notNull(),
    /** Either a group given access or a person the request was shared with. */
    groupId: uuid('group_id'),
    userId: uuid('user_id'),
    id: uuid('id').notNull().defaultRandom(),
  },
  (t) => [
    primaryKey({ columns: [t.customerId, t.id] }),
    index('support_case_access_case_idx').on(t.customerId, t.caseId),
    uniqueIndex('support_case_access_user_idx')
      .on(t.customerId, t.caseId, t.userId)
      .where(sql`${t.userId} is not null`),
    uniqueIndex('support_case_access_group_idx')
      .on(t.customerId, t.caseId, t.groupId)
      .where(sql`${t.groupId} is not null`),
  ],
);
