import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runPipeline } from "../index.js";
import gold from "./pages-gold.json" with { type: "json" };
import { pageText, scorePages, sha1, type PageGold } from "./pages.js";
import { prf } from "./scoring.js";

const pagesDir = fileURLToPath(new URL("../../../../../shared/data/pages/", import.meta.url));
const pages = (gold as unknown as { pages: Record<string, PageGold> }).pages;
/** Each test reads nine saved pages with Readability on jsdom: ~20 s on a slow, busy machine. */
const PAGE_PARSING_TIMEOUT = 120_000;

describe("saved pages against our annotation", () => {
  it("annotates the pages' current main text, each quote right after its opening mark, each claim inside the text", () => {
    for (const [page, g] of Object.entries(pages)) {
      const text = pageText(pagesDir, page);
      expect(sha1(text), page).toBe(g.textSha1);
      for (const q of g.quotes) {
        expect(q.end, `${page} ${q.start}`).toBeGreaterThan(q.start);
        expect(q.end).toBeLessThanOrEqual(text.length);
        expect(text[q.start - 1], `${page}: ${text.slice(q.start, q.end)}`).toMatch(/["“]/u);
      }
      for (const c of g.claims ?? []) {
        expect(c.end, `${page} ${c.start}`).toBeGreaterThan(c.start);
        expect(c.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(c.start, c.end), page).toBe(text.slice(c.start, c.end).trim());
      }
    }
  }, PAGE_PARSING_TIMEOUT);
  it("keeps persons, quotes, speakers, claims and claimants on them at the figures docs/accuracy.md reports", () => {
    const s = scorePages(pagesDir, pages, (t) => runPipeline(t));
    expect(s.changed).toEqual([]);
    expect(s.pages).toEqual(Object.keys(pages));
    expect(s.quotes.gold).toBe(Object.values(pages).reduce((n, g) => n + g.quotes.length, 0));
    expect(s.claims.gold).toBe(Object.values(pages).reduce((n, g) => n + (g.claims?.length ?? 0), 0));
    // Floors a little under what 0.15.0 scores on the twenty-three pages (persons 93.2, quotes 97.2, speakers 93.7 %,
    // claims 68.7, claimants 87.8 %), quotes at the target: a regression fails here.
    expect(prf(s.persons).f1).toBeGreaterThanOrEqual(0.9);
    expect(prf(s.quotes).f1).toBeGreaterThanOrEqual(0.97);
    expect(s.speakers.correct / s.speakers.total).toBeGreaterThanOrEqual(0.92);
    expect(prf(s.claims).f1).toBeGreaterThanOrEqual(0.67);
    expect(s.claimants.correct / s.claimants.total).toBeGreaterThanOrEqual(0.86);
  }, PAGE_PARSING_TIMEOUT);
  it("credits nobody set off before a passive participle ('… the leading Māori whale expert, called on by tribes')", () => {
    const claims = runPipeline(pageText(pagesDir, "guardian-1")).claims;
    expect(claims.filter((c) => c.cue?.text.startsWith("called")).map((c) => c.claimant?.name)).toEqual([]);
  }, PAGE_PARSING_TIMEOUT);
});
