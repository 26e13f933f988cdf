import { describe, expect, it } from "vitest";
import { SPEAKER_COLORS, speakerColors, speakerKey } from "./palette";

describe("speakerColors", () => {
  it("gives speakers colours in order of first appearance", () => {
    const colors = speakerColors(["Vladimir Putin", "Jason Miller", "Vladimir Putin"]);
    expect(colors.get("Vladimir Putin")).toBe(SPEAKER_COLORS[0]);
    expect(colors.get("Jason Miller")).toBe(SPEAKER_COLORS[1]);
    expect(colors.size).toBe(2);
  });

  it("puts unknown speakers under one key", () => {
    const colors = speakerColors([null, undefined, " "]);
    expect(colors.size).toBe(1);
    expect(colors.has(speakerKey(null))).toBe(true);
  });

  it("reuses the palette past its end", () => {
    const names = Array.from({ length: SPEAKER_COLORS.length + 1 }, (_, i) => `P${i}`);
    expect(speakerColors(names).get(`P${SPEAKER_COLORS.length}`)).toBe(SPEAKER_COLORS[0]);
  });
});
