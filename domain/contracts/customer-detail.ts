import { z } from 'zod';
import {
  customerStatusOrder,
  provisioningStatusImportance,
  subscriptionStatusOrder,
  trialStates,
} from '../customer-status.ts';
import { partnerRoles } from '../roles.ts';
import { tagSummary } from './customers.ts';

/**
 * The customer detail page (DET-1…DET-4): its header, the Subscriptions, Trials, Partner admins and Activity
 * tabs. Dates are ISO 8601 (UTC); "days left" are whole days in the viewer's time zone.
 */

const isoDate = z.string();
const organisationRef = z.object({ id: z.string(), name: z.string() });
export const adminLevels = ['full', 'provisioning'] as const;
const relationships = ['owner', 'external_admin'] as const;

const licenceCounts = z.object({
  /** Licences bought on live subscriptions. */
  total: z.number(),
  assigned: z.number(),
  /** Assigned and used in the last 7 days. */
  used: z.number(),
});

export const customerDetail = z.object({
  id: z.string(),
  name: z.string(),
  adminEmail: z.string().nullable(),
  country: z.string().nullable(),
  dataRegion: z.string().nullable(),
  timeZone: z.string(),
  vertical: z.string().nullable(),
  createdAt: isoDate,
  /** A partner's own organisation opened as its customer (ORG-1). */
  isPartnerOwnOrganisation: z.boolean(),
  /** CUS-2, most urgent first. */
  statuses: z.array(z.enum(customerStatusOrder)),
  /** CUS-3 for the whole customer. */
  provisioningStatus: z.enum(provisioningStatusImportance).nullable(),
  /** CUS-4. */
  subscriptionStatuses: z.array(z.enum(subscriptionStatusOrder)),
  ownerPartner: organisationRef.nullable(),
  /** The viewer's own relationship; null for vendor operators. */
  managedBy: z.enum(relationships).nullable(),
  /** ROL-3: what the viewer's partner may do inside the customer (vendor operators: full). */
  adminLevel: z.enum(adminLevels),
  /** The partners linked to the customer that the viewer may know about (its own link; all for the vendor). */
  partners: z.array(organisationRef.extend({ relationship: z.enum(relationships), adminLevel: z.enum(adminLevels) })),
  /** The viewer's partner's tags on this customer. */
  tags: z.array(tagSummary),
  licences: licenceCounts,
  counts: z.object({ liveSubscriptions: z.number(), ongoingTrials: z.number(), partnerAdmins: z.number() }),
  /** What the web may offer the viewer; the server checks every action again. */
  permissions: z.object({
    assignAdmins: z.boolean(),
    tag: z.boolean(),
    launch: z.boolean(),
    startTrial: z.boolean(),
  }),
});
export type CustomerDetail = z.infer<typeof customerDetail>;

const subscriptionServiceLicences = z.object({
  serviceId: z.string(),
  serviceName: z.string(),
  licenceUnit: z.string(),
  bought: z.number(),
  assigned: z.number(),
  used: z.number(),
  /** bought − assigned, never below 0 (an over-licensed service has none available). */
  available: z.number(),
  provisioningStatus: z.enum(provisioningStatusImportance),
  provisioningError: z.string().nullable(),
});

const invoiceSummary = z.object({
  id: z.string(),
  number: z.string(),
  periodStart: isoDate,
  periodEnd: isoDate,
  amountCents: z.number(),
  currency: z.string(),
  status: z.enum(['paid', 'due', 'overdue']),
  issuedAt: isoDate,
  dueAt: isoDate,
});

export const customerSubscription = z.object({
  id: z.string(),
  number: z.string(),
  seller: organisationRef,
  state: z.enum(['active', 'suspended', 'cancelled', 'expired']),
  billingState: z.enum(['paid', 'unpaid']),
  setupComplete: z.boolean(),
  /** CUS-4; null when the subscription is not live. */
  status: z.enum(subscriptionStatusOrder).nullable(),
  provisioningStatus: z.enum(provisioningStatusImportance).nullable(),
  startsAt: isoDate,
  endsAt: isoDate,
  autoRenew: z.boolean(),
  /** The length of a term in months: a renewal moves endsAt by it. */
  termMonths: z.number(),
  /** Sent back with a change (optimistic concurrency: a stale version is a 409). */
  version: z.number(),
  /** The date it renews (auto-renewing, live) or null when it ends at endsAt. */
  renewsAt: isoDate.nullable(),
  /** Whole days from now to endsAt (= renewsAt when it renews) in the viewer organisation's time zone. */
  daysLeft: z.number(),
  services: z.array(subscriptionServiceLicences),
  invoices: z.array(invoiceSummary),
});

export const orderSummary = z.object({
  id: z.string(),
  number: z.string(),
  kind: z.enum(['new', 'change', 'renewal', 'trial_conversion', 'cancellation']),
  status: z.enum(['submitted', 'pending_distributor', 'completed', 'rejected']),
  subscriptionNumber: z.string().nullable(),
  placedBy: organisationRef,
  lines: z.array(z.object({ serviceId: z.string(), serviceName: z.string(), quantity: z.number() })),
  createdAt: isoDate,
  completedAt: isoDate.nullable(),
});

export const customerSubscriptionsResponse = z.object({
  items: z.array(customerSubscription),
  orders: z.array(orderSummary),
  /** INS-3: subscriptions bought from another partner or the vendor, not shown to this partner. */
  otherSellersSubscriptions: z.number(),
});
export type CustomerSubscriptionsResponse = z.infer<typeof customerSubscriptionsResponse>;

export { trialStates };

const customerTrial = z.object({
  id: z.string(),
  number: z.string(),
  partner: organisationRef,
  state: z.enum(trialStates),
  /** CUS-4 for the trial; null when it counts for nothing (released, cancelled, declined, converted). */
  status: z.enum(subscriptionStatusOrder).nullable(),
  ongoing: z.boolean(),
  startsAt: isoDate.nullable(),
  endsAt: isoDate.nullable(),
  /** Whole days until the end in the viewer's time zone; null before it starts, negative once ended. */
  daysLeft: z.number().nullable(),
  /** A week or less left (domain/trial-lifecycle.ts `trialEndsSoon`): the days left are shown as urgent. */
  endsSoon: z.boolean(),
  durationDays: z.number(),
  adminEmail: z.string(),
  services: z.array(
    z.object({
      serviceId: z.string(),
      serviceName: z.string(),
      isDevice: z.boolean(),
      licences: z.number(),
      assigned: z.number(),
      provisioningStatus: z.enum(provisioningStatusImportance),
    }),
  ),
  createdAt: isoDate,
});
export type CustomerTrial = z.infer<typeof customerTrial>;

export const customerTrialsResponse = z.object({
  ongoing: z.array(customerTrial),
  past: z.array(customerTrial),
});
export type CustomerTrialsResponse = z.infer<typeof customerTrialsResponse>;

const partnerAdmin = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  status: z.enum(['active', 'invited', 'disabled']),
  roles: z.array(z.enum(partnerRoles)),
  partner: organisationRef,
  /** Full and read-only administrators see every customer of their partner anyway (ROL-2). */
  seesAllCustomers: z.boolean(),
});

export const assignedPartnerAdmin = partnerAdmin.extend({
  assignedAt: isoDate,
  assignedBy: z.string().nullable(),
});

export const customerAdminsResponse = z.object({
  items: z.array(assignedPartnerAdmin),
  /** Partner admins who may still be assigned (empty when the viewer may not assign). */
  assignable: z.array(partnerAdmin),
});
export type CustomerAdminsResponse = z.infer<typeof customerAdminsResponse>;

export const customerAdminParams = z.object({ id: z.uuid(), userId: z.uuid() });

const activityEntry = z.object({
  id: z.string(),
  at: isoDate,
  action: z.string(),
  actor: z.object({ name: z.string(), email: z.string(), organisation: z.string().nullable() }).nullable(),
  targetType: z.string(),
  targetId: z.string(),
  before: z.unknown().describe('The audited values before the change: any JSON, as the action recorded them'),
  after: z.unknown().describe('The audited values after the change: any JSON, as the action recorded them'),
});
export type ActivityEntry = z.infer<typeof activityEntry>;

export const customerActivityQuery = z.object({
  /** The id of the last entry of the previous page. */
  before: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const customerActivityResponse = z.object({
  items: z.array(activityEntry),
  nextBefore: z.string().nullable(),
});
export type CustomerActivityResponse = z.infer<typeof customerActivityResponse>;
