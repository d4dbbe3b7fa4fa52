import { z } from 'zod';
import {
  additionalCaseReasons,
  drillDowns,
  enterpriseLineIds,
  entitlementCategories,
  entitlementKinds,
  supportRequestStatuses,
} from '../activity.ts';

/** Customer activity (SPEC §11, ACT-1…ACT-8) and support requests. Calendar days are `YYYY-MM-DD`. */

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'A date as YYYY-MM-DD');
const usage = { bought: z.number().nullable(), consumed: z.number().nullable(), remaining: z.number().nullable() };

export const activityAccess = z.object({
  /** ACT-2: whether the page's sections open for the caller (a customer user without access is told so). */
  mayOpen: z.boolean(),
  /** ACT-3: every workspace the user may see, for the workspace filter. */
  workspaces: z.array(z.object({ id: z.string(), name: z.string() })),
  mayDelegate: z.boolean(),
  mayExportEducationReport: z.boolean(),
  today: day,
});
export type ActivityAccess = z.infer<typeof activityAccess>;

export const workspaceQuery = z.object({ workspaceId: z.uuid() });

const agreement = z.object({
  id: z.string(),
  number: z.string(),
  name: z.string(),
  startsOn: day,
  endsOn: day,
  active: z.boolean(),
});
export type Agreement = z.infer<typeof agreement>;

export const enterpriseResponse = z.object({
  /** Every agreement of the workspace (the enterprise-wide section lists the active ones, ACT-3). */
  agreements: z.array(agreement),
  /** ACT-3: consumption of the enterprise-wide packages, summed across the workspace's active agreements. */
  lines: z.array(
    z.object({
      line: z.enum(enterpriseLineIds as [string, ...string[]]),
      unit: z.string().nullable(),
      bought: z.number(),
      consumed: z.number(),
      remaining: z.number(),
    }),
  ),
});
export type EnterpriseResponse = z.infer<typeof enterpriseResponse>;

export const packageStatuses = ['active', 'inactive'] as const;

export const packagesQuery = z.object({
  agreementId: z.uuid(),
  packageId: z.uuid().optional(),
  status: z.enum(packageStatuses).optional(),
});

const entitlement = z.object({
  id: z.string(),
  category: z.enum(entitlementCategories),
  kind: z.enum(entitlementKinds),
  name: z.string(),
  description: z.string(),
  unit: z.string(),
  ...usage,
});
export type Entitlement = z.infer<typeof entitlement>;

const supportPackage = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['enterprise_wide', 'add_on']),
  startsOn: day,
  endsOn: day,
  active: z.boolean(),
  entitlements: z.array(entitlement),
});
export type SupportPackage = z.infer<typeof supportPackage>;

export const packagesResponse = z.object({
  agreement,
  /** Every add-on package of the agreement, for the package filter. */
  choices: z.array(z.object({ id: z.string(), name: z.string() })),
  /** ACT-4: the add-on packages the filters let through. */
  packages: z.array(supportPackage),
});
export type PackagesResponse = z.infer<typeof packagesResponse>;

export const consumptionQuery = z.object({
  workspaceId: z.uuid(),
  drillDown: z.enum(drillDowns.filter((d) => d !== 'additional_cases') as [string, ...string[]]),
});

const consumptionRecord = z.object({
  id: z.string(),
  consumedOn: day,
  quantity: z.number(),
  description: z.string(),
  deliveredBy: z.string().nullable(),
  entitlement: z.string(),
  package: z.string(),
  agreementNumber: z.string(),
  requestNumber: z.string().nullable(),
});
export type ConsumptionRecord = z.infer<typeof consumptionRecord>;

/** The most recent records a drill-down shows; its export holds all of them. */
export const DRILL_DOWN_RECORD_LIMIT = 1000;

export const consumptionResponse = z.object({
  drillDown: z.enum(entitlementCategories),
  unit: z.string().nullable(),
  bought: z.number(),
  consumed: z.number(),
  remaining: z.number(),
  /** The entitlements of this kind in the workspace's active agreements: the request's "open against". */
  entitlements: z.array(entitlement.extend({ package: z.string(), agreementNumber: z.string() })),
  records: z.array(consumptionRecord),
  /** More records exist than shown (the export holds them all). */
  truncated: z.boolean(),
});
export type ConsumptionResponse = z.infer<typeof consumptionResponse>;

export const exportFormatParams = z.object({ format: z.enum(['csv', 'xlsx']) });
export const proofFormatParams = z.object({ format: z.enum(['csv', 'pdf']) });
export const agreementQuery = z.object({ agreementId: z.uuid() });
export const educationQuery = z.object({ workspaceId: z.uuid().optional() });

const additionalCase = z.object({
  id: z.string(),
  number: z.string(),
  title: z.string(),
  status: z.enum(supportRequestStatuses),
  openedAt: z.string(),
  serviceName: z.string().nullable(),
  classification: z.string().nullable(),
  agreementNumber: z.string().nullable(),
  reasons: z.array(z.enum(additionalCaseReasons)),
});
export type AdditionalCase = z.infer<typeof additionalCase>;

export const additionalCasesResponse = z.object({
  /** ACT-6, as the source's drop-down: requests per service. */
  byService: z.array(z.object({ serviceName: z.string().nullable(), count: z.number() })),
  items: z.array(additionalCase),
  truncated: z.boolean(),
});
export type AdditionalCasesResponse = z.infer<typeof additionalCasesResponse>;

export const delegatesResponse = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      email: z.string(),
      /** Sees Customer activity by default: an administrator (ACT-2). */
      isAdmin: z.boolean(),
      hasCustomerActivity: z.boolean(),
      isMe: z.boolean(),
    }),
  ),
});
export type DelegatesResponse = z.infer<typeof delegatesResponse>;

export const delegateParams = z.object({ userId: z.uuid() });

// --- Support requests --------------------------------------------------------------------------------------

export const severities = ['A', 'B', 'C'] as const;

export const supportRequestsQuery = z.object({
  status: z.enum(supportRequestStatuses).optional(),
  /** Keyset paging: the last row's `openedAt|id`. */
  after: z.string().max(100).optional(),
});

const supportRequest = z.object({
  id: z.string(),
  customerId: z.string(),
  customerName: z.string(),
  number: z.string(),
  title: z.string(),
  severity: z.string(),
  status: z.enum(supportRequestStatuses),
  openedAt: z.string(),
  closedAt: z.string().nullable(),
  entitlement: z.string().nullable(),
  entitlementKind: z.enum(entitlementKinds).nullable(),
  unit: z.string().nullable(),
  primaryContact: z.string().nullable(),
});
export type SupportRequest = z.infer<typeof supportRequest>;

export const supportRequestsResponse = z.object({
  items: z.array(supportRequest),
  next: z.string().nullable(),
  /** Vendor operators log work on requests (the queue); customers open and follow them. */
  mayLogWork: z.boolean(),
});
export type SupportRequestsResponse = z.infer<typeof supportRequestsResponse>;

export const supportRequestParams = z.object({ customerId: z.uuid(), id: z.uuid() });

export const supportRequestDetail = supportRequest.extend({
  consumed: z.number(),
  history: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['opened', 'work_logged', 'status_changed']),
      at: z.string(),
      by: z.string().nullable(),
      status: z.enum(supportRequestStatuses).nullable(),
      quantity: z.number().nullable(),
      note: z.string().nullable(),
    }),
  ),
  mayLogWork: z.boolean(),
});
export type SupportRequestDetail = z.infer<typeof supportRequestDetail>;

export const openSupportRequestRequest = z.strictObject({
  entitlementId: z.uuid(),
  title: z.string().trim().min(3).max(200),
  severity: z.enum(severities),
  description: z.string().trim().max(4000).optional(),
});
export type OpenSupportRequestRequest = z.infer<typeof openSupportRequestRequest>;

export const logWorkRequest = z.strictObject({
  /** What was delivered, in the entitlement's unit; 0 for work on an additional benefit (never consumed). */
  quantity: z.number().min(0).max(10_000),
  consumedOn: day,
  description: z.string().trim().min(1).max(500),
  status: z.enum(supportRequestStatuses),
});
export type LogWorkRequest = z.infer<typeof logWorkRequest>;

// --- A partner's read-only view (ROL-3) -----------------------------------------------------------------------

export const customerAgreementsResponse = z.object({
  agreements: z.array(agreement.extend({ packages: z.array(supportPackage) })),
});
export type CustomerAgreementsResponse = z.infer<typeof customerAgreementsResponse>;
