import { describe, expect, it } from 'vitest';
import { timestampText } from './copy-text.ts';
import { shareOut } from './generate.ts';
import { Random } from './random.ts';

describe('the seeded random generator', () => {
  it('repeats itself for a seed, and differs for another seed or stream', () => {
    const draw = (rng: Random) => Array.from({ length: 5 }, () => rng.uint32());
    expect(draw(new Random('x', 1))).toEqual(draw(new Random('x', 1)));
    expect(draw(new Random('x', 1))).not.toEqual(draw(new Random('x', 2)));
    const root = new Random(7);
    expect(draw(root.derive('a', 1))).toEqual(draw(new Random(7).derive('a', 1)));
    expect(draw(root.derive('a', 1))).not.toEqual(draw(root.derive('a', 2)));
  });

  it('makes well-formed UUIDs; ordered ones sort in the order they were made', () => {
    const rng = new Random(3);
    expect(rng.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const base = Date.UTC(2025, 0, 1);
    const ordered = Array.from({ length: 200 }, (_, i) => rng.orderedUuid(base + i));
    expect(ordered[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect([...ordered].sort()).toEqual(ordered);
  });

  it('stays in range and follows weights', () => {
    const rng = new Random(11);
    const counts = { a: 0, b: 0 };
    for (let i = 0; i < 10_000; i++) {
      const n = rng.int(3, 5);
      expect(n >= 3 && n <= 5).toBe(true);
      counts[
        rng.weighted<'a' | 'b'>([
          ['a', 0.8],
          ['b', 0.2],
        ])
      ]++;
    }
    expect(counts.a / 10_000).toBeCloseTo(0.8, 1);
    const mean = Array.from({ length: 20_000 }, () => rng.logNormal(10, 1.1)).reduce((x, y) => x + y) / 20_000;
    expect(mean).toBeGreaterThan(9);
    expect(mean).toBeLessThan(11);
  });
});

describe('shareOut', () => {
  it('splits a total exactly in proportion to the weights', () => {
    const shares = shareOut(1_000, Float64Array.from([1, 2, 0, 3.5, 0.25]));
    expect(shares.reduce((a, b) => a + b)).toBe(1_000);
    expect(shares[2]).toBe(0);
    expect(shares[3]).toBeGreaterThan(shares[1] as number);
    expect(shareOut(10, Float64Array.from([0, 0]))).toEqual([0, 0]);
  });
});

describe('COPY timestamps', () => {
  it('format like toISOString', () => {
    for (const ms of [0, 1_750_238_999_999, Date.UTC(2024, 1, 29, 23, 59, 59, 7), -86_400_001]) {
      expect(timestampText(new Date(ms))).toBe(new Date(ms).toISOString());
    }
  });
});
