import { describe, expect, it } from "vitest";
import { Latencies } from "./latency.js";

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
