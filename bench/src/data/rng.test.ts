import { describe, expect, it } from "vitest";
import { countWithMean, createRng, shuffle, weightedPick, Zipf } from "./rng.js";

describe("seeded randomness", () => {
  it("repeats itself for a seed and differs between seeds", () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it("draws Zipf ranks with probability ∝ 1/(k+1)^s", () => {
    const z = new Zipf(1000, 1);
    let total = 0;
    for (let k = 0; k < 1000; k++) total += z.probability(k);
    expect(total).toBeCloseTo(1, 9);
    expect(z.probability(0) / z.probability(9)).toBeCloseTo(10, 6);
    const rng = createRng(1);
    const counts = new Array<number>(1000).fill(0);
    const n = 200_000;
    for (let i = 0; i < n; i++) counts[z.sample(rng)]!++;
    expect(counts[0]! / n).toBeCloseTo(z.probability(0), 2);
    expect(counts[1]! / n).toBeCloseTo(z.probability(1), 2);
    // Power law: rank 0 about 10× rank 9 and 100× rank 99.
    expect(counts[0]! / counts[9]!).toBeGreaterThan(8);
    expect(counts[0]! / counts[9]!).toBeLessThan(12);
  });

  it("gives counts with the asked mean", () => {
    const rng = createRng(5);
    let sum = 0;
    for (let i = 0; i < 50_000; i++) sum += countWithMean(rng, 5.31, 1);
    expect(sum / 50_000).toBeGreaterThan(5.0);
    expect(sum / 50_000).toBeLessThan(5.6);
  });

  it("shuffles and picks by weight", () => {
    const rng = createRng(3);
    expect(shuffle(rng, [1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5]);
    const picks = { a: 0, b: 0 };
    for (let i = 0; i < 10_000; i++) picks[weightedPick(rng, ["a", "b"] as const, [3, 1])]++;
    expect(picks.a / 10_000).toBeCloseTo(0.75, 1);
  });
});
