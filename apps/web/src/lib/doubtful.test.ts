import { describe, expect, it } from "vitest";
import { DOUBTFUL_BELOW, isDoubtful } from "./doubtful";

describe("doubtful claims", () => {
  it("are the unreviewed ones under the confidence threshold", () => {
    expect(isDoubtful({ confidence: 0.2, reviewed: false })).toBe(true);
    expect(isDoubtful({ confidence: 0.2, reviewed: true })).toBe(false);
    expect(isDoubtful({ confidence: DOUBTFUL_BELOW, reviewed: false })).toBe(false);
    expect(isDoubtful({ confidence: 0.8, reviewed: false })).toBe(false);
  });
});
