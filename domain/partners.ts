import type { PartnerTier } from './roles.ts';

/**
 * The partners of the installation as the vendor manages them (SPEC §1, ROL-5, issue #10): tiers and the
 * distributor rule, and what a partner's status means. Pure, shared by the contract and the server.
 */

/** A suspended partner's users cannot sign in and its API tokens are refused; its data stays. */
export const partnerStatuses = ['active', 'suspended'] as const;
export type PartnerStatus = (typeof partnerStatuses)[number];

/** What the partner list sorts on; descending with a leading '-'. */
export const partnerSortKeys = ['name', 'customers', 'admins'] as const;
export type PartnerSortKey = (typeof partnerSortKeys)[number];

/**
 * SPEC §1: a tier-2 partner sells under a distributor; no other tier has one. The problem with a tier and
 * distributor pair, or null when they agree. (Whether the distributor is one is the server's to check.)
 */
export function distributorProblem(tier: PartnerTier, distributorId: string | null | undefined): string | null {
  if (tier === 'tier2' && !distributorId) return 'A tier 2 partner needs its distributor.';
  if (tier !== 'tier2' && distributorId) return 'Only a tier 2 partner has a distributor.';
  return null;
}
