import { describe, expect, it } from "vitest";
import { enumLabel, formatDate, percent, plural } from "./format";

describe("format", () => {
  it("rounds confidence to a clamped percentage", () => {
    expect(percent(0.934)).toBe("93%");
    expect(percent(1.2)).toBe("100%");
    expect(percent(-1)).toBe("0%");
  });

  it("formats dates in UTC and ignores missing or invalid ones", () => {
    expect(formatDate("2024-10-08T23:30:00Z")).toBe("8 Oct 2024");
    expect(formatDate(null)).toBe("");
    expect(formatDate("not a date")).toBe("");
  });

  it("pluralises counts", () => {
    expect(plural(1, "quote")).toBe("1 quote");
    expect(plural(2, "person", "people")).toBe("2 people");
  });

  it("turns enum values into labels", () => {
    expect(enumLabel("NOT_FOUND")).toBe("not found");
  });
});
