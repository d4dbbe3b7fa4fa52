/**
 * What the start-trial wizard holds (TRI-1, TRI-4, TRI-10), how each step is checked before the next one, and
 * the request it sends. Pure, so the rules read in one place; the steps only render them.
 */
import type {
  CustomerLookupResponse,
  DeviceChoice,
  StartTrialForExistingCustomer,
  StartTrialForNewCustomer,
  TrialOptions,
} from '../../../../domain/contracts/trials.ts';

export type CustomerKind = 'new' | 'existing';
export type SkipReason = Extract<DeviceChoice, { mode: 'skip' }>['reason'];
export type FoundCustomer = Extract<CustomerLookupResponse, { found: true }>;

export interface WizardState {
  kind: CustomerKind;
  companyName: string;
  adminEmail: string;
  vertical: string | null;
  country: string | null;
  supportedLocation: boolean;
  /** Existing customer: the address typed, the answer of the look-up, and whether the partner confirmed it. */
  lookupEmail: string;
  lookup: CustomerLookupResponse | null;
  confirmed: boolean;
  services: string[];
  licenceQuantity: number | '';
  durationDays: number | null;
  siteName: string;
  timeZone: string | null;
  deviceMode: 'ship' | 'skip';
  deviceQuantities: Record<string, number>;
  skipReason: SkipReason | null;
  setup: 'now' | 'later';
}

export const initialState = (existing?: { adminEmail: string | null }): WizardState => ({
  kind: existing ? 'existing' : 'new',
  companyName: '',
  adminEmail: '',
  vertical: null,
  country: null,
  supportedLocation: false,
  lookupEmail: existing?.adminEmail ?? '',
  lookup: null,
  confirmed: false,
  services: [],
  licenceQuantity: 10,
  durationDays: 30,
  siteName: '',
  timeZone: null,
  deviceMode: 'ship',
  deviceQuantities: {},
  skipReason: null,
  setup: 'later',
});

export const steps = ['customer', 'services', 'details', 'review'] as const;
export type Step = (typeof steps)[number];

/** The problem of each field, as an i18n key under trials.wizard.errors (null: fine). */
export type Problems = Partial<Record<ProblemField, string>>;
export type ProblemField =
  | 'companyName'
  | 'adminEmail'
  | 'vertical'
  | 'country'
  | 'supportedLocation'
  | 'lookupEmail'
  | 'confirm'
  | 'services'
  | 'licenceQuantity'
  | 'durationDays'
  | 'siteName'
  | 'timeZone'
  | 'devices';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const SITE_NAME = /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/;

export const isEmail = (value: string) => EMAIL.test(value.trim());

export function chosenServices(state: WizardState, options: TrialOptions) {
  return options.services.filter((s) => state.services.includes(s.id));
}

/** Devices are shipped, not licensed: the quantity only matters when a non-device service is chosen (TRI-1). */
export const needsLicenceQuantity = (state: WizardState, options: TrialOptions) =>
  chosenServices(state, options).some((s) => !s.isDevice);
export const needsMeetingSite = (state: WizardState, options: TrialOptions) =>
  chosenServices(state, options).some((s) => s.needsMeetingSite);
export const needsDevices = (state: WizardState, options: TrialOptions) =>
  chosenServices(state, options).some((s) => s.isDevice);

export function problemsOf(step: Step, state: WizardState, options: TrialOptions): Problems {
  const problems: Problems = {};
  if (step === 'customer') {
    if (state.kind === 'new') {
      if (state.companyName.trim() === '') problems.companyName = 'companyName';
      if (!isEmail(state.adminEmail)) problems.adminEmail = 'email';
      if (!state.vertical) problems.vertical = 'vertical';
      if (!state.country) problems.country = 'country';
      if (!state.supportedLocation) problems.supportedLocation = 'supportedLocation';
    } else if (!state.lookup?.found || !state.confirmed) {
      problems.confirm = 'confirmOrganisation';
    }
  }
  if (step === 'services') {
    if (state.services.length === 0) problems.services = 'services';
    const quantity = state.licenceQuantity;
    if (
      needsLicenceQuantity(state, options) &&
      (quantity === '' || !Number.isInteger(quantity) || quantity < 1 || quantity > options.maxLicenceQuantity)
    ) {
      problems.licenceQuantity = 'licenceQuantity';
    }
    if (!state.durationDays) problems.durationDays = 'duration';
  }
  if (step === 'details') {
    if (needsMeetingSite(state, options)) {
      if (!SITE_NAME.test(state.siteName.trim().toLowerCase())) problems.siteName = 'siteUrl';
      if (!state.timeZone) problems.timeZone = 'timeZone';
    }
    if (needsDevices(state, options)) {
      const shipping = Object.values(state.deviceQuantities).some((n) => n > 0);
      if (state.deviceMode === 'ship' ? !shipping : !state.skipReason) problems.devices = 'devices';
    }
  }
  return problems;
}

/** The step on which a field named by the server (`devices.items.0.quantity` → devices) is edited. */
export function stepOfServerField(field: string | undefined): { step: Step; field: ProblemField } | null {
  const head = field?.split('.')[0];
  const map: Record<string, { step: Step; field: ProblemField }> = {
    companyName: { step: 'customer', field: 'companyName' },
    adminEmail: { step: 'customer', field: 'adminEmail' },
    vertical: { step: 'customer', field: 'vertical' },
    country: { step: 'customer', field: 'country' },
    supportedLocationAcknowledged: { step: 'customer', field: 'supportedLocation' },
    services: { step: 'services', field: 'services' },
    licenceQuantity: { step: 'services', field: 'licenceQuantity' },
    durationDays: { step: 'services', field: 'durationDays' },
    meetingSiteUrl: { step: 'details', field: 'siteName' },
    meetingTimeZone: { step: 'details', field: 'timeZone' },
    devices: { step: 'details', field: 'devices' },
  };
  return head ? (map[head] ?? null) : null;
}

/** "licenceQuantity: Too big" → "Too big": the field is shown by where the message stands. */
export const withoutFieldPrefix = (message: string, field: string | undefined) =>
  field && message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message;

function terms(state: WizardState, options: TrialOptions) {
  const devices: DeviceChoice | undefined = needsDevices(state, options)
    ? state.deviceMode === 'ship'
      ? {
          mode: 'ship',
          items: options.deviceTypes
            .filter((d) => (state.deviceQuantities[d.id] ?? 0) > 0)
            .map((d) => ({ deviceTypeId: d.id, quantity: state.deviceQuantities[d.id] ?? 0 })),
        }
      : { mode: 'skip', reason: state.skipReason ?? 'licences_only' }
    : undefined;
  const site = needsMeetingSite(state, options);
  return {
    services: state.services,
    // A devices-only trial still carries a quantity: the contract asks for one, and it applies to nothing.
    licenceQuantity: typeof state.licenceQuantity === 'number' ? state.licenceQuantity : 1,
    durationDays: (state.durationDays ?? 30) as StartTrialForNewCustomer['durationDays'],
    ...(site ? { meetingSiteUrl: state.siteName.trim().toLowerCase(), meetingTimeZone: state.timeZone ?? '' } : {}),
    ...(devices ? { devices } : {}),
    setup: state.setup,
  };
}

export function newCustomerRequest(state: WizardState, options: TrialOptions): StartTrialForNewCustomer {
  return {
    companyName: state.companyName.trim(),
    adminEmail: state.adminEmail.trim(),
    vertical: state.vertical ?? '',
    country: state.country ?? '',
    supportedLocationAcknowledged: true,
    ...terms(state, options),
  };
}

export function existingCustomerRequest(state: WizardState, options: TrialOptions): StartTrialForExistingCustomer {
  return { adminEmail: state.lookupEmail.trim(), ...terms(state, options) };
}
