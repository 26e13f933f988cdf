/**
 * Cue detection: reporting verbs (with auxiliaries and hedging adverbs in front: "allegedly told",
 * "was quoted as saying"), "according to", and hedges ("reportedly", "is said to").
 */
import { AUXILIARIES, HEDGE_ADVERBS, HEDGE_PHRASES, REPORTING_VERBS, type ReportingVerb } from "./lexicon.js";

export interface Cue {
  start: number;
  end: number;
  /** The reporting verb itself, or null for "according to". */
  verb: ReportingVerb | null;
  verbStart: number;
  hedges: string[];
}

export interface Hedge {
  start: number;
  end: number;
  text: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
const byLengthDesc = (a: string, b: string) => b.length - a.length;

const PREFIX_WORDS = [...AUXILIARIES, ...HEDGE_ADVERBS, "not", "never", "also"].sort(byLengthDesc).map(escape).join("|");
const VERB_FORMS = [...REPORTING_VERBS.keys()].sort(byLengthDesc).map(escape).join("|");
const CUE = new RegExp(
  `(?<![\\p{L}\\p{N}’'-])((?:(?:${PREFIX_WORDS})\\s+){0,3})(according\\s+to|${VERB_FORMS})(?![\\p{L}\\p{N}’'-])`,
  "giu",
);
const HEDGE = new RegExp(
  `(?<![\\p{L}\\p{N}])(${[...HEDGE_PHRASES, ...HEDGE_ADVERBS].sort(byLengthDesc).map(escape).join("|")})(?![\\p{L}\\p{N}])`,
  "giu",
);

/** Reporting cues in `text[from, to)`, in order. */
export function findCues(text: string, from: number, to: number): Cue[] {
  const slice = text.slice(from, to);
  const cues: Cue[] = [];
  CUE.lastIndex = 0;
  for (let m = CUE.exec(slice); m !== null; m = CUE.exec(slice)) {
    const prefix = m[1] ?? "";
    const word = m[2]!;
    const verbStart = from + m.index + prefix.length;
    const lowerWord = word.toLowerCase().replace(/\s+/g, " ");
    const verb = lowerWord === "according to" ? null : (REPORTING_VERBS.get(lowerWord) ?? null);
    // An auxiliary alone is not part of "according to".
    const start = verb === null ? verbStart : from + m.index;
    const hedges = prefix.split(/\s+/).filter((w) => HEDGE_ADVERBS.has(w.toLowerCase())).map((w) => w.toLowerCase());
    if (verb?.hedge) hedges.push(lowerWord);
    cues.push({ start, end: verbStart + word.length, verb, verbStart, hedges });
  }
  return cues;
}

/** Hedging words and phrases in `text[from, to)`. */
export function findHedges(text: string, from: number, to: number): Hedge[] {
  const slice = text.slice(from, to);
  const hedges: Hedge[] = [];
  HEDGE.lastIndex = 0;
  for (let m = HEDGE.exec(slice); m !== null; m = HEDGE.exec(slice)) {
    hedges.push({ start: from + m.index, end: from + m.index + m[0].length, text: m[0] });
  }
  return hedges;
}
