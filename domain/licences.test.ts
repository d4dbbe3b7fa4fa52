import { describe, expect, it } from 'vitest';
import { licenceTotals } from './licences.ts';

describe('licenceTotals', () => {
  it('counts bought and trial licences in the total, and every assigned one', () => {
    expect(
      licenceTotals([
        { bought: 3, trial: 0, assigned: 4 },
        { bought: 0, trial: 10, assigned: 1 },
        { bought: 5, trial: 2, assigned: 0 },
      ]),
    ).toEqual({ total: 20, assigned: 5 });
  });

  it('is zero over no services', () => {
    expect(licenceTotals([])).toEqual({ total: 0, assigned: 0 });
  });
});
