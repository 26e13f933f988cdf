/**
 * PolNeAR attribution scoring (evaluation.md, metric 1). Every quote and every claim of an
 * extraction is one attribution: its `source` span, its `cue` span and its content
 * (`start`..`end`). Articles with several annotators' files are scored against each file and the
 * counts summed.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Extraction } from "@whosaid/domain";
import { addCounts, evalTokens, LABELS, parseBrat, scoreDocument, zeroCounts, type BratSpans, type Counts, type Label, type Range } from "./scoring.js";

export type Split = "train" | "dev" | "test";

export interface PolnearArticle {
  name: string;
  text: string;
  /** One entry per annotator's file. */
  annotations: { annotator: string; spans: BratSpans }[];
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
        .map((a) => ({ annotator: a.slice(name.length + 1, -4), spans: parseBrat(readFileSync(join(dir, "attributions", a), "utf8")) }));
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
      const s = scoreDocument(article.text, a.spans, pred, tokens);
      for (const l of LABELS) {
        addCounts(token[l], s.token[l]);
        addCounts(exact[l], s.exact[l]);
      }
    }
  }
  return { split, articles: articles.length, annotationFiles, words, textMismatches, token, exact };
}
