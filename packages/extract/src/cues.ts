/**
 * Cue detection: reporting verbs (with auxiliaries and hedging adverbs in front: "allegedly told",
 * "was quoted as saying"), "according to", and hedges ("reportedly", "is said to").
 */
import { AUXILIARIES, CUE_FORMS, NOT_ADVERBS, HEDGE_ADVERBS, HEDGE_PHRASES, PLURAL_NOUN_CUES, VERB_GROUP_WORDS, type ReportingVerb } from "./lexicon.js";

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

/**
 * Words that may stand before a cue and belong to it, as in PolNeAR's verb groups ("has", "allegedly",
 * "also", "did not immediately", "could not", "has been", "now"); multi-word entries give each word.
 */
const PREFIX_WORDS = new Set(
  [...AUXILIARIES, ...HEDGE_ADVERBS, ...VERB_GROUP_WORDS].flatMap((w) => w.split(/\s+/)),
);
const isPrefixWord = (text: string, w: Word) =>
  PREFIX_WORDS.has(w.lower) || (/^\p{Ll}[\p{Ll}-]*ly$/u.test(text.slice(w.start, w.end)) && !NOT_ADVERBS.has(w.lower) && w.lower.length > 4);
const MAX_PREFIX_WORDS = 5;
const CONTRACTED_AUXILIARY = /^(he|she)[’'](?:s|d)$/u;
const MEMORY_VERB = /^(?:recall|recalls|recalled|recalling|remember|remembers|remembered|remembering)$/u;
const RECALLED_ACTS = new Set(["thinking", "saying", "telling", "wondering", "asking", "writing", "hearing"]);
/** Cue forms by their first word, longest first ("was quoted as saying" before "was"). */
const FORMS_BY_FIRST_WORD = new Map<string, string[][]>();
for (const form of ["according to", ...CUE_FORMS.keys()].sort(byLengthDesc)) {
  const words = form.split(" ");
  const list = FORMS_BY_FIRST_WORD.get(words[0]!) ?? [];
  list.push(words);
  FORMS_BY_FIRST_WORD.set(words[0]!, list);
}
const WORD = /[\p{L}\p{N}’'-]+/gu;
const HEDGE = new RegExp(
  `(?<![\\p{L}\\p{N}])(${[...HEDGE_PHRASES, ...HEDGE_ADVERBS].sort(byLengthDesc).map(escape).join("|")})(?![\\p{L}\\p{N}])`,
  "giu",
);

interface Word {
  start: number;
  end: number;
  lower: string;
}

const PREDICATE_TO = /\b(?:is|are|was|were|be|been|being|’s|'s)\s+(?:\w+\s+)?to\s+$/iu;

const PREFIX_WORD_BEFORE = /(?:^|[^\p{L}\p{N}’'-])([\p{L}’'-]+)[ \t]+$/u;
/** "I’ve suggested", "he’s claiming": a contracted auxiliary after a pronoun (not a possessive: "Trump’s claim"). */
const CONTRACTED_AFTER_PRONOUN = /\b(?:I|you|we|they|he|she|it|who)([’'](?:ve|s|re|d|ll))[ \t]+$/iu;

/**
 * Where a cue starts once the auxiliaries and verb-group adverbs right before it are taken in, as
 * PolNeAR's verb groups are ("is describing", "had previously denounced", "’ve suggested"), never
 * before `floor` (the end of the source or of the content before it).
 */
export function cueStartWithPrefix(text: string, start: number, floor: number): number {
  for (let words = 0; words < MAX_PREFIX_WORDS; words++) {
    const contracted = CONTRACTED_AFTER_PRONOUN.exec(text.slice(Math.max(0, start - 30), start));
    const contractionStart = contracted ? start - contracted[0].length + contracted[0].indexOf(contracted[1]!) : -1;
    if (contracted) return contractionStart >= floor ? contractionStart : start;
    const before = text.slice(Math.max(floor, start - 30), start);
    const m = PREFIX_WORD_BEFORE.exec(before);
    const wordStart = m ? start - m[0].length + m[0].indexOf(m[1]!) : -1;
    if (!m || wordStart < floor || !isPrefixWord(text, { start: wordStart, end: wordStart + m[1]!.length, lower: m[1]!.toLowerCase() })) return start;
    start = wordStart;
  }
  return start;
}

/** Reporting cues in `text[from, to)`, in order: one pass over the words with a map lookup (linear). */
export function findCues(text: string, from: number, to: number): Cue[] {
  const words: Word[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m !== null && m.index < to; m = WORD.exec(text)) {
    words.push({ start: m.index, end: Math.min(to, m.index + m[0].length), lower: m[0].toLowerCase() });
  }
  const cues: Cue[] = [];
  let consumed = 0;
  for (let i = 0; i < words.length; i++) {
    const forms = FORMS_BY_FIRST_WORD.get(words[i]!.lower);
    if (!forms) continue;
    const n = forms.find((f) => matchesAt(text, words, i, f));
    if (!n) continue;
    const verbStart = words[i]!.start;
    // "Climate change is to blame": a predicate naming a cause, nobody's view.
    if (n[0] === "blame" && PREDICATE_TO.test(text.slice(Math.max(from, verbStart - 40), verbStart))) continue;
    if (n.length === 1 && pluralNounSubject(text, words, i)) continue;
    // "Rothman recalls thinking", "remembered telling": a verb of memory takes the act it recalls into the cue.
    const recalled = MEMORY_VERB.test(n.join(" ")) ? words[i + n.length] : undefined;
    const gerund = recalled && RECALLED_ACTS.has(recalled.lower) && /^[ \t]+$/u.test(text.slice(words[i + n.length - 1]!.end, recalled.start)) ? recalled : undefined;
    const end = (gerund ?? words[i + n.length - 1]!).end;
    const lowerWord = n.join(" ");
    const verb = lowerWord === "according to" ? null : (CUE_FORMS.get(lowerWord) ?? null);
    let p = i;
    while (p > consumed && i - p < MAX_PREFIX_WORDS && isPrefixWord(text, words[p - 1]!) && /^\s+$/.test(text.slice(words[p - 1]!.end, words[p]!.start))) p--;
    const prefix = words.slice(p, i).map((w) => w.lower);
    // An auxiliary alone is not part of "according to".
    let start = verb === null ? verbStart : words[p]!.start;
    // "He’s claiming": the contracted auxiliary belongs to the cue, the pronoun is the source.
    const contracted = p > consumed && verb !== null ? CONTRACTED_AUXILIARY.exec(words[p - 1]!.lower) : null;
    if (contracted && /^\s+$/.test(text.slice(words[p - 1]!.end, words[p]!.start))) start = words[p - 1]!.start + contracted[1]!.length;
    const hedges = prefix.filter((w) => HEDGE_ADVERBS.has(w));
    if (verb?.hedge) hedges.push(lowerWord);
    cues.push({ start, end, verb, verbStart, hedges });
    i += n.length - 1 + (gerund ? 1 : 0);
    consumed = i + 1;
  }
  return cues;
}

/** Participles that follow a work as its modifier ("reports seen by Reuters"). */
const WORK_PARTICIPLES = new Set(["seen", "obtained", "published", "released", "cited", "reviewed", "leaked", "circulated"]);

/**
 * "Many reports suggest", "intelligence reports seen by Reuters suggest": a plural noun of works that another
 * cue or a participle follows is the subject, not the cue.
 */
function pluralNounSubject(text: string, words: readonly Word[], i: number): boolean {
  const w = words[i]!;
  const next = words[i + 1];
  if (!PLURAL_NOUN_CUES.has(w.lower) || !next || !/^[ \t]+$/u.test(text.slice(w.end, next.start))) return false;
  return WORK_PARTICIPLES.has(next.lower) || (FORMS_BY_FIRST_WORD.get(next.lower)?.some((f) => matchesAt(text, words, i + 1, f)) ?? false);
}

function matchesAt(text: string, words: readonly Word[], i: number, form: readonly string[]): boolean {
  for (let k = 0; k < form.length; k++) {
    const w = words[i + k];
    if (!w || w.lower !== form[k]) return false;
    if (k > 0 && !/^\s+$/.test(text.slice(words[i + k - 1]!.end, w.start))) return false;
  }
  return true;
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
