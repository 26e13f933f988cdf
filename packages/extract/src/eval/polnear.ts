/**
 * PolNeAR attribution scoring (evaluation.md, metric 1). Every quote and every claim of an
 * extraction is one attribution: its `source` span, its `cue` span and its content
 * (`start`..`end`). Articles with several annotators' files are scored against each file and the
 * counts summed.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Extraction } from "@whosaid/domain";
import {
  addCounts,
  evalTokens,
  LABELS,
  parseBrat,
  parseBratAttributions,
  scoreDocument,
  zeroCounts,
  type BratAttribution,
  type BratSpans,
  type Counts,
  type Label,
  type Range,
} from "./scoring.js";

export type Split = "train" | "dev" | "test";

export interface PolnearArticle {
  name: string;
  text: string;
  /** One entry per annotator's file. */
  annotations: { annotator: string; spans: BratSpans; attributions: BratAttribution[] }[];
}

export interface PolnearScore {
  split: Split;
  articles: number;
  annotationFiles: number;
  words: number;
  /** Articles whose extraction `text` differed from the file (offsets not comparable; scored as no prediction). */
  textMismatches: number;
  token: Record<Label, Counts>;
  exact: Record<Label, Counts>;
  /** Our quotes inside a gold attribution that has a source, and those whose speaker is that source. */
  quoteSpeakers: { correct: number; total: number };
}

/** Reads one split: texts from `text/`, every annotator's `.ann` from `attributions/`. */
export function loadPolnearSplit(polnearDir: string, split: Split): PolnearArticle[] {
  const dir = join(polnearDir, split);
  const annFiles = readdirSync(join(dir, "attributions")).filter((f) => f.endsWith(".ann")).sort();
  return readdirSync(join(dir, "text"))
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((file) => {
      const name = file.slice(0, -4);
      const text = readFileSync(join(dir, "text", file), "utf8").replace(/^\uFEFF/, "");
      const annotations = annFiles
        .filter((a) => a.startsWith(`${name}_`) && !a.slice(name.length + 1, -4).includes("_"))
        .map((a) => {
          const ann = readFileSync(join(dir, "attributions", a), "utf8");
          return { annotator: a.slice(name.length + 1, -4), spans: parseBrat(ann), attributions: parseBratAttributions(ann) };
        });
      return { name, text, annotations };
    });
}

/** The predicted Source, Cue and Content spans of an extraction. */
export function predictedSpans(x: Extraction): Record<Label, Range[]> {
  const out: Record<Label, Range[]> = { Source: [], Cue: [], Content: [] };
  for (const item of [...x.quotes, ...x.claims]) {
    if (item.source) out.Source.push({ start: item.source.start, end: item.source.end });
    if (item.cue) out.Cue.push({ start: item.cue.start, end: item.cue.end });
    out.Content.push({ start: item.start, end: item.end });
  }
  return out;
}

/** Scores an extractor over a split. */
export function scorePolnear(split: Split, articles: readonly PolnearArticle[], run: (text: string) => Extraction): PolnearScore {
  const token = Object.fromEntries(LABELS.map((l) => [l, zeroCounts()])) as Record<Label, Counts>;
  const exact = Object.fromEntries(LABELS.map((l) => [l, zeroCounts()])) as Record<Label, Counts>;
  const quoteSpeakers = { correct: 0, total: 0 };
  let textMismatches = 0;
  let annotationFiles = 0;
  let words = 0;
  for (const article of articles) {
    const x = run(article.text);
    const sameText = x.text === article.text;
    if (!sameText) textMismatches++;
    const pred = sameText ? predictedSpans(x) : { Source: [], Cue: [], Content: [] };
    const tokens = evalTokens(article.text);
    words += article.text.split(/\s+/).filter(Boolean).length;
    for (const a of article.annotations) {
      annotationFiles++;
      if (sameText) {
        const q = scoreQuoteSpeakers(article.text, x, a.attributions);
        quoteSpeakers.correct += q.correct;
        quoteSpeakers.total += q.total;
      }
      const s = scoreDocument(article.text, a.spans, pred, tokens);
      for (const l of LABELS) {
        addCounts(token[l], s.token[l]);
        addCounts(exact[l], s.exact[l]);
      }
    }
  }
  return { split, articles: articles.length, annotationFiles, words, textMismatches, token, exact, quoteSpeakers };
}

const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;
const length = (fragments: readonly Range[]) => fragments.at(-1)!.end - fragments[0]!.start;

/**
 * Speakers of direct quotes on PolNeAR: each of our quotes lying inside the content of a gold attribution
 * that has a source (the innermost such attribution, a mark's width of slack) counts; its speaker is right
 * when our source span overlaps the gold source, when the speaker is a person with a mention there (the
 * second half of a split quotation has the speaker but no source span of its own), or when a speaker that
 * is no person carries a name the gold source holds.
 */
export function scoreQuoteSpeakers(text: string, x: Extraction, gold: readonly BratAttribution[]): { correct: number; total: number } {
  let correct = 0;
  let total = 0;
  for (const q of x.quotes) {
    const holder = gold
      .filter((g) => g.Source?.length && g.Content?.some((c) => c.start <= q.start + 1 && q.end <= c.end + 1))
      .sort((a, b) => length(a.Content!) - length(b.Content!))[0];
    if (!holder) continue;
    total++;
    const source = holder.Source!;
    const person = q.speaker?.personId === undefined ? undefined : x.persons.find((p) => p.id === q.speaker!.personId);
    const right =
      (q.source !== null && source.some((s) => overlaps(s, q.source!))) ||
      (person?.mentions.some((m) => source.some((s) => overlaps(s, m))) ?? false) ||
      (q.speaker !== null && !person && q.source === null && source.some((s) => text.slice(s.start, s.end).toLowerCase().includes(q.speaker!.name.toLowerCase())));
    if (right) correct++;
  }
  return { correct, total };
}
