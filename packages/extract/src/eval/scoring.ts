/**
 * Pure scoring functions for `npm run eval` (shared/docs/evaluation.md): P/R/F1 counts, the
 * evaluation tokenisation (`\w+|[^\w\s]`), token-level and exact-span label scores, brat standoff
 * parsing, and the bag-of-tokens F1 used to match quotes and claims to gold texts.
 */

import { createHash } from "node:crypto";
export interface Counts {
  /** Shared (true positive) items. */
  tp: number;
  pred: number;
  gold: number;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export interface Range {
  start: number;
  end: number;
}

export type Label = "Source" | "Cue" | "Content";
export const LABELS: readonly Label[] = ["Source", "Cue", "Content"];

/** A gold span: one or more fragments (brat allows discontinuous spans "10 20;25 40"). */
export type Fragments = Range[];

/** SHA-1 of an annotated text: gold offsets hold only for the text they were written against. */
export const sha1 = (text: string) => createHash("sha1").update(text).digest("hex");

export const zeroCounts = (): Counts => ({ tp: 0, pred: 0, gold: 0 });

export function addCounts(into: Counts, more: Counts): Counts {
  into.tp += more.tp;
  into.pred += more.pred;
  into.gold += more.gold;
  return into;
}

/** Precision, recall and F1 of counts; 0 where a denominator is 0. */
export function prf(c: Counts): Prf {
  const precision = c.pred === 0 ? 0 : c.tp / c.pred;
  const recall = c.gold === 0 ? 0 : c.tp / c.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

const EVAL_TOKEN = /\w+|[^\w\s]/g;

/** The evaluation tokens of a text: `\w+|[^\w\s]` matches, with offsets. */
export function evalTokens(text: string): Range[] {
  const out: Range[] = [];
  EVAL_TOKEN.lastIndex = 0;
  for (let m = EVAL_TOKEN.exec(text); m !== null; m = EVAL_TOKEN.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** Indices of the tokens whose characters overlap any of the ranges. */
export function labelledTokens(tokens: readonly Range[], ranges: readonly Range[]): Set<number> {
  const hit = new Set<number>();
  for (const r of ranges) {
    if (r.end <= r.start) continue;
    // First token ending after r.start.
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.end <= r.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < tokens.length && tokens[i]!.start < r.end; i++) hit.add(i);
  }
  return hit;
}

/** Token-level counts for one label: tokens labelled by both, by the prediction, by the gold. */
export function tokenCounts(tokens: readonly Range[], gold: readonly Range[], pred: readonly Range[]): Counts {
  const g = labelledTokens(tokens, gold);
  const p = labelledTokens(tokens, pred);
  let tp = 0;
  for (const i of p) if (g.has(i)) tp++;
  return { tp, pred: p.size, gold: g.size };
}

const key = (r: Range) => `${r.start}:${r.end}`;

/**
 * Exact-span counts for one label: a predicted span counts when its start and end equal a gold
 * span's. Duplicate spans (a quote and a claim sharing one cue) count once on each side.
 */
export function exactCounts(gold: readonly Range[], pred: readonly Range[]): Counts {
  const g = new Set(gold.filter((r) => r.end > r.start).map(key));
  const p = new Set(pred.filter((r) => r.end > r.start).map(key));
  let tp = 0;
  for (const k of p) if (g.has(k)) tp++;
  return { tp, pred: p.size, gold: g.size };
}

/** The extent of a possibly discontinuous span: first start to last end. */
export function extent(fragments: Fragments): Range {
  let start = Infinity;
  let end = -Infinity;
  for (const f of fragments) {
    start = Math.min(start, f.start);
    end = Math.max(end, f.end);
  }
  return { start, end };
}

export type BratSpans = Record<Label, Fragments[]>;

const BRAT_SPAN = /^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t/;
const BRAT_EVENT = /^E\d+\t(.*)$/;

/** A brat `T` line's id, label and fragments. */
function bratSpan(line: string): { id: string; label: string; fragments: Fragments } | null {
  const m = BRAT_SPAN.exec(line);
  if (!m) return null;
  const fragments = m[3]!.split(";").map((part) => {
    const [s, e] = part.split(" ").map(Number) as [number, number];
    return { start: s, end: e };
  });
  return { id: m[1]!, label: m[2]!, fragments };
}

const isLabel = (label: string): label is Label => (LABELS as readonly string[]).includes(label);

/**
 * Source, Cue and Content spans of a brat standoff file. Other labels (Attribution, Discard,
 * Discuss), relations, notes and the continuation lines of multi-line span texts are ignored.
 */
export function parseBrat(ann: string): BratSpans {
  const spans: BratSpans = { Source: [], Cue: [], Content: [] };
  for (const line of ann.split("\n")) {
    const span = bratSpan(line);
    if (span && isLabel(span.label)) spans[span.label].push(span.fragments);
  }
  return spans;
}

/** One gold attribution of a brat file: its parts as its `E` line links them (a part may be missing). */
export type BratAttribution = Partial<Record<Label, Fragments>>;

/** The attributions of a brat standoff file: each `E` line's Source, Cue and Content spans. */
export function parseBratAttributions(ann: string): BratAttribution[] {
  const spans = new Map<string, { label: string; fragments: Fragments }>();
  const events: string[][] = [];
  for (const line of ann.split("\n")) {
    const span = bratSpan(line);
    if (span) spans.set(span.id, span);
    const event = BRAT_EVENT.exec(line);
    if (event) events.push(event[1]!.trim().split(/\s+/u));
  }
  return events.map((args) => {
    const a: BratAttribution = {};
    for (const arg of args) {
      const t = spans.get(arg.slice(arg.indexOf(":") + 1));
      if (t && isLabel(t.label)) a[t.label] = t.fragments;
    }
    return a;
  });
}

/** Counts for one document and one gold annotation: token-level and exact, per label. */
export function scoreDocument(
  text: string,
  gold: BratSpans,
  pred: Record<Label, Range[]>,
  tokens: readonly Range[] = evalTokens(text),
): { token: Record<Label, Counts>; exact: Record<Label, Counts> } {
  const token = {} as Record<Label, Counts>;
  const exact = {} as Record<Label, Counts>;
  for (const label of LABELS) {
    token[label] = tokenCounts(tokens, gold[label].flat(), pred[label]);
    exact[label] = exactCounts(gold[label].map(extent), pred[label]);
  }
  return { token, exact };
}

const lowerTokens = (s: string) => s.toLowerCase().match(/\w+|[^\w\s]/g) ?? [];

/** Bag-of-tokens F1 between two texts (evaluation.md: a quote or claim matches at ≥ 0.5). */
export function tokenF1(a: string, b: string): number {
  const ta = lowerTokens(a);
  const tb = lowerTokens(b);
  const counts = new Map<string, number>();
  for (const t of tb) counts.set(t, (counts.get(t) ?? 0) + 1);
  let shared = 0;
  for (const t of ta) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(t, n - 1);
    }
  }
  if (shared === 0) return 0;
  const p = shared / ta.length;
  const r = shared / tb.length;
  return (2 * p * r) / (p + r);
}

/**
 * One-to-one matching of predictions to gold items, greedily in prediction order: each prediction
 * takes the first unmatched gold item `matches` accepts. Returns gold index per prediction (or -1).
 */
export function greedyMatch<P, G>(pred: readonly P[], gold: readonly G[], matches: (p: P, g: G) => boolean): number[] {
  const used = new Set<number>();
  return pred.map((p) => {
    for (let j = 0; j < gold.length; j++) {
      if (!used.has(j) && matches(p, gold[j]!)) {
        used.add(j);
        return j;
      }
    }
    return -1;
  });
}
