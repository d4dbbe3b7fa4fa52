import { describe, expect, it } from 'vitest';
import {
  additionalCaseReasonsOf,
  type CaseFacts,
  mayDelegateCustomerActivity,
  mayOpenCustomerActivity,
  maySeeSupportRequest,
  mayShareSupportRequest,
  seesEveryWorkspace,
  totalUsage,
  usageOf,
} from './activity.ts';

describe('consumption arithmetic (ACT-1)', () => {
  it('gives a consumable entitlement bought, consumed and remaining', () => {
    expect(usageOf({ kind: 'consumable', bought: 120, consumed: 37.5 })).toEqual({
      bought: 120,
      consumed: 37.5,
      remaining: 82.5,
    });
  });
  it('never lets remaining go below zero when more was delivered than bought', () => {
    expect(usageOf({ kind: 'consumable', bought: 10, consumed: 12 }).remaining).toBe(0);
  });
  it('never consumes an additional benefit, whatever was logged', () => {
    expect(usageOf({ kind: 'additional_benefit', bought: null, consumed: 5 })).toEqual({
      bought: null,
      consumed: null,
      remaining: null,
    });
  });
  it('sums consumables and adds nothing for benefits', () => {
    const usages = [
      usageOf({ kind: 'consumable', bought: 100, consumed: 40 }),
      usageOf({ kind: 'consumable', bought: 20, consumed: 5 }),
      usageOf({ kind: 'additional_benefit', bought: null, consumed: 0 }),
    ];
    expect(totalUsage(usages)).toEqual({ bought: 120, consumed: 45, remaining: 75 });
  });
});

describe('access (ACT-2, ROL-4)', () => {
  it('opens the page for admins and workspace admins by default, for others only with the delegated role', () => {
    expect(mayOpenCustomerActivity(['customer_full_admin'])).toBe(true);
    expect(mayOpenCustomerActivity(['workspace_admin'])).toBe(true);
    expect(mayOpenCustomerActivity([])).toBe(false);
    expect(mayOpenCustomerActivity(['view_all_support_requests'])).toBe(false);
    expect(mayOpenCustomerActivity(['customer_activity'])).toBe(true);
  });
  it('lets full and workspace administrators delegate, not read-only ones nor delegates', () => {
    expect(mayDelegateCustomerActivity(['customer_full_admin'])).toBe(true);
    expect(mayDelegateCustomerActivity(['workspace_admin'])).toBe(true);
    expect(mayDelegateCustomerActivity(['customer_read_only_admin'])).toBe(false);
    expect(mayDelegateCustomerActivity(['customer_activity'])).toBe(false);
  });
  it('limits workspace administrators to their own workspaces', () => {
    expect(seesEveryWorkspace(['workspace_admin'])).toBe(false);
    expect(seesEveryWorkspace(['customer_full_admin'])).toBe(true);
  });

  const none = { isPrimaryContact: false, sharedWithUser: false, inGroupGivenAccess: false };
  it('shows a non-admin a request only through one of the four rules', () => {
    expect(maySeeSupportRequest([], none)).toBe(false);
    expect(maySeeSupportRequest(['customer_activity'], none)).toBe(false);
    expect(maySeeSupportRequest([], { ...none, inGroupGivenAccess: true })).toBe(true);
    expect(maySeeSupportRequest([], { ...none, sharedWithUser: true })).toBe(true);
    expect(maySeeSupportRequest([], { ...none, isPrimaryContact: true })).toBe(true);
    expect(maySeeSupportRequest(['view_all_support_requests'], none)).toBe(true);
  });
  it('shows admins every request', () => {
    expect(maySeeSupportRequest(['customer_read_only_admin'], none)).toBe(true);
  });
  it('lets the owner, the primary contact and administrators who change things share a request', () => {
    const neither = { isPrimaryContact: false, isCreator: false };
    expect(mayShareSupportRequest([], { ...neither, isCreator: true })).toBe(true);
    expect(mayShareSupportRequest([], { ...neither, isPrimaryContact: true })).toBe(true);
    expect(mayShareSupportRequest(['customer_full_admin'], neither)).toBe(true);
    expect(mayShareSupportRequest(['workspace_admin'], neither)).toBe(true);
    expect(mayShareSupportRequest(['customer_read_only_admin'], neither)).toBe(false);
    expect(mayShareSupportRequest(['view_all_support_requests', 'customer_activity'], neither)).toBe(false);
  });
});

describe('additional cases (ACT-6)', () => {
  const today = '2026-11-21';
  const regular: CaseFacts = {
    agreement: { workspaceId: 'w1', endsOn: '2027-06-30' },
    packageExists: true,
    serviceName: 'Reactive support',
    classification: null,
  };
  const reasons = (facts: Partial<CaseFacts>) => additionalCaseReasonsOf({ ...regular, ...facts }, 'w1', today);

  it('leaves a case of a current agreement of this workspace out', () => {
    expect(reasons({})).toEqual([]);
    expect(reasons({ agreement: { workspaceId: 'w1', endsOn: today } })).toEqual([]);
  });
  it('includes a case of an expired agreement', () => {
    expect(reasons({ agreement: { workspaceId: 'w1', endsOn: '2026-11-20' } })).toEqual(['expired_agreement']);
  });
  it('includes a case of an agreement outside this workspace', () => {
    expect(reasons({ agreement: { workspaceId: 'w2', endsOn: '2027-06-30' } })).toEqual([
      'agreement_outside_workspace',
    ]);
  });
  it('includes cases whose agreement, package or service is missing', () => {
    expect(reasons({ agreement: null })).toEqual(['missing_agreement']);
    expect(reasons({ packageExists: false })).toEqual(['missing_package']);
    expect(reasons({ serviceName: null })).toEqual(['missing_service']);
    expect(reasons({ serviceName: '  ' })).toEqual(['missing_service']);
  });
  it('includes cases classified SU, DSA, X85 or REC, and no other classification', () => {
    for (const classification of ['SU', 'DSA', 'X85', 'rec']) {
      expect(reasons({ classification })).toEqual(['classification']);
    }
    expect(reasons({ classification: 'PRO' })).toEqual([]);
  });
});
