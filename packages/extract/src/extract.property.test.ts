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

  // Each of these made a lookup over all the people found so far, or over the whole text, for every name:
  // at 16,000 names they took 22–44 s before the lookups were indexed, and take well under a second now.
  const name = (i: number) => {
    let s = "";
    for (let n = i + 1; n > 0; n = Math.floor(n / 26)) s += String.fromCharCode(97 + (n % 26));
    return `${s[0]!.toUpperCase()}${s.slice(1)}o`;
  };
  const thousandsOfPeople: Record<string, (i: number) => string> = {
    "full names": (i) => `John ${name(i)} said it was fine.`,
    "honorifics": (i) => `Mr. ${name(i)} spoke.`,
    "titles": (i) => `President ${name(i)} spoke.`,
    "one shared surname": (i) => `${name(i)} Smith spoke. Smith agreed.`,
    "one role holder": (i) => `${i === 0 ? "Senator John Smith spoke. " : ""}${name(i)} Jones arrived. The senator said the ${name(i).toLowerCase()} was fine.`,
    "descriptions": (i) => `${i === 0 ? "Russian President Vladimir Putin spoke. " : ""}${name(i)} Jones met the Russian leader.`,
  };
  for (const [what, sentence] of Object.entries(thousandsOfPeople)) {
    it(`finishes an article naming 16,000 different people (${what})`, () => {
      const text = Array.from({ length: 16_000 }, (_, i) => sentence(i)).join(" ");
      const started = performance.now();
      const x = extract(text);
      expect(x.persons.length).toBeGreaterThan(15_000);
      expect(performance.now() - started).toBeLessThan(10_000);
    });
  }
});
