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
export const packageKinds = ['enterprise_wide', 'add_on'] as const;
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
  kind: z.enum(packageKinds),
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
  /** The caller may share it with others of the organisation, and take a share back (ACT-2). */
  mayShare: z.boolean(),
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

// --- The vendor's support setup of a customer (ACT-1) -------------------------------------------------------

/** A real calendar day (2026-02-30 is refused), as the setup's dates are typed in. */
const calendarDay = z.iso.date('A date as YYYY-MM-DD');
const setupName = z.string().trim().min(1).max(200);
const userIds = z.array(z.uuid()).max(500);
const endsAfterStart = <T extends { startsOn: string; endsOn: string }>(period: T) => period.endsOn > period.startsOn;
const endsAfterStartIssue = { path: ['endsOn'], message: 'The end date must be after the start date.' };

export const supportSetupParams = z.object({ id: z.uuid() });
export const setupWorkspaceParams = z.object({ id: z.uuid(), workspaceId: z.uuid() });
export const setupAgreementParams = z.object({ id: z.uuid(), agreementId: z.uuid() });
export const setupPackageParams = z.object({ id: z.uuid(), packageId: z.uuid() });
export const setupEntitlementParams = z.object({ id: z.uuid(), entitlementId: z.uuid() });
export const setupGroupParams = z.object({ id: z.uuid(), groupId: z.uuid() });

/** A workspace and its members, users of the customer (ACT-3's workspace filter is built from these). */
export const workspaceRequest = z.strictObject({ name: setupName, memberIds: userIds });
export type WorkspaceRequest = z.infer<typeof workspaceRequest>;

export const agreementRequest = z
  .strictObject({
    workspaceId: z.uuid(),
    /** The agreement's number, unique within the customer (the proof of delivery is named by it). */
    number: z.string().trim().min(1).max(40),
    name: setupName,
    startsOn: calendarDay,
    endsOn: calendarDay,
  })
  .refine(endsAfterStart, endsAfterStartIssue);
export type AgreementRequest = z.infer<typeof agreementRequest>;

export const packageRequest = z
  .strictObject({
    kind: z.enum(packageKinds),
    name: setupName,
    startsOn: calendarDay,
    /** The package's expiry (ACT-4). */
    endsOn: calendarDay,
  })
  .refine(endsAfterStart, endsAfterStartIssue);
export type PackageRequest = z.infer<typeof packageRequest>;

export const entitlementRequest = z
  .strictObject({
    category: z.enum(entitlementCategories),
    kind: z.enum(entitlementKinds),
    name: setupName,
    description: z.string().trim().max(1000),
    /** What the quantity counts: hours, cases, seats, contacts… */
    unit: z.string().trim().min(1).max(40),
    /** What was bought of a consumable entitlement; an additional benefit has none (ACT-1). */
    quantityBought: z.number().positive().max(1_000_000).nullable(),
  })
  .refine((e) => e.kind === 'additional_benefit' || e.quantityBought !== null, {
    path: ['quantityBought'],
    message: 'A consumable entitlement needs the quantity bought.',
  })
  .refine((e) => e.kind === 'consumable' || e.quantityBought === null, {
    path: ['quantityBought'],
    message: 'An additional benefit is not consumed, so it has no quantity bought.',
  });
export type EntitlementRequest = z.infer<typeof entitlementRequest>;

/** A support group: its members see the support requests it is given access to (ACT-2). */
export const supportGroupRequest = z.strictObject({
  name: setupName,
  memberIds: userIds,
  requestIds: z.array(z.uuid()).max(1000),
});
export type SupportGroupRequest = z.infer<typeof supportGroupRequest>;

const setupWorkspace = z.object({ id: z.string(), name: z.string(), memberIds: z.array(z.string()) });
const setupEntitlement = z.object({
  id: z.string(),
  category: z.enum(entitlementCategories),
  kind: z.enum(entitlementKinds),
  name: z.string(),
  description: z.string(),
  unit: z.string(),
  quantityBought: z.number().nullable(),
});
const setupPackage = z.object({
  id: z.string(),
  kind: z.enum(packageKinds),
  name: z.string(),
  startsOn: day,
  endsOn: day,
  entitlements: z.array(setupEntitlement),
});
const setupAgreement = z.object({
  id: z.string(),
  workspaceId: z.string(),
  number: z.string(),
  name: z.string(),
  startsOn: day,
  endsOn: day,
  packages: z.array(setupPackage),
});
const setupGroup = z.object({
  id: z.string(),
  name: z.string(),
  memberIds: z.array(z.string()),
  requestIds: z.array(z.string()),
});
export const setupWorkspaceResponse = setupWorkspace;
export const setupAgreementResponse = setupAgreement.omit({ packages: true });
export const setupPackageResponse = setupPackage.omit({ entitlements: true });
export const setupEntitlementResponse = setupEntitlement;
export const setupGroupResponse = setupGroup;

export const supportSetupResponse = z.object({
  /** The customer's users: the choices for workspace and group members. */
  users: z.array(z.object({ id: z.string(), name: z.string(), email: z.string() })),
  workspaces: z.array(setupWorkspace),
  agreements: z.array(setupAgreement),
  groups: z.array(setupGroup),
  /** The customer's most recent support requests: the choices for what a group sees. */
  requests: z.array(z.object({ id: z.string(), number: z.string(), title: z.string() })),
});
export type SupportSetup = z.infer<typeof supportSetupResponse>;
export type SetupAgreement = z.infer<typeof setupAgreement>;
export type SetupPackage = z.infer<typeof setupPackage>;
export type SetupEntitlement = z.infer<typeof setupEntitlement>;
export type SetupWorkspace = z.infer<typeof setupWorkspace>;
export type SetupGroup = z.infer<typeof setupGroup>;

// --- Sharing a support request (ACT-2) ----------------------------------------------------------------------

export const supportRequestShareParams = z.object({ customerId: z.uuid(), id: z.uuid(), userId: z.uuid() });

export const supportRequestSharesResponse = z.object({
  /** Whom the request is shared with. */
  items: z.array(z.object({ id: z.string(), name: z.string(), email: z.string() })),
  /** The other users of the organisation it can be shared with. */
  candidates: z.array(z.object({ id: z.string(), name: z.string(), email: z.string() })),
});
export type SupportRequestShares = z.infer<typeof supportRequestSharesResponse>;
