/**
 * What the start-trial wizard's form holds (TRI-1, TRI-4, TRI-10), how each step is checked before the next one,
 * and the request it sends. Pure, so the rules read in one place; the steps only render them.
 */
import type { UseFormReturnType } from '@mantine/form';
import { z } from 'zod';
import {
  type CustomerLookupResponse,
  customerLookupQuery,
  type DeviceChoice,
  type StartTrialForExistingCustomer,
  type StartTrialForNewCustomer,
  startTrialForExistingCustomer,
  startTrialForNewCustomer,
  type TrialOptions,
} from '../../../../domain/contracts/trials.ts';
import { type FieldErrorKey, fieldErrorKey } from '../../../components/forms/fieldErrors.ts';

type CustomerKind = 'new' | 'existing';
export type SkipReason = Extract<DeviceChoice, { mode: 'skip' }>['reason'];

/** The values of the wizard's form: one form across the steps, so going back keeps what was entered. */
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

export type WizardForm = UseFormReturnType<WizardState>;

export const steps = ['customer', 'services', 'details', 'review'] as const;
export type Step = (typeof steps)[number];

/** The problem of each field, as an i18n key under forms.errors (absent: fine). */
export type Problems = Partial<Record<ProblemField, FieldErrorKey>>;
/**
 * The fields a problem is shown on, each a path of the form's values so its error sits on its input: `confirmed`
 * stands for the organisation found and confirmed, `deviceMode` for the devices section as a whole.
 */
export type ProblemField = Extract<
  keyof WizardState,
  | 'companyName'
  | 'adminEmail'
  | 'vertical'
  | 'country'
  | 'supportedLocation'
  | 'lookupEmail'
  | 'confirmed'
  | 'services'
  | 'licenceQuantity'
  | 'durationDays'
  | 'siteName'
  | 'timeZone'
  | 'deviceMode'
>;

/** The address typed to look a customer up passes the contract of the look-up. */
export const isEmail = (value: string) => customerLookupQuery.safeParse({ email: value.trim() }).success;

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

/**
 * The checks of each step are the request contract's rules for the step's fields (picked from it, so they live
 * once): a step passes exactly when its part of the request would. An existing customer must also be found and
 * confirmed, which no request field says.
 */
const customerFields = z.object(
  startTrialForNewCustomer.pick({
    companyName: true,
    adminEmail: true,
    vertical: true,
    country: true,
    supportedLocationAcknowledged: true,
  }).shape,
);
const existingCustomerFields = z.object(startTrialForExistingCustomer.pick({ adminEmail: true }).shape);
const servicesFields = z.object(
  startTrialForNewCustomer.pick({ services: true, licenceQuantity: true, durationDays: true }).shape,
);
const detailsFields = z.object(
  startTrialForNewCustomer.pick({ meetingSiteUrl: true, meetingTimeZone: true, devices: true }).shape,
);

function stepSchema(step: Step, state: WizardState, options: TrialOptions): z.ZodType | null {
  if (step === 'customer') return state.kind === 'new' ? customerFields : existingCustomerFields;
  if (step === 'services') return servicesFields;
  if (step === 'details') {
    // Optional in the contract, required by the services chosen (TRI-1).
    const site = needsMeetingSite(state, options);
    const required: { meetingSiteUrl?: true; meetingTimeZone?: true; devices?: true } = {
      ...(site ? { meetingSiteUrl: true, meetingTimeZone: true } : {}),
      ...(needsDevices(state, options) ? { devices: true } : {}),
    };
    return detailsFields.required(required);
  }
  return null;
}

export function problemsOf(step: Step, state: WizardState, options: TrialOptions): Problems {
  const problems: Problems = {};
  if (step === 'customer' && state.kind === 'existing' && (!state.lookup?.found || !state.confirmed)) {
    problems.confirmed = 'confirmOrganisation';
  }
  const schema = stepSchema(step, state, options);
  const result = schema?.safeParse(candidate(state, options));
  for (const issue of result?.error?.issues ?? []) {
    const path = issue.path.join('.');
    const placed = stepOfServerField(path);
    // An existing customer's address is the one typed for the look-up.
    const field = placed?.field === 'adminEmail' && state.kind === 'existing' ? 'lookupEmail' : placed?.field;
    if (field) problems[field] ??= fieldErrorKey(path);
  }
  return problems;
}

/**
 * The form's errors for a step, as the wizard's form sets them when the step is left: each field's message key
 * under forms.errors, translated when shown (and again on a language switch).
 */
export function stepErrors(
  step: Step,
  values: WizardState,
  options: TrialOptions,
): Partial<Record<ProblemField, string>> {
  const errors: Partial<Record<ProblemField, string>> = {};
  for (const [field, key] of Object.entries(problemsOf(step, values, options))) {
    errors[field as ProblemField] = `${STEP_ERROR_PREFIX}${key}`;
  }
  return errors;
}

export const STEP_ERROR_PREFIX = 'forms.errors.';

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
    devices: { step: 'details', field: 'deviceMode' },
  };
  return head ? (map[head] ?? null) : null;
}

/** The request as the state says it, unchecked: what is not chosen yet is left out, for the contract to name. */
function candidate(state: WizardState, options: TrialOptions) {
  const devices = needsDevices(state, options)
    ? state.deviceMode === 'ship'
      ? {
          mode: 'ship',
          items: options.deviceTypes
            .filter((d) => (state.deviceQuantities[d.id] ?? 0) > 0)
            .map((d) => ({ deviceTypeId: d.id, quantity: state.deviceQuantities[d.id] ?? 0 })),
        }
      : { mode: 'skip', reason: state.skipReason ?? undefined }
    : undefined;
  const site = needsMeetingSite(state, options);
  return {
    companyName: state.companyName,
    adminEmail: (state.kind === 'new' ? state.adminEmail : state.lookupEmail).trim(),
    vertical: state.vertical ?? undefined,
    country: state.country ?? undefined,
    supportedLocationAcknowledged: state.supportedLocation,
    services: state.services,
    // A devices-only trial still carries a quantity: the contract asks for one, and it applies to nothing.
    licenceQuantity: needsLicenceQuantity(state, options) ? state.licenceQuantity : 1,
    durationDays: state.durationDays ?? undefined,
    ...(site ? { meetingSiteUrl: state.siteName, meetingTimeZone: state.timeZone ?? undefined } : {}),
    ...(devices ? { devices } : {}),
    setup: state.setup,
  };
}

/** The request to send once every step passed; the contract trims and lower-cases as the server does. */
export function newCustomerRequest(state: WizardState, options: TrialOptions): StartTrialForNewCustomer {
  return startTrialForNewCustomer.parse(candidate(state, options));
}

export function existingCustomerRequest(state: WizardState, options: TrialOptions): StartTrialForExistingCustomer {
  const { adminEmail, services, licenceQuantity, durationDays, meetingSiteUrl, meetingTimeZone, devices, setup } =
    candidate(state, options);
  return startTrialForExistingCustomer.parse({
    adminEmail,
    services,
    licenceQuantity,
    durationDays,
    ...(meetingSiteUrl !== undefined ? { meetingSiteUrl, meetingTimeZone } : {}),
    ...(devices ? { devices } : {}),
    setup,
  });
}
