import { describe, expect, it } from 'vitest';
import {
  allRoles,
  can,
  customerRoles,
  fullAdminRoleOf,
  type Permission,
  partnerRoles,
  permissions,
  permissionsOf,
  type Role,
} from './roles.ts';

const holders = (permission: Permission) => allRoles.filter((role) => can({ roles: [role] }, permission));
/** What changes a partner's or a customer's data: all but reading. Asking the vendor's helpdesk (RES-2) changes none of it. */
const readPermissions: Permission[] = [
  'seeAllPartnerCustomers',
  'readCustomerTrials',
  'openOwnConsole',
  'readAuditLog',
  'askHelpdesk',
  'exportEducationReport',
];
const writePermissions = permissions.filter((p) => !readPermissions.includes(p));

describe('the role → permission map (SPEC.md §2)', () => {
  it('ROL-2: only sales administrators, sales full administrators and full administrators start trials', () => {
    expect(holders('startTrials')).toEqual(['partner_full_admin', 'sales_admin', 'sales_full_admin']);
  });

  it('ROL-2: read-only administrators change nothing', () => {
    for (const role of ['partner_read_only_admin', 'customer_read_only_admin'] as const) {
      expect(writePermissions.filter((p) => can({ roles: [role] }, p))).toEqual([]);
    }
  });

  it('ROL-2: full and read-only administrators see all customers of their partner; partner and sales administrators only their own', () => {
    expect(holders('seeAllPartnerCustomers')).toEqual([
      'vendor_operator',
      'partner_full_admin',
      'partner_read_only_admin',
      'sales_full_admin',
    ]);
  });

  it('ROL-4: customer roles hold no partner permission; a plain user (no role) holds nothing', () => {
    const partnerOnly: Permission[] = ['seeAllPartnerCustomers', 'startTrials', 'manageTags', 'assignPartnerAdmins'];
    for (const role of customerRoles) {
      expect(partnerOnly.filter((p) => can({ roles: [role] }, p))).toEqual([]);
    }
    expect(Object.values(permissionsOf({ roles: [] })).some(Boolean)).toBe(false);
  });

  it('ROL-4: the customer’s full and read-only administrators read its trials and open its console', () => {
    expect(holders('readCustomerTrials')).toEqual(['customer_full_admin', 'customer_read_only_admin']);
    expect(holders('openOwnConsole')).toEqual(['customer_full_admin', 'customer_read_only_admin']);
  });

  it('ROL-5: the vendor operator may do everything but the partner’s and the customer’s own acts', () => {
    const ownActs: Permission[] = [
      'startTrials',
      'manageTags',
      'startMyOrganisation',
      'readCustomerTrials',
      'answerConsents',
      'openOwnConsole',
      'askHelpdesk',
      'exportEducationReport',
    ];
    const vendor = permissionsOf({ roles: ['vendor_operator'] });
    expect(new Set(permissions.filter((p) => !vendor[p]))).toEqual(new Set(ownActs));
    expect(holders('operateVendor')).toEqual(['vendor_operator']);
  });

  it('ROL-7, ORG-2: each organisation’s full administrator role manages its administrators', () => {
    const managers = (['vendor', 'partner', 'customer'] as const).map(fullAdminRoleOf);
    expect(managers).toEqual(['vendor_operator', 'partner_full_admin', 'customer_full_admin']);
    expect(holders('manageAdministrators')).toEqual(managers);
    expect(fullAdminRoleOf('consumer')).toBeNull();
  });

  it('issue #14: only vendor operators change, suspend, reinstate and renew subscriptions', () => {
    expect(holders('manageSubscriptions')).toEqual(['vendor_operator']);
  });

  it('ACT-1: only vendor operators set up a customer’s support (workspaces, agreements, packages, groups)', () => {
    expect(holders('manageSupportSetup')).toEqual(['vendor_operator']);
  });

  it('ACT-7: only learning managers export the education report, not even the full administrator', () => {
    expect(holders('exportEducationReport')).toEqual(['learning_manager']);
  });

  it('TAG-2: only full administrators and partner administrators manage tags', () => {
    expect(holders('manageTags')).toEqual(['partner_full_admin', 'partner_admin']);
  });

  it('a permission is the union of the roles’ (a user holding several roles may do what any of them may)', () => {
    const both: Role[] = ['partner_admin', 'sales_admin'];
    expect(can({ roles: both }, 'startTrials')).toBe(true);
    expect(can({ roles: both }, 'manageTags')).toBe(true);
    expect(partnerRoles.every((role) => !can({ roles: [role] }, 'operateVendor'))).toBe(true);
  });
});
