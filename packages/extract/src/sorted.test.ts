import { describe, expect, it } from "vitest";
import { firstIndexNotBefore } from "./sorted.js";

describe("firstIndexNotBefore", () => {
  it("finds the first item at or after a key, or the end", () => {
    const starts = [1, 4, 4, 9];
    expect(firstIndexNotBefore(starts, (s) => s < 0)).toBe(0);
    expect(firstIndexNotBefore(starts, (s) => s < 4)).toBe(1);
    expect(firstIndexNotBefore(starts, (s) => s < 5)).toBe(3);
    expect(firstIndexNotBefore(starts, (s) => s < 10)).toBe(4);
    expect(firstIndexNotBefore([], () => true)).toBe(0);
  });
});
