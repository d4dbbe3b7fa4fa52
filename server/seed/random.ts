/**
 * A small seeded pseudo-random generator for the data-set generator: sfc32 (passes PractRand to 2^40+, four
 * 32-bit words of state) seeded through splitmix32. Deterministic across platforms because it only uses
 * 32-bit integer arithmetic. Not for anything secret.
 *
 * `Random.derive(...)` gives an independent stream for a sub-part (one customer, its usage), so a part's
 * data does not depend on how many numbers another part drew — generation can be re-run per customer.
 */

function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** A 32-bit hash of a string (FNV-1a), to name streams. */
function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const hex = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

export class Random {
  #a: number;
  #b: number;
  #c: number;
  #d: number;

  constructor(...seed: (number | string)[]) {
    let mixed = 0x6a09e667;
    for (const part of seed) {
      const value = typeof part === 'number' ? part >>> 0 : hashString(part);
      mixed = splitmix32(mixed ^ value)();
      if (typeof part === 'number' && part > 0xffffffff) mixed = splitmix32(mixed ^ Math.floor(part / 2 ** 32))();
    }
    const init = splitmix32(mixed);
    this.#a = init();
    this.#b = init();
    this.#c = init();
    this.#d = init();
    for (let i = 0; i < 12; i++) this.uint32();
  }

  /** An independent stream named by `parts` below this one's seed (this stream is not advanced). */
  derive(...parts: (number | string)[]): Random {
    return new Random(this.#a, this.#b, this.#c, this.#d, ...parts);
  }

  uint32(): number {
    const t = (((this.#a + this.#b) | 0) + this.#d) | 0;
    this.#d = (this.#d + 1) | 0;
    this.#a = this.#b ^ (this.#b >>> 9);
    this.#b = (this.#c + (this.#c << 3)) | 0;
    this.#c = (this.#c << 21) | (this.#c >>> 11);
    this.#c = (this.#c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** Uniform real in [min, max). */
  real(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** One of `choices`, with probability proportional to its weight. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, weight] of choices) total += weight;
    let r = this.next() * total;
    for (const [value, weight] of choices) {
      r -= weight;
      if (r < 0) return value;
    }
    return (choices[choices.length - 1] as readonly [T, number])[0];
  }

  /** Standard normal (Box–Muller). */
  normal(mean = 0, deviation = 1): number {
    const u = 1 - this.next();
    const v = this.next();
    return mean + deviation * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** Log-normal with the given mean (not median) and shape `sigma`. */
  logNormal(mean: number, sigma: number): number {
    return Math.exp(this.normal(Math.log(mean) - (sigma * sigma) / 2, sigma));
  }

  /** Poisson-distributed count (Knuth for small means, normal approximation above 30). */
  poisson(mean: number): number {
    if (mean <= 0) return 0;
    if (mean > 30) return Math.max(0, Math.round(this.normal(mean, Math.sqrt(mean))));
    const limit = Math.exp(-mean);
    let k = 0;
    let p = this.next();
    while (p > limit) {
      k++;
      p *= this.next();
    }
    return k;
  }

  /** `count` distinct items of `items` (partial Fisher–Yates on a copy). */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = items.slice();
    const n = Math.min(count, copy.length);
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(this.next() * (copy.length - i));
      const tmp = copy[i] as T;
      copy[i] = copy[j] as T;
      copy[j] = tmp;
    }
    return copy.slice(0, n);
  }

  /** A version-4-shaped UUID from this stream: deterministic for a seed. */
  uuid(): string {
    return this.#format(this.uint32(), (this.uint32() & 0xffff0fff) | 0x00004000);
  }

  /**
   * A version-7-shaped UUID whose 48-bit time field is `milliseconds` (a sequence the caller keeps), the rest
   * from this stream. Ids minted in increasing order sort in that order, so rows land at the end of every
   * index that leads with them (a bulk load's index maintenance stays sequential).
   */
  orderedUuid(milliseconds: number): string {
    const high = Math.floor(milliseconds / 65536) >>> 0;
    const low = milliseconds % 65536;
    return this.#format(high, ((low << 16) | 0x7000 | (this.uint32() & 0x0fff)) >>> 0);
  }

  #format(a: number, b: number): string {
    const c = (this.uint32() & 0x3fffffff) | 0x80000000;
    const d = this.uint32();
    const h = (x: number, shift: number) => hex[(x >>> shift) & 0xff] as string;
    return (
      h(a, 24) +
      h(a, 16) +
      h(a, 8) +
      h(a, 0) +
      '-' +
      h(b, 24) +
      h(b, 16) +
      '-' +
      h(b, 8) +
      h(b, 0) +
      '-' +
      h(c, 24) +
      h(c, 16) +
      '-' +
      h(c, 8) +
      h(c, 0) +
      h(d, 24) +
      h(d, 16) +
      h(d, 8) +
      h(d, 0)
    );
  }
}
