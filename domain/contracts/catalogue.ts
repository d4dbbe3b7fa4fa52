import { z } from 'zod';

/**
 * The product catalogue is data (SPEC §1): services, their editions (a service under a top-level service),
 * licence units, whether each can be trialled, and the device types a device trial ships. Vendor operators
 * manage it; everybody signed in reads it. Retired entries stay for the subscriptions and trials that name them
 * but are offered nowhere new. Names are shown as stored (no translation of catalogue names).
 */

/** A stable id: lower-case letters, digits and hyphens, starting with a letter or digit (it is never renamed). */
export const catalogueId = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'Use lower-case letters, digits and hyphens');
const name = z.string().trim().min(1, 'Enter a name').max(100, 'Use at most 100 characters');
/** What one licence counts, e.g. user, host, agent, device. */
const licenceUnit = z.string().trim().min(1, 'Enter a licence unit').max(40, 'Use at most 40 characters');
export const maxSortOrder = 10_000;
const sortOrder = z.number().int().min(0).max(maxSortOrder);

export const catalogueQuery = z.object({
  /** Also list retired services and device types (for the Catalogue page and for names in old records). */
  includeRetired: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});

export const catalogueService = z.object({
  id: z.string(),
  name: z.string(),
  /** The top-level service this one is an edition of, or null for a top-level service. */
  parentServiceId: z.string().nullable(),
  licenceUnit: z.string(),
  trialable: z.boolean(),
  /** Devices are shipped, not licensed per user (TRI-1). */
  isDevice: z.boolean(),
  /** False once retired: kept for the records naming it, offered nowhere new. */
  active: z.boolean(),
  sortOrder: z.number(),
});
export type CatalogueService = z.infer<typeof catalogueService>;

export const catalogueDeviceType = z.object({
  id: z.string(),
  name: z.string(),
  active: z.boolean(),
  sortOrder: z.number(),
});
export type CatalogueDeviceType = z.infer<typeof catalogueDeviceType>;

/** Services (top-level ones and their editions) and device types, each in catalogue order. */
export const catalogueResponse = z.object({
  services: z.array(catalogueService),
  deviceTypes: z.array(catalogueDeviceType),
});
export type CatalogueResponse = z.infer<typeof catalogueResponse>;

export const catalogueIdParams = z.object({ id: catalogueId });

export const createServiceRequest = z.strictObject({
  id: catalogueId,
  name,
  /** Makes the new service an edition of this top-level service. */
  parentServiceId: catalogueId.nullable().optional(),
  licenceUnit,
  trialable: z.boolean(),
  isDevice: z.boolean().optional(),
  /** Where it is listed; after the last entry when left out. */
  sortOrder: sortOrder.optional(),
});
export type CreateServiceRequest = z.infer<typeof createServiceRequest>;

export const updateServiceRequest = z.strictObject({
  name: name.optional(),
  parentServiceId: catalogueId.nullable().optional(),
  licenceUnit: licenceUnit.optional(),
  trialable: z.boolean().optional(),
  isDevice: z.boolean().optional(),
  /** false retires the service, true restores it; retiring never deletes. */
  active: z.boolean().optional(),
  sortOrder: sortOrder.optional(),
});
export type UpdateServiceRequest = z.infer<typeof updateServiceRequest>;

export const createDeviceTypeRequest = z.strictObject({
  id: catalogueId,
  name,
  sortOrder: sortOrder.optional(),
});
export type CreateDeviceTypeRequest = z.infer<typeof createDeviceTypeRequest>;

export const updateDeviceTypeRequest = z.strictObject({
  name: name.optional(),
  active: z.boolean().optional(),
  sortOrder: sortOrder.optional(),
});
export type UpdateDeviceTypeRequest = z.infer<typeof updateDeviceTypeRequest>;
