import { describe, expect, it } from "vitest";
import { Latencies, percentileRatioInterval } from "./latency.js";

describe("Latencies", () => {
  it("gives nearest-rank percentiles", () => {
    const l = new Latencies();
    for (let i = 1; i <= 100; i++) l.add(i / 10);
    expect(l.summary()).toEqual({ n: 100, p50: 5, p90: 9, p99: 9.9 });
  });
  it("is NaN when empty", () => {
    expect(Number.isNaN(new Latencies().percentile(50))).toBe(true);
  });
});

describe("percentileRatioInterval", () => {
  const spread = (n: number, scale: number) => Array.from({ length: n }, (_, i) => scale * (1 + ((i * 7919) % n) / n));

  it("brackets the measured ratio, the same on every run", () => {
    const idle = spread(1000, 10);
    const during = spread(1000, 15);
    const interval = percentileRatioInterval(idle, during, 99);
    expect(interval.low).toBeLessThanOrEqual(1.5);
    expect(interval.high).toBeGreaterThanOrEqual(1.5);
    expect(percentileRatioInterval(idle, during, 99)).toEqual(interval);
  });

  it("is wider with fewer samples", () => {
    const width = (n: number) => {
      const i = percentileRatioInterval(spread(n, 10).map((x, k) => x + (k % 13)), spread(n, 15).map((x, k) => x + (k % 17)), 99);
      return i.high - i.low;
    };
    expect(width(100)).toBeGreaterThan(width(5000));
  });

  it("is NaN without samples", () => {
    expect(Number.isNaN(percentileRatioInterval([], [1], 99).low)).toBe(true);
  });
});
