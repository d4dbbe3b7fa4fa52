import {
  consentDays,
  type DeviceChoice,
  extensionDays,
  graceDays,
  maxDevicesPerType,
  maxDeviceTrialDays,
  maxLicenceQuantity,
  meetingSiteServiceId,
  meetingSiteSuffix,
  type TrialOptions,
  trialDurations,
} from '../../../domain/contracts/trials.ts';
import { countries, verticals } from '../../../domain/reference-data.ts';
import type { Database } from '../../platform/db.ts';
import { AppError, badRequest } from '../../platform/errors.ts';
import { activeDeviceTypeIds, allDeviceTypes, allServices } from '../catalogue/catalogue.queries.ts';
import { trialableServices } from './trial-catalogue.ts';
import { meetingSiteTaken } from './trials.queries.ts';

/** The wizard's catalogue (TRI-1) and the checks every trial's terms must pass, for start and edit alike. */

const timeZones = Intl.supportedValuesOf('timeZone');

export async function trialOptions(db: Database): Promise<TrialOptions> {
  const serviceRows = await trialableServices(db);
  const deviceRows = (await allDeviceTypes(db)).filter((d) => d.active);
  return {
    verticals: [...verticals],
    countries: countries
      .map((c) => ({ code: c.code, name: c.name, region: c.region, timeZone: c.timeZone }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    services: serviceRows.map((s) => ({
      id: s.id,
      name: s.name,
      parentServiceId: s.parentServiceId,
      licenceUnit: s.licenceUnit,
      isDevice: s.isDevice,
      needsMeetingSite: s.id === meetingSiteServiceId,
    })),
    deviceTypes: deviceRows.map((d) => ({ id: d.id, name: d.name })),
    durations: [...trialDurations],
    timeZones,
    meetingSiteSuffix,
    maxLicenceQuantity,
    maxDevicesPerType,
    extensionDays,
    maxDeviceTrialDays,
    consentDays,
    graceDays,
  };
}

export const meetingSiteUrlOf = (name: string) => `${name}${meetingSiteSuffix}`;

export interface TrialTermsInput {
  services: readonly string[];
  meetingSiteUrl?: string;
  meetingTimeZone?: string;
  devices?: DeviceChoice;
}

export interface CheckedTerms {
  services: { id: string; name: string; isDevice: boolean }[];
  /** The full meeting site host, when Meetings Enterprise edition is chosen. */
  meetingSiteUrl: string | null;
  meetingTimeZone: string | null;
  requestedDevices: { deviceTypeId: string; quantity: number }[];
  hasDevices: boolean;
}

/**
 * TRI-1, TRI-3: services exist and can be trialled; Meetings Enterprise edition needs a free meeting site URL
 * and a time zone; Devices needs a shipping choice with each device type once. Each failure names its field.
 */
export async function checkTrialTerms(
  db: Database,
  input: TrialTermsInput,
  options: {
    exceptTrialId?: string;
    currentMeetingSiteUrl?: string | null;
    /** Services the trial holds already: they stay even if retired since (an edit keeps them). */
    keptServiceIds?: readonly string[];
  } = {},
): Promise<CheckedTerms> {
  const all = await allServices(db);
  const offered = new Set((await trialableServices(db, all)).map((s) => s.id));
  const kept = new Set(options.keptServiceIds ?? []);
  const chosen = [...new Set(input.services)];
  const checked = chosen.map((id, index) => {
    const service = all.find((s) => s.id === id);
    if (!service || (!offered.has(id) && !kept.has(id))) {
      const why = !service ? 'is not a service' : !service.trialable ? 'cannot be trialled' : 'is retired';
      throw badRequest(`services.${index}`, `"${id}" ${why}: choose a service the catalogue offers for trials.`);
    }
    return { id: service.id, name: service.name, isDevice: service.isDevice };
  });
  const hasDevices = checked.some((s) => s.isDevice);

  let meetingSiteUrl: string | null = null;
  let meetingTimeZone: string | null = null;
  if (chosen.includes(meetingSiteServiceId)) {
    const current = options.currentMeetingSiteUrl ?? null;
    if (!input.meetingSiteUrl && !current) {
      throw badRequest('meetingSiteUrl', 'Meetings Enterprise edition needs a meeting site URL.');
    }
    meetingSiteUrl = input.meetingSiteUrl ? meetingSiteUrlOf(input.meetingSiteUrl) : current;
    if (meetingSiteUrl && (await meetingSiteTaken(db, meetingSiteUrl, options.exceptTrialId))) {
      throw new AppError(409, 'meeting_site_taken', `The meeting site ${meetingSiteUrl} is taken.`, 'meetingSiteUrl');
    }
    meetingTimeZone = input.meetingTimeZone ?? null;
    if (!meetingTimeZone) throw badRequest('meetingTimeZone', 'Choose the time zone of the meeting site.');
    if (!timeZones.includes(meetingTimeZone) && meetingTimeZone !== 'UTC') {
      throw badRequest('meetingTimeZone', `"${meetingTimeZone}" is not a known time zone.`);
    }
  } else if (input.meetingSiteUrl) {
    throw badRequest('meetingSiteUrl', 'A meeting site URL is only for Meetings Enterprise edition.');
  }

  let requestedDevices: CheckedTerms['requestedDevices'] = [];
  if (hasDevices) {
    if (!input.devices) throw badRequest('devices', 'Choose the devices to ship, or skip shipping.');
    if (input.devices.mode === 'ship') {
      const known = await activeDeviceTypeIds(db);
      const seen = new Set<string>();
      input.devices.items.forEach((item, index) => {
        if (!known.has(item.deviceTypeId)) {
          throw badRequest(
            `devices.items.${index}.deviceTypeId`,
            `"${item.deviceTypeId}" is not a device type the catalogue offers.`,
          );
        }
        if (seen.has(item.deviceTypeId)) {
          throw badRequest(`devices.items.${index}.deviceTypeId`, 'Each device type ships once per trial.');
        }
        seen.add(item.deviceTypeId);
      });
      requestedDevices = input.devices.items.map((i) => ({ deviceTypeId: i.deviceTypeId, quantity: i.quantity }));
    }
  } else if (input.devices?.mode === 'ship') {
    throw badRequest('devices', 'Devices ship only with the Devices service.');
  }
  return { services: checked, meetingSiteUrl, meetingTimeZone, requestedDevices, hasDevices };
}
