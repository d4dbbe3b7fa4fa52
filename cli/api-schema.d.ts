/**
 * The Channel Hub API’s types, generated from its OpenAPI document by `npm run api:client`
 * (scripts/api-schema.ts). Do not edit: regenerate.
 */

export interface paths {
    "/api/v1/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** ACT-2, ACT-3: whether Customer activity opens for the caller, and the workspaces they may see */
        get: operations["getActivityAccess"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activity/additional-cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** ACT-6: the workspace’s additional cases with their reasons, among the requests the caller sees */
        get: operations["getActivityAdditionalCases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activity/consumption": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** ACT-5: a drill-down — description, totals, entitlements and the consumption records */
        get: operations["getActivityConsumption"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activity/consumption/export.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** ACT-5: every consumption record of a drill-down as CSV or XLSX */
        get: operations["exportActivityConsumption"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activity/delegates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** ACT-2: the organisation’s users and who holds the customer activity role */
        get: operations["listActivityDelegates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activity/delegates/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** ACT-2: give a user of the organisation the customer activity role */
        put: operations["grantCustomerActivity"];
        post?: never;
        /** ACT-2: take the customer activity role away from a user */
        delete: operations["removeCustomerActivity"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activity/enterprise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** ACT-3: a workspace’s agreements and enterprise-wide consumption across its active agreements */
        get: operations["getActivityEnterprise"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activity/packages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** ACT-4: one agreement’s add-on packages (filter by package and status) with bought, consumed, remaining */
        get: operations["getActivityPackages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activity/reports/education.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** ACT-7: the education report on demand (learning managers), CSV or XLSX */
        get: operations["exportEducationReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activity/reports/proof-of-delivery.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** ACT-8: delivered vs bought for one agreement, as CSV or PDF */
        get: operations["exportProofOfDelivery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/administrators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Administrators of my organisation, with roles and customer access (ORG-2) */
        get: operations["listAdministrators"];
        put?: never;
        /** Invite an administrator with roles (full administrators) */
        post: operations["inviteAdministrator"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/administrators/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an administrator (full administrators) */
        delete: operations["removeAdministrator"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/administrators/{userId}/invitation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send an invited administrator a new invitation link; the earlier links stop working */
        post: operations["resendAdministratorInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/administrators/{userId}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the roles of an administrator (full administrators, ROL-7) */
        put: operations["changeAdministratorRoles"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/calling": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** CAL-1, CAL-3, CAL-4, CAL-6 over the last completed week and the 8 before it */
        get: operations["getCallingAnalytics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/calling/{table}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** CAL-2 (usage), CAL-5 (quality), CAL-7 (queues): KPIs and one page of the table */
        get: operations["getCallingAnalyticsTable"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/calling/{table}/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A calling table as CSV, in the requested sort, streamed (X-2) */
        get: operations["exportCallingAnalyticsTable"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/calling/{table}/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A calling table as XLSX, in the requested sort, streamed (X-2) */
        get: operations["exportCallingAnalyticsTableXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** ANA-1 KPIs and the ANA-2 weekly licence trend of Meetings or Calling */
        get: operations["getSubscriptionAnalytics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/subscriptions/{section}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** ANA-3…ANA-7: a section’s KPIs and one page of its table, sorted on any column */
        get: operations["getSubscriptionAnalyticsSection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/subscriptions/{section}/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A section’s whole table as CSV, in the requested sort, streamed (X-2) */
        get: operations["exportSubscriptionAnalyticsSection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/subscriptions/{section}/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A section’s whole table as XLSX, in the requested sort, streamed (X-2) */
        get: operations["exportSubscriptionAnalyticsSectionXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation’s API tokens (full administrators, vendor operators) */
        get: operations["listApiTokens"];
        put?: never;
        /** Create an API token; the secret is in this response only */
        post: operations["createApiToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API token: requests with it are refused from now on */
        delete: operations["revokeApiToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Audit log entries the caller may read, newest first: who, when, what, before/after; keyset paging */
        get: operations["listAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-log/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit log with the same filters as CSV or XLSX, streamed (X-2) */
        get: operations["exportAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Forgot password: e-mails a one-time link (1 hour) to an active account of this address. The same 202 whether or not the address has an account */
        post: operations["requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with e-mail and password; sets the session cookie and returns the CSRF token. For a user with two-factor sign-in (or whose organisation requires it) 202 with a challenge instead, and no session yet */
        post: operations["signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-in-method": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Whether an e-mail signs in with a password or through its organisation’s single sign-on */
        post: operations["getSignInMethod"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the session */
        post: operations["signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sso/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where the identity provider sends the browser back: opens the session and goes into the app */
        get: operations["finishSingleSignOn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sso/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Send the browser to the identity provider covering the e-mail’s domain (or back to sign-in) */
        get: operations["startSingleSignOn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/two-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The second sign-in step: the challenge with a code from the authenticator app or a recovery code (each works once); opens the session. After enrolling at sign-in, also the recovery codes (shown once) */
        post: operations["completeTwoFactorSignIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/two-factor/enrolment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** For a sign-in challenge of kind `enrol` (the organisation requires two-factor): a new TOTP secret, its otpauth URI and QR code; confirm with POST /api/v1/auth/two-factor */
        post: operations["startTwoFactorEnrolmentAtSignIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalogue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The product catalogue: services with their editions, and device types (retired ones on request) */
        get: operations["getCatalogue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalogue/device-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a device type device trials may ship (vendor operators) */
        post: operations["createCatalogueDeviceType"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalogue/device-types/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit, retire (active: false) or restore a device type (vendor operators) */
        patch: operations["updateCatalogueDeviceType"];
        trace?: never;
    };
    "/api/v1/catalogue/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a service or an edition (vendor operators) */
        post: operations["createCatalogueService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalogue/services/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit, retire (active: false) or restore a service (vendor operators); nothing is ever deleted */
        patch: operations["updateCatalogueService"];
        trace?: never;
    };
    "/api/v1/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Trial requests waiting for the customer's consent (TRI-8) */
        get: operations["listConsents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consents/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept a trial request; the full-administration box decides the partner rights (TRI-9, ROL-3) */
        post: operations["acceptConsent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consents/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline a trial request (TRI-8) */
        post: operations["declineConsent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tier-2 partners' conversions waiting for this distributor (TRI-13) */
        get: operations["listConversions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversions/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Complete a conversion as the distributor (TRI-13) */
        post: operations["completeConversion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Customers the caller may see: statuses, filters, search, sort, keyset paging */
        get: operations["listCustomers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The customer list as CSV with the same filters and sort, streamed (X-2) */
        get: operations["exportCustomers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The customer list as XLSX (typed cells, frozen header) with the same filters and sort, streamed (X-2) */
        get: operations["exportCustomersXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A customer: header and overview (DET-1) */
        get: operations["getCustomer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Audit entries about the customer, newest first (NOT-4) */
        get: operations["getCustomerActivity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/admins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Partner admins assigned to the customer, and who may still be assigned (DET-4) */
        get: operations["listCustomerAdmins"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/admins/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Assign a partner admin to the customer (full and partner administrators) */
        put: operations["assignCustomerAdmin"];
        post?: never;
        /** Unassign a partner admin from the customer (full and partner administrators) */
        delete: operations["unassignCustomerAdmin"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** ROL-3: a customer’s support agreements, read-only, for its partners */
        get: operations["getCustomerAgreements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/console": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The customer console as the customer sees it: services, licences, users, admins, trial requests */
        get: operations["getCustomerConsole"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/launch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Launch the customer organisation: logged, returns the rights held there (CUS-7, ROL-3) */
        post: operations["launchCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Subscriptions with licences per service, invoices and order history (DET-2, INS-3) */
        get: operations["getCustomerSubscriptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/subscriptions/{subscriptionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change licence quantities per service and auto-renew: an order of kind change (vendor operators) */
        patch: operations["changeSubscription"];
        trace?: never;
    };
    "/api/v1/customers/{id}/subscriptions/{subscriptionId}/reinstate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reinstate a suspended subscription: active and paid again (vendor operators) */
        post: operations["reinstateSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/subscriptions/{subscriptionId}/renew": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Renew an active subscription for a new term: its end moves by the term (vendor operators) */
        post: operations["renewSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/subscriptions/{subscriptionId}/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Suspend an active subscription as unpaid (vendor operators) */
        post: operations["suspendSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/support-setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** ACT-1: a customer’s workspaces, agreements, packages, entitlements and support groups (vendor) */
        get: operations["getSupportSetup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/support-setup/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** ACT-1: a vendor operator records a support agreement of the customer in one of its workspaces */
        post: operations["createSupportAgreement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/support-setup/agreements/{agreementId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** ACT-1: change an agreement’s workspace, number, name or dates */
        put: operations["updateSupportAgreement"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/support-setup/agreements/{agreementId}/packages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** ACT-1: add an enterprise-wide or add-on package to an agreement */
        post: operations["createSupportPackage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/support-setup/entitlements/{entitlementId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** ACT-1: change an entitlement (never below what was consumed of it) */
        put: operations["updateEntitlement"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/support-setup/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** ACT-2: a support group of the customer, its members and the requests it is given access to */
        post: operations["createSupportGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/support-setup/groups/{groupId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** ACT-2: rename a support group, set its members and the requests it sees */
        put: operations["updateSupportGroup"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/support-setup/packages/{packageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** ACT-1, ACT-4: change a package’s kind, name or dates (its expiry) */
        put: operations["updateSupportPackage"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/support-setup/packages/{packageId}/entitlements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** ACT-1: add an entitlement to a package: consumable with the quantity bought, or a benefit */
        post: operations["createEntitlement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/support-setup/workspaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** ACT-3: a vendor operator adds a workspace of the customer with its members */
        post: operations["createSupportWorkspace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/support-setup/workspaces/{workspaceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** ACT-3: rename a workspace and set its members */
        put: operations["updateSupportWorkspace"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/tags/{tagId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Put a tag on a customer */
        put: operations["assignTag"];
        post?: never;
        /** Take a tag off a customer */
        delete: operations["unassignTag"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/trials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ongoing and past trials with services, licences and days left (DET-3) */
        get: operations["getCustomerTrials"];
        put?: never;
        /** Start a trial for an existing or paying customer (TRI-4, TRI-5, TRI-10) */
        post: operations["startTrialForExistingCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** KPI strip of the customer list, over the customers matching the filters */
        get: operations["getCustomerSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demo/clock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move the demo clock forward (vendor operators, demo mode only) */
        post: operations["moveDemoClock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/devices/returns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record returned devices under an RMA; each serial must match a shipped one (TRI-16) */
        post: operations["recordDeviceReturns"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/devices/shipments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Devices shipped with trials; overdue=true lists those not back two weeks after the due date (TRI-16) */
        get: operations["listDeviceShipments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers and the database responds (no sign-in needed) */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/insights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** INS-1…INS-3: the portfolio’s entitlements, active users, deployment and usage, and their trend */
        get: operations["getInsights"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/insights.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** INS-4: the whole portfolio’s deployment and usage as CSV, streamed */
        get: operations["exportInsightsCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/insights.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** INS-4: the whole portfolio’s deployment and usage as XLSX, streamed */
        get: operations["exportInsightsXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/insights/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** INS-1, INS-2: a page of customers and products with their figures and the causes of usage above 100 % */
        get: operations["listInsightCustomers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/insights/customers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A customer’s insights per product, and its next steps with resources (INS-5) */
        get: operations["getInsightCustomer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who invited whom to which organisation, and whether the link still works */
        get: operations["getInvitation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/{token}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Choose a password with the invitation link; signs the new user in */
        post: operations["acceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/{token}/renewal-request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask the inviter (or the organisation’s full administrators) for a new link; once per link */
        post: operations["requestInvitationRenewal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user, organisation, roles and CSRF token */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the signed-in user’s language (X-1) */
        patch: operations["updateMe"];
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change the signed-in user’s password (giving the current one); ends the user’s other sessions */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user’s live sessions: device, address, created, last use, method, which is this one */
        get: operations["listMySessions"];
        put?: never;
        post?: never;
        /** Sign out of every other session of the signed-in user (this one stays) */
        delete: operations["endMyOtherSessions"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Sign out of one of the signed-in user’s sessions */
        delete: operations["endMySession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/two-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the signed-in user has two-factor sign-in on, and how many recovery codes are left */
        get: operations["getTwoFactor"];
        put?: never;
        /** Start two-factor enrolment: a new TOTP secret, its otpauth URI and QR code (pending until confirmed) */
        post: operations["startTwoFactorEnrolment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/two-factor/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm the enrolment with a code from the app: two-factor is on; the 10 recovery codes, shown once */
        post: operations["confirmTwoFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/two-factor/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn two-factor sign-in off (with the password); refused while the organisation requires it */
        post: operations["disableTwoFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/two-factor/recovery-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** New recovery codes (with the password); the old ones stop working */
        post: operations["regenerateRecoveryCodes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/my-organisation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the partner’s own organisation is started, with the plan overview (ORG-1) */
        get: operations["getMyOrganisation"];
        put?: never;
        /** Start the partner’s own organisation once the terms are accepted (full administrators) */
        post: operations["startMyOrganisation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisation/single-sign-on": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation’s identity provider for single sign-on (never its client secret) */
        get: operations["getSingleSignOn"];
        /** Configure the identity provider: discovery runs against the issuer; a domain is one organisation’s */
        put: operations["saveSingleSignOn"];
        post?: never;
        /** Remove the identity provider: its people sign in with passwords again */
        delete: operations["removeSingleSignOn"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An organisation the caller may see (its own, or a customer in its scope) */
        get: operations["getOrganisation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Thresholds used by the customer statuses (CUS-2) */
        get: operations["getOrganisationSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the thresholds used by the customer statuses (full administrators) */
        patch: operations["updateOrganisationSettings"];
        trace?: never;
    };
    "/api/v1/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Partners by name or a count, searched and filtered, with customers and administrators (vendor operators) */
        get: operations["listPartners"];
        put?: never;
        /** Add a partner and invite its first full administrator (vendor operators) */
        post: operations["createPartner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A partner with its counts and administrators (vendor operators) */
        get: operations["getPartner"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a partner, or suspend or reactivate it (vendor operators) */
        patch: operations["updatePartner"];
        trace?: never;
    };
    "/api/v1/partners/{id}/administrators/{userId}/invitation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send an invited administrator of a partner a new invitation link (vendor operators) */
        post: operations["resendPartnerAdministratorInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/password-resets/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether a password reset link is still valid (or expired, used, replaced) */
        get: operations["getPasswordReset"];
        put?: never;
        /** Choose the new password with a valid reset link; ends every session of the user */
        post: operations["completePasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness: database reachable, latest migration applied, job runner started (no sign-in needed)
         * @description 503 names the failing checks. While the server sheds load or shuts down it is 503 as well.
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Resources: search by words (each in its own language), filter by type, product, language */
        get: operations["listResources"];
        put?: never;
        /** Add a resource (vendor operators) */
        post: operations["createResource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resources/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One resource with its Markdown body */
        get: operations["getResource"];
        put?: never;
        post?: never;
        /** Retire a resource (vendor operators): found by nobody else any more, never deleted */
        delete: operations["retireResource"];
        options?: never;
        head?: never;
        /** Edit, feature or restore (retired: false) a resource (vendor operators) */
        patch: operations["updateResource"];
        trace?: never;
    };
    "/api/v1/security-policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The sign-in rules of the caller’s organisation (partner or vendor): whether two-factor is required */
        get: operations["getSecurityPolicy"];
        /** Require (or stop requiring) two-factor sign-in for everyone in the caller’s organisation */
        put: operations["updateSecurityPolicy"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sent-mail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every e-mail the hub queued, newest first, with delivery status (vendor operators) */
        get: operations["listSentMail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sent-mail/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One e-mail with its headers and text body (vendor operators) */
        get: operations["getSentMail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/setup/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The first-run link: who it was issued for; 409 once a vendor operator exists */
        get: operations["getSetup"];
        put?: never;
        /** Create the vendor organisation and its first operator, then sign the operator in */
        post: operations["completeSetup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/support-cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Helpdesk cases, newest first: every partner's for vendor operators, one's own for partner users */
        get: operations["listSupportCases"];
        put?: never;
        /** Ask the partner helpdesk about Calling or Contact Center (partner users) */
        post: operations["createSupportCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/support-cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One helpdesk case with its answers (vendor operators, and its requester) */
        get: operations["getSupportCase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/support-cases/{id}/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer a helpdesk case; the requester is e-mailed (vendor operators) */
        post: operations["answerSupportCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/support-cases/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a helpdesk case, with an optional note; the requester is e-mailed (vendor operators) */
        post: operations["closeSupportCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/support-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The support requests the caller sees (ACT-2); for vendor operators the queue across customers */
        get: operations["listSupportRequests"];
        put?: never;
        /** A customer’s user opens a support request against an entitlement */
        post: operations["openSupportRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/support-requests/{customerId}/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One support request with its status, history and what it consumed */
        get: operations["getSupportRequest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/support-requests/{customerId}/{id}/shares": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** ACT-2: whom a support request is shared with, and whom else of the organisation it can be */
        get: operations["listSupportRequestShares"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/support-requests/{customerId}/{id}/shares/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** ACT-2: the owner, primary contact or an administrator shares the request with a user */
        put: operations["shareSupportRequest"];
        post?: never;
        /** ACT-2: take a share back; the user no longer sees the request (unless another rule lets them) */
        delete: operations["unshareSupportRequest"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/support-requests/{customerId}/{id}/work": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A vendor operator logs work (consuming the entitlement) and sets the status */
        post: operations["logSupportRequestWork"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The partner's tags with their customer counts (TAG-2) */
        get: operations["listTags"];
        put?: never;
        /** Create a tag (full administrators and partner administrators) */
        post: operations["createTag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tags/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a tag and take it off every customer */
        delete: operations["deleteTag"];
        options?: never;
        head?: never;
        /** Rename or recolour a tag */
        patch: operations["updateTag"];
        trace?: never;
    };
    "/api/v1/trial-extensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Device-trial extensions by status, for vendor operators (TRI-12) */
        get: operations["listTrialExtensions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/trial-extensions/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a device-trial extension */
        post: operations["approveTrialExtension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/trial-extensions/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a device-trial extension */
        post: operations["rejectTrialExtension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/trials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The partner's trials, scoped like the customer list, filtered by state, newest first */
        get: operations["listTrials"];
        put?: never;
        /** Start a trial for a new customer (TRI-1…TRI-3) */
        post: operations["startTrialForNewCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/trials/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A trial with services, devices, extensions and what the viewer may do */
        get: operations["getTrial"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit services and licence quantity (TRI-11) */
        patch: operations["editTrial"];
        trace?: never;
    };
    "/api/v1/trials/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel the trial, by the partner or the customer (TRI-6, TRI-14) */
        post: operations["cancelTrial"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/trials/{id}/complete-setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The customer's first-time setup is done: provisioning starts */
        post: operations["completeTrialSetup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/trials/{id}/convert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Convert into a subscription; tier 2 through its distributor (TRI-13) */
        post: operations["convertTrial"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/trials/{id}/extend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Extend by 30 days from the current end; device trials wait for approval (TRI-12) */
        post: operations["extendTrial"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/trials/{id}/resend-consent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the consent request again (TRI-6) */
        post: operations["resendTrialConsent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/trials/{id}/shipments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ship devices of one more type (TRI-3: once per type) */
        post: operations["recordTrialShipment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/trials/customer-lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find an existing customer by an administrator's e-mail, with the services it may trial (TRI-4) */
        get: operations["lookUpTrialCustomer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/trials/for-existing-customer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a trial for an existing customer found by an administrator's e-mail (TRI-4, TRI-5, TRI-10) */
        post: operations["startTrialForCustomerFoundByEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/trials/meeting-site": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether a meeting site URL is free (TRI-1) */
        get: operations["checkMeetingSite"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/trials/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The wizard's catalogue: verticals, countries → region, services, devices (TRI-1) */
        get: operations["getTrialOptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/usage/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ingest usage records: calls, meetings, licence-assignments or sign-ins (CAL-8)
         * @description The body is a JSON array or NDJSON (`Content-Type: application/x-ndjson`) of up to 10,000 records. Each record is validated on its own: valid ones are stored, invalid ones are reported by index and field. A record id already stored for the customer counts as a duplicate and changes nothing. Partner full administrators send usage for their linked customers; vendor operators for any.
         */
        post: operations["ingestUsage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/views": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's saved views of the customer list and those shared with it (CUS-6) */
        get: operations["listViews"];
        put?: never;
        /** Save a view: a name and the list query */
        post: operations["createView"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/views/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete one of your views */
        delete: operations["deleteView"];
        options?: never;
        head?: never;
        /** Rename, re-query or (un)share one of your views */
        patch: operations["updateView"];
        trace?: never;
    };
    "/api/v1/webhooks/endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation’s webhook endpoints (never their secrets) */
        get: operations["listWebhookEndpoints"];
        put?: never;
        /** Register an endpoint; its signing secret is in this response only */
        post: operations["createWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/endpoints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One webhook endpoint */
        get: operations["getWebhookEndpoint"];
        put?: never;
        post?: never;
        /** Remove an endpoint and its delivery log */
        delete: operations["deleteWebhookEndpoint"];
        options?: never;
        head?: never;
        /** Change an endpoint’s URL, description, event types, or enable or disable it */
        patch: operations["updateWebhookEndpoint"];
        trace?: never;
    };
    "/api/v1/webhooks/endpoints/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The endpoint’s delivery log, newest first, filtered by status, event type and time */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/endpoints/{id}/deliveries/{deliveryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One delivery: the body sent and every attempt (status, duration, response excerpt) */
        get: operations["getWebhookDelivery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/endpoints/{id}/deliveries/{deliveryId}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a delivery again now, with the same webhook-id */
        post: operations["replayWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/endpoints/{id}/replay-failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send every failed delivery created since a time again (up to 1,000 per request) */
        post: operations["replayFailedWebhookDeliveries"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/endpoints/{id}/secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rotate the signing secret; the previous one also signs for 24 hours. The new one is shown once */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/endpoints/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a `webhook.test` event to this endpoint */
        post: operations["sendWebhookTestEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether webhooks may reach private addresses (vendor operators) */
        get: operations["getWebhookSettings"];
        /** Allow or refuse webhooks to loopback, link-local and private addresses (vendor operators) */
        put: operations["updateWebhookSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "customer.changed.v1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * customer.changed (version 1)
         * @description A customer on the partner’s list changed for that partner: its tags (one put on or taken off, or one of them renamed or deleted), or the level the customer granted the partner. Signed with the Standard Webhooks headers `webhook-id`, `webhook-timestamp` and `webhook-signature` (docs/API.md, Webhooks).
         */
        post: operations["webhook.customer.changed.v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "customer.created.v1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * customer.created (version 1)
         * @description A customer was added to a partner’s list (a new customer, or a link to an existing one). Signed with the Standard Webhooks headers `webhook-id`, `webhook-timestamp` and `webhook-signature` (docs/API.md, Webhooks).
         */
        post: operations["webhook.customer.created.v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "customer.removed.v1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * customer.removed (version 1)
         * @description A customer left the partner’s list. Reserved: nothing in the hub removes a customer from a list yet. Signed with the Standard Webhooks headers `webhook-id`, `webhook-timestamp` and `webhook-signature` (docs/API.md, Webhooks).
         */
        post: operations["webhook.customer.removed.v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "licence.over_assignment_ended.v1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * licence.over_assignment_ended (version 1)
         * @description The assigned licences of a service are within what the customer holds again. Signed with the Standard Webhooks headers `webhook-id`, `webhook-timestamp` and `webhook-signature` (docs/API.md, Webhooks).
         */
        post: operations["webhook.licence.over_assignment_ended.v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "licence.over_assignment_started.v1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * licence.over_assignment_started (version 1)
         * @description More licences of a service became assigned than the customer holds. Signed with the Standard Webhooks headers `webhook-id`, `webhook-timestamp` and `webhook-signature` (docs/API.md, Webhooks).
         */
        post: operations["webhook.licence.over_assignment_started.v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "provisioning.status_changed.v1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * provisioning.status_changed (version 1)
         * @description The provisioning status of a service of a trial or subscription changed. Signed with the Standard Webhooks headers `webhook-id`, `webhook-timestamp` and `webhook-signature` (docs/API.md, Webhooks).
         */
        post: operations["webhook.provisioning.status_changed.v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "subscription.changed.v1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * subscription.changed (version 1)
         * @description A vendor operator changed a subscription: its licence quantities or auto-renew (an order of kind change), or reinstated it after a suspension (active and paid again). Signed with the Standard Webhooks headers `webhook-id`, `webhook-timestamp` and `webhook-signature` (docs/API.md, Webhooks).
         */
        post: operations["webhook.subscription.changed.v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "subscription.created.v1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * subscription.created (version 1)
         * @description A subscription was created. Signed with the Standard Webhooks headers `webhook-id`, `webhook-timestamp` and `webhook-signature` (docs/API.md, Webhooks).
         */
        post: operations["webhook.subscription.created.v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "subscription.renewed.v1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * subscription.renewed (version 1)
         * @description A vendor operator renewed a subscription for a new term: its end moved by the term (an order of kind renewal). Signed with the Standard Webhooks headers `webhook-id`, `webhook-timestamp` and `webhook-signature` (docs/API.md, Webhooks).
         */
        post: operations["webhook.subscription.renewed.v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "subscription.suspended.v1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * subscription.suspended (version 1)
         * @description A vendor operator suspended a subscription as unpaid (state suspended, billing unpaid). Signed with the Standard Webhooks headers `webhook-id`, `webhook-timestamp` and `webhook-signature` (docs/API.md, Webhooks).
         */
        post: operations["webhook.subscription.suspended.v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "trial.state_changed.v1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * trial.state_changed (version 1)
         * @description A trial was requested or moved from one state to another; one event per transition. Signed with the Standard Webhooks headers `webhook-id`, `webhook-timestamp` and `webhook-signature` (docs/API.md, Webhooks).
         */
        post: operations["webhook.trial.state_changed.v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "webhook.test.v1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * webhook.test (version 1)
         * @description Sent by “Send test event”; about no customer. Signed with the Standard Webhooks headers `webhook-id`, `webhook-timestamp` and `webhook-signature` (docs/API.md, Webhooks).
         */
        post: operations["webhook.webhook.test.v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getActivityAccess: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        mayDelegate: boolean;
                        mayExportEducationReport: boolean;
                        mayOpen: boolean;
                        today: string;
                        workspaces: {
                            id: string;
                            name: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getActivityAdditionalCases: {
        parameters: {
            query: {
                workspaceId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        byService: {
                            count: number;
                            serviceName: string | null;
                        }[];
                        items: {
                            agreementNumber: string | null;
                            classification: string | null;
                            id: string;
                            number: string;
                            openedAt: string;
                            reasons: ("expired_agreement" | "agreement_outside_workspace" | "missing_agreement" | "missing_package" | "missing_service" | "classification")[];
                            serviceName: string | null;
                            /** @enum {string} */
                            status: "open" | "in_progress" | "closed";
                            title: string;
                        }[];
                        truncated: boolean;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getActivityConsumption: {
        parameters: {
            query: {
                drillDown: "reactive_support" | "advisory_support" | "proactive_services" | "proactive_credits" | "on_demand_education" | "support_contacts" | "on_demand_assessments";
                workspaceId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bought: number;
                        consumed: number;
                        /** @enum {string} */
                        drillDown: "reactive_support" | "advisory_support" | "proactive_services" | "proactive_credits" | "on_demand_education" | "support_contacts" | "on_demand_assessments";
                        entitlements: {
                            agreementNumber: string;
                            bought: number | null;
                            /** @enum {string} */
                            category: "reactive_support" | "advisory_support" | "proactive_services" | "proactive_credits" | "on_demand_education" | "support_contacts" | "on_demand_assessments";
                            consumed: number | null;
                            description: string;
                            id: string;
                            /** @enum {string} */
                            kind: "consumable" | "additional_benefit";
                            name: string;
                            package: string;
                            remaining: number | null;
                            unit: string;
                        }[];
                        records: {
                            agreementNumber: string;
                            consumedOn: string;
                            deliveredBy: string | null;
                            description: string;
                            entitlement: string;
                            id: string;
                            package: string;
                            quantity: number;
                            requestNumber: string | null;
                        }[];
                        remaining: number;
                        truncated: boolean;
                        unit: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    exportActivityConsumption: {
        parameters: {
            query: {
                drillDown: "reactive_support" | "advisory_support" | "proactive_services" | "proactive_credits" | "on_demand_education" | "support_contacts" | "on_demand_assessments";
                workspaceId: string;
            };
            header?: never;
            path: {
                format: "csv" | "xlsx";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The table as CSV or XLSX, streamed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    listActivityDelegates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            email: string;
                            hasCustomerActivity: boolean;
                            id: string;
                            isAdmin: boolean;
                            isMe: boolean;
                            name: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    grantCustomerActivity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    removeCustomerActivity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getActivityEnterprise: {
        parameters: {
            query: {
                workspaceId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agreements: {
                            active: boolean;
                            endsOn: string;
                            id: string;
                            name: string;
                            number: string;
                            startsOn: string;
                        }[];
                        lines: {
                            bought: number;
                            consumed: number;
                            /** @enum {string} */
                            line: "proactive_services" | "on_demand_support" | "on_demand_education" | "support_contacts" | "on_demand_assessments";
                            remaining: number;
                            unit: string | null;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getActivityPackages: {
        parameters: {
            query: {
                agreementId: string;
                packageId?: string;
                status?: "active" | "inactive";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agreement: {
                            active: boolean;
                            endsOn: string;
                            id: string;
                            name: string;
                            number: string;
                            startsOn: string;
                        };
                        choices: {
                            id: string;
                            name: string;
                        }[];
                        packages: {
                            active: boolean;
                            endsOn: string;
                            entitlements: {
                                bought: number | null;
                                /** @enum {string} */
                                category: "reactive_support" | "advisory_support" | "proactive_services" | "proactive_credits" | "on_demand_education" | "support_contacts" | "on_demand_assessments";
                                consumed: number | null;
                                description: string;
                                id: string;
                                /** @enum {string} */
                                kind: "consumable" | "additional_benefit";
                                name: string;
                                remaining: number | null;
                                unit: string;
                            }[];
                            id: string;
                            /** @enum {string} */
                            kind: "enterprise_wide" | "add_on";
                            name: string;
                            startsOn: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    exportEducationReport: {
        parameters: {
            query?: {
                workspaceId?: string;
            };
            header?: never;
            path: {
                format: "csv" | "xlsx";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The table as CSV or XLSX, streamed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    exportProofOfDelivery: {
        parameters: {
            query: {
                agreementId: string;
            };
            header?: never;
            path: {
                format: "csv" | "pdf";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The proof of delivery as CSV or PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "text/csv": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    listAdministrators: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assignableRoles: ("vendor_operator" | "partner_full_admin" | "partner_admin" | "partner_read_only_admin" | "sales_admin" | "sales_full_admin" | "customer_full_admin" | "customer_read_only_admin" | "workspace_admin" | "customer_activity" | "view_all_support_requests" | "learning_manager")[];
                        items: {
                            assignedCustomers: number | null;
                            email: string;
                            id: string;
                            isMe: boolean;
                            lastSignInAt: string | null;
                            name: string;
                            roles: ("vendor_operator" | "partner_full_admin" | "partner_admin" | "partner_read_only_admin" | "sales_admin" | "sales_full_admin" | "customer_full_admin" | "customer_read_only_admin" | "workspace_admin" | "customer_activity" | "view_all_support_requests" | "learning_manager")[];
                            seesAllCustomers: boolean | null;
                            /** @enum {string} */
                            status: "active" | "invited";
                        }[];
                        mayManage: boolean;
                        organisation: {
                            id: string;
                            /** @enum {string} */
                            kind: "vendor" | "partner" | "customer" | "consumer";
                            name: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    inviteAdministrator: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to repeat: a repeat with the same key and request within 24 hours answers the first response (header `Idempotent-Replayed: true`) without doing it again; the same key with another request is a 422, a repeat while the first is still running a 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    name: string;
                    roles: ("vendor_operator" | "partner_full_admin" | "partner_admin" | "partner_read_only_admin" | "sales_admin" | "sales_full_admin" | "customer_full_admin" | "customer_read_only_admin" | "workspace_admin" | "customer_activity" | "view_all_support_requests" | "learning_manager")[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    removeAdministrator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    resendAdministratorInvitation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to repeat: a repeat with the same key and request within 24 hours answers the first response (header `Idempotent-Replayed: true`) without doing it again; the same key with another request is a 422, a repeat while the first is still running a 409. */
                "idempotency-key"?: string;
            };
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        expiresAt: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    changeAdministratorRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    roles: ("vendor_operator" | "partner_full_admin" | "partner_admin" | "partner_read_only_admin" | "sales_admin" | "sales_full_admin" | "customer_full_admin" | "customer_read_only_admin" | "workspace_admin" | "customer_activity" | "view_all_support_requests" | "learning_manager")[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getCallingAnalytics: {
        parameters: {
            query?: {
                /** @description Vendor operators: only this partner’s customers */
                partnerId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        customers: number;
                        dataAsOf: string | null;
                        features: {
                            customers: number;
                            items: {
                                calls: number;
                                /** @enum {string} */
                                feature: "call_queue" | "hunt_group" | "auto_attendant" | "transfer" | "hold" | "conference" | "voicemail";
                            }[];
                        };
                        qualityByEndpoint: {
                            /** @enum {string} */
                            endpointType: "desk_phone" | "desktop_app" | "mobile_app" | "web" | "room_device" | "other";
                            legs: number;
                            poorLegs: number;
                            poorPct: number | null;
                        }[];
                        qualityTrend: {
                            legs: number;
                            poorLegs: number;
                            poorPct: number | null;
                            weekStart: string;
                        }[];
                        usageVolume: {
                            calls1to5: number;
                            calls6to20: number;
                            none: number;
                            over20: number;
                            weekStart: string;
                        }[];
                        weeks: string[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getCallingAnalyticsTable: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Vendor operators: only this partner’s customers */
                partnerId?: string;
                sort?: string;
            };
            header?: never;
            path: {
                table: "usage" | "quality" | "queues";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dataAsOf: string | null;
                        items: {
                            abandonedPct: number | null;
                            activeUsers: number | null;
                            avgAbandonWaitSeconds: number | null;
                            avgAnswerSeconds: number | null;
                            calls: number;
                            callsChangePct: number | null;
                            customerId: string;
                            customerName: string;
                            licences: number | null;
                            minutes: number | null;
                            poorCalls: number | null;
                            poorPct: number | null;
                            worstEndpoint: ("desk_phone" | "desktop_app" | "mobile_app" | "web" | "room_device" | "other") | null;
                        }[];
                        page: number;
                        pageSize: number;
                        queueKpis: {
                            abandonedPct: number | null;
                            avgAbandonWaitSeconds: number | null;
                            avgAnswerSeconds: number | null;
                            calls: number;
                        } | null;
                        /** @enum {string} */
                        table: "usage" | "quality" | "queues";
                        total: number;
                        weeks: string[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    exportCallingAnalyticsTable: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Vendor operators: only this partner’s customers */
                partnerId?: string;
                sort?: string;
            };
            header?: never;
            path: {
                table: "usage" | "quality" | "queues";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV with a header row, streamed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    exportCallingAnalyticsTableXlsx: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Vendor operators: only this partner’s customers */
                partnerId?: string;
                sort?: string;
            };
            header?: never;
            path: {
                table: "usage" | "quality" | "queues";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An XLSX workbook: one sheet, a frozen header row, typed cells; streamed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getSubscriptionAnalytics: {
        parameters: {
            query?: {
                /** @description Vendor operators: only this partner’s customers */
                partnerId?: string;
                product?: "meetings" | "calling";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dataAsOf: string | null;
                        kpis: {
                            approachingRenewal: number;
                            expirationApproaching: number;
                            lowAssignment: number;
                            overLicenceLimit: number;
                            totalCustomers: number;
                        };
                        /** @enum {string} */
                        product: "meetings" | "calling";
                        trend: {
                            assigned: number;
                            partial: boolean;
                            total: number;
                            used: number;
                            weekStart: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getSubscriptionAnalyticsSection: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Vendor operators: only this partner’s customers */
                partnerId?: string;
                product?: "meetings" | "calling";
                sort?: string;
            };
            header?: never;
            path: {
                section: "recently-added" | "expiring" | "renewing" | "low-assignment" | "over-limit";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dataAsOf: string | null;
                        items: {
                            addedAt: string;
                            assigned: number;
                            assignedPct: number | null;
                            assignmentChange: number | null;
                            autoRenew: boolean;
                            available: number;
                            customerId: string;
                            customerName: string;
                            daysSinceAdded: number;
                            daysToEnd: number;
                            endsAt: string;
                            endsSoon: boolean;
                            id: string;
                            /** @enum {string} */
                            kind: "subscription" | "trial";
                            monthsLeft: number;
                            monthsSinceAdded: number;
                            number: string;
                            total: number;
                            usageChange: number | null;
                            used: number;
                            usedLast90Days: number;
                            usedPct: number | null;
                        }[];
                        kpis: {
                            assignmentPct: number | null;
                            avgOveragePerCustomer: number | null;
                            customers: number;
                            customersWithOverage: number;
                            overageLicences: number;
                            totalLicences: number;
                            unassignedLicences: number;
                            usagePct: number | null;
                            usageWhenAssignedPct: number | null;
                        };
                        page: number;
                        pageSize: number;
                        /** @enum {string} */
                        product: "meetings" | "calling";
                        /** @enum {string} */
                        section: "recently-added" | "expiring" | "renewing" | "low-assignment" | "over-limit";
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    exportSubscriptionAnalyticsSection: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Vendor operators: only this partner’s customers */
                partnerId?: string;
                product?: "meetings" | "calling";
                sort?: string;
            };
            header?: never;
            path: {
                section: "recently-added" | "expiring" | "renewing" | "low-assignment" | "over-limit";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV with a header row, streamed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    exportSubscriptionAnalyticsSectionXlsx: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Vendor operators: only this partner’s customers */
                partnerId?: string;
                product?: "meetings" | "calling";
                sort?: string;
            };
            header?: never;
            path: {
                section: "recently-added" | "expiring" | "renewing" | "low-assignment" | "over-limit";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An XLSX workbook: one sheet, a frozen header row, typed cells; streamed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    listApiTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: {
                                email: string;
                                name: string;
                                /** Format: uuid */
                                userId: string;
                            };
                            /** Format: uuid */
                            id: string;
                            lastUsedAt: string | null;
                            name: string;
                            revokedAt: string | null;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    createApiToken: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to repeat: a repeat with the same key and request within 24 hours answers the first response (header `Idempotent-Replayed: true`) without doing it again; the same key with another request is a 422, a repeat while the first is still running a 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        secret: string;
                        token: {
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: {
                                email: string;
                                name: string;
                                /** Format: uuid */
                                userId: string;
                            };
                            /** Format: uuid */
                            id: string;
                            lastUsedAt: string | null;
                            name: string;
                            revokedAt: string | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    revokeApiToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: {
                            email: string;
                            name: string;
                            /** Format: uuid */
                            userId: string;
                        };
                        /** Format: uuid */
                        id: string;
                        lastUsedAt: string | null;
                        name: string;
                        revokedAt: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    listAuditLog: {
        parameters: {
            query?: {
                action?: string;
                actor?: string;
                cursor?: string;
                from?: string;
                limit?: number;
                targetId?: string;
                targetType?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            action: string;
                            actor: {
                                email: string;
                                id: string;
                                name: string;
                                organisation: {
                                    id: string;
                                    name: string;
                                } | null;
                            } | null;
                            /** @description The audited values after the change: any JSON, as the action recorded them */
                            after: unknown;
                            /** @description When, as an ISO 8601 instant */
                            at: string;
                            /** @description The audited values before the change: any JSON, as the action recorded them */
                            before: unknown;
                            id: string;
                            organisation: {
                                id: string;
                                name: string;
                            };
                            targetId: string;
                            targetType: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    exportAuditLog: {
        parameters: {
            query?: {
                action?: string;
                actor?: string;
                format?: "csv" | "xlsx";
                from?: string;
                targetId?: string;
                targetType?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV with a header row, or an XLSX workbook, streamed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    requestPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        accepted: true;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        csrfToken: string;
                        demoMode: boolean;
                        now: string;
                        organisation: {
                            id: string;
                            /** @enum {string} */
                            kind: "vendor" | "partner" | "customer" | "consumer";
                            name: string;
                            partnerTier: ("tier1" | "tier2" | "distributor") | null;
                            timeZone: string;
                        };
                        permissions: {
                            answerConsents: boolean;
                            askHelpdesk: boolean;
                            assignPartnerAdmins: boolean;
                            changeOrganisationSettings: boolean;
                            exportEducationReport: boolean;
                            ingestUsage: boolean;
                            manageAdministrators: boolean;
                            manageApiTokens: boolean;
                            manageResources: boolean;
                            manageSingleSignOn: boolean;
                            manageSubscriptions: boolean;
                            manageSupportSetup: boolean;
                            manageTags: boolean;
                            manageUsersAndLicences: boolean;
                            manageWebhooks: boolean;
                            openOwnConsole: boolean;
                            operateVendor: boolean;
                            readAuditLog: boolean;
                            readCustomerTrials: boolean;
                            requireTwoFactor: boolean;
                            seeAllPartnerCustomers: boolean;
                            startMyOrganisation: boolean;
                            startTrials: boolean;
                        };
                        roles: ("vendor_operator" | "partner_full_admin" | "partner_admin" | "partner_read_only_admin" | "sales_admin" | "sales_full_admin" | "customer_full_admin" | "customer_read_only_admin" | "workspace_admin" | "customer_activity" | "view_all_support_requests" | "learning_manager")[];
                        user: {
                            email: string;
                            id: string;
                            /** @enum {string} */
                            locale: "en" | "da" | "nb" | "hu";
                            name: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        twoFactor: {
                            challenge: string;
                            expiresAt: string;
                            /** @enum {string} */
                            kind: "verify" | "enrol";
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getSignInMethod: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        method: "password" | "sso";
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to repeat: a repeat with the same key and request within 24 hours answers the first response (header `Idempotent-Replayed: true`) without doing it again; the same key with another request is a 422, a repeat while the first is still running a 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    finishSingleSignOn: {
        parameters: {
            query?: {
                code?: string;
                error?: string;
                error_description?: string;
                iss?: string;
                state?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A redirect (Location): to the identity provider, into the app, or back to sign-in */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    startSingleSignOn: {
        parameters: {
            query: {
                email: string;
                /** @description The page of this app to land on once signed in; kept with the sign-in, not read back from the provider */
                returnTo?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A redirect (Location): to the identity provider, into the app, or back to sign-in */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    completeTwoFactorSignIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    challenge: string;
                    code?: string;
                    recoveryCode?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        csrfToken: string;
                        demoMode: boolean;
                        now: string;
                        organisation: {
                            id: string;
                            /** @enum {string} */
                            kind: "vendor" | "partner" | "customer" | "consumer";
                            name: string;
                            partnerTier: ("tier1" | "tier2" | "distributor") | null;
                            timeZone: string;
                        };
                        permissions: {
                            answerConsents: boolean;
                            askHelpdesk: boolean;
                            assignPartnerAdmins: boolean;
                            changeOrganisationSettings: boolean;
                            exportEducationReport: boolean;
                            ingestUsage: boolean;
                            manageAdministrators: boolean;
                            manageApiTokens: boolean;
                            manageResources: boolean;
                            manageSingleSignOn: boolean;
                            manageSubscriptions: boolean;
                            manageSupportSetup: boolean;
                            manageTags: boolean;
                            manageUsersAndLicences: boolean;
                            manageWebhooks: boolean;
                            openOwnConsole: boolean;
                            operateVendor: boolean;
                            readAuditLog: boolean;
                            readCustomerTrials: boolean;
                            requireTwoFactor: boolean;
                            seeAllPartnerCustomers: boolean;
                            startMyOrganisation: boolean;
                            startTrials: boolean;
                        };
                        recoveryCodes?: string[];
                        roles: ("vendor_operator" | "partner_full_admin" | "partner_admin" | "partner_read_only_admin" | "sales_admin" | "sales_full_admin" | "customer_full_admin" | "customer_read_only_admin" | "workspace_admin" | "customer_activity" | "view_all_support_requests" | "learning_manager")[];
                        user: {
                            email: string;
                            id: string;
                            /** @enum {string} */
                            locale: "en" | "da" | "nb" | "hu";
                            name: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    startTwoFactorEnrolmentAtSignIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    challenge: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        otpauthUri: string;
                        qrCode: string;
                        secret: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getCatalogue: {
        parameters: {
            query?: {
                includeRetired?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        deviceTypes: {
                            active: boolean;
                            id: string;
                            name: string;
                            sortOrder: number;
                        }[];
                        services: {
                            active: boolean;
                            id: string;
                            isDevice: boolean;
                            licenceUnit: string;
                            name: string;
                            parentServiceId: string | null;
                            sortOrder: number;
                            trialable: boolean;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    createCatalogueDeviceType: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to repeat: a repeat with the same key and request within 24 hours answers the first response (header `Idempotent-Replayed: true`) without doing it again; the same key with another request is a 422, a repeat while the first is still running a 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id: string;
                    name: string;
                    sortOrder?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        id: string;
                        name: string;
                        sortOrder: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    updateCatalogueDeviceType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active?: boolean;
                    name?: string;
                    sortOrder?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        id: string;
                        name: string;
                        sortOrder: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    createCatalogueService: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to repeat: a repeat with the same key and request within 24 hours answers the first response (header `Idempotent-Replayed: true`) without doing it again; the same key with another request is a 422, a repeat while the first is still running a 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id: string;
                    isDevice?: boolean;
                    licenceUnit: string;
                    name: string;
                    parentServiceId?: string | null;
                    sortOrder?: number;
                    trialable: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        id: string;
                        isDevice: boolean;
                        licenceUnit: string;
                        name: string;
                        parentServiceId: string | null;
                        sortOrder: number;
                        trialable: boolean;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    updateCatalogueService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active?: boolean;
                    isDevice?: boolean;
                    licenceUnit?: string;
                    name?: string;
                    parentServiceId?: string | null;
                    sortOrder?: number;
                    trialable?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        id: string;
                        isDevice: boolean;
                        licenceUnit: string;
                        name: string;
                        parentServiceId: string | null;
                        sortOrder: number;
                        trialable: boolean;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    listConsents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            durationDays: number;
                            licenceQuantity: number;
                            partner: {
                                id: string;
                                name: string;
                            };
                            requestedAt: string | null;
                            respondBy: string | null;
                            respondByDaysLeft: number | null;
                            services: {
                                serviceId: string;
                                serviceName: string;
                            }[];
                            trialId: string;
                            trialNumber: string;
                            version: number;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    acceptConsent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to repeat: a repeat with the same key and request within 24 hours answers the first response (header `Idempotent-Replayed: true`) without doing it again; the same key with another request is a 422, a repeat while the first is still running a 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    fullAdministration: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        adminLevel: ("full" | "provisioning") | null;
                        /** @enum {string} */
                        state: "pending_consent" | "pending_provisioning_details" | "provisioning" | "active" | "expired" | "released" | "cancelled" | "declined" | "converted";
                        trialId: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    declineConsent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to repeat: a repeat with the same key and request within 24 hours answers the first response (header `Idempotent-Replayed: true`) without doing it again; the same key with another request is a 422, a repeat while the first is still running a 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        adminLevel: ("full" | "provisioning") | null;
                        /** @enum {string} */
                        state: "pending_consent" | "pending_provisioning_details" | "provisioning" | "active" | "expired" | "released" | "cancelled" | "declined" | "converted";
                        trialId: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    listConversions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            createdAt: string;
                            customer: {
                                id: string;
                                name: string;
                            };
                            lines: {
                                quantity: number;
                                serviceId: string;
                                serviceName: string;
                            }[];
                            orderId: string;
                            orderNumber: string;
                            partner: {
                                id: string;
                                name: string;
                            };
                            provisioningContactEmail: string | null;
                            trial: {
                                endsAt: string | null;
                                id: string;
                                number: string;
                                /** @enum {string} */
                                state: "pending_consent" | "pending_provisioning_details" | "provisioning" | "active" | "expired" | "released" | "cancelled" | "declined" | "converted";
                            };
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    completeConversion: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to repeat: a repeat with the same key and request within 24 hours answers the first response (header `Idempotent-Replayed: true`) without doing it again; the same key with another request is a 422, a repeat while the first is still running a 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        order: {
                            id: string;
                            number: string;
                            /** @enum {string} */
                            status: "submitted" | "pending_distributor" | "completed" | "rejected";
                            subscriptionId: string | null;
                            subscriptionNumber: string | null;
                        };
                        trial: {
                            actions: {
                                cancel: boolean;
                                completeSetup: boolean;
                                convert: boolean;
                                edit: boolean;
                                extend: boolean;
                                resendConsent: boolean;
                                shipDevices: boolean;
                            };
                            adminEmail: string;
                            cancelledAt: string | null;
                            cancelledBy: ("partner" | "customer" | "system") | null;
                            consentDecidedAt: string | null;
                            consentRequestedAt: string | null;
                            consentRespondBy: string | null;
                            convertedSubscriptionId: string | null;
                            createdAt: string;
                            customer: {
                                id: string;
                                name: string;
                            };
                            customerHeld: boolean;
                            daysLeft: number | null;
                            deviceCapEndsAt: string | null;
                            durationDays: number;
                            endsAt: string | null;
                            endsSoon: boolean;
                            extensionPreview: {
                                needsApproval: boolean;
                                newDaysLeft: number;
                                newEndsAt: string;
                            } | null;
                            extensionRefusal: string | null;
                            extensions: {
                                createdAt: string;
                                days: number;
                                decidedAt: string | null;
                                id: string;
                                newEndsAt: string;
                                previousEndsAt: string;
                                /** @enum {string} */
                                status: "approved" | "pending_approval" | "rejected";
                            }[];
                            fullAdministration: boolean | null;
                            graceEndsAt: string | null;
                            hasPendingConversion: boolean;
                            hasPendingExtension: boolean;
                            id: string;
                            licenceQuantity: number;
                            meetingSiteUrl: string | null;
                            meetingTimeZone: string | null;
                            number: string;
                            partner: {
                                id: string;
                                name: string;
                            };
                            pendingConversion: {
                                createdAt: string;
                                distributor: {
                                    id: string;
                                    name: string;
                                };
                                orderId: string;
                                orderNumber: string;
                            } | null;
                            releasedAt: string | null;
                            requestedDevices: {
                                deviceTypeId: string;
                                quantity: number;
                            }[];
                            services: {
                                assigned: number;
                                isDevice: boolean;
                                licences: number;
                                /** @enum {string} */
                                provisioningStatus: "cannot_provision" | "manual_partner" | "manual_vendor" | "pending_details" | "provisioning" | "provisioned";
                                serviceId: string;
                                serviceName: string;
                            }[];
                            setupNow: boolean;
                            shipments: {
                                deviceTypeId: string;
                                deviceTypeName: string;
                                dueAt: string;
                                id: string;
                                overdue: boolean;
                                returnDueAt: string;
                                returnedSerialNumbers: string[];
                                serialNumbers: string[];
                                shippedAt: string;
                            }[];
                            startsAt: string | null;
                            /** @enum {string} */
                            state: "pending_consent" | "pending_provisioning_details" | "provisioning" | "active" | "expired" | "released" | "cancelled" | "declined" | "converted";
                            status: ("active" | "suspended" | "expiring_30" | "expiring_60" | "trial_active" | "trial_expiring_30" | "trial_expiring_60" | "trial_expired") | null;
                            totalDays: number | null;
                            version: number;
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    listCustomers: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                managedBy?: string;
                needsAttention?: "true" | "false";
                partner?: string;
                product?: string;
                provisioning?: string;
                q?: string;
                sort?: string;
                status?: string;
                subscriptionStatus?: string;
                tag?: string;
                type?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            adminEmail: string | null;
                            /** @enum {string} */
                            adminLevel: "full" | "provisioning";
                            id: string;
                            licences: {
                                assigned: number;
                                total: number;
                                used: number;
                            };
                            /** @enum {string} */
                            managedBy: "owner" | "external_admin";
                            name: string;
                            nextExpiry: string | null;
                            nextExpiryDaysLeft: number | null;
                            ownerPartner: {
                                id: string;
                                name: string;
                            } | null;
                            products: string[];
                            provisioningStatus: ("cannot_provision" | "manual_partner" | "manual_vendor" | "pending_details" | "provisioning" | "provisioned") | null;
                            statuses: ("suspended" | "over_licence" | "expiring_soon" | "ready_for_order_setup" | "no_recent_activity" | "trial" | "subscription" | "expired")[];
                            subscriptionStatuses: ("active" | "suspended" | "expiring_30" | "expiring_60" | "trial_active" | "trial_expiring_30" | "trial_expiring_60" | "trial_expired")[];
                            tags: {
                                colour: string;
                                id: string;
                                name: string;
                            }[];
                            trialServicesExpiring: {
                                daysLeft: number;
                                serviceIds: string[];
                            }[];
                        }[];
                        nextCursor: string | null;
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    exportCustomers: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                managedBy?: string;
                needsAttention?: "true" | "false";
                partner?: string;
                product?: string;
                provisioning?: string;
                q?: string;
                sort?: string;
                status?: string;
                subscriptionStatus?: string;
                tag?: string;
                type?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV with a header row, streamed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    exportCustomersXlsx: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                managedBy?: string;
                needsAttention?: "true" | "false";
                partner?: string;
                product?: string;
                provisioning?: string;
                q?: string;
                sort?: string;
                status?: string;
                subscriptionStatus?: string;
                tag?: string;
                type?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An XLSX workbook: one sheet, a frozen header row, typed cells; streamed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        adminEmail: string | null;
                        /** @enum {string} */
                        adminLevel: "full" | "provisioning";
                        country: string | null;
                        counts: {
                            liveSubscriptions: number;
                            ongoingTrials: number;
                            partnerAdmins: number;
                        };
                        createdAt: string;
                        dataRegion: string | null;
                        id: string;
                        isPartnerOwnOrganisation: boolean;
                        licences: {
                            assigned: number;
                            total: number;
                            used: number;
                        };
                        managedBy: ("owner" | "external_admin") | null;
                        name: string;
                        ownerPartner: {
                            id: string;
                            name: string;
                        } | null;
                        partners: {
                            /** @enum {string} */
                            adminLevel: "full" | "provisioning";
                            id: string;
                            name: string;
                            /** @enum {string} */
                            relationship: "owner" | "external_admin";
                        }[];
                        permissions: {
                            assignAdmins: boolean;
                            launch: boolean;
                            startTrial: boolean;
                            tag: boolean;
                        };
                        provisioningStatus: ("cannot_provision" | "manual_partner" | "manual_vendor" | "pending_details" | "provisioning" | "provisioned") | null;
                        statuses: ("suspended" | "over_licence" | "expiring_soon" | "ready_for_order_setup" | "no_recent_activity" | "trial" | "subscription" | "expired")[];
                        subscriptionStatuses: ("active" | "suspended" | "expiring_30" | "expiring_60" | "trial_active" | "trial_expiring_30" | "trial_expiring_60" | "trial_expired")[];
                        tags: {
                            colour: string;
                            id: string;
                            name: string;
                        }[];
                        timeZone: string;
                        vertical: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getCustomerActivity: {
        parameters: {
            query?: {
                before?: number;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            action: string;
                            actor: {
                                email: string;
                                name: string;
                                organisation: string | null;
                            } | null;
                            /** @description The audited values after the change: any JSON, as the action recorded them */
                            after: unknown;
                            at: string;
                            /** @description The audited values before the change: any JSON, as the action recorded them */
                            before: unknown;
                            id: string;
                            targetId: string;
                            targetType: string;
                        }[];
                        nextBefore: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    listCustomerAdmins: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assignable: {
                            email: string;
                            name: string;
                            partner: {
                                id: string;
                                name: string;
                            };
                            roles: ("partner_full_admin" | "partner_admin" | "partner_read_only_admin" | "sales_admin" | "sales_full_admin")[];
                            seesAllCustomers: boolean;
                            /** @enum {string} */
                            status: "active" | "invited" | "disabled";
                            userId: string;
                        }[];
                        items: {
                            assignedAt: string;
                            assignedBy: string | null;
                            email: string;
                            name: string;
                            partner: {
                                id: string;
                                name: string;
                            };
                            roles: ("partner_full_admin" | "partner_admin" | "partner_read_only_admin" | "sales_admin" | "sales_full_admin")[];
                            seesAllCustomers: boolean;
                            /** @enum {string} */
                            status: "active" | "invited" | "disabled";
                            userId: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    assignCustomerAdmin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assignedAt: string;
                        assignedBy: string | null;
                        email: string;
                        name: string;
                        partner: {
                            id: string;
                            name: string;
                        };
                        roles: ("partner_full_admin" | "partner_admin" | "partner_read_only_admin" | "sales_admin" | "sales_full_admin")[];
                        seesAllCustomers: boolean;
                        /** @enum {string} */
                        status: "active" | "invited" | "disabled";
                        userId: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    unassignCustomerAdmin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getCustomerAgreements: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agreements: {
                            active: boolean;
                            endsOn: string;
                            id: string;
                            name: string;
                            number: string;
                            packages: {
                                active: boolean;
                                endsOn: string;
                                entitlements: {
                                    bought: number | null;
                                    /** @enum {string} */
                                    category: "reactive_support" | "advisory_support" | "proactive_services" | "proactive_credits" | "on_demand_education" | "support_contacts" | "on_demand_assessments";
                                    consumed: number | null;
                                    description: string;
                                    id: string;
                                    /** @enum {string} */
                                    kind: "consumable" | "additional_benefit";
                                    name: string;
                                    remaining: number | null;
                                    unit: string;
                                }[];
                                id: string;
                                /** @enum {string} */
                                kind: "enterprise_wide" | "add_on";
                                name: string;
                                startsOn: string;
                            }[];
                            startsOn: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getCustomerConsole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        admins: {
                            email: string;
                            id: string;
                            lastSignInAt: string | null;
                            name: string;
                            roles: ("customer_full_admin" | "customer_read_only_admin" | "workspace_admin" | "customer_activity" | "view_all_support_requests" | "learning_manager")[];
                        }[];
                        customer: {
                            country: string | null;
                            dataRegion: string | null;
                            id: string;
                            name: string;
                        };
                        licences: {
                            assigned: number;
                            total: number;
                        };
                        pendingTrialRequests: {
                            durationDays: number;
                            id: string;
                            licenceQuantity: number;
                            number: string;
                            partner: {
                                id: string;
                                name: string;
                            };
                            requestedAt: string | null;
                            respondBy: string | null;
                            respondByDaysLeft: number | null;
                            services: {
                                serviceId: string;
                                serviceName: string;
                            }[];
                        }[];
                        services: {
                            assigned: number;
                            available: number;
                            bought: number;
                            licenceUnit: string;
                            provisioningStatus: ("cannot_provision" | "manual_partner" | "manual_vendor" | "pending_details" | "provisioning" | "provisioned") | null;
                            serviceId: string;
                            serviceName: string;
                            trial: number;
                        }[];
                        users: {
                            items: {
                                email: string;
                                id: string;
                                licences: string[];
                                name: string;
                                /** @enum {string} */
                                status: "active" | "invited" | "disabled";
                            }[];
                            total: number;
                        };
                        viewer: {
                            /** @enum {string} */
                            adminLevel: "full" | "provisioning";
                            /** @enum {string} */
                            kind: "customer" | "partner" | "vendor";
                            mayManageUsersAndLicences: boolean;
                            organisation: {
                                id: string;
                                name: string;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    launchCustomer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to repeat: a repeat with the same key and request within 24 hours answers the first response (header `Idempotent-Replayed: true`) without doing it again; the same key with another request is a 422, a repeat while the first is still running a 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        adminLevel: "full" | "provisioning";
                        customerId: string;
                        customerName: string;
                        launchedAt: string;
                        mayManageUsersAndLicences: boolean;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getCustomerSubscriptions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            autoRenew: boolean;
                            /** @enum {string} */
                            billingState: "paid" | "unpaid";
                            daysLeft: number;
                            endsAt: string;
                            id: string;
                            invoices: {
                                amountCents: number;
                                currency: string;
                                dueAt: string;
                                id: string;
                                issuedAt: string;
                                number: string;
                                periodEnd: string;
                                periodStart: string;
                                /** @enum {string} */
                                status: "paid" | "due" | "overdue";
                            }[];
                            number: string;
                            provisioningStatus: ("cannot_provision" | "manual_partner" | "manual_vendor" | "pending_details" | "provisioning" | "provisioned") | null;
                            renewsAt: string | null;
                            seller: {
                                id: string;
                                name: string;
                            };
                            services: {
                                assigned: number;
                                available: number;
                                bought: number;
                                licenceUnit: string;
                                provisioningError: string | null;
                                /** @enum {string} */
                                provisioningStatus: "cannot_provision" | "manual_partner" | "manual_vendor" | "pending_details" | "provisioning" | "provisioned";
                                serviceId: string;
                                serviceName: string;
                                used: number;
                            }[];
                            setupComplete: boolean;
                            startsAt: string;
                            /** @enum {string} */
                            state: "active" | "suspended" | "cancelled" | "expired";
                            status: ("active" | "suspended" | "expiring_30" | "expiring_60" | "trial_active" | "trial_expiring_30" | "trial_expiring_60" | "trial_expired") | null;
                            termMonths: number;
                            version: number;
                        }[];
                        orders: {
                            completedAt: string | null;
                            createdAt: string;
                            id: string;
                            /** @enum {string} */
                            kind: "new" | "change" | "renewal" | "trial_conversion" | "cancellation";
                            lines: {
                                quantity: number;
                                serviceId: string;
                                serviceName: string;
                            }[];
                            number: string;
                            placedBy: {
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            status: "submitted" | "pending_distributor" | "completed" | "rejected";
                            subscriptionNumber: string | null;
                        }[];
                        otherSellersSubscriptions: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    changeSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    autoRenew?: boolean;
                    services?: {
                        quantity: number;
                        serviceId: string;
                    }[];
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        order: {
                            completedAt: string | null;
                            createdAt: string;
                            id: string;
                            /** @enum {string} */
                            kind: "new" | "change" | "renewal" | "trial_conversion" | "cancellation";
                            lines: {
                                quantity: number;
                                serviceId: string;
                                serviceName: string;
                            }[];
                            number: string;
                            placedBy: {
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            status: "submitted" | "pending_distributor" | "completed" | "rejected";
                            subscriptionNumber: string | null;
                        } | null;
                        subscription: {
                            autoRenew: boolean;
                            /** @enum {string} */
                            billingState: "paid" | "unpaid";
                            daysLeft: number;
                            endsAt: string;
                            id: string;
                            invoices: {
                                amountCents: number;
                                currency: string;
                                dueAt: string;
                                id: string;
                                issuedAt: string;
                                number: string;
                                periodEnd: string;
                                periodStart: string;
                                /** @enum {string} */
                                status: "paid" | "due" | "overdue";
                            }[];
                            number: string;
                            provisioningStatus: ("cannot_provision" | "manual_partner" | "manual_vendor" | "pending_details" | "provisioning" | "provisioned") | null;
                            renewsAt: string | null;
                            seller: {
                                id: string;
                                name: string;
                            };
                            services: {
                                assigned: number;
                                available: number;
                                bought: number;
                                licenceUnit: string;
                                provisioningError: string | null;
                                /** @enum {string} */
                                provisioningStatus: "cannot_provision" | "manual_partner" | "manual_vendor" | "pending_details" | "provisioning" | "provisioned";
                                serviceId: string;
                                serviceName: string;
                                used: number;
                            }[];
                            setupComplete: boolean;
                            startsAt: string;
                            /** @enum {string} */
                            state: "active" | "suspended" | "cancelled" | "expired";
                            status: ("active" | "suspended" | "expiring_30" | "expiring_60" | "trial_active" | "trial_expiring_30" | "trial_expiring_60" | "trial_expired") | null;
                            termMonths: number;
                            version: number;
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    reinstateSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to repeat: a repeat with the same key and request within 24 hours answers the first response (header `Idempotent-Replayed: true`) without doing it again; the same key with another request is a 422, a repeat while the first is still running a 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        order: {
                            completedAt: string | null;
                            createdAt: string;
                            id: string;
                            /** @enum {string} */
                            kind: "new" | "change" | "renewal" | "trial_conversion" | "cancellation";
                            lines: {
                                quantity: number;
                                serviceId: string;
                                serviceName: string;
                            }[];
                            number: string;
                            placedBy: {
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            status: "submitted" | "pending_distributor" | "completed" | "rejected";
                            subscriptionNumber: string | null;
                        } | null;
                        subscription: {
                            autoRenew: boolean;
                            /** @enum {string} */
                            billingState: "paid" | "unpaid";
                            daysLeft: number;
                            endsAt: string;
                            id: string;
                            invoices: {
                                amountCents: number;
                                currency: string;
                                dueAt: string;
                                id: string;
                                issuedAt: string;
                                number: string;
                                periodEnd: string;
                                periodStart: string;
                                /** @enum {string} */
                                status: "paid" | "due" | "overdue";
                            }[];
                            number: string;
                            provisioningStatus: ("cannot_provision" | "manual_partner" | "manual_vendor" | "pending_details" | "provisioning" | "provisioned") | null;
                            renewsAt: string | null;
                            seller: {
                                id: string;
                                name: string;
                            };
                            services: {
                                assigned: number;
                                available: number;
                                bought: number;
                                licenceUnit: string;
                                provisioningError: string | null;
                                /** @enum {string} */
                                provisioningStatus: "cannot_provision" | "manual_partner" | "manual_vendor" | "pending_details" | "provisioning" | "provisioned";
                                serviceId: string;
                                serviceName: string;
                                used: number;
                            }[];
                            setupComplete: boolean;
                            startsAt: string;
                            /** @enum {string} */
                            state: "active" | "suspended" | "cancelled" | "expired";
                            status: ("active" | "suspended" | "expiring_30" | "expiring_60" | "trial_active" | "trial_expiring_30" | "trial_expiring_60" | "trial_expired") | null;
                            termMonths: number;
                            version: number;
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    renewSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to repeat: a repeat with the same key and request within 24 hours answers the first response (header `Idempotent-Replayed: true`) without doing it again; the same key with another request is a 422, a repeat while the first is still running a 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    termMonths?: 12 | 24 | 36;
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        order: {
                            completedAt: string | null;
                            createdAt: string;
                            id: string;
                            /** @enum {string} */
                            kind: "new" | "change" | "renewal" | "trial_conversion" | "cancellation";
                            lines: {
                                quantity: number;
                                serviceId: string;
                                serviceName: string;
                            }[];
                            number: string;
                            placedBy: {
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            status: "submitted" | "pending_distributor" | "completed" | "rejected";
                            subscriptionNumber: string | null;
                        } | null;
                        subscription: {
                            autoRenew: boolean;
                            /** @enum {string} */
                            billingState: "paid" | "unpaid";
                            daysLeft: number;
                            endsAt: string;
                            id: string;
                            invoices: {
                                amountCents: number;
                                currency: string;
                                dueAt: string;
                                id: string;
                                issuedAt: string;
                                number: string;
                                periodEnd: string;
                                periodStart: string;
                                /** @enum {string} */
                                status: "paid" | "due" | "overdue";
                            }[];
                            number: string;
                            provisioningStatus: ("cannot_provision" | "manual_partner" | "manual_vendor" | "pending_details" | "provisioning" | "provisioned") | null;
                            renewsAt: string | null;
                            seller: {
                                id: string;
                                name: string;
                            };
                            services: {
                                assigned: number;
                                available: number;
                                bought: number;
                                licenceUnit: string;
                                provisioningError: string | null;
                                /** @enum {string} */
                                provisioningStatus: "cannot_provision" | "manual_partner" | "manual_vendor" | "pending_details" | "provisioning" | "provisioned";
                                serviceId: string;
                                serviceName: string;
                                used: number;
                            }[];
                            setupComplete: boolean;
                            startsAt: string;
                            /** @enum {string} */
                            state: "active" | "suspended" | "cancelled" | "expired";
                            status: ("active" | "suspended" | "expiring_30" | "expiring_60" | "trial_active" | "trial_expiring_30" | "trial_expiring_60" | "trial_expired") | null;
                            termMonths: number;
                            version: number;
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    suspendSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to repeat: a repeat with the same key and request within 24 hours answers the first response (header `Idempotent-Replayed: true`) without doing it again; the same key with another request is a 422, a repeat while the first is still running a 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        order: {
                            completedAt: string | null;
                            createdAt: string;
                            id: string;
                            /** @enum {string} */
                            kind: "new" | "change" | "renewal" | "trial_conversion" | "cancellation";
                            lines: {
                                quantity: number;
                                serviceId: string;
                                serviceName: string;
                            }[];
                            number: string;
                            placedBy: {
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            status: "submitted" | "pending_distributor" | "completed" | "rejected";
                            subscriptionNumber: string | null;
                        } | null;
                        subscription: {
                            autoRenew: boolean;
                            /** @enum {string} */
                            billingState: "paid" | "unpaid";
                            daysLeft: number;
                            endsAt: string;
                            id: string;
                            invoices: {
                                amountCents: number;
                                currency: string;
                                dueAt: string;
                                id: string;
                                issuedAt: string;
                                number: string;
                                periodEnd: string;
                                periodStart: string;
                                /** @enum {string} */
                                status: "paid" | "due" | "overdue";
                            }[];
                            number: string;
                            provisioningStatus: ("cannot_provision" | "manual_partner" | "manual_vendor" | "pending_details" | "provisioning" | "provisioned") | null;
                            renewsAt: string | null;
                            seller: {
                                id: string;
                                name: string;
                            };
                            services: {
                                assigned: number;
                                available: number;
                                bought: number;
                                licenceUnit: string;
                                provisioningError: string | null;
                                /** @enum {string} */
                                provisioningStatus: "cannot_provision" | "manual_partner" | "manual_vendor" | "pending_details" | "provisioning" | "provisioned";
                                serviceId: string;
                                serviceName: string;
                                used: number;
                            }[];
                            setupComplete: boolean;
                            startsAt: string;
                            /** @enum {string} */
                            state: "active" | "suspended" | "cancelled" | "expired";
                            status: ("active" | "suspended" | "expiring_30" | "expiring_60" | "trial_active" | "trial_expiring_30" | "trial_expiring_60" | "trial_expired") | null;
                            termMonths: number;
                            version: number;
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getSupportSetup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agreements: {
                            endsOn: string;
                            id: string;
                            name: string;
                            number: string;
                            packages: {
                                endsOn: string;
                                entitlements: {
                                    /** @enum {string} */
                                    category: "reactive_support" | "advisory_support" | "proactive_services" | "proactive_credits" | "on_demand_education" | "support_contacts" | "on_demand_assessments";
                                    description: string;
                                    id: string;
                                    /** @enum {string} */
                                    kind: "consumable" | "additional_benefit";
                                    name: string;
                                    quantityBought: number | null;
                                    unit: string;
                                }[];
                                id: string;
                                /** @enum {string} */
                                kind: "enterprise_wide" | "add_on";
                                name: string;
                                startsOn: string;
                            }[];
                            startsOn: string;
                            workspaceId: string;
                        }[];
                        groups: {
                            id: string;
                            memberIds: string[];
                            name: string;
                            requestIds: string[];
                        }[];
                        requests: {
                            id: string;
                            number: string;
                            title: string;
                        }[];
                        users: {
                            email: string;
                            id: string;
                            name: string;
                        }[];
                        workspaces: {
                            id: string;
                            memberIds: string[];
                            name: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    createSupportAgreement: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to repeat: a repeat with the same key and request within 24 hours answers the first response (header `Idempotent-Replayed: true`) without doing it again; the same key with another request is a 422, a repeat while the first is still running a 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    endsOn: string;
                    name: string;
                    number: string;
                    /** Format: date */
                    startsOn: string;
                    /** Format: uuid */
                    workspaceId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        endsOn: string;
                        id: string;
                        name: string;
                        number: string;
                        startsOn: string;
                        workspaceId: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    updateSupportAgreement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agreementId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    endsOn: string;
                    name: string;
                    number: string;
                    /** Format: date */
                    startsOn: string;
                    /** Format: uuid */
                    workspaceId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        endsOn: string;
                        id: string;
                        name: string;
                        number: string;
                        startsOn: string;
                        workspaceId: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    createSupportPackage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to repeat: a repeat with the same key and request within 24 hours answers the first response (header `Idempotent-Replayed: true`) without doing it again; the same key with another request is a 422, a repeat while the first is still running a 409. */
                "idempotency-key"?: string;
            };
            path: {
                agreementId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    endsOn: string;
                    /** @enum {string} */
                    kind: "enterprise_wide" | "add_on";
                    name: string;
                    /** Format: date */
                    startsOn: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        endsOn: string;
                        id: string;
                        /** @enum {string} */
                        kind: "enterprise_wide" | "add_on";
                        name: string;
                        startsOn: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    updateEntitlement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entitlementId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    category: "reactive_support" | "advisory_support" | "proactive_services" | "proactive_credits" | "on_demand_education" | "support_contacts" | "on_demand_assessments";
                    description: string;
                    /** @enum {string} */
                    kind: "consumable" | "additional_benefit";
                    name: string;
                    quantityBought: number | null;
                    unit: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        category: "reactive_support" | "advisory_support" | "proactive_services" | "proactive_credits" | "on_demand_education" | "support_contacts" | "on_demand_assessments";
                        description: string;
                        id: string;
                        /** @enum {string} */
                        kind: "consumable" | "additional_benefit";
                        name: string;
                        quantityBought: number | null;
                        unit: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    createSupportGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to repeat: a repeat with the same key and request within 24 hours answers the first response (header `Idempotent-Replayed: true`) without doing it again; the same key with another request is a 422, a repeat while the first is still running a 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    memberIds: string[];
                    name: string;
                    requestIds: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        memberIds: string[];
                        name: string;
                        requestIds: string[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    updateSupportGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                groupId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    memberIds: string[];
                    name: string;
                    requestIds: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        memberIds: string[];
                        name: string;
                        requestIds: string[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    updateSupportPackage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                packageId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    endsOn: string;
                    /** @enum {string} */
                    kind: "enterprise_wide" | "add_on";
                    name: string;
                    /** Format: date */
                    startsOn: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        endsOn: string;
                        id: string;
                        /** @enum {string} */
                        kind: "enterprise_wide" | "add_on";
                        name: string;
                        startsOn: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    createEntitlement: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to repeat: a repeat with the same key and request within 24 hours answers the first response (header `Idempotent-Replayed: true`) without doing it again; the same key with another request is a 422, a repeat while the first is still running a 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
                packageId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    category: "reactive_support" | "advisory_support" | "proactive_services" | "proactive_credits" | "on_demand_education" | "support_contacts" | "on_demand_assessments";
                    description: string;
                    /** @enum {string} */
                    kind: "consumable" | "additional_benefit";
                    name: string;
                    quantityBought: number | null;
                    unit: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        category: "reactive_support" | "advisory_support" | "proactive_services" | "proactive_credits" | "on_demand_education" | "support_contacts" | "on_demand_assessments";
                        description: string;
                        id: string;
                        /** @enum {string} */
                        kind: "consumable" | "additional_benefit";
                        name: string;
                        quantityBought: number | null;
                        unit: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    createSupportWorkspace: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to repeat: a repeat with the same key and request within 24 hours answers the first response (header `Idempotent-Replayed: true`) without doing it again; the same key with another request is a 422, a repeat while the first is still running a 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    memberIds: string[];
                    name: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        memberIds: string[];
                        name: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    updateSupportWorkspace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    memberIds: string[];
                    name: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        memberIds: string[];
                        name: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    assignTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                tagId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    unassignTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                tagId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getCustomerTrials: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ongoing: {
                            adminEmail: string;
                            createdAt: string;
                            daysLeft: number | null;
                            durationDays: number;
                            endsAt: string | null;
                            endsSoon: boolean;
                            id: string;
                            number: string;
                            ongoing: boolean;
                            partner: {
                                id: string;
                                name: string;
                            };
                            services: {
                                assigned: number;
                                isDevice: boolean;
                                licences: number;
                                /** @enum {string} */
                                provisioningStatus: "cannot_provision" | "manual_partner" | "manual_vendor" | "pending_details" | "provisioning" | "provisioned";
                                serviceId: string;
                                serviceName: string;
                            }[];
                            startsAt: string | null;
                            /** @enum {string} */
                            state: "pending_consent" | "pending_provisioning_details" | "provisioning" | "active" | "expired" | "released" | "cancelled" | "declined" | "converted";
                            status: ("active" | "suspended" | "expiring_30" | "expiring_60" | "trial_active" | "trial_expiring_30" | "trial_expiring_60" | "trial_expired") | null;
                        }[];
                        past: {
                            adminEmail: string;
                            createdAt: string;
                            daysLeft: number | null;
                            durationDays: number;
                            endsAt: string | null;
                            endsSoon: boolean;
                            id: string;
                            number: string;
                            ongoing: boolean;
                            partner: {
                                id: string;
                                name: string;
                            };
                            services: {
                                assigned: number;
                                isDevice: boolean;
                                licences: number;
                                /** @enum {string} */
                                provisioningStatus: "cannot_provision" | "manual_partner" | "manual_vendor" | "pending_details" | "provisioning" | "provisioned";
                                serviceId: string;
                                serviceName: string;
                            }[];
                            startsAt: string | null;
                            /** @enum {string} */
                            state: "pending_consent" | "pending_provisioning_details" | "provisioning" | "active" | "expired" | "released" | "cancelled" | "declined" | "converted";
                            status: ("active" | "suspended" | "expiring_30" | "expiring_60" | "trial_active" | "trial_expiring_30" | "trial_expiring_60" | "trial_expired") | null;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    startTrialForExistingCustomer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to repeat: a repeat with the same key and request within 24 hours answers the first response (header `Idempotent-Replayed: true`) without doing it again; the same key with another request is a 422, a repeat while the first is still running a 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    adminEmail: string;
                    devices?: {
                        items: {
                            deviceTypeId: string;
                            quantity: number;
                        }[];
                        /** @enum {string} */
                        mode: "ship";
                    } | {
                        /** @enum {string} */
                        mode: "skip";
                        /** @enum {string} */
                        reason: "own_devices" | "existing_devices" | "licences_only";
                    };
                    durationDays: 30 | 60 | 90;
                    licenceQuantity: number;
                    meetingSiteUrl?: string;
                    meetingTimeZone?: string;
                    services: string[];
                    /**
                     * @default later
                     * @enum {string}
                     */
                    setup?: "now" | "later";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        customerId: string;
                        openSetup: boolean;
                        trial: {
                            actions: {
                                cancel: boolean;
                                completeSetup: boolean;
                                convert: boolean;
                                edit: boolean;
                                extend: boolean;
                                resendConsent: boolean;
                                shipDevices: boolean;
                            };
                            adminEmail: string;
                            cancelledAt: string | null;
                            cancelledBy: ("partner" | "customer" | "system") | null;
                            consentDecidedAt: string | null;
                            consentRequestedAt: string | null;
                            consentRespondBy: string | null;
                            convertedSubscriptionId: string | null;
                            createdAt: string;
                            customer: {
                                id: string;
                                name: string;
                            };
                            customerHeld: boolean;
                            daysLeft: number | null;
                            deviceCapEndsAt: string | null;
                            durationDays: number;
                            endsAt: string | null;
                            endsSoon: boolean;
                            extensionPreview: {
                                needsApproval: boolean;
                                newDaysLeft: number;
                                newEndsAt: string;
                            } | null;
                            extensionRefusal: string | null;
                            extensions: {
                                createdAt: string;
                                days: number;
                                decidedAt: string | null;
                                id: string;
                                newEndsAt: string;
                                previousEndsAt: string;
                                /** @enum {string} */
                                status: "approved" | "pending_approval" | "rejected";
                            }[];
                            fullAdministration: boolean | null;
                            graceEndsAt: string | null;
                            hasPendingConversion: boolean;
                            hasPendingExtension: boolean;
                            id: string;
                            licenceQuantity: number;
                            meetingSiteUrl: string | null;
                            meetingTimeZone: string | null;
                            number: string;
                            partner: {
                                id: string;
                                name: string;
                            };
                            pendingConversion: {
                                createdAt: string;
                                distributor: {
                                    id: string;
                                    name: string;
                                };
                                orderId: string;
                                orderNumber: string;
                            } | null;
                            releasedAt: string | null;
                            requestedDevices: {
                                deviceTypeId: string;
                                quantity: number;
                            }[];
                            services: {
                                assigned: number;
                                isDevice: boolean;
                                licences: number;
                                /** @enum {string} */
                                provisioningStatus: "cannot_provision" | "manual_partner" | "manual_vendor" | "pending_details" | "provisioning" | "provisioned";
                                serviceId: string;
                                serviceName: string;
                            }[];
                            setupNow: boolean;
                            shipments: {
                                deviceTypeId: string;
                                deviceTypeName: string;
                                dueAt: string;
                                id: string;
                                overdue: boolean;
                                returnDueAt: string;
                                returnedSerialNumbers: string[];
                                serialNumbers: string[];
                                shippedAt: string;
                            }[];
                            startsAt: string | null;
                            /** @enum {string} */
                            state: "pending_consent" | "pending_provisioning_details" | "provisioning" | "active" | "expired" | "released" | "cancelled" | "declined" | "converted";
                            status: ("active" | "suspended" | "expiring_30" | "expiring_60" | "trial_active" | "trial_expiring_30" | "trial_expiring_60" | "trial_expired") | null;
                            totalDays: number | null;
                            version: number;
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getCustomerSummary: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                managedBy?: string;
                needsAttention?: "true" | "false";
                partner?: string;
                product?: string;
                provisioning?: string;
                q?: string;
                sort?: string;
                status?: string;
                subscriptionStatus?: string;
                tag?: string;
                type?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        customers: number;
                        expiringIn30Days: number;
                        needsAttention: number;
                        overLicence: number;
                        trials: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    moveDemoClock: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to repeat: a repeat with the same key and request within 24 hours answers the first response (header `Idempotent-Replayed: true`) without doing it again; the same key with another request is a 422, a repeat while the first is still running a 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    advanceDays?: number;
                    /** Format: date-time */
                    to?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        now: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    recordDeviceReturns: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to repeat: a repeat with the same key and request within 24 hours answers the first response (header `Idempotent-Replayed: true`) without doing it again; the same key with another request is a 422, a repeat while the first is still running a 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    rmaNumber: string;
                    serialNumbers: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        recorded: {
                            serialNumber: string;
                            shipmentId: string;
                            trialNumber: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    listDeviceShipments: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                overdue?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            customer: {
                                id: string;
                                name: string;
                            };
                            deviceTypeId: string;
                            deviceTypeName: string;
                            dueAt: string;
                            id: string;
                            overdue: boolean;
                            partner: {
                                id: string;
                                name: string;
                            };
                            returnDueAt: string;
                            returnedSerialNumbers: string[];
                            serialNumbers: string[];
                            shippedAt: string;
                            trial: {
                                id: string;
                                number: string;
                                /** @enum {string} */
                                state: "pending_consent" | "pending_provisioning_details" | "provisioning" | "active" | "expired" | "released" | "cancelled" | "declined" | "converted";
                            };
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        now: string;
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getInsights: {
        parameters: {
            query?: {
                /** @description Vendor operators: only this partner’s customers */
                partnerId?: string;
                /** @description Only this product (a catalogue service id) */
                product?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dataAsOf: string | null;
                        kpis: {
                            active: number;
                            activeMoved: number;
                            activeOnOtherSubscription: number;
                            activeOnTrial: number;
                            activeWithoutEntitlement: number;
                            causes: ("licence_moved" | "second_subscription" | "trial_activity" | "usage_above_entitlement")[];
                            customers: number;
                            customersOver100: number;
                            deploymentPct: number | null;
                            entitlements: number;
                            sold: number;
                            soldByOthers: number;
                            usagePct: number | null;
                        };
                        products: string[];
                        trend: {
                            assigned: number;
                            deploymentPct: number | null;
                            partial: boolean;
                            total: number;
                            usagePct: number | null;
                            used: number;
                            weekStart: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    exportInsightsCsv: {
        parameters: {
            query?: {
                /** @description Vendor operators: only this partner’s customers */
                partnerId?: string;
                /** @description Only this product (a catalogue service id) */
                product?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV with a header row, streamed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    exportInsightsXlsx: {
        parameters: {
            query?: {
                /** @description Vendor operators: only this partner’s customers */
                partnerId?: string;
                /** @description Only this product (a catalogue service id) */
                product?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An XLSX workbook: one sheet, a frozen header row, typed cells; streamed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    listInsightCustomers: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Vendor operators: only this partner’s customers */
                partnerId?: string;
                /** @description Only this product (a catalogue service id) */
                product?: string;
                /** @description Part of the customer’s name */
                q?: string;
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dataAsOf: string | null;
                        items: {
                            active: number;
                            activeMoved: number;
                            activeOnOtherSubscription: number;
                            activeOnTrial: number;
                            activeWithoutEntitlement: number;
                            causes: ("licence_moved" | "second_subscription" | "trial_activity" | "usage_above_entitlement")[];
                            customerId: string;
                            customerName: string;
                            deploymentPct: number | null;
                            entitlements: number;
                            product: string;
                            sold: number;
                            soldByOthers: number;
                            usagePct: number | null;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getInsightCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        customerId: string;
                        customerName: string;
                        dataAsOf: string | null;
                        howToRequests: number;
                        nextSteps: {
                            count: number;
                            /** @enum {string} */
                            problem: "low_adoption" | "how_to_requests";
                            product: string | null;
                            resources: {
                                id: string;
                                language: string;
                                products: string[];
                                summary: string;
                                title: string;
                                /** @enum {string} */
                                type: "guide" | "playbook" | "article" | "video" | "datasheet" | "case_study" | "testimonial" | "tutorial" | "training" | "self_service";
                            }[];
                        }[];
                        products: {
                            active: number;
                            activeMoved: number;
                            activeOnOtherSubscription: number;
                            activeOnTrial: number;
                            activeWithoutEntitlement: number;
                            causes: ("licence_moved" | "second_subscription" | "trial_activity" | "usage_above_entitlement")[];
                            customerId: string;
                            customerName: string;
                            deploymentPct: number | null;
                            entitlements: number;
                            product: string;
                            sold: number;
                            soldByOthers: number;
                            usagePct: number | null;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accepted: boolean;
                        expiresAt: string;
                        invitee: {
                            email: string;
                            name: string;
                        };
                        inviter: {
                            name: string;
                            organisationName: string;
                        } | null;
                        organisation: {
                            /** @enum {string} */
                            kind: "vendor" | "partner" | "customer" | "consumer";
                            name: string;
                            suspended: boolean;
                        };
                        renewalRequested: boolean;
                        /** @enum {string} */
                        state: "valid" | "expired" | "used" | "revoked";
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    acceptInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        next: string | null;
                        session: {
                            csrfToken: string;
                            demoMode: boolean;
                            now: string;
                            organisation: {
                                id: string;
                                /** @enum {string} */
                                kind: "vendor" | "partner" | "customer" | "consumer";
                                name: string;
                                partnerTier: ("tier1" | "tier2" | "distributor") | null;
                                timeZone: string;
                            };
                            permissions: {
                                answerConsents: boolean;
                                askHelpdesk: boolean;
                                assignPartnerAdmins: boolean;
                                changeOrganisationSettings: boolean;
                                exportEducationReport: boolean;
                                ingestUsage: boolean;
                                manageAdministrators: boolean;
                                manageApiTokens: boolean;
                                manageResources: boolean;
                                manageSingleSignOn: boolean;
                                manageSubscriptions: boolean;
                                manageSupportSetup: boolean;
                                manageTags: boolean;
                                manageUsersAndLicences: boolean;
                                manageWebhooks: boolean;
                                openOwnConsole: boolean;
                                operateVendor: boolean;
                                readAuditLog: boolean;
                                readCustomerTrials: boolean;
                                requireTwoFactor: boolean;
                                seeAllPartnerCustomers: boolean;
                                startMyOrganisation: boolean;
                                startTrials: boolean;
                            };
                            roles: ("vendor_operator" | "partner_full_admin" | "partner_admin" | "partner_read_only_admin" | "sales_admin" | "sales_full_admin" | "customer_full_admin" | "customer_read_only_admin" | "workspace_admin" | "customer_activity" | "view_all_support_requests" | "learning_manager")[];
                            user: {
                                email: string;
                                id: string;
                                /** @enum {string} */
                                locale: "en" | "da" | "nb" | "hu";
                                name: string;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    requestInvitationRenewal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        requested: true;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        csrfToken: string;
                        demoMode: boolean;
                        now: string;
                        organisation: {
                            id: string;
                            /** @enum {string} */
                            kind: "vendor" | "partner" | "customer" | "consumer";
                            name: string;
                            partnerTier: ("tier1" | "tier2" | "distributor") | null;
                            timeZone: string;
                        };
                        permissions: {
                            answerConsents: boolean;
                            askHelpdesk: boolean;
                            assignPartnerAdmins: boolean;
                            changeOrganisationSettings: boolean;
                            exportEducationReport: boolean;
                            ingestUsage: boolean;
                            manageAdministrators: boolean;
                            manageApiTokens: boolean;
                            manageResources: boolean;
                            manageSingleSignOn: boolean;
                            manageSubscriptions: boolean;
                            manageSupportSetup: boolean;
                            manageTags: boolean;
                            manageUsersAndLicences: boolean;
                            manageWebhooks: boolean;
                            openOwnConsole: boolean;
                            operateVendor: boolean;
                            readAuditLog: boolean;
                            readCustomerTrials: boolean;
                            requireTwoFactor: boolean;
                            seeAllPartnerCustomers: boolean;
                            startMyOrganisation: boolean;
                            startTrials: boolean;
                        };
                        roles: ("vendor_operator" | "partner_full_admin" | "partner_admin" | "partner_read_only_admin" | "sales_admin" | "sales_full_admin" | "customer_full_admin" | "customer_read_only_admin" | "workspace_admin" | "customer_activity" | "view_all_support_requests" | "learning_manager")[];
                        user: {
                            email: string;
                            id: string;
                            /** @enum {string} */
                            locale: "en" | "da" | "nb" | "hu";
                            name: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    updateMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    locale: "en" | "da" | "nb" | "hu";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        csrfToken: string;
                        demoMode: boolean;
                        now: string;
                        organisation: {
                            id: string;
                            /** @enum {string} */
                            kind: "vendor" | "partner" | "customer" | "consumer";
                            name: string;
                            partnerTier: ("tier1" | "tier2" | "distributor") | null;
                            timeZone: string;
                        };
                        permissions: {
                            answerConsents: boolean;
                            askHelpdesk: boolean;
                            assignPartnerAdmins: boolean;
                            changeOrganisationSettings: boolean;
                            exportEducationReport: boolean;
                            ingestUsage: boolean;
                            manageAdministrators: boolean;
                            manageApiTokens: boolean;
                            manageResources: boolean;
                            manageSingleSignOn: boolean;
                            manageSubscriptions: boolean;
                            manageSupportSetup: boolean;
                            manageTags: boolean;
                            manageUsersAndLicences: boolean;
                            manageWebhooks: boolean;
                            openOwnConsole: boolean;
                            operateVendor: boolean;
                            readAuditLog: boolean;
                            readCustomerTrials: boolean;
                            requireTwoFactor: boolean;
                            seeAllPartnerCustomers: boolean;
                            startMyOrganisation: boolean;
                            startTrials: boolean;
                        };
                        roles: ("vendor_operator" | "partner_full_admin" | "partner_admin" | "partner_read_only_admin" | "sales_admin" | "sales_full_admin" | "customer_full_admin" | "customer_read_only_admin" | "workspace_admin" | "customer_activity" | "view_all_support_requests" | "learning_manager")[];
                        user: {
                            email: string;
                            id: string;
                            /** @enum {string} */
                            locale: "en" | "da" | "nb" | "hu";
                            name: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to repeat: a repeat with the same key and request within 24 hours answers the first response (header `Idempotent-Replayed: true`) without doing it again; the same key with another request is a 422, a repeat while the first is still running a 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ended: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    listMySessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            browser: string | null;
                            createdAt: string;
                            current: boolean;
                            id: string;
                            ipAddress: string | null;
                            lastSeenAt: string;
                            /** @enum {string} */
                            method: "password" | "two_factor" | "sso";
                            system: string | null;
                            userAgent: string | null;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    endMyOtherSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ended: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    endMySession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getTwoFactor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        enabled: boolean;
                        enabledAt: string | null;
                        recoveryCodesLeft: number;
                        requiredByOrganisation: boolean;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    startTwoFactorEnrolment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to repeat: a repeat with the same key and request within 24 hours answers the first response (header `Idempotent-Replayed: true`) without doing it again; the same key with another request is a 422, a repeat while the first is still running a 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        otpauthUri: string;
                        qrCode: string;
                        secret: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    confirmTwoFactor: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to repeat: a repeat with the same key and request within 24 hours answers the first response (header `Idempotent-Replayed: true`) without doing it again; the same key with another request is a 422, a repeat while the first is still running a 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        recoveryCodes: string[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    disableTwoFactor: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to repeat: a repeat with the same key and request within 24 hours answers the first response (header `Idempotent-Replayed: true`) without doing it again; the same key with another request is a 422, a repeat while the first is still running a 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    regenerateRecoveryCodes: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to repeat: a repeat with the same key and request within 24 hours answers the first response (header `Idempotent-Replayed: true`) without doing it again; the same key with another request is a 422, a repeat while the first is still running a 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        recoveryCodes: string[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getMyOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        customerId: string | null;
                        mayStart: boolean;
                        plan: {
                            administratorEmail: string;
                            country: string | null;
                            dataRegion: string | null;
                            organisationName: string;
                            services: {
                                id: string;
                                licenceUnit: string;
                                name: string;
                                trialable: boolean;
                            }[];
                            timeZone: string;
                        };
                        startedAt: string | null;
                        /** @enum {string} */
                        status: "not_started" | "started";
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    startMyOrganisation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to repeat: a repeat with the same key and request within 24 hours answers the first response (header `Idempotent-Replayed: true`) without doing it again; the same key with another request is a 422, a repeat while the first is still running a 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {boolean} */
                    acceptTerms: true;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        customerId: string | null;
                        mayStart: boolean;
                        plan: {
                            administratorEmail: string;
                            country: string | null;
                            dataRegion: string | null;
                            organisationName: string;
                            services: {
                                id: string;
                                licenceUnit: string;
                                name: string;
                                trialable: boolean;
                            }[];
                            timeZone: string;
                        };
                        startedAt: string | null;
                        /** @enum {string} */
                        status: "not_started" | "started";
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getSingleSignOn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        provider: {
                            clientId: string;
                            clientSecretSet: boolean;
                            domains: string[];
                            enabled: boolean;
                            issuer: string;
                            redirectUri: string;
                            /** Format: date-time */
                            updatedAt: string;
                        } | null;
                        redirectUri: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    saveSingleSignOn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    clientId: string;
                    clientSecret?: string;
                    domains: string[];
                    enabled: boolean;
                    issuer: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        provider: {
                            clientId: string;
                            clientSecretSet: boolean;
                            domains: string[];
                            enabled: boolean;
                            issuer: string;
                            redirectUri: string;
                            /** Format: date-time */
                            updatedAt: string;
                        } | null;
                        redirectUri: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    removeSingleSignOn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        country: string | null;
                        dataRegion: string | null;
                        id: string;
                        /** @enum {string} */
                        kind: "vendor" | "partner" | "customer" | "consumer";
                        name: string;
                        partnerTier: ("tier1" | "tier2" | "distributor") | null;
                        timeZone: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getOrganisationSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        expiringSoonDays: number;
                        noRecentActivityDays: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    updateOrganisationSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    expiringSoonDays?: number;
                    noRecentActivityDays?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        expiringSoonDays: number;
                        noRecentActivityDays: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    listPartners: {
        parameters: {
            query?: {
                cursor?: string;
                distributorId?: string;
                limit?: number;
                q?: string;
                sort?: string;
                status?: "active" | "suspended";
                tier?: "tier1" | "tier2" | "distributor";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            admins: number;
                            country: string | null;
                            customers: number;
                            distributor: {
                                id: string;
                                name: string;
                            } | null;
                            id: string;
                            name: string;
                            /** @enum {string} */
                            status: "active" | "suspended";
                            suspendedAt: string | null;
                            tier: ("tier1" | "tier2" | "distributor") | null;
                            timeZone: string;
                        }[];
                        nextCursor: string | null;
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    createPartner: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to repeat: a repeat with the same key and request within 24 hours answers the first response (header `Idempotent-Replayed: true`) without doing it again; the same key with another request is a 422, a repeat while the first is still running a 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    admin: {
                        /** Format: email */
                        email: string;
                        name: string;
                    };
                    country: string;
                    distributorId?: string | null;
                    name: string;
                    /** @enum {string} */
                    tier: "tier1" | "tier2" | "distributor";
                    timeZone: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        adminId: string;
                        id: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getPartner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        administrators: {
                            email: string;
                            id: string;
                            lastSignInAt: string | null;
                            name: string;
                            roles: ("vendor_operator" | "partner_full_admin" | "partner_admin" | "partner_read_only_admin" | "sales_admin" | "sales_full_admin" | "customer_full_admin" | "customer_read_only_admin" | "workspace_admin" | "customer_activity" | "view_all_support_requests" | "learning_manager")[];
                            /** @enum {string} */
                            status: "active" | "invited";
                        }[];
                        admins: number;
                        country: string | null;
                        createdAt: string;
                        customers: number;
                        dataRegion: string | null;
                        distributor: {
                            id: string;
                            name: string;
                        } | null;
                        id: string;
                        name: string;
                        /** @enum {string} */
                        status: "active" | "suspended";
                        suspendedAt: string | null;
                        tier: ("tier1" | "tier2" | "distributor") | null;
                        tier2Partners: number;
                        timeZone: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    updatePartner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    country?: string;
                    distributorId?: string | null;
                    name?: string;
                    /** @enum {string} */
                    status?: "active" | "suspended";
                    /** @enum {string} */
                    tier?: "tier1" | "tier2" | "distributor";
                    timeZone?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        administrators: {
                            email: string;
                            id: string;
                            lastSignInAt: string | null;
                            name: string;
                            roles: ("vendor_operator" | "partner_full_admin" | "partner_admin" | "partner_read_only_admin" | "sales_admin" | "sales_full_admin" | "customer_full_admin" | "customer_read_only_admin" | "workspace_admin" | "customer_activity" | "view_all_support_requests" | "learning_manager")[];
                            /** @enum {string} */
                            status: "active" | "invited";
                        }[];
                        admins: number;
                        country: string | null;
                        createdAt: string;
                        customers: number;
                        dataRegion: string | null;
                        distributor: {
                            id: string;
                            name: string;
                        } | null;
                        id: string;
                        name: string;
                        /** @enum {string} */
                        status: "active" | "suspended";
                        suspendedAt: string | null;
                        tier: ("tier1" | "tier2" | "distributor") | null;
                        tier2Partners: number;
                        timeZone: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    resendPartnerAdministratorInvitation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to repeat: a repeat with the same key and request within 24 hours answers the first response (header `Idempotent-Replayed: true`) without doing it again; the same key with another request is a 422, a repeat while the first is still running a 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        expiresAt: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        email: string | null;
                        /** @enum {string} */
                        state: "valid" | "expired" | "used" | "revoked";
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    completePasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        checks: {
                            /** @enum {string} */
                            database: "ok" | "failing" | "disabled";
                            /** @enum {string} */
                            jobs: "ok" | "failing" | "disabled";
                            /** @enum {string} */
                            migrations: "ok" | "failing" | "disabled";
                        };
                        failing: string[];
                        /** @enum {string} */
                        status: "ready" | "not_ready";
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        checks: {
                            /** @enum {string} */
                            database: "ok" | "failing" | "disabled";
                            /** @enum {string} */
                            jobs: "ok" | "failing" | "disabled";
                            /** @enum {string} */
                            migrations: "ok" | "failing" | "disabled";
                        };
                        failing: string[];
                        /** @enum {string} */
                        status: "ready" | "not_ready";
                    } | {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    listResources: {
        parameters: {
            query?: {
                cursor?: string;
                featured?: "true" | "false";
                includeRetired?: "true" | "false";
                language?: string;
                limit?: number;
                product?: string;
                q?: string;
                quickLink?: "true" | "false";
                type?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            featured: boolean;
                            id: string;
                            /** @enum {string} */
                            language: "en" | "da" | "nb" | "hu";
                            products: string[];
                            quickLink: boolean;
                            retiredAt: string | null;
                            summary: string;
                            title: string;
                            /** @enum {string} */
                            type: "guide" | "playbook" | "article" | "video" | "datasheet" | "case_study" | "testimonial" | "tutorial" | "training" | "self_service";
                            updatedAt: string;
                            url: string | null;
                        }[];
                        nextCursor: string | null;
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    createResource: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to repeat: a repeat with the same key and request within 24 hours answers the first response (header `Idempotent-Replayed: true`) without doing it again; the same key with another request is a 422, a repeat while the first is still running a 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default  */
                    body?: string;
                    /** @default false */
                    featured?: boolean;
                    /** @enum {string} */
                    language: "en" | "da" | "nb" | "hu";
                    /** @default [] */
                    products?: string[];
                    /** @default false */
                    quickLink?: boolean;
                    summary: string;
                    title: string;
                    /** @enum {string} */
                    type: "guide" | "playbook" | "article" | "video" | "datasheet" | "case_study" | "testimonial" | "tutorial" | "training" | "self_service";
                    url?: ("" | string) | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        body: string;
                        featured: boolean;
                        id: string;
                        /** @enum {string} */
                        language: "en" | "da" | "nb" | "hu";
                        products: string[];
                        quickLink: boolean;
                        retiredAt: string | null;
                        summary: string;
                        title: string;
                        /** @enum {string} */
                        type: "guide" | "playbook" | "article" | "video" | "datasheet" | "case_study" | "testimonial" | "tutorial" | "training" | "self_service";
                        updatedAt: string;
                        url: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getResource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        body: string;
                        featured: boolean;
                        id: string;
                        /** @enum {string} */
                        language: "en" | "da" | "nb" | "hu";
                        products: string[];
                        quickLink: boolean;
                        retiredAt: string | null;
                        summary: string;
                        title: string;
                        /** @enum {string} */
                        type: "guide" | "playbook" | "article" | "video" | "datasheet" | "case_study" | "testimonial" | "tutorial" | "training" | "self_service";
                        updatedAt: string;
                        url: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    retireResource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        body: string;
                        featured: boolean;
                        id: string;
                        /** @enum {string} */
                        language: "en" | "da" | "nb" | "hu";
                        products: string[];
                        quickLink: boolean;
                        retiredAt: string | null;
                        summary: string;
                        title: string;
                        /** @enum {string} */
                        type: "guide" | "playbook" | "article" | "video" | "datasheet" | "case_study" | "testimonial" | "tutorial" | "training" | "self_service";
                        updatedAt: string;
                        url: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    updateResource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body?: string;
                    featured?: boolean;
                    /** @enum {string} */
                    language?: "en" | "da" | "nb" | "hu";
                    products?: string[];
                    quickLink?: boolean;
                    /** @enum {boolean} */
                    retired?: false;
                    summary?: string;
                    title?: string;
                    /** @enum {string} */
                    type?: "guide" | "playbook" | "article" | "video" | "datasheet" | "case_study" | "testimonial" | "tutorial" | "training" | "self_service";
                    url?: ("" | string) | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        body: string;
                        featured: boolean;
                        id: string;
                        /** @enum {string} */
                        language: "en" | "da" | "nb" | "hu";
                        products: string[];
                        quickLink: boolean;
                        retiredAt: string | null;
                        summary: string;
                        title: string;
                        /** @enum {string} */
                        type: "guide" | "playbook" | "article" | "video" | "datasheet" | "case_study" | "testimonial" | "tutorial" | "training" | "self_service";
                        updatedAt: string;
                        url: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getSecurityPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        membersWithoutTwoFactor: number;
                        requireTwoFactor: boolean;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    updateSecurityPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    requireTwoFactor: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        membersWithoutTwoFactor: number;
                        requireTwoFactor: boolean;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    listSentMail: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                q?: string;
                status?: string;
                template?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            attempts: number;
                            createdAt: string;
                            id: string;
                            lastError: string | null;
                            /** @enum {string} */
                            locale: "en" | "da" | "nb" | "hu";
                            nextAttemptAt: string | null;
                            sentAt: string | null;
                            /** @enum {string} */
                            status: "pending" | "sent" | "failed";
                            subject: string;
                            template: string;
                            to: string;
                        }[];
                        nextCursor: string | null;
                        smtpConfigured: boolean;
                        templates: string[];
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getSentMail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        attempts: number;
                        createdAt: string;
                        from: string;
                        id: string;
                        lastError: string | null;
                        /** @enum {string} */
                        locale: "en" | "da" | "nb" | "hu";
                        messageId: string;
                        nextAttemptAt: string | null;
                        organisation: {
                            id: string;
                            name: string;
                        } | null;
                        sentAt: string | null;
                        smtpConfigured: boolean;
                        /** @enum {string} */
                        status: "pending" | "sent" | "failed";
                        subject: string;
                        template: string;
                        textBody: string;
                        to: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getSetup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        email: string;
                        expiresAt: string;
                        name: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    completeSetup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    country: string;
                    /** Format: email */
                    email: string;
                    name: string;
                    newPassword: string;
                    organisationName: string;
                    timeZone: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        csrfToken: string;
                        demoMode: boolean;
                        now: string;
                        organisation: {
                            id: string;
                            /** @enum {string} */
                            kind: "vendor" | "partner" | "customer" | "consumer";
                            name: string;
                            partnerTier: ("tier1" | "tier2" | "distributor") | null;
                            timeZone: string;
                        };
                        permissions: {
                            answerConsents: boolean;
                            askHelpdesk: boolean;
                            assignPartnerAdmins: boolean;
                            changeOrganisationSettings: boolean;
                            exportEducationReport: boolean;
                            ingestUsage: boolean;
                            manageAdministrators: boolean;
                            manageApiTokens: boolean;
                            manageResources: boolean;
                            manageSingleSignOn: boolean;
                            manageSubscriptions: boolean;
                            manageSupportSetup: boolean;
                            manageTags: boolean;
                            manageUsersAndLicences: boolean;
                            manageWebhooks: boolean;
                            openOwnConsole: boolean;
                            operateVendor: boolean;
                            readAuditLog: boolean;
                            readCustomerTrials: boolean;
                            requireTwoFactor: boolean;
                            seeAllPartnerCustomers: boolean;
                            startMyOrganisation: boolean;
                            startTrials: boolean;
                        };
                        roles: ("vendor_operator" | "partner_full_admin" | "partner_admin" | "partner_read_only_admin" | "sales_admin" | "sales_full_admin" | "customer_full_admin" | "customer_read_only_admin" | "workspace_admin" | "customer_activity" | "view_all_support_requests" | "learning_manager")[];
                        user: {
                            email: string;
                            id: string;
                            /** @enum {string} */
                            locale: "en" | "da" | "nb" | "hu";
                            name: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    listSupportCases: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                product?: string;
                status?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            closedAt: string | null;
                            createdAt: string;
                            id: string;
                            partner: {
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            product: "calling" | "contact_center";
                            reference: string;
                            requester: {
                                email: string;
                                name: string;
                            };
                            /** @enum {string} */
                            status: "open" | "answered" | "closed";
                            subject: string;
                            updatedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    createSupportCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to repeat: a repeat with the same key and request within 24 hours answers the first response (header `Idempotent-Replayed: true`) without doing it again; the same key with another request is a 422, a repeat while the first is still running a 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description: string;
                    /** @enum {string} */
                    product: "calling" | "contact_center";
                    subject: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        closedAt: string | null;
                        createdAt: string;
                        description: string;
                        events: {
                            author: {
                                name: string;
                            };
                            body: string | null;
                            createdAt: string;
                            id: string;
                            /** @enum {string} */
                            kind: "answer" | "closed";
                        }[];
                        id: string;
                        partner: {
                            id: string;
                            name: string;
                        };
                        /** @enum {string} */
                        product: "calling" | "contact_center";
                        reference: string;
                        requester: {
                            email: string;
                            name: string;
                        };
                        /** @enum {string} */
                        status: "open" | "answered" | "closed";
                        subject: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getSupportCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        closedAt: string | null;
                        createdAt: string;
                        description: string;
                        events: {
                            author: {
                                name: string;
                            };
                            body: string | null;
                            createdAt: string;
                            id: string;
                            /** @enum {string} */
                            kind: "answer" | "closed";
                        }[];
                        id: string;
                        partner: {
                            id: string;
                            name: string;
                        };
                        /** @enum {string} */
                        product: "calling" | "contact_center";
                        reference: string;
                        requester: {
                            email: string;
                            name: string;
                        };
                        /** @enum {string} */
                        status: "open" | "answered" | "closed";
                        subject: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    answerSupportCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to repeat: a repeat with the same key and request within 24 hours answers the first response (header `Idempotent-Replayed: true`) without doing it again; the same key with another request is a 422, a repeat while the first is still running a 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        closedAt: string | null;
                        createdAt: string;
                        description: string;
                        events: {
                            author: {
                                name: string;
                            };
                            body: string | null;
                            createdAt: string;
                            id: string;
                            /** @enum {string} */
                            kind: "answer" | "closed";
                        }[];
                        id: string;
                        partner: {
                            id: string;
                            name: string;
                        };
                        /** @enum {string} */
                        product: "calling" | "contact_center";
                        reference: string;
                        requester: {
                            email: string;
                            name: string;
                        };
                        /** @enum {string} */
                        status: "open" | "answered" | "closed";
                        subject: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    closeSupportCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to repeat: a repeat with the same key and request within 24 hours answers the first response (header `Idempotent-Replayed: true`) without doing it again; the same key with another request is a 422, a repeat while the first is still running a 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        closedAt: string | null;
                        createdAt: string;
                        description: string;
                        events: {
                            author: {
                                name: string;
                            };
                            body: string | null;
                            createdAt: string;
                            id: string;
                            /** @enum {string} */
                            kind: "answer" | "closed";
                        }[];
                        id: string;
                        partner: {
                            id: string;
                            name: string;
                        };
                        /** @enum {string} */
                        product: "calling" | "contact_center";
                        reference: string;
                        requester: {
                            email: string;
                            name: string;
                        };
                        /** @enum {string} */
                        status: "open" | "answered" | "closed";
                        subject: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    listSupportRequests: {
        parameters: {
            query?: {
                after?: string;
                status?: "open" | "in_progress" | "closed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            closedAt: string | null;
                            customerId: string;
                            customerName: string;
                            entitlement: string | null;
                            entitlementKind: ("consumable" | "additional_benefit") | null;
                            id: string;
                            number: string;
                            openedAt: string;
                            primaryContact: string | null;
                            severity: string;
                            /** @enum {string} */
                            status: "open" | "in_progress" | "closed";
                            title: string;
                            unit: string | null;
                        }[];
                        mayLogWork: boolean;
                        next: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    openSupportRequest: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to repeat: a repeat with the same key and request within 24 hours answers the first response (header `Idempotent-Replayed: true`) without doing it again; the same key with another request is a 422, a repeat while the first is still running a 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                    /** Format: uuid */
                    entitlementId: string;
                    /** @enum {string} */
                    severity: "A" | "B" | "C";
                    title: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        closedAt: string | null;
                        consumed: number;
                        customerId: string;
                        customerName: string;
                        entitlement: string | null;
                        entitlementKind: ("consumable" | "additional_benefit") | null;
                        history: {
                            at: string;
                            by: string | null;
                            id: string;
                            /** @enum {string} */
                            kind: "opened" | "work_logged" | "status_changed";
                            note: string | null;
                            quantity: number | null;
                            status: ("open" | "in_progress" | "closed") | null;
                        }[];
                        id: string;
                        mayLogWork: boolean;
                        mayShare: boolean;
                        number: string;
                        openedAt: string;
                        primaryContact: string | null;
                        severity: string;
                        /** @enum {string} */
                        status: "open" | "in_progress" | "closed";
                        title: string;
                        unit: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getSupportRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                customerId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        closedAt: string | null;
                        consumed: number;
                        customerId: string;
                        customerName: string;
                        entitlement: string | null;
                        entitlementKind: ("consumable" | "additional_benefit") | null;
                        history: {
                            at: string;
                            by: string | null;
                            id: string;
                            /** @enum {string} */
                            kind: "opened" | "work_logged" | "status_changed";
                            note: string | null;
                            quantity: number | null;
                            status: ("open" | "in_progress" | "closed") | null;
                        }[];
                        id: string;
                        mayLogWork: boolean;
                        mayShare: boolean;
                        number: string;
                        openedAt: string;
                        primaryContact: string | null;
                        severity: string;
                        /** @enum {string} */
                        status: "open" | "in_progress" | "closed";
                        title: string;
                        unit: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    listSupportRequestShares: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                customerId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        candidates: {
                            email: string;
                            id: string;
                            name: string;
                        }[];
                        items: {
                            email: string;
                            id: string;
                            name: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    shareSupportRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                customerId: string;
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    unshareSupportRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                customerId: string;
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    logSupportRequestWork: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to repeat: a repeat with the same key and request within 24 hours answers the first response (header `Idempotent-Replayed: true`) without doing it again; the same key with another request is a 422, a repeat while the first is still running a 409. */
                "idempotency-key"?: string;
            };
            path: {
                customerId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    consumedOn: string;
                    description: string;
                    quantity: number;
                    /** @enum {string} */
                    status: "open" | "in_progress" | "closed";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        closedAt: string | null;
                        consumed: number;
                        customerId: string;
                        customerName: string;
                        entitlement: string | null;
                        entitlementKind: ("consumable" | "additional_benefit") | null;
                        history: {
                            at: string;
                            by: string | null;
                            id: string;
                            /** @enum {string} */
                            kind: "opened" | "work_logged" | "status_changed";
                            note: string | null;
                            quantity: number | null;
                            status: ("open" | "in_progress" | "closed") | null;
                        }[];
                        id: string;
                        mayLogWork: boolean;
                        mayShare: boolean;
                        number: string;
                        openedAt: string;
                        primaryContact: string | null;
                        severity: string;
                        /** @enum {string} */
                        status: "open" | "in_progress" | "closed";
                        title: string;
                        unit: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    listTags: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            colour: string;
                            customers: number;
                            id: string;
                            name: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    createTag: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to repeat: a repeat with the same key and request within 24 hours answers the first response (header `Idempotent-Replayed: true`) without doing it again; the same key with another request is a 422, a repeat while the first is still running a 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @default blue
                     * @enum {string}
                     */
                    colour?: "blue" | "teal" | "green" | "yellow" | "orange" | "red" | "pink" | "violet" | "gray";
                    name: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        colour: string;
                        customers: number;
                        id: string;
                        name: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    deleteTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    updateTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    colour?: "blue" | "teal" | "green" | "yellow" | "orange" | "red" | "pink" | "violet" | "gray";
                    name?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        colour: string;
                        customers: number;
                        id: string;
                        name: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    listTrialExtensions: {
        parameters: {
            query?: {
                status?: "approved" | "pending_approval" | "rejected";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            createdAt: string;
                            customer: {
                                id: string;
                                name: string;
                            };
                            days: number;
                            decidedAt: string | null;
                            deviceTypes: string[];
                            id: string;
                            newEndsAt: string;
                            partner: {
                                id: string;
                                name: string;
                            };
                            previousEndsAt: string;
                            requestedBy: string | null;
                            /** @enum {string} */
                            status: "approved" | "pending_approval" | "rejected";
                            totalDaysAfter: number | null;
                            trial: {
                                endsAt: string | null;
                                id: string;
                                number: string;
                                totalDays: number | null;
                            };
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    approveTrialExtension: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to repeat: a repeat with the same key and request within 24 hours answers the first response (header `Idempotent-Replayed: true`) without doing it again; the same key with another request is a 422, a repeat while the first is still running a 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        extension: {
                            createdAt: string;
                            days: number;
                            decidedAt: string | null;
                            id: string;
                            newEndsAt: string;
                            previousEndsAt: string;
                            /** @enum {string} */
                            status: "approved" | "pending_approval" | "rejected";
                        };
                        trialEndsAt: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    rejectTrialExtension: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to repeat: a repeat with the same key and request within 24 hours answers the first response (header `Idempotent-Replayed: true`) without doing it again; the same key with another request is a 422, a repeat while the first is still running a 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        extension: {
                            createdAt: string;
                            days: number;
                            decidedAt: string | null;
                            id: string;
                            newEndsAt: string;
                            previousEndsAt: string;
                            /** @enum {string} */
                            status: "approved" | "pending_approval" | "rejected";
                        };
                        trialEndsAt: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    listTrials: {
        parameters: {
            query?: {
                cursor?: string;
                customerId?: string;
                limit?: number;
                state?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            actions: {
                                cancel: boolean;
                                completeSetup: boolean;
                                convert: boolean;
                                edit: boolean;
                                extend: boolean;
                                resendConsent: boolean;
                                shipDevices: boolean;
                            };
                            adminEmail: string;
                            createdAt: string;
                            customer: {
                                id: string;
                                name: string;
                            };
                            customerHeld: boolean;
                            daysLeft: number | null;
                            endsAt: string | null;
                            endsSoon: boolean;
                            hasPendingConversion: boolean;
                            hasPendingExtension: boolean;
                            id: string;
                            licenceQuantity: number;
                            number: string;
                            partner: {
                                id: string;
                                name: string;
                            };
                            services: {
                                serviceId: string;
                                serviceName: string;
                            }[];
                            startsAt: string | null;
                            /** @enum {string} */
                            state: "pending_consent" | "pending_provisioning_details" | "provisioning" | "active" | "expired" | "released" | "cancelled" | "declined" | "converted";
                            status: ("active" | "suspended" | "expiring_30" | "expiring_60" | "trial_active" | "trial_expiring_30" | "trial_expiring_60" | "trial_expired") | null;
                            version: number;
                        }[];
                        nextCursor: string | null;
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    startTrialForNewCustomer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to repeat: a repeat with the same key and request within 24 hours answers the first response (header `Idempotent-Replayed: true`) without doing it again; the same key with another request is a 422, a repeat while the first is still running a 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    adminEmail: string;
                    companyName: string;
                    country: string;
                    devices?: {
                        items: {
                            deviceTypeId: string;
                            quantity: number;
                        }[];
                        /** @enum {string} */
                        mode: "ship";
                    } | {
                        /** @enum {string} */
                        mode: "skip";
                        /** @enum {string} */
                        reason: "own_devices" | "existing_devices" | "licences_only";
                    };
                    durationDays: 30 | 60 | 90;
                    licenceQuantity: number;
                    meetingSiteUrl?: string;
                    meetingTimeZone?: string;
                    services: string[];
                    /** @enum {string} */
                    setup: "now" | "later";
                    /** @enum {boolean} */
                    supportedLocationAcknowledged: true;
                    vertical: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        customerId: string;
                        openSetup: boolean;
                        trial: {
                            actions: {
                                cancel: boolean;
                                completeSetup: boolean;
                                convert: boolean;
                                edit: boolean;
                                extend: boolean;
                                resendConsent: boolean;
                                shipDevices: boolean;
                            };
                            adminEmail: string;
                            cancelledAt: string | null;
                            cancelledBy: ("partner" | "customer" | "system") | null;
                            consentDecidedAt: string | null;
                            consentRequestedAt: string | null;
                            consentRespondBy: string | null;
                            convertedSubscriptionId: string | null;
                            createdAt: string;
                            customer: {
                                id: string;
                                name: string;
                            };
                            customerHeld: boolean;
                            daysLeft: number | null;
                            deviceCapEndsAt: string | null;
                            durationDays: number;
                            endsAt: string | null;
                            endsSoon: boolean;
                            extensionPreview: {
                                needsApproval: boolean;
                                newDaysLeft: number;
                                newEndsAt: string;
                            } | null;
                            extensionRefusal: string | null;
                            extensions: {
                                createdAt: string;
                                days: number;
                                decidedAt: string | null;
                                id: string;
                                newEndsAt: string;
                                previousEndsAt: string;
                                /** @enum {string} */
                                status: "approved" | "pending_approval" | "rejected";
                            }[];
                            fullAdministration: boolean | null;
                            graceEndsAt: string | null;
                            hasPendingConversion: boolean;
                            hasPendingExtension: boolean;
                            id: string;
                            licenceQuantity: number;
                            meetingSiteUrl: string | null;
                            meetingTimeZone: string | null;
                            number: string;
                            partner: {
                                id: string;
                                name: string;
                            };
                            pendingConversion: {
                                createdAt: string;
                                distributor: {
                                    id: string;
                                    name: string;
                                };
                                orderId: string;
                                orderNumber: string;
                            } | null;
                            releasedAt: string | null;
                            requestedDevices: {
                                deviceTypeId: string;
                                quantity: number;
                            }[];
                            services: {
                                assigned: number;
                                isDevice: boolean;
                                licences: number;
                                /** @enum {string} */
                                provisioningStatus: "cannot_provision" | "manual_partner" | "manual_vendor" | "pending_details" | "provisioning" | "provisioned";
                                serviceId: string;
                                serviceName: string;
                            }[];
                            setupNow: boolean;
                            shipments: {
                                deviceTypeId: string;
                                deviceTypeName: string;
                                dueAt: string;
                                id: string;
                                overdue: boolean;
                                returnDueAt: string;
                                returnedSerialNumbers: string[];
                                serialNumbers: string[];
                                shippedAt: string;
                            }[];
                            startsAt: string | null;
                            /** @enum {string} */
                            state: "pending_consent" | "pending_provisioning_details" | "provisioning" | "active" | "expired" | "released" | "cancelled" | "declined" | "converted";
                            status: ("active" | "suspended" | "expiring_30" | "expiring_60" | "trial_active" | "trial_expiring_30" | "trial_expiring_60" | "trial_expired") | null;
                            totalDays: number | null;
                            version: number;
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getTrial: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actions: {
                            cancel: boolean;
                            completeSetup: boolean;
                            convert: boolean;
                            edit: boolean;
                            extend: boolean;
                            resendConsent: boolean;
                            shipDevices: boolean;
                        };
                        adminEmail: string;
                        cancelledAt: string | null;
                        cancelledBy: ("partner" | "customer" | "system") | null;
                        consentDecidedAt: string | null;
                        consentRequestedAt: string | null;
                        consentRespondBy: string | null;
                        convertedSubscriptionId: string | null;
                        createdAt: string;
                        customer: {
                            id: string;
                            name: string;
                        };
                        customerHeld: boolean;
                        daysLeft: number | null;
                        deviceCapEndsAt: string | null;
                        durationDays: number;
                        endsAt: string | null;
                        endsSoon: boolean;
                        extensionPreview: {
                            needsApproval: boolean;
                            newDaysLeft: number;
                            newEndsAt: string;
                        } | null;
                        extensionRefusal: string | null;
                        extensions: {
                            createdAt: string;
                            days: number;
                            decidedAt: string | null;
                            id: string;
                            newEndsAt: string;
                            previousEndsAt: string;
                            /** @enum {string} */
                            status: "approved" | "pending_approval" | "rejected";
                        }[];
                        fullAdministration: boolean | null;
                        graceEndsAt: string | null;
                        hasPendingConversion: boolean;
                        hasPendingExtension: boolean;
                        id: string;
                        licenceQuantity: number;
                        meetingSiteUrl: string | null;
                        meetingTimeZone: string | null;
                        number: string;
                        partner: {
                            id: string;
                            name: string;
                        };
                        pendingConversion: {
                            createdAt: string;
                            distributor: {
                                id: string;
                                name: string;
                            };
                            orderId: string;
                            orderNumber: string;
                        } | null;
                        releasedAt: string | null;
                        requestedDevices: {
                            deviceTypeId: string;
                            quantity: number;
                        }[];
                        services: {
                            assigned: number;
                            isDevice: boolean;
                            licences: number;
                            /** @enum {string} */
                            provisioningStatus: "cannot_provision" | "manual_partner" | "manual_vendor" | "pending_details" | "provisioning" | "provisioned";
                            serviceId: string;
                            serviceName: string;
                        }[];
                        setupNow: boolean;
                        shipments: {
                            deviceTypeId: string;
                            deviceTypeName: string;
                            dueAt: string;
                            id: string;
                            overdue: boolean;
                            returnDueAt: string;
                            returnedSerialNumbers: string[];
                            serialNumbers: string[];
                            shippedAt: string;
                        }[];
                        startsAt: string | null;
                        /** @enum {string} */
                        state: "pending_consent" | "pending_provisioning_details" | "provisioning" | "active" | "expired" | "released" | "cancelled" | "declined" | "converted";
                        status: ("active" | "suspended" | "expiring_30" | "expiring_60" | "trial_active" | "trial_expiring_30" | "trial_expiring_60" | "trial_expired") | null;
                        totalDays: number | null;
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    editTrial: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    devices?: {
                        items: {
                            deviceTypeId: string;
                            quantity: number;
                        }[];
                        /** @enum {string} */
                        mode: "ship";
                    } | {
                        /** @enum {string} */
                        mode: "skip";
                        /** @enum {string} */
                        reason: "own_devices" | "existing_devices" | "licences_only";
                    };
                    licenceQuantity?: number;
                    meetingSiteUrl?: string;
                    meetingTimeZone?: string;
                    services?: string[];
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actions: {
                            cancel: boolean;
                            completeSetup: boolean;
                            convert: boolean;
                            edit: boolean;
                            extend: boolean;
                            resendConsent: boolean;
                            shipDevices: boolean;
                        };
                        adminEmail: string;
                        cancelledAt: string | null;
                        cancelledBy: ("partner" | "customer" | "system") | null;
                        consentDecidedAt: string | null;
                        consentRequestedAt: string | null;
                        consentRespondBy: string | null;
                        convertedSubscriptionId: string | null;
                        createdAt: string;
                        customer: {
                            id: string;
                            name: string;
                        };
                        customerHeld: boolean;
                        daysLeft: number | null;
                        deviceCapEndsAt: string | null;
                        durationDays: number;
                        endsAt: string | null;
                        endsSoon: boolean;
                        extensionPreview: {
                            needsApproval: boolean;
                            newDaysLeft: number;
                            newEndsAt: string;
                        } | null;
                        extensionRefusal: string | null;
                        extensions: {
                            createdAt: string;
                            days: number;
                            decidedAt: string | null;
                            id: string;
                            newEndsAt: string;
                            previousEndsAt: string;
                            /** @enum {string} */
                            status: "approved" | "pending_approval" | "rejected";
                        }[];
                        fullAdministration: boolean | null;
                        graceEndsAt: string | null;
                        hasPendingConversion: boolean;
                        hasPendingExtension: boolean;
                        id: string;
                        licenceQuantity: number;
                        meetingSiteUrl: string | null;
                        meetingTimeZone: string | null;
                        number: string;
                        partner: {
                            id: string;
                            name: string;
                        };
                        pendingConversion: {
                            createdAt: string;
                            distributor: {
                                id: string;
                                name: string;
                            };
                            orderId: string;
                            orderNumber: string;
                        } | null;
                        releasedAt: string | null;
                        requestedDevices: {
                            deviceTypeId: string;
                            quantity: number;
                        }[];
                        services: {
                            assigned: number;
                            isDevice: boolean;
                            licences: number;
                            /** @enum {string} */
                            provisioningStatus: "cannot_provision" | "manual_partner" | "manual_vendor" | "pending_details" | "provisioning" | "provisioned";
                            serviceId: string;
                            serviceName: string;
                        }[];
                        setupNow: boolean;
                        shipments: {
                            deviceTypeId: string;
                            deviceTypeName: string;
                            dueAt: string;
                            id: string;
                            overdue: boolean;
                            returnDueAt: string;
                            returnedSerialNumbers: string[];
                            serialNumbers: string[];
                            shippedAt: string;
                        }[];
                        startsAt: string | null;
                        /** @enum {string} */
                        state: "pending_consent" | "pending_provisioning_details" | "provisioning" | "active" | "expired" | "released" | "cancelled" | "declined" | "converted";
                        status: ("active" | "suspended" | "expiring_30" | "expiring_60" | "trial_active" | "trial_expiring_30" | "trial_expiring_60" | "trial_expired") | null;
                        totalDays: number | null;
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    cancelTrial: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to repeat: a repeat with the same key and request within 24 hours answers the first response (header `Idempotent-Replayed: true`) without doing it again; the same key with another request is a 422, a repeat while the first is still running a 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actions: {
                            cancel: boolean;
                            completeSetup: boolean;
                            convert: boolean;
                            edit: boolean;
                            extend: boolean;
                            resendConsent: boolean;
                            shipDevices: boolean;
                        };
                        adminEmail: string;
                        cancelledAt: string | null;
                        cancelledBy: ("partner" | "customer" | "system") | null;
                        consentDecidedAt: string | null;
                        consentRequestedAt: string | null;
                        consentRespondBy: string | null;
                        convertedSubscriptionId: string | null;
                        createdAt: string;
                        customer: {
                            id: string;
                            name: string;
                        };
                        customerHeld: boolean;
                        daysLeft: number | null;
                        deviceCapEndsAt: string | null;
                        durationDays: number;
                        endsAt: string | null;
                        endsSoon: boolean;
                        extensionPreview: {
                            needsApproval: boolean;
                            newDaysLeft: number;
                            newEndsAt: string;
                        } | null;
                        extensionRefusal: string | null;
                        extensions: {
                            createdAt: string;
                            days: number;
                            decidedAt: string | null;
                            id: string;
                            newEndsAt: string;
                            previousEndsAt: string;
                            /** @enum {string} */
                            status: "approved" | "pending_approval" | "rejected";
                        }[];
                        fullAdministration: boolean | null;
                        graceEndsAt: string | null;
                        hasPendingConversion: boolean;
                        hasPendingExtension: boolean;
                        id: string;
                        licenceQuantity: number;
                        meetingSiteUrl: string | null;
                        meetingTimeZone: string | null;
                        number: string;
                        partner: {
                            id: string;
                            name: string;
                        };
                        pendingConversion: {
                            createdAt: string;
                            distributor: {
                                id: string;
                                name: string;
                            };
                            orderId: string;
                            orderNumber: string;
                        } | null;
                        releasedAt: string | null;
                        requestedDevices: {
                            deviceTypeId: string;
                            quantity: number;
                        }[];
                        services: {
                            assigned: number;
                            isDevice: boolean;
                            licences: number;
                            /** @enum {string} */
                            provisioningStatus: "cannot_provision" | "manual_partner" | "manual_vendor" | "pending_details" | "provisioning" | "provisioned";
                            serviceId: string;
                            serviceName: string;
                        }[];
                        setupNow: boolean;
                        shipments: {
                            deviceTypeId: string;
                            deviceTypeName: string;
                            dueAt: string;
                            id: string;
                            overdue: boolean;
                            returnDueAt: string;
                            returnedSerialNumbers: string[];
                            serialNumbers: string[];
                            shippedAt: string;
                        }[];
                        startsAt: string | null;
                        /** @enum {string} */
                        state: "pending_consent" | "pending_provisioning_details" | "provisioning" | "active" | "expired" | "released" | "cancelled" | "declined" | "converted";
                        status: ("active" | "suspended" | "expiring_30" | "expiring_60" | "trial_active" | "trial_expiring_30" | "trial_expiring_60" | "trial_expired") | null;
                        totalDays: number | null;
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    completeTrialSetup: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to repeat: a repeat with the same key and request within 24 hours answers the first response (header `Idempotent-Replayed: true`) without doing it again; the same key with another request is a 422, a repeat while the first is still running a 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actions: {
                            cancel: boolean;
                            completeSetup: boolean;
                            convert: boolean;
                            edit: boolean;
                            extend: boolean;
                            resendConsent: boolean;
                            shipDevices: boolean;
                        };
                        adminEmail: string;
                        cancelledAt: string | null;
                        cancelledBy: ("partner" | "customer" | "system") | null;
                        consentDecidedAt: string | null;
                        consentRequestedAt: string | null;
                        consentRespondBy: string | null;
                        convertedSubscriptionId: string | null;
                        createdAt: string;
                        customer: {
                            id: string;
                            name: string;
                        };
                        customerHeld: boolean;
                        daysLeft: number | null;
                        deviceCapEndsAt: string | null;
                        durationDays: number;
                        endsAt: string | null;
                        endsSoon: boolean;
                        extensionPreview: {
                            needsApproval: boolean;
                            newDaysLeft: number;
                            newEndsAt: string;
                        } | null;
                        extensionRefusal: string | null;
                        extensions: {
                            createdAt: string;
                            days: number;
                            decidedAt: string | null;
                            id: string;
                            newEndsAt: string;
                            previousEndsAt: string;
                            /** @enum {string} */
                            status: "approved" | "pending_approval" | "rejected";
                        }[];
                        fullAdministration: boolean | null;
                        graceEndsAt: string | null;
                        hasPendingConversion: boolean;
                        hasPendingExtension: boolean;
                        id: string;
                        licenceQuantity: number;
                        meetingSiteUrl: string | null;
                        meetingTimeZone: string | null;
                        number: string;
                        partner: {
                            id: string;
                            name: string;
                        };
                        pendingConversion: {
                            createdAt: string;
                            distributor: {
                                id: string;
                                name: string;
                            };
                            orderId: string;
                            orderNumber: string;
                        } | null;
                        releasedAt: string | null;
                        requestedDevices: {
                            deviceTypeId: string;
                            quantity: number;
                        }[];
                        services: {
                            assigned: number;
                            isDevice: boolean;
                            licences: number;
                            /** @enum {string} */
                            provisioningStatus: "cannot_provision" | "manual_partner" | "manual_vendor" | "pending_details" | "provisioning" | "provisioned";
                            serviceId: string;
                            serviceName: string;
                        }[];
                        setupNow: boolean;
                        shipments: {
                            deviceTypeId: string;
                            deviceTypeName: string;
                            dueAt: string;
                            id: string;
                            overdue: boolean;
                            returnDueAt: string;
                            returnedSerialNumbers: string[];
                            serialNumbers: string[];
                            shippedAt: string;
                        }[];
                        startsAt: string | null;
                        /** @enum {string} */
                        state: "pending_consent" | "pending_provisioning_details" | "provisioning" | "active" | "expired" | "released" | "cancelled" | "declined" | "converted";
                        status: ("active" | "suspended" | "expiring_30" | "expiring_60" | "trial_active" | "trial_expiring_30" | "trial_expiring_60" | "trial_expired") | null;
                        totalDays: number | null;
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    convertTrial: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to repeat: a repeat with the same key and request within 24 hours answers the first response (header `Idempotent-Replayed: true`) without doing it again; the same key with another request is a 422, a repeat while the first is still running a 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default true */
                    autoRenew?: boolean;
                    /** Format: email */
                    provisioningContactEmail: string;
                    /** @default 12 */
                    termMonths?: 12 | 24 | 36;
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        order: {
                            id: string;
                            number: string;
                            /** @enum {string} */
                            status: "submitted" | "pending_distributor" | "completed" | "rejected";
                            subscriptionId: string | null;
                            subscriptionNumber: string | null;
                        };
                        trial: {
                            actions: {
                                cancel: boolean;
                                completeSetup: boolean;
                                convert: boolean;
                                edit: boolean;
                                extend: boolean;
                                resendConsent: boolean;
                                shipDevices: boolean;
                            };
                            adminEmail: string;
                            cancelledAt: string | null;
                            cancelledBy: ("partner" | "customer" | "system") | null;
                            consentDecidedAt: string | null;
                            consentRequestedAt: string | null;
                            consentRespondBy: string | null;
                            convertedSubscriptionId: string | null;
                            createdAt: string;
                            customer: {
                                id: string;
                                name: string;
                            };
                            customerHeld: boolean;
                            daysLeft: number | null;
                            deviceCapEndsAt: string | null;
                            durationDays: number;
                            endsAt: string | null;
                            endsSoon: boolean;
                            extensionPreview: {
                                needsApproval: boolean;
                                newDaysLeft: number;
                                newEndsAt: string;
                            } | null;
                            extensionRefusal: string | null;
                            extensions: {
                                createdAt: string;
                                days: number;
                                decidedAt: string | null;
                                id: string;
                                newEndsAt: string;
                                previousEndsAt: string;
                                /** @enum {string} */
                                status: "approved" | "pending_approval" | "rejected";
                            }[];
                            fullAdministration: boolean | null;
                            graceEndsAt: string | null;
                            hasPendingConversion: boolean;
                            hasPendingExtension: boolean;
                            id: string;
                            licenceQuantity: number;
                            meetingSiteUrl: string | null;
                            meetingTimeZone: string | null;
                            number: string;
                            partner: {
                                id: string;
                                name: string;
                            };
                            pendingConversion: {
                                createdAt: string;
                                distributor: {
                                    id: string;
                                    name: string;
                                };
                                orderId: string;
                                orderNumber: string;
                            } | null;
                            releasedAt: string | null;
                            requestedDevices: {
                                deviceTypeId: string;
                                quantity: number;
                            }[];
                            services: {
                                assigned: number;
                                isDevice: boolean;
                                licences: number;
                                /** @enum {string} */
                                provisioningStatus: "cannot_provision" | "manual_partner" | "manual_vendor" | "pending_details" | "provisioning" | "provisioned";
                                serviceId: string;
                                serviceName: string;
                            }[];
                            setupNow: boolean;
                            shipments: {
                                deviceTypeId: string;
                                deviceTypeName: string;
                                dueAt: string;
                                id: string;
                                overdue: boolean;
                                returnDueAt: string;
                                returnedSerialNumbers: string[];
                                serialNumbers: string[];
                                shippedAt: string;
                            }[];
                            startsAt: string | null;
                            /** @enum {string} */
                            state: "pending_consent" | "pending_provisioning_details" | "provisioning" | "active" | "expired" | "released" | "cancelled" | "declined" | "converted";
                            status: ("active" | "suspended" | "expiring_30" | "expiring_60" | "trial_active" | "trial_expiring_30" | "trial_expiring_60" | "trial_expired") | null;
                            totalDays: number | null;
                            version: number;
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    extendTrial: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to repeat: a repeat with the same key and request within 24 hours answers the first response (header `Idempotent-Replayed: true`) without doing it again; the same key with another request is a 422, a repeat while the first is still running a 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        extension: {
                            createdAt: string;
                            days: number;
                            decidedAt: string | null;
                            id: string;
                            newEndsAt: string;
                            previousEndsAt: string;
                            /** @enum {string} */
                            status: "approved" | "pending_approval" | "rejected";
                        };
                        trial: {
                            actions: {
                                cancel: boolean;
                                completeSetup: boolean;
                                convert: boolean;
                                edit: boolean;
                                extend: boolean;
                                resendConsent: boolean;
                                shipDevices: boolean;
                            };
                            adminEmail: string;
                            cancelledAt: string | null;
                            cancelledBy: ("partner" | "customer" | "system") | null;
                            consentDecidedAt: string | null;
                            consentRequestedAt: string | null;
                            consentRespondBy: string | null;
                            convertedSubscriptionId: string | null;
                            createdAt: string;
                            customer: {
                                id: string;
                                name: string;
                            };
                            customerHeld: boolean;
                            daysLeft: number | null;
                            deviceCapEndsAt: string | null;
                            durationDays: number;
                            endsAt: string | null;
                            endsSoon: boolean;
                            extensionPreview: {
                                needsApproval: boolean;
                                newDaysLeft: number;
                                newEndsAt: string;
                            } | null;
                            extensionRefusal: string | null;
                            extensions: {
                                createdAt: string;
                                days: number;
                                decidedAt: string | null;
                                id: string;
                                newEndsAt: string;
                                previousEndsAt: string;
                                /** @enum {string} */
                                status: "approved" | "pending_approval" | "rejected";
                            }[];
                            fullAdministration: boolean | null;
                            graceEndsAt: string | null;
                            hasPendingConversion: boolean;
                            hasPendingExtension: boolean;
                            id: string;
                            licenceQuantity: number;
                            meetingSiteUrl: string | null;
                            meetingTimeZone: string | null;
                            number: string;
                            partner: {
                                id: string;
                                name: string;
                            };
                            pendingConversion: {
                                createdAt: string;
                                distributor: {
                                    id: string;
                                    name: string;
                                };
                                orderId: string;
                                orderNumber: string;
                            } | null;
                            releasedAt: string | null;
                            requestedDevices: {
                                deviceTypeId: string;
                                quantity: number;
                            }[];
                            services: {
                                assigned: number;
                                isDevice: boolean;
                                licences: number;
                                /** @enum {string} */
                                provisioningStatus: "cannot_provision" | "manual_partner" | "manual_vendor" | "pending_details" | "provisioning" | "provisioned";
                                serviceId: string;
                                serviceName: string;
                            }[];
                            setupNow: boolean;
                            shipments: {
                                deviceTypeId: string;
                                deviceTypeName: string;
                                dueAt: string;
                                id: string;
                                overdue: boolean;
                                returnDueAt: string;
                                returnedSerialNumbers: string[];
                                serialNumbers: string[];
                                shippedAt: string;
                            }[];
                            startsAt: string | null;
                            /** @enum {string} */
                            state: "pending_consent" | "pending_provisioning_details" | "provisioning" | "active" | "expired" | "released" | "cancelled" | "declined" | "converted";
                            status: ("active" | "suspended" | "expiring_30" | "expiring_60" | "trial_active" | "trial_expiring_30" | "trial_expiring_60" | "trial_expired") | null;
                            totalDays: number | null;
                            version: number;
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    resendTrialConsent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to repeat: a repeat with the same key and request within 24 hours answers the first response (header `Idempotent-Replayed: true`) without doing it again; the same key with another request is a 422, a repeat while the first is still running a 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actions: {
                            cancel: boolean;
                            completeSetup: boolean;
                            convert: boolean;
                            edit: boolean;
                            extend: boolean;
                            resendConsent: boolean;
                            shipDevices: boolean;
                        };
                        adminEmail: string;
                        cancelledAt: string | null;
                        cancelledBy: ("partner" | "customer" | "system") | null;
                        consentDecidedAt: string | null;
                        consentRequestedAt: string | null;
                        consentRespondBy: string | null;
                        convertedSubscriptionId: string | null;
                        createdAt: string;
                        customer: {
                            id: string;
                            name: string;
                        };
                        customerHeld: boolean;
                        daysLeft: number | null;
                        deviceCapEndsAt: string | null;
                        durationDays: number;
                        endsAt: string | null;
                        endsSoon: boolean;
                        extensionPreview: {
                            needsApproval: boolean;
                            newDaysLeft: number;
                            newEndsAt: string;
                        } | null;
                        extensionRefusal: string | null;
                        extensions: {
                            createdAt: string;
                            days: number;
                            decidedAt: string | null;
                            id: string;
                            newEndsAt: string;
                            previousEndsAt: string;
                            /** @enum {string} */
                            status: "approved" | "pending_approval" | "rejected";
                        }[];
                        fullAdministration: boolean | null;
                        graceEndsAt: string | null;
                        hasPendingConversion: boolean;
                        hasPendingExtension: boolean;
                        id: string;
                        licenceQuantity: number;
                        meetingSiteUrl: string | null;
                        meetingTimeZone: string | null;
                        number: string;
                        partner: {
                            id: string;
                            name: string;
                        };
                        pendingConversion: {
                            createdAt: string;
                            distributor: {
                                id: string;
                                name: string;
                            };
                            orderId: string;
                            orderNumber: string;
                        } | null;
                        releasedAt: string | null;
                        requestedDevices: {
                            deviceTypeId: string;
                            quantity: number;
                        }[];
                        services: {
                            assigned: number;
                            isDevice: boolean;
                            licences: number;
                            /** @enum {string} */
                            provisioningStatus: "cannot_provision" | "manual_partner" | "manual_vendor" | "pending_details" | "provisioning" | "provisioned";
                            serviceId: string;
                            serviceName: string;
                        }[];
                        setupNow: boolean;
                        shipments: {
                            deviceTypeId: string;
                            deviceTypeName: string;
                            dueAt: string;
                            id: string;
                            overdue: boolean;
                            returnDueAt: string;
                            returnedSerialNumbers: string[];
                            serialNumbers: string[];
                            shippedAt: string;
                        }[];
                        startsAt: string | null;
                        /** @enum {string} */
                        state: "pending_consent" | "pending_provisioning_details" | "provisioning" | "active" | "expired" | "released" | "cancelled" | "declined" | "converted";
                        status: ("active" | "suspended" | "expiring_30" | "expiring_60" | "trial_active" | "trial_expiring_30" | "trial_expiring_60" | "trial_expired") | null;
                        totalDays: number | null;
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    recordTrialShipment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to repeat: a repeat with the same key and request within 24 hours answers the first response (header `Idempotent-Replayed: true`) without doing it again; the same key with another request is a 422, a repeat while the first is still running a 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    deviceTypeId: string;
                    quantity: number;
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actions: {
                            cancel: boolean;
                            completeSetup: boolean;
                            convert: boolean;
                            edit: boolean;
                            extend: boolean;
                            resendConsent: boolean;
                            shipDevices: boolean;
                        };
                        adminEmail: string;
                        cancelledAt: string | null;
                        cancelledBy: ("partner" | "customer" | "system") | null;
                        consentDecidedAt: string | null;
                        consentRequestedAt: string | null;
                        consentRespondBy: string | null;
                        convertedSubscriptionId: string | null;
                        createdAt: string;
                        customer: {
                            id: string;
                            name: string;
                        };
                        customerHeld: boolean;
                        daysLeft: number | null;
                        deviceCapEndsAt: string | null;
                        durationDays: number;
                        endsAt: string | null;
                        endsSoon: boolean;
                        extensionPreview: {
                            needsApproval: boolean;
                            newDaysLeft: number;
                            newEndsAt: string;
                        } | null;
                        extensionRefusal: string | null;
                        extensions: {
                            createdAt: string;
                            days: number;
                            decidedAt: string | null;
                            id: string;
                            newEndsAt: string;
                            previousEndsAt: string;
                            /** @enum {string} */
                            status: "approved" | "pending_approval" | "rejected";
                        }[];
                        fullAdministration: boolean | null;
                        graceEndsAt: string | null;
                        hasPendingConversion: boolean;
                        hasPendingExtension: boolean;
                        id: string;
                        licenceQuantity: number;
                        meetingSiteUrl: string | null;
                        meetingTimeZone: string | null;
                        number: string;
                        partner: {
                            id: string;
                            name: string;
                        };
                        pendingConversion: {
                            createdAt: string;
                            distributor: {
                                id: string;
                                name: string;
                            };
                            orderId: string;
                            orderNumber: string;
                        } | null;
                        releasedAt: string | null;
                        requestedDevices: {
                            deviceTypeId: string;
                            quantity: number;
                        }[];
                        services: {
                            assigned: number;
                            isDevice: boolean;
                            licences: number;
                            /** @enum {string} */
                            provisioningStatus: "cannot_provision" | "manual_partner" | "manual_vendor" | "pending_details" | "provisioning" | "provisioned";
                            serviceId: string;
                            serviceName: string;
                        }[];
                        setupNow: boolean;
                        shipments: {
                            deviceTypeId: string;
                            deviceTypeName: string;
                            dueAt: string;
                            id: string;
                            overdue: boolean;
                            returnDueAt: string;
                            returnedSerialNumbers: string[];
                            serialNumbers: string[];
                            shippedAt: string;
                        }[];
                        startsAt: string | null;
                        /** @enum {string} */
                        state: "pending_consent" | "pending_provisioning_details" | "provisioning" | "active" | "expired" | "released" | "cancelled" | "declined" | "converted";
                        status: ("active" | "suspended" | "expiring_30" | "expiring_60" | "trial_active" | "trial_expiring_30" | "trial_expiring_60" | "trial_expired") | null;
                        totalDays: number | null;
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    lookUpTrialCustomer: {
        parameters: {
            query: {
                email: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        found: false;
                    } | {
                        choosableServices: {
                            serviceId: string;
                            serviceName: string;
                        }[];
                        customer: {
                            name: string;
                        };
                        /** @enum {boolean} */
                        found: true;
                        paying: boolean;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    startTrialForCustomerFoundByEmail: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to repeat: a repeat with the same key and request within 24 hours answers the first response (header `Idempotent-Replayed: true`) without doing it again; the same key with another request is a 422, a repeat while the first is still running a 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    adminEmail: string;
                    devices?: {
                        items: {
                            deviceTypeId: string;
                            quantity: number;
                        }[];
                        /** @enum {string} */
                        mode: "ship";
                    } | {
                        /** @enum {string} */
                        mode: "skip";
                        /** @enum {string} */
                        reason: "own_devices" | "existing_devices" | "licences_only";
                    };
                    durationDays: 30 | 60 | 90;
                    licenceQuantity: number;
                    meetingSiteUrl?: string;
                    meetingTimeZone?: string;
                    services: string[];
                    /**
                     * @default later
                     * @enum {string}
                     */
                    setup?: "now" | "later";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        customerId: string;
                        openSetup: boolean;
                        trial: {
                            actions: {
                                cancel: boolean;
                                completeSetup: boolean;
                                convert: boolean;
                                edit: boolean;
                                extend: boolean;
                                resendConsent: boolean;
                                shipDevices: boolean;
                            };
                            adminEmail: string;
                            cancelledAt: string | null;
                            cancelledBy: ("partner" | "customer" | "system") | null;
                            consentDecidedAt: string | null;
                            consentRequestedAt: string | null;
                            consentRespondBy: string | null;
                            convertedSubscriptionId: string | null;
                            createdAt: string;
                            customer: {
                                id: string;
                                name: string;
                            };
                            customerHeld: boolean;
                            daysLeft: number | null;
                            deviceCapEndsAt: string | null;
                            durationDays: number;
                            endsAt: string | null;
                            endsSoon: boolean;
                            extensionPreview: {
                                needsApproval: boolean;
                                newDaysLeft: number;
                                newEndsAt: string;
                            } | null;
                            extensionRefusal: string | null;
                            extensions: {
                                createdAt: string;
                                days: number;
                                decidedAt: string | null;
                                id: string;
                                newEndsAt: string;
                                previousEndsAt: string;
                                /** @enum {string} */
                                status: "approved" | "pending_approval" | "rejected";
                            }[];
                            fullAdministration: boolean | null;
                            graceEndsAt: string | null;
                            hasPendingConversion: boolean;
                            hasPendingExtension: boolean;
                            id: string;
                            licenceQuantity: number;
                            meetingSiteUrl: string | null;
                            meetingTimeZone: string | null;
                            number: string;
                            partner: {
                                id: string;
                                name: string;
                            };
                            pendingConversion: {
                                createdAt: string;
                                distributor: {
                                    id: string;
                                    name: string;
                                };
                                orderId: string;
                                orderNumber: string;
                            } | null;
                            releasedAt: string | null;
                            requestedDevices: {
                                deviceTypeId: string;
                                quantity: number;
                            }[];
                            services: {
                                assigned: number;
                                isDevice: boolean;
                                licences: number;
                                /** @enum {string} */
                                provisioningStatus: "cannot_provision" | "manual_partner" | "manual_vendor" | "pending_details" | "provisioning" | "provisioned";
                                serviceId: string;
                                serviceName: string;
                            }[];
                            setupNow: boolean;
                            shipments: {
                                deviceTypeId: string;
                                deviceTypeName: string;
                                dueAt: string;
                                id: string;
                                overdue: boolean;
                                returnDueAt: string;
                                returnedSerialNumbers: string[];
                                serialNumbers: string[];
                                shippedAt: string;
                            }[];
                            startsAt: string | null;
                            /** @enum {string} */
                            state: "pending_consent" | "pending_provisioning_details" | "provisioning" | "active" | "expired" | "released" | "cancelled" | "declined" | "converted";
                            status: ("active" | "suspended" | "expiring_30" | "expiring_60" | "trial_active" | "trial_expiring_30" | "trial_expiring_60" | "trial_expired") | null;
                            totalDays: number | null;
                            version: number;
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    checkMeetingSite: {
        parameters: {
            query: {
                name: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        available: boolean;
                        name: string;
                        url: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getTrialOptions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        consentDays: number;
                        countries: {
                            code: string;
                            name: string;
                            region: string;
                            timeZone: string;
                        }[];
                        deviceTypes: {
                            id: string;
                            name: string;
                        }[];
                        durations: number[];
                        extensionDays: number;
                        graceDays: number;
                        maxDevicesPerType: number;
                        maxDeviceTrialDays: number;
                        maxLicenceQuantity: number;
                        meetingSiteSuffix: string;
                        services: {
                            id: string;
                            isDevice: boolean;
                            licenceUnit: string;
                            name: string;
                            needsMeetingSite: boolean;
                            parentServiceId: string | null;
                        }[];
                        timeZones: string[];
                        verticals: string[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    ingestUsage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to repeat: a repeat with the same key and request within 24 hours answers the first response (header `Idempotent-Replayed: true`) without doing it again; the same key with another request is a 422, a repeat while the first is still running a 409. */
                "idempotency-key"?: string;
            };
            path: {
                kind: "calls" | "meetings" | "licence-assignments" | "sign-ins";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": ({
                    callId: string;
                    /** Format: uuid */
                    customerId: string;
                    durationSeconds: number;
                    /** @enum {string} */
                    endpointType: "desk_phone" | "desktop_app" | "mobile_app" | "web" | "room_device" | "other";
                    /** @default [] */
                    features?: ("call_queue" | "hunt_group" | "auto_attendant" | "transfer" | "hold" | "conference" | "voicemail")[];
                    id: string;
                    /** @default null */
                    jitterMs?: number | null;
                    /** @default null */
                    latencyMs?: number | null;
                    /** @default null */
                    mos?: number | null;
                    /** @default null */
                    packetLossPct?: number | null;
                    /** @default null */
                    queue?: {
                        id: string;
                        /** @enum {string} */
                        outcome: "answered" | "abandoned" | "voicemail" | "moved";
                        waitSeconds: number;
                    } | null;
                    /** Format: date-time */
                    startedAt: string;
                    /** @default null */
                    userId?: string | null;
                } | {
                    /** Format: uuid */
                    customerId: string;
                    durationMinutes: number;
                    id: string;
                    meetingId: string;
                    participants: number;
                    /** Format: date-time */
                    startedAt: string;
                    /** @default null */
                    userId?: string | null;
                } | {
                    /** @enum {string} */
                    action: "assign" | "unassign";
                    /** Format: uuid */
                    customerId: string;
                    id: string;
                    /** Format: date-time */
                    occurredAt: string;
                    serviceId: string;
                    /** Format: uuid */
                    userId: string;
                } | {
                    /** Format: uuid */
                    customerId: string;
                    id: string;
                    /** Format: date-time */
                    signedInAt: string;
                    /** Format: uuid */
                    userId: string;
                })[];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description New records stored */
                        accepted: number;
                        dataAsOf: string | null;
                        /** @description Valid records whose id was already stored (counted once) */
                        duplicates: number;
                        errors: {
                            field: string;
                            index: number;
                            message: string;
                        }[];
                        received: number;
                        rejected: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    listViews: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            name: string;
                            ownedByMe: boolean;
                            query: string;
                            shared: boolean;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    createView: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to repeat: a repeat with the same key and request within 24 hours answers the first response (header `Idempotent-Replayed: true`) without doing it again; the same key with another request is a 422, a repeat while the first is still running a 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    query: string;
                    /** @default false */
                    shared?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        ownedByMe: boolean;
                        query: string;
                        shared: boolean;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    deleteView: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    updateView: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    query?: string;
                    shared?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        ownedByMe: boolean;
                        query: string;
                        shared: boolean;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    listWebhookEndpoints: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            disabledReason: string | null;
                            enabled: boolean;
                            eventTypes: string[];
                            failingSince: string | null;
                            /** Format: uuid */
                            id: string;
                            previousSecretExpiresAt: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            url: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    createWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to repeat: a repeat with the same key and request within 24 hours answers the first response (header `Idempotent-Replayed: true`) without doing it again; the same key with another request is a 422, a repeat while the first is still running a 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default  */
                    description?: string;
                    /** @default true */
                    enabled?: boolean;
                    eventTypes: ("customer.created" | "customer.changed" | "customer.removed" | "trial.state_changed" | "subscription.created" | "subscription.changed" | "subscription.suspended" | "subscription.renewed" | "provisioning.status_changed" | "licence.over_assignment_started" | "licence.over_assignment_ended")[];
                    /** Format: uri */
                    url: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        endpoint: {
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            disabledReason: string | null;
                            enabled: boolean;
                            eventTypes: string[];
                            failingSince: string | null;
                            /** Format: uuid */
                            id: string;
                            previousSecretExpiresAt: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            url: string;
                        };
                        secret: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        disabledReason: string | null;
                        enabled: boolean;
                        eventTypes: string[];
                        failingSince: string | null;
                        /** Format: uuid */
                        id: string;
                        previousSecretExpiresAt: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                        url: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    deleteWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        disabledReason: string | null;
                        enabled: boolean;
                        eventTypes: string[];
                        failingSince: string | null;
                        /** Format: uuid */
                        id: string;
                        previousSecretExpiresAt: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                        url: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    updateWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                    enabled?: boolean;
                    eventTypes?: ("customer.created" | "customer.changed" | "customer.removed" | "trial.state_changed" | "subscription.created" | "subscription.changed" | "subscription.suspended" | "subscription.renewed" | "provisioning.status_changed" | "licence.over_assignment_started" | "licence.over_assignment_ended")[];
                    /** Format: uri */
                    url?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        disabledReason: string | null;
                        enabled: boolean;
                        eventTypes: string[];
                        failingSince: string | null;
                        /** Format: uuid */
                        id: string;
                        previousSecretExpiresAt: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                        url: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                cursor?: string;
                eventType?: "customer.created" | "customer.changed" | "customer.removed" | "trial.state_changed" | "subscription.created" | "subscription.changed" | "subscription.suspended" | "subscription.renewed" | "provisioning.status_changed" | "licence.over_assignment_started" | "licence.over_assignment_ended" | "webhook.test";
                limit?: number;
                since?: string;
                status?: "pending" | "delivered" | "failed";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            attempts: number;
                            /** Format: date-time */
                            createdAt: string;
                            deliveredAt: string | null;
                            eventType: string;
                            /** Format: uuid */
                            id: string;
                            lastAttemptAt: string | null;
                            lastResponseStatus: number | null;
                            nextAttemptAt: string | null;
                            /** @enum {string} */
                            status: "pending" | "delivered" | "failed";
                            webhookId: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deliveryId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        attemptLog: {
                            attempt: number;
                            /** Format: date-time */
                            attemptedAt: string;
                            durationMs: number;
                            error: string | null;
                            responseExcerpt: string;
                            responseStatus: number | null;
                        }[];
                        attempts: number;
                        /** Format: date-time */
                        createdAt: string;
                        deliveredAt: string | null;
                        eventType: string;
                        /** Format: uuid */
                        id: string;
                        lastAttemptAt: string | null;
                        lastResponseStatus: number | null;
                        nextAttemptAt: string | null;
                        payload: string;
                        /** @enum {string} */
                        status: "pending" | "delivered" | "failed";
                        webhookId: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    replayWebhookDelivery: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to repeat: a repeat with the same key and request within 24 hours answers the first response (header `Idempotent-Replayed: true`) without doing it again; the same key with another request is a 422, a repeat while the first is still running a 409. */
                "idempotency-key"?: string;
            };
            path: {
                deliveryId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        attempts: number;
                        /** Format: date-time */
                        createdAt: string;
                        deliveredAt: string | null;
                        eventType: string;
                        /** Format: uuid */
                        id: string;
                        lastAttemptAt: string | null;
                        lastResponseStatus: number | null;
                        nextAttemptAt: string | null;
                        /** @enum {string} */
                        status: "pending" | "delivered" | "failed";
                        webhookId: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    replayFailedWebhookDeliveries: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to repeat: a repeat with the same key and request within 24 hours answers the first response (header `Idempotent-Replayed: true`) without doing it again; the same key with another request is a 422, a repeat while the first is still running a 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    since: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        more: boolean;
                        replayed: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to repeat: a repeat with the same key and request within 24 hours answers the first response (header `Idempotent-Replayed: true`) without doing it again; the same key with another request is a 422, a repeat while the first is still running a 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        endpoint: {
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            disabledReason: string | null;
                            enabled: boolean;
                            eventTypes: string[];
                            failingSince: string | null;
                            /** Format: uuid */
                            id: string;
                            previousSecretExpiresAt: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            url: string;
                        };
                        secret: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    sendWebhookTestEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to repeat: a repeat with the same key and request within 24 hours answers the first response (header `Idempotent-Replayed: true`) without doing it again; the same key with another request is a 422, a repeat while the first is still running a 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        attempts: number;
                        /** Format: date-time */
                        createdAt: string;
                        deliveredAt: string | null;
                        eventType: string;
                        /** Format: uuid */
                        id: string;
                        lastAttemptAt: string | null;
                        lastResponseStatus: number | null;
                        nextAttemptAt: string | null;
                        /** @enum {string} */
                        status: "pending" | "delivered" | "failed";
                        webhookId: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getWebhookSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        allowPrivateAddresses: boolean;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    updateWebhookSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    allowPrivateAddresses: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        allowPrivateAddresses: boolean;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            field?: string;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "webhook.customer.changed.v1": {
        parameters: {
            query?: never;
            header: {
                "webhook-id": string;
                "webhook-signature": string;
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        /**
                         * @description What the partner may do for the customer now (full administration or provisioning only)
                         * @enum {string}
                         */
                        adminLevel: "full" | "provisioning";
                        /** @description What changed: the partner’s tags on the customer, or the partner’s administration level */
                        changed: ("tags" | "adminLevel")[];
                        /** @description The customer */
                        customer: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        /**
                         * Format: uuid
                         * @description The partner whose list the customer is on
                         */
                        partnerId: string;
                        /** @description The names of the partner’s tags on the customer now */
                        tags: string[];
                    };
                    /**
                     * Format: uuid
                     * @description The event’s id; each endpoint also gets it once as `webhook-id`
                     */
                    id: string;
                    /** Format: date-time */
                    occurredAt: string;
                    /** @constant */
                    type: "customer.changed";
                    /** @constant */
                    version: 1;
                };
            };
        };
        responses: {
            /** @description Any 2xx marks the delivery delivered; anything else is retried with backoff. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook.customer.created.v1": {
        parameters: {
            query?: never;
            header: {
                "webhook-id": string;
                "webhook-signature": string;
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        /** @description The customer */
                        customer: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        /**
                         * Format: uuid
                         * @description The partner whose list the customer is on
                         */
                        partnerId: string;
                    };
                    /**
                     * Format: uuid
                     * @description The event’s id; each endpoint also gets it once as `webhook-id`
                     */
                    id: string;
                    /** Format: date-time */
                    occurredAt: string;
                    /** @constant */
                    type: "customer.created";
                    /** @constant */
                    version: 1;
                };
            };
        };
        responses: {
            /** @description Any 2xx marks the delivery delivered; anything else is retried with backoff. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook.customer.removed.v1": {
        parameters: {
            query?: never;
            header: {
                "webhook-id": string;
                "webhook-signature": string;
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        /** @description The customer */
                        customer: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        /**
                         * Format: uuid
                         * @description The partner whose list the customer is on
                         */
                        partnerId: string;
                    };
                    /**
                     * Format: uuid
                     * @description The event’s id; each endpoint also gets it once as `webhook-id`
                     */
                    id: string;
                    /** Format: date-time */
                    occurredAt: string;
                    /** @constant */
                    type: "customer.removed";
                    /** @constant */
                    version: 1;
                };
            };
        };
        responses: {
            /** @description Any 2xx marks the delivery delivered; anything else is retried with backoff. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook.licence.over_assignment_ended.v1": {
        parameters: {
            query?: never;
            header: {
                "webhook-id": string;
                "webhook-signature": string;
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        /** @description Licences assigned now */
                        assigned: number;
                        /** @description Licences of live subscriptions and ongoing trials */
                        available: number;
                        customer: {
                            /** Format: uuid */
                            id: string;
                        };
                        serviceId: string;
                    };
                    /**
                     * Format: uuid
                     * @description The event’s id; each endpoint also gets it once as `webhook-id`
                     */
                    id: string;
                    /** Format: date-time */
                    occurredAt: string;
                    /** @constant */
                    type: "licence.over_assignment_ended";
                    /** @constant */
                    version: 1;
                };
            };
        };
        responses: {
            /** @description Any 2xx marks the delivery delivered; anything else is retried with backoff. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook.licence.over_assignment_started.v1": {
        parameters: {
            query?: never;
            header: {
                "webhook-id": string;
                "webhook-signature": string;
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        /** @description Licences assigned now */
                        assigned: number;
                        /** @description Licences of live subscriptions and ongoing trials */
                        available: number;
                        customer: {
                            /** Format: uuid */
                            id: string;
                        };
                        serviceId: string;
                    };
                    /**
                     * Format: uuid
                     * @description The event’s id; each endpoint also gets it once as `webhook-id`
                     */
                    id: string;
                    /** Format: date-time */
                    occurredAt: string;
                    /** @constant */
                    type: "licence.over_assignment_started";
                    /** @constant */
                    version: 1;
                };
            };
        };
        responses: {
            /** @description Any 2xx marks the delivery delivered; anything else is retried with backoff. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook.provisioning.status_changed.v1": {
        parameters: {
            query?: never;
            header: {
                "webhook-id": string;
                "webhook-signature": string;
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        customer: {
                            /** Format: uuid */
                            id: string;
                        };
                        from: ("cannot_provision" | "manual_partner" | "manual_vendor" | "pending_details" | "provisioning" | "provisioned") | null;
                        serviceId: string;
                        subject: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "trial" | "subscription";
                        };
                        /** @enum {string} */
                        to: "cannot_provision" | "manual_partner" | "manual_vendor" | "pending_details" | "provisioning" | "provisioned";
                    };
                    /**
                     * Format: uuid
                     * @description The event’s id; each endpoint also gets it once as `webhook-id`
                     */
                    id: string;
                    /** Format: date-time */
                    occurredAt: string;
                    /** @constant */
                    type: "provisioning.status_changed";
                    /** @constant */
                    version: 1;
                };
            };
        };
        responses: {
            /** @description Any 2xx marks the delivery delivered; anything else is retried with backoff. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook.subscription.changed.v1": {
        parameters: {
            query?: never;
            header: {
                "webhook-id": string;
                "webhook-signature": string;
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        customer: {
                            /** Format: uuid */
                            id: string;
                        };
                        /** Format: uuid */
                        sellerOrganisationId: string;
                        subscription: {
                            autoRenew: boolean;
                            /** Format: date-time */
                            endsAt: string;
                            /** Format: uuid */
                            id: string;
                            number: string;
                            services: {
                                quantity: number;
                                serviceId: string;
                            }[];
                            /** @enum {string} */
                            state: "active" | "suspended" | "cancelled" | "expired";
                        };
                    };
                    /**
                     * Format: uuid
                     * @description The event’s id; each endpoint also gets it once as `webhook-id`
                     */
                    id: string;
                    /** Format: date-time */
                    occurredAt: string;
                    /** @constant */
                    type: "subscription.changed";
                    /** @constant */
                    version: 1;
                };
            };
        };
        responses: {
            /** @description Any 2xx marks the delivery delivered; anything else is retried with backoff. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook.subscription.created.v1": {
        parameters: {
            query?: never;
            header: {
                "webhook-id": string;
                "webhook-signature": string;
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        customer: {
                            /** Format: uuid */
                            id: string;
                        };
                        /** Format: uuid */
                        sellerOrganisationId: string;
                        subscription: {
                            autoRenew: boolean;
                            /** Format: date-time */
                            endsAt: string;
                            /** Format: uuid */
                            id: string;
                            number: string;
                            services: {
                                quantity: number;
                                serviceId: string;
                            }[];
                            /** @enum {string} */
                            state: "active" | "suspended" | "cancelled" | "expired";
                        };
                    };
                    /**
                     * Format: uuid
                     * @description The event’s id; each endpoint also gets it once as `webhook-id`
                     */
                    id: string;
                    /** Format: date-time */
                    occurredAt: string;
                    /** @constant */
                    type: "subscription.created";
                    /** @constant */
                    version: 1;
                };
            };
        };
        responses: {
            /** @description Any 2xx marks the delivery delivered; anything else is retried with backoff. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook.subscription.renewed.v1": {
        parameters: {
            query?: never;
            header: {
                "webhook-id": string;
                "webhook-signature": string;
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        customer: {
                            /** Format: uuid */
                            id: string;
                        };
                        /** Format: uuid */
                        sellerOrganisationId: string;
                        subscription: {
                            autoRenew: boolean;
                            /** Format: date-time */
                            endsAt: string;
                            /** Format: uuid */
                            id: string;
                            number: string;
                            services: {
                                quantity: number;
                                serviceId: string;
                            }[];
                            /** @enum {string} */
                            state: "active" | "suspended" | "cancelled" | "expired";
                        };
                    };
                    /**
                     * Format: uuid
                     * @description The event’s id; each endpoint also gets it once as `webhook-id`
                     */
                    id: string;
                    /** Format: date-time */
                    occurredAt: string;
                    /** @constant */
                    type: "subscription.renewed";
                    /** @constant */
                    version: 1;
                };
            };
        };
        responses: {
            /** @description Any 2xx marks the delivery delivered; anything else is retried with backoff. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook.subscription.suspended.v1": {
        parameters: {
            query?: never;
            header: {
                "webhook-id": string;
                "webhook-signature": string;
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        customer: {
                            /** Format: uuid */
                            id: string;
                        };
                        /** Format: uuid */
                        sellerOrganisationId: string;
                        subscription: {
                            autoRenew: boolean;
                            /** Format: date-time */
                            endsAt: string;
                            /** Format: uuid */
                            id: string;
                            number: string;
                            services: {
                                quantity: number;
                                serviceId: string;
                            }[];
                            /** @enum {string} */
                            state: "active" | "suspended" | "cancelled" | "expired";
                        };
                    };
                    /**
                     * Format: uuid
                     * @description The event’s id; each endpoint also gets it once as `webhook-id`
                     */
                    id: string;
                    /** Format: date-time */
                    occurredAt: string;
                    /** @constant */
                    type: "subscription.suspended";
                    /** @constant */
                    version: 1;
                };
            };
        };
        responses: {
            /** @description Any 2xx marks the delivery delivered; anything else is retried with backoff. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook.trial.state_changed.v1": {
        parameters: {
            query?: never;
            header: {
                "webhook-id": string;
                "webhook-signature": string;
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        customer: {
                            /** Format: uuid */
                            id: string;
                        };
                        /** @description The state before; null for a new trial */
                        from: ("pending_consent" | "pending_provisioning_details" | "provisioning" | "active" | "expired" | "released" | "cancelled" | "declined" | "converted") | null;
                        /**
                         * Format: uuid
                         * @description The partner whose list the customer is on
                         */
                        partnerId: string;
                        /** @enum {string} */
                        to: "pending_consent" | "pending_provisioning_details" | "provisioning" | "active" | "expired" | "released" | "cancelled" | "declined" | "converted";
                        trial: {
                            /** Format: uuid */
                            id: string;
                            number: string;
                        };
                    };
                    /**
                     * Format: uuid
                     * @description The event’s id; each endpoint also gets it once as `webhook-id`
                     */
                    id: string;
                    /** Format: date-time */
                    occurredAt: string;
                    /** @constant */
                    type: "trial.state_changed";
                    /** @constant */
                    version: 1;
                };
            };
        };
        responses: {
            /** @description Any 2xx marks the delivery delivered; anything else is retried with backoff. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook.webhook.test.v1": {
        parameters: {
            query?: never;
            header: {
                "webhook-id": string;
                "webhook-signature": string;
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        message: string;
                    };
                    /**
                     * Format: uuid
                     * @description The event’s id; each endpoint also gets it once as `webhook-id`
                     */
                    id: string;
                    /** Format: date-time */
                    occurredAt: string;
                    /** @constant */
                    type: "webhook.test";
                    /** @constant */
                    version: 1;
                };
            };
        };
        responses: {
            /** @description Any 2xx marks the delivery delivered; anything else is retried with backoff. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
