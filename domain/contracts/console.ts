import { z } from 'zod';
import { provisioningStatusImportance } from '../customer-status.ts';
import { customerRoles } from '../roles.ts';
import { adminLevels } from './customer-detail.ts';

/**
 * The customer console (CUS-7, ROL-3, UI.md): what a customer's administrators see of their own organisation,
 * and what a partner sees when it launches into it, within the rights it holds there.
 */

export const launchCustomerResponse = z.object({
  customerId: z.string(),
  customerName: z.string(),
  /** ROL-3: full administration, or provisioning administration only. */
  adminLevel: z.enum(adminLevels),
  mayManageUsersAndLicences: z.boolean(),
  launchedAt: z.string(),
});
export type LaunchCustomerResponse = z.infer<typeof launchCustomerResponse>;

const consoleViewer = z.object({
  kind: z.enum(['customer', 'partner', 'vendor']),
  organisation: z.object({ id: z.string(), name: z.string() }),
  adminLevel: z.enum(adminLevels),
  /** False for provisioning administration (ROL-3) and for read-only administrators (ROL-2). */
  mayManageUsersAndLicences: z.boolean(),
});

const consoleService = z.object({
  serviceId: z.string(),
  serviceName: z.string(),
  licenceUnit: z.string(),
  /** Licences of live subscriptions, from every seller. */
  bought: z.number(),
  /** Licences of ongoing, consented trials. */
  trial: z.number(),
  assigned: z.number(),
  /** bought + trial − assigned, never below 0. */
  available: z.number(),
  provisioningStatus: z.enum(provisioningStatusImportance).nullable(),
});

const consoleUser = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  status: z.enum(['active', 'invited', 'disabled']),
  /** Service ids of the licences the user holds. */
  licences: z.array(z.string()),
});

const consoleAdmin = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  roles: z.array(z.enum(customerRoles)),
  lastSignInAt: z.string().nullable(),
});

const pendingTrialRequest = z.object({
  id: z.string(),
  number: z.string(),
  partner: z.object({ id: z.string(), name: z.string() }),
  services: z.array(z.object({ serviceId: z.string(), serviceName: z.string() })),
  licenceQuantity: z.number(),
  durationDays: z.number(),
  requestedAt: z.string().nullable(),
  /** TRI-7: consent must be given within 10 days of the request. */
  respondBy: z.string().nullable(),
  /** Whole days until respondBy in the partner's time zone; null when there is no deadline. */
  respondByDaysLeft: z.number().nullable(),
});

export const customerConsole = z.object({
  customer: z.object({
    id: z.string(),
    name: z.string(),
    country: z.string().nullable(),
    dataRegion: z.string().nullable(),
  }),
  viewer: consoleViewer,
  services: z.array(consoleService),
  /** Over every service: licences assigned of all bought and on trial (domain/licences.ts `licenceTotals`). */
  licences: z.object({ total: z.number(), assigned: z.number() }),
  users: z.object({ items: z.array(consoleUser), total: z.number() }),
  admins: z.array(consoleAdmin),
  pendingTrialRequests: z.array(pendingTrialRequest),
});
export type CustomerConsole = z.infer<typeof customerConsole>;
