/** Seeded randomness for the data generator and the workload: the same seed gives the same bytes. */

/** mulberry32: a small, fast 32-bit PRNG; returns floats in [0, 1). */
export function createRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [0, n). */
export function randInt(rng: () => number, n: number): number {
  return Math.floor(rng() * n);
}

/**
 * Zipf (power-law) sampler over ranks 0..n-1: P(rank k) ∝ 1 / (k + 1)^s.
 * Inverse-CDF with a binary search; the table is built once.
 */
export class Zipf {
  private readonly cdf: Float64Array;

  constructor(
    readonly n: number,
    readonly s: number,
  ) {
    if (n < 1) throw new Error("Zipf needs n >= 1");
    this.cdf = new Float64Array(n);
    let sum = 0;
    for (let k = 0; k < n; k++) {
      sum += 1 / Math.pow(k + 1, s);
      this.cdf[k] = sum;
    }
    for (let k = 0; k < n; k++) this.cdf[k]! /= sum;
  }

  /** The probability of rank k. */
  probability(k: number): number {
    return this.cdf[k]! - (k === 0 ? 0 : this.cdf[k - 1]!);
  }

  sample(rng: () => number): number {
    const u = rng();
    let lo = 0;
    let hi = this.n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cdf[mid]! < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** A value from an empirical sample (each observed value equally likely). */
export function pickEmpirical(rng: () => number, observed: readonly number[]): number {
  return observed[randInt(rng, observed.length)]!;
}

/** Geometric-like count with the given mean (at least `min`). */
export function countWithMean(rng: () => number, mean: number, min = 1): number {
  // Exponential, floored: mean of floor(min + Exp(λ)) ≈ min + 1/λ - 0.5.
  const extra = Math.max(0.01, mean - min + 0.5);
  return min + Math.floor(-Math.log(1 - rng()) * extra);
}

/** Fisher–Yates shuffle in place. */
export function shuffle<T>(rng: () => number, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = randInt(rng, i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/** Picks from `items` with the given weights (same length). */
export function weightedPick<T>(rng: () => number, items: readonly T[], weights: readonly number[]): T {
  const total = weights.reduce((a, b) => a + b, 0);
  let u = rng() * total;
  for (let i = 0; i < items.length; i++) {
    u -= weights[i]!;
    if (u < 0) return items[i]!;
  }
  return items[items.length - 1]!;
}
