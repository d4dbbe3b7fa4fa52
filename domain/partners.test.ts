import { describe, expect, it } from 'vitest';
import { distributorProblem } from './partners.ts';

describe('the distributor rule (SPEC §1)', () => {
  it('asks a tier 2 partner for its distributor', () => {
    expect(distributorProblem('tier2', null)).toMatch(/needs its distributor/);
    expect(distributorProblem('tier2', undefined)).toMatch(/needs its distributor/);
    expect(distributorProblem('tier2', '6f1c3c52-4a51-4d0e-9a8e-1d2f4b5c6d7e')).toBeNull();
  });

  it('refuses a distributor for tier 1 partners and distributors', () => {
    expect(distributorProblem('tier1', '6f1c3c52-4a51-4d0e-9a8e-1d2f4b5c6d7e')).toMatch(/Only a tier 2/);
    expect(distributorProblem('distributor', '6f1c3c52-4a51-4d0e-9a8e-1d2f4b5c6d7e')).toMatch(/Only a tier 2/);
    expect(distributorProblem('tier1', null)).toBeNull();
    expect(distributorProblem('distributor', undefined)).toBeNull();
  });
});
