import type { Role } from './roles.ts';

/**
 * Customer activity, the Services Hub view of support agreements (SPEC §11): consumption arithmetic (ACT-1),
 * who sees the page and which support requests (ACT-2, ROL-4), and which cases are additional cases (ACT-6).
 */

export const entitlementCategories = [
  'reactive_support',
  'advisory_support',
  'proactive_services',
  'proactive_credits',
  'on_demand_education',
  'support_contacts',
  'on_demand_assessments',
] as const;
export type EntitlementCategory = (typeof entitlementCategories)[number];

export const entitlementKinds = ['consumable', 'additional_benefit'] as const;
export type EntitlementKind = (typeof entitlementKinds)[number];

export const supportRequestStatuses = ['open', 'in_progress', 'closed'] as const;
export type SupportRequestStatus = (typeof supportRequestStatuses)[number];

/**
 * ACT-3: the enterprise-wide section's lines. On-demand support sums advisory and reactive support;
 * proactive services count hours delivered.
 */
export const enterpriseLines = {
  proactive_services: ['proactive_services'],
  on_demand_support: ['advisory_support', 'reactive_support'],
  on_demand_education: ['on_demand_education'],
  support_contacts: ['support_contacts'],
  on_demand_assessments: ['on_demand_assessments'],
} as const satisfies Record<string, readonly EntitlementCategory[]>;
export type EnterpriseLine = keyof typeof enterpriseLines;
export const enterpriseLineIds = Object.keys(enterpriseLines) as EnterpriseLine[];

/** The drill-downs of ACT-5: every category, and the additional cases. */
export const drillDowns = [...entitlementCategories, 'additional_cases'] as const;
export type DrillDown = (typeof drillDowns)[number];

export interface Usage {
  /** Null for an additional benefit: listed, not consumed (ACT-1). */
  bought: number | null;
  consumed: number | null;
  remaining: number | null;
}

/** ACT-1: a consumable entitlement's bought, consumed and remaining; a benefit has none of them. */
export function usageOf(entitlement: { kind: EntitlementKind; bought: number | null; consumed: number }): Usage {
  if (entitlement.kind === 'additional_benefit') return { bought: null, consumed: null, remaining: null };
  const bought = entitlement.bought ?? 0;
  return { bought, consumed: entitlement.consumed, remaining: Math.max(0, bought - entitlement.consumed) };
}

/** The sum of several entitlements' usage; benefits add nothing. */
export function totalUsage(usages: readonly Usage[]): { bought: number; consumed: number; remaining: number } {
  let bought = 0;
  let consumed = 0;
  let remaining = 0;
  for (const usage of usages) {
    bought += usage.bought ?? 0;
    consumed += usage.consumed ?? 0;
    remaining += usage.remaining ?? 0;
  }
  return { bought, consumed, remaining };
}

/** Whether consumption may be logged against an entitlement of this kind (benefits are never consumed). */
export const isConsumable = (kind: EntitlementKind) => kind === 'consumable';

/** A package or agreement is active on `today` (calendar days, `YYYY-MM-DD`) when today lies in its dates. */
export const isActiveOn = (period: { startsOn: string; endsOn: string }, today: string) =>
  period.startsOn <= today && today <= period.endsOn;

// --- ACT-2, ROL-4: access ---------------------------------------------------------------------------------

const has = (roles: readonly Role[], any: readonly Role[]) => roles.some((role) => any.includes(role));

/** The customer's administrators: they see the page and every support request by default (ACT-2). */
const activityAdmins = ['customer_full_admin', 'customer_read_only_admin', 'workspace_admin'] as const;

/** ACT-2: customer admins and workspace admins see Customer activity by default, others by delegation. */
export const mayOpenCustomerActivity = (roles: readonly Role[]) => has(roles, [...activityAdmins, 'customer_activity']);

/** ACT-2: customer full administrators and workspace administrators delegate the *customer activity* role. */
export const mayDelegateCustomerActivity = (roles: readonly Role[]) =>
  has(roles, ['customer_full_admin', 'workspace_admin']);

/**
 * ACT-3: the workspaces a user may see. Workspace administrators see the workspaces they belong to; the
 * organisation's administrators and those it delegated Customer activity to see all of them.
 */
export const seesEveryWorkspace = (roles: readonly Role[]) =>
  has(roles, ['customer_full_admin', 'customer_read_only_admin', 'customer_activity']);

/** ACT-2: administrators and holders of *view all support requests* see every request of their organisation. */
export const seesAllSupportRequests = (roles: readonly Role[]) =>
  has(roles, [...activityAdmins, 'view_all_support_requests']);

/** What decides whether a non-administrator sees one support request (ACT-2). */
export interface SupportRequestAccess {
  isPrimaryContact: boolean;
  sharedWithUser: boolean;
  inGroupGivenAccess: boolean;
}

/**
 * ACT-2, the one rule: a support request is seen by those who see all of them, and otherwise only by members
 * of a group given access, people it was shared with, and its primary contact. The queries express the same
 * four conditions in SQL (`visibleSupportRequests`), proven against this function by the feature's tests.
 */
export const maySeeSupportRequest = (roles: readonly Role[], access: SupportRequestAccess) =>
  seesAllSupportRequests(roles) || access.isPrimaryContact || access.sharedWithUser || access.inGroupGivenAccess;

/** The request's ties to the user who would share it (ACT-2). */
export interface SupportRequestOwnership {
  isPrimaryContact: boolean;
  isCreator: boolean;
}

/**
 * ACT-2's "shared with them": a request's owner (who opened it) or primary contact shares it with another user of
 * the organisation, and so do the administrators who may change things there; read-only administrators do not.
 */
export const mayShareSupportRequest = (roles: readonly Role[], ownership: SupportRequestOwnership) =>
  ownership.isPrimaryContact || ownership.isCreator || has(roles, ['customer_full_admin', 'workspace_admin']);

// --- ACT-6: additional cases --------------------------------------------------------------------------------

/** ACT-6: the classifications that make a case an additional case. */
export const additionalClassifications = ['SU', 'DSA', 'X85', 'REC'] as const;

export const additionalCaseReasons = [
  'expired_agreement',
  'agreement_outside_workspace',
  'missing_agreement',
  'missing_package',
  'missing_service',
  'classification',
] as const;
export type AdditionalCaseReason = (typeof additionalCaseReasons)[number];

/** What ACT-6 looks at in a case; the agreement and package fields are null when they do not exist. */
export interface CaseFacts {
  agreement: { workspaceId: string; endsOn: string } | null;
  packageExists: boolean;
  serviceName: string | null;
  classification: string | null;
}

/**
 * ACT-6: why a case of workspace `workspaceId` is an additional case on `today` (empty: it is not one). Tied
 * to an expired agreement or one outside this workspace; its agreement, package or service missing; or
 * classified SU, DSA, X85 or REC.
 */
export function additionalCaseReasonsOf(facts: CaseFacts, workspaceId: string, today: string): AdditionalCaseReason[] {
  const reasons: AdditionalCaseReason[] = [];
  if (!facts.agreement) reasons.push('missing_agreement');
  else {
    if (facts.agreement.endsOn < today) reasons.push('expired_agreement');
    if (facts.agreement.workspaceId !== workspaceId) reasons.push('agreement_outside_workspace');
  }
  if (!facts.packageExists) reasons.push('missing_package');
  if (!facts.serviceName?.trim()) reasons.push('missing_service');
  const classification = facts.classification?.trim().toUpperCase() ?? '';
  if ((additionalClassifications as readonly string[]).includes(classification)) reasons.push('classification');
  return reasons;
}
