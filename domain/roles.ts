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
export type Role = (typeof allRoles)[number];

export const organisationKinds = ['vendor', 'partner', 'customer', 'consumer'] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

export const partnerTiers = ['tier1', 'tier2', 'distributor'] as const;
export type PartnerTier = (typeof partnerTiers)[number];

/** The role that manages the organisation's administrators; every organisation must keep one holder. */
export function fullAdminRoleOf(kind: OrganisationKind): Role | null {
  if (kind === 'partner') return 'partner_full_admin';
  if (kind === 'customer') return 'customer_full_admin';
  if (kind === 'vendor') return 'vendor_operator';
  return null;
}

/** Who is acting: every use case receives one, and every query is scoped by it. */
export interface Actor {
  userId: string;
  organisationId: string;
  organisationKind: OrganisationKind;
  partnerTier: PartnerTier | null;
  roles: readonly Role[];
}

/**
 * What a caller may do. The server's policies check these (adding the organisation and the object they are
 * about), and the session carries the caller's set so the web app shows only what it may do.
 */
export const permissions = [
  'seeAllPartnerCustomers',
  'startTrials',
  'readCustomerTrials',
  'answerConsents',
  'openOwnConsole',
  'manageUsersAndLicences',
  'manageTags',
  'assignPartnerAdmins',
  'manageAdministrators',
  'manageApiTokens',
  'manageWebhooks',
  'manageSingleSignOn',
  'ingestUsage',
  'changeOrganisationSettings',
  'startMyOrganisation',
  'operateVendor',
  'manageSubscriptions',
  'requireTwoFactor',
  'manageResources',
  'askHelpdesk',
  'readAuditLog',
  'manageSupportSetup',
  'exportEducationReport',
] as const;
export type Permission = (typeof permissions)[number];

/** SPEC.md §2 (ROL), and where it is silent the rules of docs/customer-detail-rules.md and docs/trial-rules.md. */
const grants = {
  /** ROL-2: full and read-only administrators see every customer of their partner; others only their own. */
  seeAllPartnerCustomers: ['vendor_operator', 'partner_full_admin', 'partner_read_only_admin', 'sales_full_admin'],
  /** ROL-2, TRI-2: only sales administrators, sales full administrators and full administrators start trials. */
  startTrials: ['partner_full_admin', 'sales_admin', 'sales_full_admin'],
  /** ROL-4: on the customer side, its full and read-only administrators read its trials; no role, no trials. */
  readCustomerTrials: ['customer_full_admin', 'customer_read_only_admin'],
  /** TRI-8, TRI-9: the customer's full administrators answer consent requests (and cancel its trials, TRI-14). */
  answerConsents: ['customer_full_admin'],
  /** CUS-7: the customer's own full and read-only administrators open its console; a plain user does not. */
  openOwnConsole: ['customer_full_admin', 'customer_read_only_admin'],
  /** ROL-2, ROL-3: who manages a customer's users and licences (partners only with full administration of it). */
  manageUsersAndLicences: ['vendor_operator', 'partner_full_admin', 'partner_admin', 'customer_full_admin'],
  /** TAG-2: only full administrators and partner administrators create, rename, delete or assign tags. */
  manageTags: ['partner_full_admin', 'partner_admin'],
  /** DET-4: full administrators and partner administrators assign partner admins; read-only ones do not. */
  assignPartnerAdmins: ['vendor_operator', 'partner_full_admin', 'partner_admin'],
  /** ORG-2, ROL-7: each organisation's full administrators manage its administrators and their roles. */
  manageAdministrators: ['vendor_operator', 'partner_full_admin', 'customer_full_admin'],
  /** NOT-3: a partner's full administrators and vendor operators manage their organisation's API tokens. */
  manageApiTokens: ['vendor_operator', 'partner_full_admin'],
  /** NOT-2: a partner's full administrators and vendor operators register their organisation's webhook endpoints. */
  manageWebhooks: ['vendor_operator', 'partner_full_admin'],
  /** Issue #10: each organisation's full administrators configure its single sign-on (identity provider). */
  manageSingleSignOn: ['vendor_operator', 'partner_full_admin', 'customer_full_admin'],
  /** CAL-8: integrations send usage as a partner's full administrator or as a vendor operator. */
  ingestUsage: ['vendor_operator', 'partner_full_admin'],
  /** CUS-2: the organisation's full administrators change its settings (the status thresholds). */
  changeOrganisationSettings: ['vendor_operator', 'partner_full_admin', 'customer_full_admin'],
  /** ORG-1: a partner's full administrators open its own organisation as a customer. */
  startMyOrganisation: ['partner_full_admin'],
  /** ROL-5: the vendor's work across partners (partners, approvals, device returns, sent mail, the demo clock). */
  operateVendor: ['vendor_operator'],
  /**
   * Issue #14: a subscription's quantities, auto-renew, suspension and renewal are the vendor's billing acts (the
   * vendor invoices them); partners see the result (DET-2), and with CHANNEL_HUB_DEMO=0 nobody else changes one.
   */
  manageSubscriptions: ['vendor_operator'],
  /** Issue #10: a partner's or the vendor's full administrators require two-factor sign-in of everyone in it. */
  requireTwoFactor: ['vendor_operator', 'partner_full_admin'],
  /** RES-1: vendor operators create, edit, feature and retire resources; everybody signed in reads them. */
  manageResources: ['vendor_operator'],
  /** RES-2: every partner user may ask the partner helpdesk; operators answer (operateVendor). */
  askHelpdesk: partnerRoles,
  /**
   * NOT-4: the audit log, each within its reach (server/features/audit/audit.policy.ts): vendor operators all of it,
   * partner administrators their partner's and their customers', a customer's administrators their own.
   */
  readAuditLog: [
    'vendor_operator',
    'partner_full_admin',
    'partner_admin',
    'partner_read_only_admin',
    'sales_admin',
    'sales_full_admin',
    'customer_full_admin',
    'customer_read_only_admin',
  ],
  /**
   * ACT-1, issue #13: the vendor sells support, so its operators set up a customer's workspaces, agreements,
   * packages, entitlements and support groups; partners read them (ROL-3) and customers consume them.
   */
  manageSupportSetup: ['vendor_operator'],
  /** ACT-7: learning managers export the education report; no other role does, administrators included. */
  exportEducationReport: ['learning_manager'],
} as const satisfies Record<Permission, readonly Role[]>;

/** Whether one of the actor's roles grants the permission. */
export const can = (actor: Pick<Actor, 'roles'>, permission: Permission): boolean =>
  grants[permission].some((role: Role) => actor.roles.includes(role));

/** Every permission the actor holds, as the session reports it. */
export const permissionsOf = (actor: Pick<Actor, 'roles'>): Record<Permission, boolean> =>
  Object.fromEntries(permissions.map((p) => [p, can(actor, p)])) as Record<Permission, boolean>;

export const isVendorOperator = (actor: Pick<Actor, 'roles'>) => can(actor, 'operateVendor');

/**
 * ROL-1: the Microsoft-style role names the insights area shows, each mapped onto the partner role whose
 * permission set it has. A global admin does everything; a user admin and an admin agent manage the users,
 * licences and services of the customers they are given; a sales agent sells and starts trials.
 */
export const partnerRoleAliases = [
  { alias: 'global_admin', role: 'partner_full_admin' },
  { alias: 'user_admin', role: 'partner_admin' },
  { alias: 'admin_agent', role: 'partner_admin' },
  { alias: 'sales_agent', role: 'sales_admin' },
] as const satisfies readonly { alias: string; role: PartnerRole }[];
export type PartnerRoleAlias = (typeof partnerRoleAliases)[number]['alias'];
