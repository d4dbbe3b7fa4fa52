import {
  type Actor,
  customerRoles,
  type OrganisationKind,
  type PartnerTier,
  partnerRoles,
  type Role,
} from '../../domain/roles.ts';

/**
 * REL-1, ROL-6: who may call every operation of the API, in one table keyed by the OpenAPI operationId.
 * SPEC.md §2 is the source (where it is silent: docs/customer-detail-rules.md, docs/trial-rules.md). The
 * policies in `features/<feature>/<feature>.policy.ts` enforce these rules; the generated matrix test
 * (`server/api-access-matrix.test.ts`) checks every operation × every demo role × own, foreign and unassigned
 * objects against this table, and fails for an operation that has no row here.
 */

/** How the object named in the path relates to the caller (objects of the caller's tenant are "own"). */
export type Relation =
  /** The caller's own object: of its partner (assigned to it, for those who see only their own), its customer, itself. */
  | 'own'
  /** Another tenant's object (Partner Two's for Partner One's people, and the reverse). */
  | 'foreign'
  /** A customer of the caller's partner that the caller neither created nor is assigned to (ROL-2). */
  | 'unassigned'
  /** Another partner's customer for whom the caller's partner only requested a trial, consent pending (TRI-9). */
  | 'consentPending';

/** The outcome class of a request: 2xx (or the redirect of a browser's sign-in step), or the refusal. */
export type Outcome = '2xx' | 401 | 403 | 404 | 409;

export interface AccessRule {
  /** Who may call it: nobody signed in needs to be, everybody signed in, or the holders of these roles. */
  allow: 'public' | 'signedIn' | readonly Role[];
  /** Further restricts `allow` to organisations of this partner tier (TRI-13: distributors). */
  partnerTier?: PartnerTier;
  /** Further restricts `allow` to these kinds of organisation, refused (403) before any lookup. */
  organisationKinds?: readonly OrganisationKind[];
  /**
   * The object the path names, when the operation has one. Own objects are reached by these roles (default:
   * every caller);
   * foreign ones by these roles (default: vendor operators, ROL-5); unassigned customers by these roles
   * (default: those who see all of their partner's customers, ROL-2). `lookedUpFor`: the object is looked up
   * only for callers holding one of these roles; anybody else is refused (403) before, whatever the object.
   */
  object?: {
    own?: readonly Role[];
    foreign?: readonly Role[];
    unassigned?: readonly Role[];
    lookedUpFor?: readonly Role[];
  };
  /** Sign-in answers 401 for a disabled account even though the operation is public. */
  refusesDisabled?: boolean;
  /**
   * What a public operation answers everybody in the demo world when that is not 2xx: the first run is refused
   * (409) once a vendor operator exists, as the demo data has one (its success is tested in setup.test.ts).
   */
  answersInDemoWorld?: 409;
}

const vendor = ['vendor_operator'] as const satisfies readonly Role[];
/** Every partner administrator role (ROL-1). */
const partner = partnerRoles;
const partnerOrVendor = [...vendor, ...partner] as const;
/** ROL-2, TRI-2: the roles that start (and manage) trials. */
const trialStarters = ['partner_full_admin', 'sales_admin', 'sales_full_admin'] as const satisfies readonly Role[];
/** ROL-2: full and read-only administrators see all of their partner's customers (and sales full administrators). */
const seesAllOfPartner = [
  ...vendor,
  'partner_full_admin',
  'partner_read_only_admin',
  'sales_full_admin',
] as const satisfies readonly Role[];
/** ORG-2, ROL-7: each organisation kind's full administrator role manages that organisation's administrators. */
const organisationFullAdmins = [...vendor, 'partner_full_admin', 'customer_full_admin'] as const;
/** NOT-3, CAL-8: API tokens and the usage they send. */
const tokenManagers = [...vendor, 'partner_full_admin'] as const satisfies readonly Role[];
/** TAG-2. */
const tagManagers = ['partner_full_admin', 'partner_admin'] as const satisfies readonly Role[];
const customerReaders = ['customer_full_admin', 'customer_read_only_admin'] as const satisfies readonly Role[];
const anyRole = [...vendor, ...partner, ...customerRoles] as const;
/** ACT-2: customer admins and workspace admins by default, and those they delegated the role to. */
const activityReaders = [
  'customer_full_admin',
  'customer_read_only_admin',
  'workspace_admin',
  'customer_activity',
] as const satisfies readonly Role[];
const activityDelegators = ['customer_full_admin', 'workspace_admin'] as const satisfies readonly Role[];

const customerObject = { unassigned: seesAllOfPartner };
/** ROL-4, TRI-8: a customer's trials are seen by its administrators; a plain user holds no role and sees none. */
const trialObject = { unassigned: seesAllOfPartner, own: [...partnerOrVendor, ...customerReaders] };
/** Objects of the caller's own organisation only: nobody reaches another organisation's, not even the vendor. */
const ownOrganisationOnly = (allowed: readonly Role[]) => ({ foreign: [], unassigned: [], lookedUpFor: allowed });
/** TAG-2: tags are partner data, looked up for any partner administrator. */
const tagObject = { foreign: [], unassigned: [], lookedUpFor: partner };
/**
 * A tag on a customer: the tag is looked up first (for partners), then the role is checked, then the customer;
 * so a sales administrator is refused for its role (403) before its unassigned customer could be missed.
 */
const customerTagObject = {
  foreign: [],
  unassigned: [...seesAllOfPartner, 'sales_admin'],
  lookedUpFor: partner,
} as const;

export const accessRules: Record<string, AccessRule> = {
  getHealth: { allow: 'public' },
  getReadiness: { allow: 'public' },
  signIn: { allow: 'public', refusesDisabled: true },
  /** Issue #10: the first run and invitation links are reached by their token, before anyone can sign in. */
  getSetup: { allow: 'public', answersInDemoWorld: 409 },
  completeSetup: { allow: 'public', answersInDemoWorld: 409 },
  getInvitation: { allow: 'public' },
  acceptInvitation: { allow: 'public' },
  requestInvitationRenewal: { allow: 'public' },
  signOut: { allow: 'signedIn' },
  getMe: { allow: 'signedIn' },
  updateMe: { allow: 'signedIn' },
  /** Issue #10: single sign-on. Its three sign-in steps are public and answer redirects (counted as 2xx here). */
  getSignInMethod: { allow: 'public' },
  startSingleSignOn: { allow: 'public' },
  finishSingleSignOn: { allow: 'public' },
  getSingleSignOn: { allow: organisationFullAdmins },
  saveSingleSignOn: { allow: organisationFullAdmins },
  removeSingleSignOn: { allow: organisationFullAdmins },
  /** Issue #10: the second sign-in step, forgotten passwords; then each user's own credentials and sessions. */
  completeTwoFactorSignIn: { allow: 'public' },
  startTwoFactorEnrolmentAtSignIn: { allow: 'public' },
  requestPasswordReset: { allow: 'public' },
  getPasswordReset: { allow: 'public' },
  completePasswordReset: { allow: 'public' },
  changePassword: { allow: 'signedIn' },
  getTwoFactor: { allow: 'signedIn' },
  startTwoFactorEnrolment: { allow: 'signedIn' },
  confirmTwoFactor: { allow: 'signedIn' },
  regenerateRecoveryCodes: { allow: 'signedIn' },
  disableTwoFactor: { allow: 'signedIn' },
  listMySessions: { allow: 'signedIn' },
  endMyOtherSessions: { allow: 'signedIn' },
  endMySession: { allow: 'signedIn' },
  /** Issue #10: a partner's or the vendor's sign-in rules; its full administrators require two-factor. */
  getSecurityPolicy: { allow: partnerOrVendor },
  updateSecurityPolicy: { allow: [...vendor, 'partner_full_admin'] },

  getOrganisation: { allow: 'signedIn', object: { foreign: vendor, unassigned: [] } },
  getOrganisationSettings: { allow: 'signedIn', object: { foreign: vendor, unassigned: [] } },
  updateOrganisationSettings: { allow: organisationFullAdmins, object: { foreign: vendor, unassigned: [] } },
  /** ROL-5, issue #10: the Partners area is the vendor operators'; anyone else is refused before any lookup. */
  listPartners: { allow: vendor },
  createPartner: { allow: vendor },
  getPartner: { allow: vendor, object: { lookedUpFor: vendor } },
  updatePartner: { allow: vendor, object: { lookedUpFor: vendor } },
  resendPartnerAdministratorInvitation: { allow: vendor, object: { lookedUpFor: vendor } },
  listAdministrators: { allow: anyRole },
  inviteAdministrator: { allow: organisationFullAdmins },
  resendAdministratorInvitation: {
    allow: organisationFullAdmins,
    object: ownOrganisationOnly(organisationFullAdmins),
  },
  changeAdministratorRoles: { allow: organisationFullAdmins, object: ownOrganisationOnly(organisationFullAdmins) },
  removeAdministrator: { allow: organisationFullAdmins, object: ownOrganisationOnly(organisationFullAdmins) },
  getMyOrganisation: { allow: partner },
  startMyOrganisation: { allow: ['partner_full_admin'] },

  ingestUsage: { allow: tokenManagers },
  listApiTokens: { allow: tokenManagers },
  createApiToken: { allow: tokenManagers },
  revokeApiToken: { allow: tokenManagers, object: ownOrganisationOnly(tokenManagers) },
  /** NOT-2, BEY-9: webhooks are the organisation's own, like its API tokens; the SSRF setting is the vendor's. */
  listWebhookEndpoints: { allow: tokenManagers },
  createWebhookEndpoint: { allow: tokenManagers },
  getWebhookEndpoint: { allow: tokenManagers, object: ownOrganisationOnly(tokenManagers) },
  updateWebhookEndpoint: { allow: tokenManagers, object: ownOrganisationOnly(tokenManagers) },
  deleteWebhookEndpoint: { allow: tokenManagers, object: ownOrganisationOnly(tokenManagers) },
  rotateWebhookSecret: { allow: tokenManagers, object: ownOrganisationOnly(tokenManagers) },
  sendWebhookTestEvent: { allow: tokenManagers, object: ownOrganisationOnly(tokenManagers) },
  listWebhookDeliveries: { allow: tokenManagers, object: ownOrganisationOnly(tokenManagers) },
  getWebhookDelivery: { allow: tokenManagers, object: ownOrganisationOnly(tokenManagers) },
  replayWebhookDelivery: { allow: tokenManagers, object: ownOrganisationOnly(tokenManagers) },
  replayFailedWebhookDeliveries: { allow: tokenManagers, object: ownOrganisationOnly(tokenManagers) },
  getWebhookSettings: { allow: vendor },
  updateWebhookSettings: { allow: vendor },

  getCustomer: { allow: partnerOrVendor, object: customerObject },
  getCustomerSubscriptions: { allow: partnerOrVendor, object: customerObject },
  getCustomerTrials: { allow: partnerOrVendor, object: customerObject },
  getCustomerActivity: { allow: partnerOrVendor, object: customerObject },
  listCustomerAdmins: { allow: partnerOrVendor, object: customerObject },
  /** TRI-4, TRI-5: a trial request is how a partner reaches a customer it does not hold yet. */
  startTrialForExistingCustomer: {
    allow: trialStarters,
    object: { foreign: trialStarters, unassigned: trialStarters, lookedUpFor: trialStarters },
  },
  assignCustomerAdmin: { allow: [...vendor, 'partner_full_admin', 'partner_admin'], object: customerObject },
  unassignCustomerAdmin: { allow: [...vendor, 'partner_full_admin', 'partner_admin'], object: customerObject },
  /**
   * Issue #14: changing, suspending, reinstating and renewing a subscription are the vendor operators' (they reach
   * every customer's); anyone else is refused before the subscription is looked up.
   */
  changeSubscription: { allow: vendor, object: { lookedUpFor: vendor } },
  suspendSubscription: { allow: vendor, object: { lookedUpFor: vendor } },
  reinstateSubscription: { allow: vendor, object: { lookedUpFor: vendor } },
  renewSubscription: { allow: vendor, object: { lookedUpFor: vendor } },
  launchCustomer: { allow: partnerOrVendor, object: customerObject },
  getCustomerConsole: { allow: [...partnerOrVendor, ...customerReaders], object: customerObject },

  listCustomers: { allow: partnerOrVendor },
  getCustomerSummary: { allow: partnerOrVendor },
  exportCustomers: { allow: partnerOrVendor },
  exportCustomersXlsx: { allow: partnerOrVendor },
  /** TAG-2; the vendor has no tags of its own (an empty list). */
  listTags: { allow: partnerOrVendor },
  createTag: { allow: tagManagers },
  updateTag: { allow: tagManagers, object: tagObject },
  deleteTag: { allow: tagManagers, object: tagObject },
  assignTag: { allow: tagManagers, object: customerTagObject },
  unassignTag: { allow: tagManagers, object: customerTagObject },
  listViews: { allow: partnerOrVendor },
  createView: { allow: partnerOrVendor },
  /** CUS-6: a saved view is its author's; nobody else changes it. */
  updateView: { allow: partnerOrVendor, object: ownOrganisationOnly(partnerOrVendor) },
  deleteView: { allow: partnerOrVendor, object: ownOrganisationOnly(partnerOrVendor) },

  getSubscriptionAnalytics: { allow: partnerOrVendor },
  getSubscriptionAnalyticsSection: { allow: partnerOrVendor },
  exportSubscriptionAnalyticsSection: { allow: partnerOrVendor },
  getCallingAnalytics: { allow: partnerOrVendor },
  getCallingAnalyticsTable: { allow: partnerOrVendor },
  exportCallingAnalyticsTable: { allow: partnerOrVendor },
  exportCallingAnalyticsTableXlsx: { allow: partnerOrVendor },
  exportSubscriptionAnalyticsSectionXlsx: { allow: partnerOrVendor },
  getInsights: { allow: partnerOrVendor },
  listInsightCustomers: { allow: partnerOrVendor },
  getInsightCustomer: { allow: partnerOrVendor, object: { ...customerObject, lookedUpFor: partnerOrVendor } },
  exportInsightsCsv: { allow: partnerOrVendor },
  exportInsightsXlsx: { allow: partnerOrVendor },
  listSentMail: { allow: vendor },
  getSentMail: { allow: vendor, object: {} },

  /** SPEC §1: the catalogue is read by everybody signed in and changed by vendor operators (no tenant's data). */
  getCatalogue: { allow: 'signedIn' },
  createCatalogueService: { allow: vendor },
  updateCatalogueService: { allow: vendor },
  createCatalogueDeviceType: { allow: vendor },
  updateCatalogueDeviceType: { allow: vendor },

  /** RES-1: resources are read by everybody signed in (no tenant's data) and written by vendor operators. */
  listResources: { allow: 'signedIn' },
  getResource: { allow: 'signedIn' },
  createResource: { allow: vendor },
  updateResource: { allow: vendor },
  retireResource: { allow: vendor },
  /**
   * RES-2: partner users ask the helpdesk; a case is its requester's and the operators' (another partner's
   * reads as 404); operators answer and close, anyone else is refused before the case is looked up.
   */
  createSupportCase: { allow: partner },
  listSupportCases: { allow: partnerOrVendor },
  getSupportCase: { allow: partnerOrVendor, object: { lookedUpFor: partnerOrVendor } },
  answerSupportCase: { allow: vendor, object: { lookedUpFor: vendor } },
  closeSupportCase: { allow: vendor, object: { lookedUpFor: vendor } },

  /** The wizard's reference lists (verticals, countries, time zones): no tenant's data. */
  getTrialOptions: { allow: 'signedIn' },
  checkMeetingSite: { allow: trialStarters },
  lookUpTrialCustomer: { allow: trialStarters },
  /** (b): a customer's user without an administrator role has no trials to see. */
  listTrials: { allow: [...partnerOrVendor, ...customerReaders] },
  startTrialForNewCustomer: { allow: trialStarters },
  /** TRI-4, TRI-5: the customer is named by an administrator's e-mail, so there is no object to be out of reach. */
  startTrialForCustomerFoundByEmail: { allow: trialStarters },
  getTrial: { allow: [...partnerOrVendor, ...customerReaders], object: trialObject },
  editTrial: { allow: [...vendor, ...trialStarters], object: trialObject },
  extendTrial: { allow: [...vendor, ...trialStarters], object: trialObject },
  convertTrial: { allow: [...vendor, ...trialStarters], object: trialObject },
  cancelTrial: { allow: [...vendor, ...trialStarters, 'customer_full_admin'], object: trialObject },
  resendTrialConsent: { allow: [...vendor, ...trialStarters], object: trialObject },
  completeTrialSetup: { allow: [...vendor, ...trialStarters, 'customer_full_admin'], object: trialObject },
  recordTrialShipment: { allow: [...vendor, ...trialStarters], object: trialObject },
  /** TRI-8: a customer's trial requests are its administrators' to read (a plain user holds no role). */
  listConsents: { allow: customerRoles },
  acceptConsent: { allow: ['customer_full_admin'], object: { own: trialObject.own } },
  declineConsent: { allow: ['customer_full_admin'], object: { own: trialObject.own } },
  listTrialExtensions: { allow: vendor },
  approveTrialExtension: { allow: vendor, object: {} },
  rejectTrialExtension: { allow: vendor, object: {} },
  listConversions: { allow: trialStarters, partnerTier: 'distributor' },
  completeConversion: { allow: trialStarters, partnerTier: 'distributor', object: {} },
  listDeviceShipments: { allow: vendor },
  recordDeviceReturns: { allow: vendor },
  moveDemoClock: { allow: vendor },

  /** SPEC §11, ACT-2: Customer activity. Every customer user asks whether it opens (and is told, not refused). */
  getActivityAccess: { allow: 'signedIn', organisationKinds: ['customer'] },
  getActivityEnterprise: { allow: activityReaders },
  getActivityPackages: { allow: activityReaders },
  getActivityConsumption: { allow: activityReaders },
  exportActivityConsumption: { allow: activityReaders },
  getActivityAdditionalCases: { allow: activityReaders },
  exportProofOfDelivery: { allow: activityReaders },
  /** ACT-7: learning managers only. */
  exportEducationReport: { allow: ['learning_manager'] },
  listActivityDelegates: { allow: activityDelegators },
  grantCustomerActivity: { allow: activityDelegators, object: ownOrganisationOnly(activityDelegators) },
  removeCustomerActivity: { allow: activityDelegators, object: ownOrganisationOnly(activityDelegators) },
  /** ACT-2: a customer's people see the requests the rule lets them; vendor operators work the queue. */
  listSupportRequests: { allow: 'signedIn', organisationKinds: ['vendor', 'customer'] },
  openSupportRequest: { allow: 'signedIn', organisationKinds: ['customer'] },
  getSupportRequest: { allow: 'signedIn', organisationKinds: ['vendor', 'customer'], object: {} },
  logSupportRequestWork: { allow: vendor, object: { lookedUpFor: vendor } },
  /** ACT-2: the request's owner, primary contact or an administrator shares it (use-case checks, past the lookup). */
  listSupportRequestShares: { allow: 'signedIn', organisationKinds: ['customer'], object: {} },
  shareSupportRequest: { allow: 'signedIn', organisationKinds: ['customer'], object: {} },
  unshareSupportRequest: { allow: 'signedIn', organisationKinds: ['customer'], object: {} },
  /** ROL-3: a partner reads its customers' agreements, read-only. */
  getCustomerAgreements: { allow: partnerOrVendor, object: customerObject },
  /** ACT-1: the vendor sets up a customer's support; partners and customers who see the customer are refused. */
  getSupportSetup: { allow: vendor, object: customerObject },
  createSupportWorkspace: { allow: vendor, object: customerObject },
  updateSupportWorkspace: { allow: vendor, object: customerObject },
  createSupportAgreement: { allow: vendor, object: customerObject },
  updateSupportAgreement: { allow: vendor, object: customerObject },
  createSupportPackage: { allow: vendor, object: customerObject },
  updateSupportPackage: { allow: vendor, object: customerObject },
  createEntitlement: { allow: vendor, object: customerObject },
  updateEntitlement: { allow: vendor, object: customerObject },
  createSupportGroup: { allow: vendor, object: customerObject },
  updateSupportGroup: { allow: vendor, object: customerObject },
  /** NOT-4: each reads its own reach of the audit log (audit.policy.ts); a customer's plain users none. */
  listAuditLog: { allow: [...partnerOrVendor, ...customerReaders] },
  exportAuditLog: { allow: [...partnerOrVendor, ...customerReaders] },
};

/** The caller of a case: an actor, a disabled user's session, or nobody. */
export type Caller = { kind: 'anonymous' } | { kind: 'disabled' } | { kind: 'actor'; actor: Actor };

/**
 * What the table expects for one caller and object: 401 unless signed in; 404 for an object out of the caller's
 * reach (another tenant's row is simply not found, whatever the role); 403 without the role; otherwise 2xx.
 */
export function expectedOutcome(rule: AccessRule, caller: Caller, relation: Relation | null): Outcome {
  if (rule.allow === 'public') {
    return caller.kind === 'disabled' && rule.refusesDisabled ? 401 : (rule.answersInDemoWorld ?? '2xx');
  }
  if (caller.kind !== 'actor') return 401;
  const { actor } = caller;
  if (rule.organisationKinds && !rule.organisationKinds.includes(actor.organisationKind)) return 403;
  const has = (roles: readonly Role[]) => actor.roles.some((role) => roles.includes(role));
  const allowed =
    rule.allow === 'signedIn' || (has(rule.allow) && (!rule.partnerTier || actor.partnerTier === rule.partnerTier));
  if (!allowed && rule.object?.lookedUpFor && !has(rule.object.lookedUpFor)) return 403;
  if (relation === 'own' && rule.object?.own && !has(rule.object.own)) return 404;
  if (relation !== null && relation !== 'own') {
    const reach =
      relation === 'unassigned'
        ? (rule.object?.unassigned ?? seesAllOfPartner)
        : relation === 'foreign'
          ? (rule.object?.foreign ?? vendor)
          : vendor;
    if (!has(reach)) return 404;
  }
  return allowed ? '2xx' : 403;
}
