import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  startTrialForExistingCustomer,
  startTrialForNewCustomer,
  type TrialOptions,
} from '../../../../domain/contracts/trials.ts';
import {
  existingCustomerRequest,
  initialState,
  newCustomerRequest,
  stepErrors,
  steps,
  type WizardState,
} from './state.ts';

/**
 * The wizard's steps hold no rule of their own: the errors its form sets on leaving each step (stepErrors) let
 * every step pass exactly when the server's contract accepts the request,
 * plus what the chosen services need, which the server checks against the catalogue (trial-terms.ts, TRI-1): a
 * meeting site and time zone with Meetings Enterprise edition, devices or a reason with Devices.
 */

const options = {
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
      name: 'Meetings',
      parentServiceId: null,
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
  deviceTypes: [{ id: 'desk-phone', name: 'Desk phone' }],
  durations: [30, 60, 90],
  timeZones: ['Europe/Copenhagen'],
  meetingSiteSuffix: '.meet.example',
  maxLicenceQuantity: 100_000,
  maxDevicesPerType: 50,
  extensionDays: 30,
  maxDeviceTrialDays: 120,
  consentDays: 10,
  graceDays: 30,
} satisfies TrialOptions;

const wizardState: fc.Arbitrary<WizardState> = fc.record({
  kind: fc.constantFrom('new' as const, 'existing' as const),
  companyName: fc.constantFrom('', '  ', 'Fjordlys ApS', 'x'.repeat(201)),
  adminEmail: fc.constantFrom('', 'not-an-address', ' it@fjordlys.example ', 'a@b'),
  vertical: fc.constantFrom(null, 'Technology'),
  country: fc.constantFrom(null, 'DK', 'DNK'),
  supportedLocation: fc.boolean(),
  lookupEmail: fc.constantFrom('admin@customer1.demo', 'nope'),
  lookup: fc.constant({
    found: true as const,
    customer: { name: 'Customer One' },
    paying: false,
    choosableServices: [],
  }),
  confirmed: fc.constant(true),
  services: fc.subarray(['messaging', 'meetings-enterprise', 'devices']),
  licenceQuantity: fc.oneof(fc.constant('' as const), fc.integer({ min: -2, max: 100_002 }), fc.constant(2.5)),
  durationDays: fc.constantFrom(null, 30, 60, 90),
  siteName: fc.constantFrom('', 'a_b', ' Fjordlys ', 'ab', 'a'.repeat(64)),
  timeZone: fc.constantFrom(null, 'Europe/Copenhagen'),
  deviceMode: fc.constantFrom('ship' as const, 'skip' as const),
  deviceQuantities: fc.record({ 'desk-phone': fc.integer({ min: 0, max: 51 }) }),
  skipReason: fc.constantFrom(null, 'own_devices' as const),
  setup: fc.constantFrom('now' as const, 'later' as const),
});

function carriesWhatServicesNeed(request: { services: string[]; meetingTimeZone?: string; devices?: unknown }) {
  const site = request.services.includes('meetings-enterprise');
  const devices = request.services.includes('devices');
  return (!site || request.meetingTimeZone !== undefined) && (!devices || request.devices !== undefined);
}

const passesEveryStep = (state: WizardState) =>
  steps.every((step) => Object.keys(stepErrors(step, state, options)).length === 0);

describe('the wizard against the start-trial contract', () => {
  it('passes every step exactly when the server would accept the request', () => {
    fc.assert(
      fc.property(wizardState, (state) => {
        const build = state.kind === 'new' ? newCustomerRequest : existingCustomerRequest;
        const contract = state.kind === 'new' ? startTrialForNewCustomer : startTrialForExistingCustomer;
        let request: ReturnType<typeof build> | null = null;
        try {
          request = build(state, options);
        } catch {
          request = null;
        }
        const accepted = request !== null && contract.safeParse(request).success && carriesWhatServicesNeed(request);
        expect(passesEveryStep(state)).toBe(accepted);
      }),
      { numRuns: 2000 },
    );
  });

  it('finds a state of each kind that passes (the property is not vacuous)', () => {
    const ready: WizardState = {
      ...initialState(),
      companyName: 'Fjordlys ApS',
      adminEmail: 'it@fjordlys.example',
      vertical: 'Technology',
      country: 'DK',
      supportedLocation: true,
      services: ['messaging'],
    };
    expect(passesEveryStep(ready)).toBe(true);
    expect(passesEveryStep({ ...ready, kind: 'existing', lookup: { found: false }, confirmed: true })).toBe(false);
  });
});
