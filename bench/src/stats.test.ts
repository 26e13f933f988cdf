import { describe, expect, it } from "vitest";
import { percentile, Samples } from "./stats.js";

describe("percentiles", () => {
  it("uses the nearest rank", () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(xs, 50)).toBe(50);
    expect(percentile(xs, 90)).toBe(90);
    expect(percentile(xs, 99)).toBe(99);
    expect(percentile(xs, 100)).toBe(100);
    expect(percentile(xs, 0)).toBe(1);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it("keeps sub-millisecond samples and merges", () => {
    const a = new Samples();
    const b = new Samples();
    for (let i = 0; i < 3000; i++) a.add(0.25 + (i % 10) * 0.01);
    b.add(12.5);
    a.merge(b);
    const s = a.summary();
    expect(s.n).toBe(3001);
    expect(s.p50).toBeCloseTo(0.3, 3);
    expect(s.max).toBe(12.5);
    expect(s.p99).toBeLessThan(1);
  });
});
