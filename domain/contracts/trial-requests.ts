import { z } from 'zod';

/**
 * What clients send to change trials (SPEC §7, TRI-1…TRI-16, REL-4) and the rules those requests carry: the wizard's
 * terms, edits, extensions, conversions, shipments, consent answers and device returns. The web's forms validate
 * with these same schemas (or parts picked from them), so a rule lives here once. The endpoints are listed in
 * trials.ts, which re-exports this file.
 */

/** TRI-1: trial lengths offered by the wizard. */
export const trialDurations = [30, 60, 90] as const;
/** TRI-12: one extension adds exactly this many days to the current end. */
export const extensionDays = 30;
/** TRI-12: a trial with devices lasts at most this many days in all. */
export const maxDeviceTrialDays = 120;
/** TRI-7: consent must be given within this many days of the request. */
export const consentDays = 10;
/** TRI-15: days of grace after the end in which the trial can still be converted. */
export const graceDays = 30;
/** TRI-15: phone numbers are kept this many days after the grace period. */
export const phoneNumberKeepDays = 15;
/** TRI-16: devices are due back this many days after the device due date. */
export const deviceReturnGraceDays = 14;
/** The catalogue id of the service that needs a meeting site URL and time zone (TRI-1). */
export const meetingSiteServiceId = 'meetings-enterprise';
/** The meeting site's address is `https://<name><meetingSiteSuffix>`. */
export const meetingSiteSuffix = '.meet.channelhub.example';

const serviceId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'Unknown service');
const email = z.email({ error: 'Enter a valid e-mail address' }).max(254);
const versionField = z.number().int().min(1).max(2_147_483_647);

/** A meeting site name: the first label of its URL, 3–63 lower-case letters, digits or hyphens. */
export const meetingSiteName = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/, 'Use 3–63 letters, digits or hyphens');

export const meetingSiteQuery = z.object({ name: meetingSiteName });

export const maxLicenceQuantity = 100_000;
export const maxDevicesPerType = 50;

/** TRI-1: ship these devices (each type at most once, TRI-3), or skip shipping. */
export const deviceChoice = z.discriminatedUnion('mode', [
  z.strictObject({
    mode: z.literal('ship'),
    items: z
      .array(
        z.strictObject({
          deviceTypeId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'Unknown device type'),
          quantity: z.number().int().min(1).max(maxDevicesPerType),
        }),
      )
      .min(1, 'Choose at least one device, or skip shipping')
      .max(20),
  }),
  /** Own devices, existing devices, or licences only. */
  z.strictObject({ mode: z.literal('skip'), reason: z.enum(['own_devices', 'existing_devices', 'licences_only']) }),
]);
export type DeviceChoice = z.infer<typeof deviceChoice>;

const trialTerms = {
  services: z.array(serviceId).min(1, 'Choose at least one service').max(20),
  /** Applies to each chosen service except Devices (TRI-1). */
  licenceQuantity: z.number().int().min(1).max(maxLicenceQuantity),
  durationDays: z.union(trialDurations.map((d) => z.literal(d))),
  /** Required when Meetings Enterprise edition is chosen (TRI-1). */
  meetingSiteUrl: meetingSiteName.optional(),
  /** IANA time zone; required with the meeting site. */
  meetingTimeZone: z.string().max(64).optional(),
  /** Required when Devices is chosen (TRI-1). */
  devices: deviceChoice.optional(),
};

export const startTrialForNewCustomer = z.strictObject({
  companyName: z.string().trim().min(1, 'Enter the company name').max(200),
  adminEmail: email,
  /** One of trialOptions.verticals. */
  vertical: z.string().max(100),
  /** One of trialOptions.countries (ISO code). */
  country: z.string().length(2),
  /** TRI-1: the customer is in a supported location. */
  supportedLocationAcknowledged: z.literal(true, { error: 'Confirm that the customer is in a supported location' }),
  ...trialTerms,
  /** "Set up services now" (the partner opens the customer's first-time setup) or "later" (the customer admin). */
  setup: z.enum(['now', 'later']),
});
export type StartTrialForNewCustomer = z.infer<typeof startTrialForNewCustomer>;

export const startTrialForExistingCustomer = z.strictObject({
  /** The address the customer was found by; the consent request goes there (TRI-5). */
  adminEmail: email,
  ...trialTerms,
  setup: z.enum(['now', 'later']).default('later'),
});
export type StartTrialForExistingCustomer = z.infer<typeof startTrialForExistingCustomer>;

export const customerLookupQuery = z.object({ email });

export const versionedRequest = z.strictObject({ version: versionField });
export type VersionedRequest = z.infer<typeof versionedRequest>;

export const editTrialRequest = z.strictObject({
  version: versionField,
  services: z.array(serviceId).min(1, 'Keep at least one service').max(20).optional(),
  licenceQuantity: z.number().int().min(1).max(maxLicenceQuantity).optional(),
  meetingSiteUrl: meetingSiteName.optional(),
  meetingTimeZone: z.string().max(64).optional(),
  devices: deviceChoice.optional(),
});
export type EditTrialRequest = z.infer<typeof editTrialRequest>;

export const convertTrialRequest = z.strictObject({
  version: versionField,
  /** TRI-13: must be the trial's customer admin or a partner admin; anything else → 400 on this field. */
  provisioningContactEmail: email,
  autoRenew: z.boolean().default(true),
  termMonths: z.union([z.literal(12), z.literal(24), z.literal(36)]).default(12),
});
export type ConvertTrialRequest = z.input<typeof convertTrialRequest>;

export const shipDevicesRequest = z.strictObject({
  version: versionField,
  deviceTypeId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'Unknown device type'),
  quantity: z.number().int().min(1).max(maxDevicesPerType),
});
export type ShipDevicesRequest = z.infer<typeof shipDevicesRequest>;

export const acceptConsentRequest = z.strictObject({
  /** TRI-9: checked → the partner gets full administration; unchecked → provisioning administration only. */
  fullAdministration: z.boolean(),
});
export type AcceptConsentRequest = z.infer<typeof acceptConsentRequest>;

export const recordReturnsRequest = z.strictObject({
  /** The return merchandise authorisation the devices came back under. */
  rmaNumber: z.string().trim().min(1, 'Enter the RMA number').max(64),
  serialNumbers: z.array(z.string().trim().min(1).max(64)).min(1, 'Enter at least one serial number').max(500),
});
export type RecordReturnsRequest = z.infer<typeof recordReturnsRequest>;
