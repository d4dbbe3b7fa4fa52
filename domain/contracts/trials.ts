import { z } from 'zod';
import { provisioningStatusImportance, subscriptionStatusOrder } from '../customer-status.ts';
import { trialStates } from './customer-detail.ts';

/**
 * Trials (SPEC §7, TRI-1…TRI-16, ROL-2, ROL-3, REL-4). Dates are ISO 8601 (UTC); "days left" are whole days in
 * the viewer's time zone. Every change of a trial takes the `version` the client last read and answers
 * 409 when someone else changed the trial in between (REL-4).
 *
 * Endpoints (method, path → request contract → response contract):
 *   GET    /api/v1/trials/options                       → trialOptions (wizard catalogue: verticals, countries → region, services, device types, durations)
 *   GET    /api/v1/trials/meeting-site?name=            meetingSiteQuery → meetingSiteAvailability
 *   GET    /api/v1/trials/customer-lookup?email=        customerLookupQuery → customerLookupResponse (TRI-4)
 *   GET    /api/v1/trials?state&customerId&cursor&limit trialListQuery → trialListResponse (scoped like the customer list)
 *   GET    /api/v1/trials/{id}                          → trialDetail
 *   POST   /api/v1/trials                               startTrialForNewCustomer → startTrialResponse (TRI-1…TRI-3)
 *   POST   /api/v1/customers/{id}/trials                startTrialForExistingCustomer → startTrialResponse (TRI-4, TRI-5, TRI-10)
 *   POST   /api/v1/trials/for-existing-customer         startTrialForExistingCustomer → startTrialResponse (the customer found by adminEmail)
 *   PATCH  /api/v1/trials/{id}                          editTrialRequest → trialDetail (TRI-11)
 *   POST   /api/v1/trials/{id}/extend                   versionedRequest → extendTrialResponse (TRI-12)
 *   POST   /api/v1/trials/{id}/convert                  convertTrialRequest → convertTrialResponse (TRI-13)
 *   POST   /api/v1/trials/{id}/cancel                   versionedRequest → trialDetail (TRI-6, TRI-14; partner or customer)
 *   POST   /api/v1/trials/{id}/resend-consent           versionedRequest → trialDetail (TRI-6)
 *   POST   /api/v1/trials/{id}/complete-setup           versionedRequest → trialDetail (pending provisioning details → provisioning)
 *   POST   /api/v1/trials/{id}/shipments                shipDevicesRequest → trialDetail (TRI-3: a second shipment of a type → 409)
 *   GET    /api/v1/consents                             → consentListResponse (TRI-8; customer full administrators)
 *   POST   /api/v1/consents/{id}/accept                 acceptConsentRequest → consentDecisionResponse (TRI-9, ROL-3)
 *   POST   /api/v1/consents/{id}/decline                → consentDecisionResponse
 *   GET    /api/v1/trial-extensions?status=             extensionListQuery → extensionListResponse (vendor operators)
 *   POST   /api/v1/trial-extensions/{id}/approve        → extensionDecisionResponse (vendor operators)
 *   POST   /api/v1/trial-extensions/{id}/reject         → extensionDecisionResponse (vendor operators)
 *   GET    /api/v1/conversions                          → conversionListResponse (distributors: pending tier-2 conversions)
 *   POST   /api/v1/conversions/{id}/complete            → convertTrialResponse (distributors; id = the order id)
 *   GET    /api/v1/devices/shipments?overdue&cursor&limit shipmentListQuery → shipmentListResponse (vendor operators, TRI-16)
 *   POST   /api/v1/devices/returns                      recordReturnsRequest → recordReturnsResponse (vendor operators; unknown serial → 400 naming it)
 * `{id}` is a trial id except where said. Errors: `{ error: { code, message, field? } }`.
 */

export * from './trial-requests.ts';

const isoDate = z.string();
const organisationRef = z.object({ id: z.string(), name: z.string() });

export { trialStates };
export type TrialStateName = (typeof trialStates)[number];

export const trialOptions = z.object({
  verticals: z.array(z.string()),
  countries: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      /** Data-residency region the country decides (TRI-1). */
      region: z.string(),
      timeZone: z.string(),
    }),
  ),
  /** Trialable services of the catalogue, in catalogue order. */
  services: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      parentServiceId: z.string().nullable(),
      licenceUnit: z.string(),
      /** Devices: the licence quantity does not apply; devices are shipped instead (TRI-1). */
      isDevice: z.boolean(),
      /** Meetings Enterprise edition: needs a meeting site URL and time zone. */
      needsMeetingSite: z.boolean(),
    }),
  ),
  deviceTypes: z.array(z.object({ id: z.string(), name: z.string() })),
  durations: z.array(z.number()),
  /** IANA time zones for the meeting site. */
  timeZones: z.array(z.string()),
  meetingSiteSuffix: z.string(),
  maxLicenceQuantity: z.number(),
  maxDevicesPerType: z.number(),
  extensionDays: z.number(),
  maxDeviceTrialDays: z.number(),
  consentDays: z.number(),
  graceDays: z.number(),
});
export type TrialOptions = z.infer<typeof trialOptions>;

export const meetingSiteAvailability = z.object({ name: z.string(), url: z.string(), available: z.boolean() });
export type MeetingSiteAvailability = z.infer<typeof meetingSiteAvailability>;

export const choosableService = z.object({ serviceId: z.string(), serviceName: z.string() });
/**
 * TRI-4: only what the partner needs to confirm the organisation and choose services — its name and the services it
 * may trial (not bought, not trialled by anyone) — so a look-up never tells one partner what a customer bought
 * elsewhere. `paying` concerns the asking partner only: whether it sells to the customer (TRI-10).
 */
export const customerLookupResponse = z.discriminatedUnion('found', [
  z.object({ found: z.literal(false) }),
  z.object({
    found: z.literal(true),
    customer: z.object({ name: z.string() }),
    /** TRI-10: the customer pays this partner already: the trial begins without a consent request. */
    paying: z.boolean(),
    choosableServices: z.array(choosableService),
  }),
]);
export type CustomerLookupResponse = z.infer<typeof customerLookupResponse>;

export const trialListQuery = z.object({
  /** Comma-separated trial states. */
  state: z
    .string()
    .max(500)
    .transform((raw, ctx) => {
      const items = raw
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean);
      const unknown = items.filter((v) => !(trialStates as readonly string[]).includes(v));
      if (unknown.length > 0) {
        ctx.addIssue({ code: 'custom', message: `Unknown trial state: ${unknown.join(', ')}` });
        return z.NEVER;
      }
      return items as TrialStateName[];
    })
    .optional(),
  customerId: z.uuid().optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type TrialListQuery = z.input<typeof trialListQuery>;

export const trialServiceLine = z.object({
  serviceId: z.string(),
  serviceName: z.string(),
  isDevice: z.boolean(),
  licences: z.number(),
  assigned: z.number(),
  provisioningStatus: z.enum(provisioningStatusImportance),
});

export const trialSummary = z.object({
  id: z.string(),
  number: z.string(),
  customer: organisationRef,
  /** Whether the viewer may open the customer: false for a request to a customer it holds no link with (TRI-6). */
  customerHeld: z.boolean(),
  partner: organisationRef,
  state: z.enum(trialStates),
  /** CUS-4 for the trial; null when it counts for nothing. */
  status: z.enum(subscriptionStatusOrder).nullable(),
  startsAt: isoDate.nullable(),
  endsAt: isoDate.nullable(),
  daysLeft: z.number().nullable(),
  /** A week or less left (domain/trial-lifecycle.ts `trialEndsSoon`): the days left are shown as urgent. */
  endsSoon: z.boolean(),
  licenceQuantity: z.number(),
  adminEmail: z.string(),
  services: z.array(z.object({ serviceId: z.string(), serviceName: z.string() })),
  hasPendingExtension: z.boolean(),
  hasPendingConversion: z.boolean(),
  version: z.number(),
  createdAt: isoDate,
  /** What the web may offer the viewer; the server checks every action again. */
  actions: z.object({
    edit: z.boolean(),
    extend: z.boolean(),
    convert: z.boolean(),
    cancel: z.boolean(),
    resendConsent: z.boolean(),
    completeSetup: z.boolean(),
    shipDevices: z.boolean(),
  }),
});
export type TrialSummary = z.infer<typeof trialSummary>;

export const trialListResponse = z.object({
  items: z.array(trialSummary),
  nextCursor: z.string().nullable(),
  total: z.number(),
});
export type TrialListResponse = z.infer<typeof trialListResponse>;

export const extensionStatuses = ['approved', 'pending_approval', 'rejected'] as const;
export const trialExtension = z.object({
  id: z.string(),
  status: z.enum(extensionStatuses),
  days: z.number(),
  previousEndsAt: isoDate,
  newEndsAt: isoDate,
  createdAt: isoDate,
  decidedAt: isoDate.nullable(),
});
export type TrialExtension = z.infer<typeof trialExtension>;

export const deviceShipment = z.object({
  id: z.string(),
  deviceTypeId: z.string(),
  deviceTypeName: z.string(),
  serialNumbers: z.array(z.string()),
  returnedSerialNumbers: z.array(z.string()),
  shippedAt: isoDate,
  /** The device due date (the trial's end when shipped; moves with approved extensions). */
  dueAt: isoDate,
  /** Two weeks after the device due date (TRI-16). */
  returnDueAt: isoDate,
  overdue: z.boolean(),
});
export type DeviceShipment = z.infer<typeof deviceShipment>;

export const trialDetail = trialSummary.extend({
  durationDays: z.number(),
  /** Days from start to end, extensions included. */
  totalDays: z.number().nullable(),
  meetingSiteUrl: z.string().nullable(),
  meetingTimeZone: z.string().nullable(),
  setupNow: z.boolean(),
  consentRequestedAt: isoDate.nullable(),
  /** TRI-7: the request lapses at this instant. */
  consentRespondBy: isoDate.nullable(),
  consentDecidedAt: isoDate.nullable(),
  /** TRI-9: the customer's choice at consent; null before. */
  fullAdministration: z.boolean().nullable(),
  cancelledAt: isoDate.nullable(),
  /** Who cancelled: the partner, the customer, or the system (consent lapsed). */
  cancelledBy: z.enum(['partner', 'customer', 'system']).nullable(),
  /** TRI-15: conversion works until this instant; then the trial is released. */
  graceEndsAt: isoDate.nullable(),
  releasedAt: isoDate.nullable(),
  convertedSubscriptionId: z.string().nullable(),
  services: z.array(trialServiceLine),
  /** Devices chosen in the wizard (shipped when the trial begins). */
  requestedDevices: z.array(z.object({ deviceTypeId: z.string(), quantity: z.number() })),
  shipments: z.array(deviceShipment),
  extensions: z.array(trialExtension),
  pendingConversion: z
    .object({ orderId: z.string(), orderNumber: z.string(), distributor: organisationRef, createdAt: isoDate })
    .nullable(),
  /** What one extension would do now (TRI-12: the dialog shows the new end before saving); null when refused. */
  extensionPreview: z.object({ newEndsAt: isoDate, newDaysLeft: z.number(), needsApproval: z.boolean() }).nullable(),
  /** TRI-12: the latest end a device trial can reach (start + 120 days); null without devices or before start. */
  deviceCapEndsAt: isoDate.nullable(),
  /** Why an extension is not possible now (e.g. the 120-day device cap), when it is not. */
  extensionRefusal: z.string().nullable(),
});
export type TrialDetail = z.infer<typeof trialDetail>;

export const trialIdParams = z.object({ id: z.uuid() });

export const startTrialResponse = z.object({
  trial: trialDetail,
  customerId: z.string(),
  /** "Set up now": the web opens the customer's first-time setup (launch the customer console). */
  openSetup: z.boolean(),
});
export type StartTrialResponse = z.infer<typeof startTrialResponse>;

export const extendTrialResponse = z.object({ trial: trialDetail, extension: trialExtension });
export type ExtendTrialResponse = z.infer<typeof extendTrialResponse>;

export const conversionOrder = z.object({
  id: z.string(),
  number: z.string(),
  status: z.enum(['submitted', 'pending_distributor', 'completed', 'rejected']),
  /** Set once the conversion is completed. */
  subscriptionId: z.string().nullable(),
  subscriptionNumber: z.string().nullable(),
});
export const convertTrialResponse = z.object({ trial: trialDetail, order: conversionOrder });
export type ConvertTrialResponse = z.infer<typeof convertTrialResponse>;

export const consentRequest = z.object({
  trialId: z.string(),
  trialNumber: z.string(),
  partner: organisationRef,
  services: z.array(z.object({ serviceId: z.string(), serviceName: z.string() })),
  licenceQuantity: z.number(),
  durationDays: z.number(),
  requestedAt: isoDate.nullable(),
  respondBy: isoDate.nullable(),
  /** Whole days until respondBy in the partner's time zone; null when there is no deadline. */
  respondByDaysLeft: z.number().nullable(),
  version: z.number(),
});
export type ConsentRequest = z.infer<typeof consentRequest>;
export const consentListResponse = z.object({ items: z.array(consentRequest) });
export type ConsentListResponse = z.infer<typeof consentListResponse>;

export const consentDecisionResponse = z.object({
  trialId: z.string(),
  state: z.enum(trialStates),
  /** ROL-3: the partner's rights on the customer after the decision (null when declined). */
  adminLevel: z.enum(['full', 'provisioning']).nullable(),
});
export type ConsentDecisionResponse = z.infer<typeof consentDecisionResponse>;

export const extensionListQuery = z.object({
  status: z.enum(extensionStatuses).default('pending_approval'),
});
export const extensionApproval = trialExtension.extend({
  trial: z.object({ id: z.string(), number: z.string(), endsAt: isoDate.nullable(), totalDays: z.number().nullable() }),
  /** Days from the trial's start to this extension's new end (TRI-12's 120-day cap); null before the start. */
  totalDaysAfter: z.number().nullable(),
  customer: organisationRef,
  partner: organisationRef,
  requestedBy: z.string().nullable(),
  deviceTypes: z.array(z.string()),
});
export type ExtensionApproval = z.infer<typeof extensionApproval>;
export const extensionListResponse = z.object({ items: z.array(extensionApproval) });
export type ExtensionListResponse = z.infer<typeof extensionListResponse>;
export const extensionIdParams = z.object({ id: z.uuid() });
export const extensionDecisionResponse = z.object({ extension: trialExtension, trialEndsAt: isoDate.nullable() });
export type ExtensionDecisionResponse = z.infer<typeof extensionDecisionResponse>;

export const pendingConversion = z.object({
  orderId: z.string(),
  orderNumber: z.string(),
  trial: z.object({ id: z.string(), number: z.string(), state: z.enum(trialStates), endsAt: isoDate.nullable() }),
  customer: organisationRef,
  partner: organisationRef,
  provisioningContactEmail: z.string().nullable(),
  lines: z.array(z.object({ serviceId: z.string(), serviceName: z.string(), quantity: z.number() })),
  createdAt: isoDate,
});
export type PendingConversion = z.infer<typeof pendingConversion>;
export const conversionListResponse = z.object({ items: z.array(pendingConversion) });
export type ConversionListResponse = z.infer<typeof conversionListResponse>;
export const orderIdParams = z.object({ id: z.uuid() });

export const shipmentListQuery = z.object({
  overdue: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const shipmentListItem = deviceShipment.extend({
  trial: z.object({ id: z.string(), number: z.string(), state: z.enum(trialStates) }),
  customer: organisationRef,
  partner: organisationRef,
});
export type ShipmentListItem = z.infer<typeof shipmentListItem>;
export const shipmentListResponse = z.object({ items: z.array(shipmentListItem), nextCursor: z.string().nullable() });
export type ShipmentListResponse = z.infer<typeof shipmentListResponse>;

export const recordReturnsResponse = z.object({
  recorded: z.array(z.object({ serialNumber: z.string(), shipmentId: z.string(), trialNumber: z.string() })),
});
export type RecordReturnsResponse = z.infer<typeof recordReturnsResponse>;
