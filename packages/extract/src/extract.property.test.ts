import fc from "fast-check";
import type { Extraction, Span } from "@whosaid/domain";
import { describe, expect, it } from "vitest";
import { extract, runPipeline } from "./index.js";

function spansOf(x: Extraction): Span[] {
  const spans: Span[] = [];
  for (const p of x.persons) spans.push(...p.mentions);
  for (const q of x.quotes) spans.push(q, ...(q.source ? [q.source] : []), ...(q.cue ? [q.cue] : []));
  for (const c of x.claims) spans.push(c, ...(c.source ? [c.source] : []), ...(c.cue ? [c.cue] : []));
  return spans;
}

function checkOffsets(text: string): void {
  const x = runPipeline(text);
  expect(x.text).toBe(text);
  for (const s of spansOf(x)) {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(s.start).toBeLessThanOrEqual(s.end);
    expect(text.slice(s.start, s.end)).toBe(s.text);
  }
}

const newsish = fc.array(
  fc.oneof(
    fc.constantFrom('"', "“", "”", "„", "«", "»", ",", ".", "\n", "\n\n", " said ", " told ", " according to ", "He ", "she ", "Trump", " Donald Trump", "Mr. ", "the book", " claims that "),
    fc.string({ unit: "grapheme", maxLength: 8 }),
  ),
  { maxLength: 60 },
).map((parts) => parts.join(""));

describe("extract (property)", () => {
  it("never throws and keeps offsets inside the text on grapheme strings", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), checkOffsets), { numRuns: 300 });
  });
  it("never throws on binary (lone surrogates, controls) strings", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 300 }), checkOffsets), { numRuns: 300 });
  });
  it("never throws on news-like fragments full of marks and cues", () => {
    fc.assert(fc.property(newsish, checkOffsets), { numRuns: 500 });
  });
  it("handles empty, whitespace and very long input", () => {
    for (const text of ["", " ", "\n\n\n", '"', "“”", "\uFEFF", "\uD800"]) expect(extract(text).text).toBe(text);
    const long = 'Senator Jane Doe said that "the plan works," he added. '.repeat(20_000);
    const started = performance.now();
    const x = extract(long);
    expect(x.text).toBe(long);
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});
