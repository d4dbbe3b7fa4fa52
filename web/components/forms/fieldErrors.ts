/**
 * How a field that breaks its contract is told in the user's language. zod's messages are English and written for
 * API clients, so the forms show one message per field, by its name, with the limits read from the contract
 * itself (a name "of at most {{max}} characters" says the schema's own maximum). Pure, so tests can check it.
 */
import { zod4Resolver } from 'mantine-form-zod-resolver';
import type { z } from 'zod';
import type { Messages } from '../../i18n/en.ts';

export type FieldErrorKey = keyof Messages['forms']['errors'];

/** The message of each field name of the contracts; a field not listed says "Check this value". */
const messageOfField: Record<string, FieldErrorKey> = {
  email: 'email',
  adminEmail: 'email',
  lookupEmail: 'email',
  provisioningContactEmail: 'email',
  password: 'password',
  newPassword: 'newPassword',
  organisationName: 'organisationName',
  timeZone: 'timeZone',
  name: 'name',
  companyName: 'companyName',
  roles: 'roles',
  vertical: 'vertical',
  country: 'country',
  supportedLocationAcknowledged: 'supportedLocation',
  confirmed: 'confirmOrganisation',
  services: 'services',
  licenceQuantity: 'licenceQuantity',
  quantity: 'wholeNumber',
  expiringSoonDays: 'wholeNumber',
  noRecentActivityDays: 'wholeNumber',
  durationDays: 'duration',
  meetingSiteUrl: 'siteUrl',
  // Webhook endpoints' and resources' links.
  url: 'url',
  eventTypes: 'eventTypes',
  meetingTimeZone: 'timeZone',
  distributorId: 'distributor',
  devices: 'devices',
  rmaNumber: 'rmaNumber',
  serialNumbers: 'serialNumbers',
  termMonths: 'term',
  acceptTerms: 'acceptTerms',
  // The catalogue's forms: a service's or device type's id, its licence unit and its place in the list.
  id: 'catalogueId',
  licenceUnit: 'licenceUnit',
  sortOrder: 'wholeNumber',
  issuer: 'issuer',
  clientId: 'clientId',
  domains: 'domains',
  currentPassword: 'password',
  code: 'totpCode',
  recoveryCode: 'recoveryCode',
  // The support setup's dialogs (ACT-1).
  startsOn: 'date',
  endsOn: 'endsOn',
  quantityBought: 'quantityBought',
  unit: 'unit',
  number: 'agreementNumber',
  workspaceId: 'workspace',
  category: 'choose',
  kind: 'choose',
};

/** Errors of a form are kept as this prefix + key, so they are translated when shown (and again on a language switch). */
const KEY_PREFIX = 'forms.errors.';

/** `devices.items.0.quantity` → the most specific field name the table knows, else the first segment. */
export function fieldErrorKey(path: string): FieldErrorKey {
  const segments = path.split('.').filter((s) => !/^\d+$/.test(s));
  for (const segment of [...segments].reverse()) {
    const key = messageOfField[segment];
    if (key) return key;
  }
  return 'invalid';
}

/** The form's `validate`: the contract's verdict (through zod4Resolver), each failed field given its message key. */
export function contractValidator(schema: z.ZodType) {
  const resolve = zod4Resolver(schema);
  return (values: unknown): Record<string, string> => {
    const errors: Record<string, string> = {};
    for (const path of Object.keys(resolve(values as Record<string, unknown>))) {
      errors[path] = `${KEY_PREFIX}${fieldErrorKey(path)}`;
    }
    return errors;
  };
}

type Bounds = { min?: number; max?: number };

/** The limits the contract sets on the field at `path` (string length or number range), for the message. */
export function boundsOf(schema: z.ZodType, path: string): Bounds {
  let node: unknown = schema;
  for (const segment of path.split('.')) {
    node = unwrap(node);
    const shape = (node as { shape?: Record<string, unknown> }).shape;
    const element = (node as { element?: unknown }).element;
    node = shape ? shape[segment] : /^\d+$/.test(segment) && element ? element : undefined;
    if (node === undefined) return {};
  }
  const field = unwrap(node) as {
    minLength?: number | null;
    maxLength?: number | null;
    minValue?: number | null;
    maxValue?: number | null;
  };
  const min = field.minValue ?? field.minLength;
  const max = field.maxValue ?? field.maxLength;
  return {
    ...(typeof min === 'number' && Number.isFinite(min) ? { min } : {}),
    ...(typeof max === 'number' && Number.isFinite(max) ? { max } : {}),
  };
}

/** Optional, nullable and defaulted fields wrap the schema that has the limits. */
function unwrap(node: unknown): unknown {
  let current = node as { unwrap?: () => unknown; def?: { innerType?: unknown } } | undefined;
  while (current?.def?.innerType) current = current.def.innerType as typeof current;
  return current;
}

/**
 * The text of a stored error: a message key is translated with the field's limits; anything else (a message the
 * server sent for the field) is shown as it came.
 */
export function errorText(
  error: unknown,
  path: string,
  schema: z.ZodType,
  t: (key: `forms.errors.${FieldErrorKey}`, values: Bounds) => string,
): string | undefined {
  if (typeof error !== 'string' || error === '') return undefined;
  if (!error.startsWith(KEY_PREFIX)) return error;
  return t(error as `forms.errors.${FieldErrorKey}`, boundsOf(schema, path));
}

/** "licenceQuantity: Too big" → "Too big": the field is shown by where the message stands. */
export const withoutFieldPrefix = (message: string, field: string | undefined) =>
  field && message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message;
