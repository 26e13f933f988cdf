import { describe, expect, it } from "vitest";
import { segmentText } from "./segments";

const span = (start: number, end: number, id: string) => ({ start, end, id });
const ids = (text: string, spans: ReturnType<typeof span>[]) =>
  segmentText(text, spans).map((s) => [s.text, s.spans.map((x) => x.id).join(",")]);

describe("segmentText", () => {
  it("returns the whole text as one bare segment when there are no spans", () => {
    expect(ids("hello", [])).toEqual([["hello", ""]]);
  });

  it("returns nothing for empty text", () => {
    expect(segmentText("", [span(0, 3, "a")])).toEqual([]);
  });

  it("cuts a span out of the text around it", () => {
    expect(ids("say hi now", [span(4, 6, "q")])).toEqual([
      ["say ", ""],
      ["hi", "q"],
      [" now", ""],
    ]);
  });

  it("gives overlapping spans' shared run both spans", () => {
    expect(ids("abcdef", [span(0, 4, "a"), span(2, 6, "b")])).toEqual([
      ["ab", "a"],
      ["cd", "a,b"],
      ["ef", "b"],
    ]);
  });

  it("handles nested spans and keeps the given order within a segment", () => {
    expect(ids("Putin said hello", [span(11, 16, "quote"), span(0, 16, "claim"), span(0, 5, "mention")])).toEqual([
      ["Putin", "claim,mention"],
      [" said ", "claim"],
      ["hello", "quote,claim"],
    ]);
  });

  it("handles identical and adjacent spans", () => {
    expect(ids("abcd", [span(0, 2, "a"), span(0, 2, "b"), span(2, 4, "c")])).toEqual([
      ["ab", "a,b"],
      ["cd", "c"],
    ]);
  });

  it("clamps spans out of range and ignores empty or inverted ones", () => {
    expect(ids("abc", [span(-5, 1, "a"), span(2, 99, "b"), span(1, 1, "e"), span(2, 1, "i")])).toEqual([
      ["a", "a"],
      ["b", ""],
      ["c", "b"],
    ]);
  });

  it("always reassembles the original text", () => {
    const text = "The book claims Trump sent Putin testing kits, the Times reported.";
    let seed = 7;
    const rand = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
    for (let round = 0; round < 200; round++) {
      const spans = Array.from({ length: rand(8) }, (_, i) => {
        const a = rand(text.length + 1);
        const b = rand(text.length + 1);
        return span(Math.min(a, b), Math.max(a, b), String(i));
      });
      const segments = segmentText(text, spans);
      expect(segments.map((s) => s.text).join("")).toBe(text);
      for (const s of segments) {
        for (const sp of spans) {
          const covers = sp.start <= s.start && sp.end >= s.end && sp.end > sp.start;
          expect(s.spans.includes(sp)).toBe(covers);
        }
      }
    }
  });
});
