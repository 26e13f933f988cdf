import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { WeightTable } from "./weight-table.js";

const hash30 = fc.integer({ min: 0, max: 0x3fffffff });

describe("weight table", () => {
  it("answers every lookup as a Map built from the same pairs would", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(hash30, fc.double({ noNaN: true })), { maxLength: 3000 }), fc.array(hash30, { maxLength: 200 }), (pairs, probes) => {
        const table = new WeightTable(
          pairs.map(([h]) => h),
          pairs.map(([, w]) => w),
        );
        const map = new Map(pairs);
        for (const h of [...map.keys(), ...probes]) expect(table.get(h)).toBe(map.get(h));
      }),
    );
  });

  it("keeps the last weight of a repeated hash", () => {
    expect(new WeightTable([7, 7, 8], [1, 2, 3]).get(7)).toBe(2);
  });

  it("finds keys that collide in their first slot", () => {
    // 2,000 keys in 4,096 slots: many share a first slot, and probing must walk past them.
    const hashes = Array.from({ length: 2000 }, (_, k) => k * 1024);
    const table = new WeightTable(hashes, hashes.map((h) => h + 0.5));
    expect(hashes.every((h) => table.get(h) === h + 0.5)).toBe(true);
    expect(table.get(1)).toBeUndefined();
  });

  it("refuses a weight file whose columns disagree or whose hashes are not 30-bit", () => {
    expect(() => new WeightTable([1, 2], [0.5])).toThrow(/2 hashes but 1 weights/u);
    expect(() => new WeightTable([-1], [0.5])).toThrow(/not a 30-bit integer/u);
    expect(() => new WeightTable([2 ** 31], [0.5])).toThrow(/not a 30-bit integer/u);
  });
});
