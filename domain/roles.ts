/**
 * Roles of SPEC.md §2 and what each may do. One source of truth for permission checks on the server
 * and for what the web app shows.
 */

export const partnerRoles = [
  'partner_full_admin',
  'partner_admin',
  'partner_read_only_admin',
  'sales_admin',
  'sales_full_admin',
] as const;

export const customerRoles = [
  'customer_full_admin',
  'customer_read_only_admin',
  'workspace_admin',
  'customer_activity',
  'view_all_support_requests',
  'learning_manager',
] as const;

/** ROL-4: the customer's administrators: told about its trials, and their sign-in counts as the customer's activity (CUS-2). */
export const customerAdminRoles = [
  'customer_full_admin',
  'customer_read_only_admin',
  'workspace_admin',
] as const satisfies readonly CustomerRole[];

export const vendorRoles = ['vendor_operator'] as const;

export const allRoles = [...vendorRoles, ...partnerRoles, ...customerRoles] as const;

export type PartnerRole = (typeof partnerRoles)[number];
export type CustomerRole = (typeof customerRoles)[number];
export type VendorRole = (typeof vendorRoles)[number];
export type Role = (typeof allRoles)[number];

export const organisationKinds = ['vendor', 'partner', 'customer', 'consumer'] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

export const partnerTiers = ['tier1', 'tier2', 'distributor'] as const;
export type PartnerTier = (typeof partnerTiers)[number];

/** ROL-1: Microsoft-style aliases shown in the insights area, mapped onto the same permission sets. */
export const partnerRoleAliases: Record<string, PartnerRole> = {
  global_admin: 'partner_full_admin',
  user_admin: 'partner_admin',
  admin_agent: 'partner_admin',
  sales_agent: 'sales_admin',
};

/** Who is acting: every use case receives one, and every query is scoped by it. */
export interface Actor {
  userId: string;
  organisationId: string;
  organisationKind: OrganisationKind;
  partnerTier: PartnerTier | null;
  roles: readonly Role[];
}

const has = (actor: Pick<Actor, 'roles'>, ...roles: Role[]) => roles.some((r) => actor.roles.includes(r));

export const isVendorOperator = (actor: Pick<Actor, 'roles'>) => has(actor, 'vendor_operator');

/** ROL-2: read-only administrators change nothing; every other administrator role may write something. */
export const canChangeAnything = (actor: Pick<Actor, 'roles'>) =>
  has(
    actor,
    'vendor_operator',
    'partner_full_admin',
    'partner_admin',
    'sales_admin',
    'sales_full_admin',
    'customer_full_admin',
    'workspace_admin',
  );

/** ROL-2: full and read-only administrators see every customer of their partner; others only their own. */
export const seesAllPartnerCustomers = (actor: Pick<Actor, 'roles'>) =>
  has(actor, 'vendor_operator', 'partner_full_admin', 'partner_read_only_admin', 'sales_full_admin');

/** ROL-2, TRI-2: only sales administrators, sales full administrators and full administrators start trials. */
export const canStartTrials = (actor: Pick<Actor, 'roles'>) =>
  has(actor, 'partner_full_admin', 'sales_admin', 'sales_full_admin');

/** ROL-4: on the customer side, the customer's full and read-only administrators read its trials; no role, no trials. */
export const canReadCustomerTrials = (actor: Pick<Actor, 'roles'>) =>
  has(actor, 'customer_full_admin', 'customer_read_only_admin');

/** TAG-2: only full administrators and partner administrators create, rename, delete or assign tags. */
export const canManageTags = (actor: Pick<Actor, 'roles'>) => has(actor, 'partner_full_admin', 'partner_admin');

/** ORG-2, ROL-7: full administrators manage the partner's administrators and their roles. */
export const canManageAdministrators = (actor: Pick<Actor, 'roles'>) =>
  has(actor, 'partner_full_admin', 'customer_full_admin', 'vendor_operator');

/** ACT-2: customer admins and workspace admins by default; others through the delegable role. */
export const canSeeCustomerActivity = (actor: Pick<Actor, 'roles'>) =>
  has(actor, 'customer_full_admin', 'workspace_admin', 'customer_activity');
