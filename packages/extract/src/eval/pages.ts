/**
 * Saved news pages against our own annotation (`pages-gold.json`): the real-news measures —
 * person P/R/F1, quote P/R/F1 (token F1 ≥ 0.5) and the speakers of the matched quotes, and, on the
 * pages whose claims are annotated, claim P/R/F1 (content token F1 ≥ 0.5) and the claimants of the
 * matched claims — scored as the seed article is (seed.ts).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Extraction, SourceKind } from "@whosaid/domain";
import { extractFromHtml } from "../html.js";
import { addCounts, sha1, zeroCounts, type Counts } from "./scoring.js";
import { scoreSeed } from "./seed.js";

export interface PageGold {
  /** SHA-1 of the page's main text: quotes are offsets into it. */
  textSha1: string;
  persons: { name: string; aliases: string[] }[];
  quotes: { start: number; end: number; speaker: string }[];
  /**
   * Every reported proposition, as [start, end) of its content, with its claimant: a person's full
   * name, or the source as the sentence names it and its kind. Absent on pages whose claims are not annotated yet.
   */
  claims?: { start: number; end: number; claimant: string; kind: SourceKind; aliases?: string[] }[];
}

export interface PagesScore {
  pages: string[];
  /** Pages whose main text is no longer the annotated one (not scored). */
  changed: string[];
  persons: Counts;
  quotes: Counts;
  speakers: { correct: number; total: number };
  /** The pages with annotated claims, and the claim figures on them. */
  claimPages: string[];
  claims: Counts;
  claimants: { correct: number; total: number };
}

/** The main text of a saved page, as ingestion takes it. */
export function pageText(pagesDir: string, page: string): string {
  const article = extractFromHtml(readFileSync(join(pagesDir, page, "source.html"), "utf8"));
  if (!article) throw new Error(`eval:pages: no main text in ${page}`);
  return article.text;
}

export { sha1 };

/** Scores every annotated page whose text is unchanged. */
export function scorePages(pagesDir: string, gold: Record<string, PageGold>, run: (text: string) => Extraction): PagesScore {
  const score: PagesScore = {
    pages: [],
    changed: [],
    persons: zeroCounts(),
    quotes: zeroCounts(),
    speakers: { correct: 0, total: 0 },
    claimPages: [],
    claims: zeroCounts(),
    claimants: { correct: 0, total: 0 },
  };
  for (const [page, g] of Object.entries(gold)) {
    const text = pageText(pagesDir, page);
    if (sha1(text) !== g.textSha1) {
      score.changed.push(page);
      continue;
    }
    const s = scoreSeed(run(text), {
      persons: g.persons.map((p) => ({ ...p, roles: [] })),
      quotes: g.quotes.map((q) => ({ text: text.slice(q.start, q.end), speaker: q.speaker, kind: "direct" })),
      claims: (g.claims ?? []).map((c) => ({ content: text.slice(c.start, c.end), source: c.claimant, sourceKind: c.kind, sourceAliases: c.aliases })),
    });
    score.pages.push(page);
    addCounts(score.persons, s.persons);
    addCounts(score.quotes, s.quotes);
    score.speakers.correct += s.speakers.correct;
    score.speakers.total += s.speakers.total;
    if (!g.claims) continue;
    score.claimPages.push(page);
    addCounts(score.claims, s.claims);
    score.claimants.correct += s.claimants.correct;
    score.claimants.total += s.claimants.total;
  }
  return score;
}
