import { describe, expect, it } from "vitest";
import { changedFields, showValue } from "./history";

describe("changedFields", () => {
  it("lists only the fields that changed, with sources shown by name", () => {
    const before = { text: "hi", speaker: { name: "Jason Miller", kind: "PERSON", personId: "a" }, reviewed: false };
    const after = { text: "hi", speaker: { name: "the Kremlin", kind: "ORGANIZATION", personId: null }, reviewed: true };
    expect(changedFields(before, after)).toEqual([
      { field: "speaker", before: "Jason Miller", after: "the Kremlin (organization)" },
      { field: "reviewed", before: "false", after: "true" },
    ]);
  });

  it("shows an added or deleted item against nothing", () => {
    expect(changedFields(null, { verdict: "FALSE" })).toEqual([{ field: "verdict", before: "—", after: "FALSE" }]);
    expect(changedFields({ subjects: [] }, null)).toEqual([]);
  });

  it("joins lists and marks empty values", () => {
    expect(showValue(["a", "b"])).toBe("a, b");
    expect(showValue(null)).toBe("—");
  });
});
