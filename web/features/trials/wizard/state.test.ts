import { describe, expect, it } from 'vitest';
import type { TrialOptions } from '../../../../domain/contracts/trials.ts';
import {
  existingCustomerRequest,
  initialState,
  newCustomerRequest,
  problemsOf,
  stepOfServerField,
  type WizardState,
} from './state.ts';

/** The wizard's rules (TRI-1, TRI-4): what each step demands before the next, and what is sent. */

const options: TrialOptions = {
  verticals: ['Technology'],
  countries: [{ code: 'DK', name: 'Denmark', region: 'EU', timeZone: 'Europe/Copenhagen' }],
  services: [
    {
      id: 'messaging',
      name: 'Messaging',
      parentServiceId: null,
      licenceUnit: 'user',
      isDevice: false,
      needsMeetingSite: false,
    },
    {
      id: 'meetings-enterprise',
      name: 'Meetings Enterprise edition',
      parentServiceId: 'meetings',
      licenceUnit: 'host',
      isDevice: false,
      needsMeetingSite: true,
    },
    {
      id: 'devices',
      name: 'Devices',
      parentServiceId: null,
      licenceUnit: 'device',
      isDevice: true,
      needsMeetingSite: false,
    },
  ],
  deviceTypes: [
    { id: 'desk-phone', name: 'Desk phone' },
    { id: 'headset', name: 'Headset' },
  ],
  durations: [30, 60, 90],
  timeZones: ['Europe/Copenhagen'],
  meetingSiteSuffix: '.meet.example',
  maxLicenceQuantity: 100_000,
  maxDevicesPerType: 50,
  extensionDays: 30,
  maxDeviceTrialDays: 120,
  consentDays: 10,
  graceDays: 30,
};

const filledNew = (patch: Partial<WizardState> = {}): WizardState => ({
  ...initialState(),
  companyName: 'Fjordlys ApS',
  adminEmail: 'it@fjordlys.example',
  vertical: 'Technology',
  country: 'DK',
  supportedLocation: true,
  services: ['messaging'],
  ...patch,
});

describe('customer step', () => {
  it('asks for every field of a new customer, the supported-location acknowledgement included', () => {
    expect(Object.keys(problemsOf('customer', initialState(), options)).sort()).toEqual(
      ['adminEmail', 'companyName', 'country', 'supportedLocation', 'vertical'].sort(),
    );
    expect(problemsOf('customer', filledNew(), options)).toEqual({});
    expect(problemsOf('customer', filledNew({ supportedLocation: false }), options)).toEqual({
      supportedLocation: 'supportedLocation',
    });
    expect(problemsOf('customer', filledNew({ adminEmail: 'not-an-address' }), options)).toEqual({
      adminEmail: 'email',
    });
  });

  it('lets an existing customer through only once the organisation was found and confirmed', () => {
    const found = {
      found: true as const,
      customer: { name: 'Customer One' },
      paying: false,
      choosableServices: [],
    };
    const existing = { ...initialState({ adminEmail: 'admin@customer1.demo' }) };
    expect(problemsOf('customer', existing, options)).toEqual({ confirmed: 'confirmOrganisation' });
    expect(problemsOf('customer', { ...existing, lookup: { found: false } }, options)).toEqual({
      confirmed: 'confirmOrganisation',
    });
    expect(problemsOf('customer', { ...existing, lookup: found }, options)).toEqual({
      confirmed: 'confirmOrganisation',
    });
    expect(problemsOf('customer', { ...existing, lookup: found, confirmed: true }, options)).toEqual({});
  });
});

describe('services step', () => {
  it('needs a service and a whole licence quantity within the limit', () => {
    expect(problemsOf('services', filledNew({ services: [] }), options)).toEqual({ services: 'services' });
    expect(problemsOf('services', filledNew({ licenceQuantity: '' }), options)).toEqual({
      licenceQuantity: 'licenceQuantity',
    });
    expect(problemsOf('services', filledNew({ licenceQuantity: 100_001 }), options)).toEqual({
      licenceQuantity: 'licenceQuantity',
    });
    expect(problemsOf('services', filledNew({ licenceQuantity: 100_000 }), options)).toEqual({});
  });

  it('does not ask for a licence quantity when only Devices is chosen (TRI-1)', () => {
    expect(problemsOf('services', filledNew({ services: ['devices'], licenceQuantity: '' }), options)).toEqual({});
  });
});

describe('details step', () => {
  it('asks for a meeting site and time zone only with Meetings Enterprise edition', () => {
    expect(problemsOf('details', filledNew(), options)).toEqual({});
    const enterprise = filledNew({ services: ['meetings-enterprise'] });
    expect(problemsOf('details', enterprise, options)).toEqual({ siteName: 'siteUrl', timeZone: 'timeZone' });
    expect(
      problemsOf('details', { ...enterprise, siteName: 'Fjordlys', timeZone: 'Europe/Copenhagen' }, options),
    ).toEqual({});
    expect(problemsOf('details', { ...enterprise, siteName: 'a_b', timeZone: 'Europe/Copenhagen' }, options)).toEqual({
      siteName: 'siteUrl',
    });
  });

  it('asks for devices to ship, or a reason to ship none', () => {
    const devices = filledNew({ services: ['devices'] });
    expect(problemsOf('details', devices, options)).toEqual({ deviceMode: 'devices' });
    expect(problemsOf('details', { ...devices, deviceQuantities: { headset: 2 } }, options)).toEqual({});
    expect(problemsOf('details', { ...devices, deviceMode: 'skip' }, options)).toEqual({ deviceMode: 'devices' });
    expect(problemsOf('details', { ...devices, deviceMode: 'skip', skipReason: 'own_devices' }, options)).toEqual({});
  });
});

describe('the request', () => {
  it('sends devices per type (types with none left out) and the meeting site in lower case', () => {
    const state = filledNew({
      services: ['messaging', 'meetings-enterprise', 'devices'],
      licenceQuantity: 25,
      durationDays: 60,
      siteName: ' Fjordlys ',
      timeZone: 'Europe/Copenhagen',
      deviceQuantities: { 'desk-phone': 2, headset: 0 },
      setup: 'now',
    });
    expect(newCustomerRequest(state, options)).toEqual({
      companyName: 'Fjordlys ApS',
      adminEmail: 'it@fjordlys.example',
      vertical: 'Technology',
      country: 'DK',
      supportedLocationAcknowledged: true,
      services: ['messaging', 'meetings-enterprise', 'devices'],
      licenceQuantity: 25,
      durationDays: 60,
      meetingSiteUrl: 'fjordlys',
      meetingTimeZone: 'Europe/Copenhagen',
      devices: { mode: 'ship', items: [{ deviceTypeId: 'desk-phone', quantity: 2 }] },
      setup: 'now',
    });
  });

  it('leaves out the site and devices when their services are not chosen', () => {
    const state = {
      ...filledNew({ siteName: 'left-over', deviceQuantities: { headset: 3 } }),
      kind: 'existing' as const,
      lookupEmail: ' admin@customer1.demo ',
    };
    expect(existingCustomerRequest(state, options)).toEqual({
      adminEmail: 'admin@customer1.demo',
      services: ['messaging'],
      licenceQuantity: 10,
      durationDays: 30,
      setup: 'later',
    });
  });
});

describe('server errors', () => {
  it('finds the step and field a server error names', () => {
    expect(stepOfServerField('adminEmail')).toEqual({ step: 'customer', field: 'adminEmail' });
    expect(stepOfServerField('devices.items.0.quantity')).toEqual({ step: 'details', field: 'deviceMode' });
    expect(stepOfServerField('meetingSiteUrl')).toEqual({ step: 'details', field: 'siteName' });
    expect(stepOfServerField('somethingElse')).toBeNull();
    expect(stepOfServerField(undefined)).toBeNull();
  });
});
