/**
 * Proper-name runs ("Russian President Vladimir Putin", "The New York Times") and what they are:
 * a person (with title prefix), an organisation, a place, or a single word to link later.
 */
import {
  DEMONYMS, GIVEN_NAMES, NOT_NAMES, ORGANIZATION_NAME_WORDS, ORGANIZATIONS, PLACES, REPORTING_VERBS, SURNAMES, TITLES,
} from "./lexicon.js";
import type { Sentence } from "./segment.js";
import { tokenIndexAt, type Token } from "./tokens.js";

export type NameKind = "person" | "organization" | "place" | "single" | "other";

export interface NameRun {
  /** Token indices [first, last] of the whole run, title prefix included. */
  first: number;
  last: number;
  /** Index of the first token of the name proper (after titles). */
  core: number;
  kind: NameKind;
  sentence: number;
  heading: boolean;
}

const PARTICLES = new Set(["de", "van", "von", "der", "den", "bin", "al", "da", "del", "la", "le", "di", "du", "st."]);
const INITIAL = /^\p{Lu}\.?$/u;
const MAX_RUN = 7;

/** All proper-name runs of the text, classified, in text order. */
export function findNameRuns(text: string, tokens: readonly Token[], sentences: readonly Sentence[]): NameRun[] {
  const runs: NameRun[] = [];
  for (const s of sentences) {
    let i = tokenIndexAt(tokens, s.start);
    while (i < tokens.length && tokens[i]!.start < s.end) {
      const last = runEnd(text, tokens, i, s.end);
      if (last === -1) {
        i++;
        continue;
      }
      runs.push(classifyRun(text, tokens, i, last, s));
      i = last + 1;
    }
  }
  return runs;
}

function isNameToken(t: Token): boolean {
  return t.capitalized && !NOT_NAMES.has(t.lower);
}

/** Last token of the capitalised run starting at `i`, or -1 when no run starts there. */
function runEnd(text: string, tokens: readonly Token[], i: number, sentenceEnd: number): number {
  const first = tokens[i]!;
  if (!isNameToken(first)) return -1;
  let last = i;
  while (last - i < MAX_RUN && !tokens[last]!.possessive) {
    const next = tokens[last + 1];
    if (!next || next.start >= sentenceEnd || !onlySpaceBetween(text, tokens[last]!, next)) break;
    if (isNameToken(next) || (PARTICLES.has(next.lower) && isNameToken(tokens[last + 2] ?? next) && tokens[last + 2] !== undefined)) {
      last++;
      continue;
    }
    break;
  }
  // A particle cannot end a run.
  while (last > i && !tokens[last]!.capitalized) last--;
  return last;
}

function onlySpaceBetween(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end + (a.possessive ? 2 : 0), b.start);
  return /^[ \t\u00a0]+$/.test(gap) || (gap === "." && INITIAL.test(a.text)) || /^\.[ \t]+$/.test(gap);
}

function classifyRun(text: string, tokens: readonly Token[], first: number, last: number, s: Sentence): NameRun {
  let core = first;
  while (core < last && isTitleOrDemonym(tokens[core]!)) core++;
  const base = { first, last, core, sentence: s.index, heading: s.heading };
  return { ...base, kind: nameKind(text, tokens, first, core, last) };
}

function isTitleOrDemonym(t: Token): boolean {
  return TITLES.has(t.lower) || TITLES.has(t.lower + ".") || DEMONYMS.has(t.lower);
}

function nameKind(text: string, tokens: readonly Token[], first: number, core: number, last: number): NameKind {
  const words = tokens.slice(core, last + 1);
  const lowerWords = words.map((t) => t.lower);
  const joined = lowerWords.join(" ");
  const givenFirst = GIVEN_NAMES.has(lowerWords[0]!);
  if (lowerWords.some((w) => ORGANIZATION_NAME_WORDS.has(w)) || ORGANIZATIONS.has(joined)) return "organization";
  if (!givenFirst && (PLACES.has(joined) || DEMONYMS.has(joined) || lowerWords.every((w) => PLACES.has(w)))) return "place";
  if (words.length === 1) return core > first && hasTitle(tokens, first, core) ? "person" : "single";
  if (words.length > 4) return "other";
  if (givenFirst && !words.some((t) => /\d/.test(t.text))) return "person";
  if (hasTitle(tokens, first, core)) return "person";
  if (words.length <= 3 && !words.some((t) => /\d|-/.test(t.text))) {
    if (SURNAMES.has(lowerWords.at(-1)!) && !PLACES.has(lowerWords.at(-1)!)) return "person";
    if (isReportingVerbAfter(text, tokens, last)) return "person";
  }
  return "other";
}

function hasTitle(tokens: readonly Token[], first: number, core: number): boolean {
  for (let i = first; i < core; i++) {
    const t = tokens[i]!;
    if (!DEMONYMS.has(t.lower)) return true;
  }
  return false;
}

/** "Reince Priebus said": a capitalised pair right before a reporting verb is a name. */
function isReportingVerbAfter(text: string, tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1];
  return next !== undefined && !tokens[last]!.possessive && /^\s+$/.test(text.slice(tokens[last]!.end, next.start)) && REPORTING_VERBS.has(next.lower);
}
