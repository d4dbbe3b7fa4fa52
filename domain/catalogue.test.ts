import { describe, expect, it } from 'vitest';
import { editionProblem, offeredServices } from './catalogue.ts';

const entries = [
  { id: 'meetings', parentServiceId: null, active: true },
  { id: 'meetings-enterprise', parentServiceId: 'meetings', active: true },
  { id: 'calling', parentServiceId: null, active: false },
  { id: 'calling-plus', parentServiceId: 'calling', active: true },
  { id: 'messaging', parentServiceId: null, active: true },
];

describe('the catalogue rules', () => {
  it('offers active services under active parents only', () => {
    expect(offeredServices(entries).map((s) => s.id)).toEqual(['meetings', 'meetings-enterprise', 'messaging']);
  });

  it('an edition sits under a top-level service, never under itself or another edition', () => {
    expect(editionProblem(entries, 'messaging', 'meetings')).toBeNull();
    expect(editionProblem(entries, 'messaging', 'messaging')).toBe('self');
    expect(editionProblem(entries, 'messaging', 'nothing')).toBe('unknown_parent');
    expect(editionProblem(entries, 'messaging', 'meetings-enterprise')).toBe('parent_is_edition');
    expect(editionProblem(entries, 'meetings', 'messaging')).toBe('has_editions');
    expect(editionProblem(entries, 'new-one', 'meetings')).toBeNull();
  });
});
