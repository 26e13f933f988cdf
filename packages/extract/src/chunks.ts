/**
 * Generic source phrases where no person, organisation or known source noun fits: a pronoun
 * ("they said", "said he") or a short noun chunk ("the campaign", "Clinton’s running mate",
 * "a spokesman for the committee") found by walking over words up to a boundary word or punctuation.
 * No part-of-speech tags: the boundaries are function words, auxiliaries and cue words.
 */
import type { SourceKind } from "@whosaid/domain";
import { NOT_ADVERBS, PLACES, PLURAL_NOUN_CUES, REPORTING_VERBS, VERB_CLASS } from "./lexicon.js";
import { tokenIndexAt, type Token } from "./tokens.js";

export interface Chunk {
  start: number;
  end: number;
  kind: SourceKind;
  pronoun: boolean;
}

const SUBJECT_PRONOUNS = new Set(["i", "we", "they", "he", "she", "it"]);
const AFTER_PRONOUNS = new Set(["he", "she", "they", "we", "i"]);
export const BOUNDARY = new Set([
  "that", "which", "who", "whom", "whose", "when", "where", "while", "because", "since", "if", "as", "and", "or", "but", "nor",
  "to", "for", "from", "in", "on", "at", "by", "with", "about", "after", "before", "than", "into", "over", "under", "during",
  "against", "between", "through", "without", "within", "among", "is", "are", "was", "were", "be", "been", "being", "has", "have",
  "had", "will", "would", "can", "could", "should", "may", "might", "must", "do", "does", "did", "not", "also", "so", "then",
  "there", "here", "what", "how", "why", "whether", "said", "says", "say", "told", "tells", "according", "just", "even", "only",
  "still", "now", "yet", "already", "again", "however", "though", "although", "once", "until", "unless", "both", "either",
  "neither", "all", "it", "its", "this", "these", "those", "him", "them", "me", "us", "her", "his", "their", "our", "my", "your",
  "i", "we", "they", "he", "she", "you", "no", "yes", "very", "too", "more", "most", "less", "least", "like", "up", "out", "off",
]);
/** Words that may open a chunk (they are boundaries only inside it). */
export const OPENERS = new Set(["the", "a", "an", "this", "these", "those", "his", "her", "their", "its", "our", "my", "your", "some", "many", "most", "both", "all"]);
/** Singular nouns that speak as a group without a determiner ("…, police said"). */
const COLLECTIVE_NOUNS = new Set(["police", "staff", "military", "media", "press", "personnel", "management", "clergy", "leadership"]);
/** Quantifiers that stand alone for people as a subject; "some of", "all the" are not alone. */
export const QUANTIFIER_SUBJECTS = new Set(["some", "many", "most", "few", "several", "others", "someone", "somebody", "everyone", "everybody", "nobody"]);
const OF_LIKE = new Set(["of", "the", "a", "an", "and", "or", "than"]);
const PERCENT = /^(?:percent|per cent)$/u;
/** "hasn't", "don’t": the verb group's, never a noun chunk's. */
export const NEGATED_AUXILIARY = /n[’']t$/u;
const BAD_HEAD = /^(?:\d+|[\p{L}]+ly|[\p{L}]+ing|[\p{L}]+ed)$/u;
/** Spans of time and other nouns that never speak ("I had **a hard time** telling them apart"). */
const SPEECHLESS_HEADS = new Set(["time", "times", "moment", "moments", "day", "days", "week", "weeks", "month", "months", "year", "years", "way", "ways", "thing", "things", "lot"]);
/** A subject pronoun and its auxiliary written as one word. */
const PRONOUN_CONTRACTION = /^(i|we|they|he|she|it)['’](?:m|re|ve|d|s|ll)$/u;
const MAX_WORDS = 6;

function spaceOnly(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end + (a.possessive ? 2 : 0), b.start);
  return /^[ \t\u00a0]*$/.test(gap) || gap === "-" || gap === "/";
}

/** The source chunk ending exactly at `end` (the cue's start, spaces skipped), inside [sentenceStart, end). */
export function chunkBefore(text: string, tokens: readonly Token[], sentenceStart: number, end: number): Chunk | null {
  const i = tokenIndexAt(tokens, end) - 1;
  const head = tokens[i];
  if (!head || head.end !== end || head.start < sentenceStart || head.possessive) return null;
  if (SUBJECT_PRONOUNS.has(head.lower)) {
    return { start: head.start, end: head.end, kind: "anonymous", pronoun: true };
  }
  // "I'm annoyed (that) …", "they've argued …": the pronoun is the source, its auxiliary is not.
  const contracted = PRONOUN_CONTRACTION.exec(head.lower);
  if (contracted) return { start: head.start, end: head.start + contracted[1]!.length, kind: "anonymous", pronoun: true };
  // "Some believe", "but many say", "Not everyone finds": a quantifier standing for people.
  if (QUANTIFIER_SUBJECTS.has(head.lower)) {
    const prev = tokens[i - 1];
    const notOf = !prev || prev.start < sentenceStart || !spaceOnly(text, prev, head) || !OF_LIKE.has(prev.lower);
    return notOf ? { start: head.start, end: head.end, kind: "anonymous", pronoun: false } : null;
  }
  // "FEC reports | show": right before a cue, a plural noun of works is a head, not a verb.
  const verb = REPORTING_VERBS.has(head.lower) && !PLURAL_NOUN_CUES.has(head.lower);
  if (BOUNDARY.has(head.lower) || OPENERS.has(head.lower) || verb || (BAD_HEAD.test(head.lower) && !NOT_ADVERBS.has(head.lower)) || NEGATED_AUXILIARY.test(head.lower)) return null;
  if (SPEECHLESS_HEADS.has(head.text)) return null;
  let first = i;
  let ofUsed = false;
  for (let j = i - 1; j >= 0 && i - j < MAX_WORDS; j--) {
    const t = tokens[j]!;
    if (t.start < sentenceStart || !spaceOnly(text, t, tokens[j + 1]!)) break;
    if (OPENERS.has(t.lower)) {
      first = j;
      break;
    }
    if (t.lower === "of" && !ofUsed && j > 0) {
      ofUsed = true;
      continue;
    }
    // "63 percent said": a share of those polled.
    if (/^\d+(?:\.\d+)?$/.test(t.text) && j === i - 1 && PERCENT.test(head.lower)) {
      first = j;
      break;
    }
    if (BOUNDARY.has(t.lower) || REPORTING_VERBS.has(t.lower) || NEGATED_AUXILIARY.test(t.lower) || /\d/.test(t.text)) break;
    first = j;
  }
  if (tokens[first]!.lower === "of") first++;
  if (insideVerbGroup(text, tokens, sentenceStart, first)) return null;
  const start = tokens[first]!.start;
  const firstWord = tokens[first]!;
  // A bare lowercase word opening the sentence mid-clause is rarely a source on its own ("also", "then").
  if (first === i && !firstWord.capitalized && !/s$/.test(firstWord.lower) && !COLLECTIVE_NOUNS.has(firstWord.lower)) return null;
  return { start, end: head.end, kind: capitalisedName(tokens, first) && first !== tokenIndexAt(tokens, sentenceStart) ? "organization" : "anonymous", pronoun: false };
}

const ADVERBIAL_PREPOSITIONS = new Set(["in", "on", "at", "during", "over", "since", "for", "after", "before", "throughout", "within", "until"]);
const VERB_GROUP_OPENERS = new Set(["has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "should", "may", "might", "must", "can", "who", "which"]);

/** "Beck, who has in | the past | described …": a phrase after an auxiliary and a preposition is an adverbial, not a subject. */
function insideVerbGroup(text: string, tokens: readonly Token[], sentenceStart: number, first: number): boolean {
  const preposition = tokens[first - 1];
  const opener = tokens[first - 2];
  if (!preposition || !opener || opener.start < sentenceStart) return false;
  return (
    ADVERBIAL_PREPOSITIONS.has(preposition.lower) && VERB_GROUP_OPENERS.has(opener.lower) && spaceOnly(text, preposition, tokens[first]!) && spaceOnly(text, opener, preposition)
  );
}

/** A chunk opening with a capital that is a name's, not an article's before a common noun ("The mother of a woman"). */
function capitalisedName(tokens: readonly Token[], first: number): boolean {
  const t = tokens[first]!;
  return t.capitalized && !(ARTICLES.has(t.lower) && tokens[first + 1] !== undefined && !tokens[first + 1]!.capitalized);
}

const ARTICLES = new Set(["the", "a", "an"]);

/** The source chunk starting at `start` after an inverted cue (`said he`, `said a campaign spokesman`). */
export function chunkAfter(text: string, tokens: readonly Token[], start: number, sentenceEnd: number): Chunk | null {
  const i = tokenIndexAt(tokens, start);
  const t0 = tokens[i];
  if (!t0 || t0.start !== start || t0.end > sentenceEnd) return null;
  if (AFTER_PRONOUNS.has(t0.lower)) return { start: t0.start, end: t0.end, kind: "anonymous", pronoun: true };
  // "Of course, …" and "there’s …" open no noun phrase.
  if ((BOUNDARY.has(t0.lower) && !OPENERS.has(t0.lower)) || t0.lower === "of" || t0.lower === "there") return null;
  let last = i;
  let ofUsed = false;
  for (let j = i + 1; j < tokens.length && j - i < MAX_WORDS + 2; j++) {
    const t = tokens[j]!;
    if (t.end > sentenceEnd || !spaceOnly(text, tokens[j - 1]!, t)) break;
    if ((t.lower === "of" || t.lower === "for") && !ofUsed) {
      ofUsed = true;
      continue;
    }
    if (BOUNDARY.has(t.lower) && !OPENERS.has(t.lower)) break;
    if (REPORTING_VERBS.has(t.lower) || NEGATED_AUXILIARY.test(t.lower)) break;
    // "Former Senator Madeleine Albright | recently urged": an adverb ends it too.
    if (!t.capitalized && j > i && /^\p{Ll}{2,}ly$/u.test(t.lower) && !NOT_ADVERBS.has(t.lower)) break;
    // "said the debate | went well": a finite verb ends the noun phrase.
    const form = VERB_CLASS.get(t.lower);
    if (!t.capitalized && (form === "P" || form === "S")) break;
    last = j;
  }
  const head = tokens[last]!;
  if (OPENERS.has(head.lower) || head.lower === "of" || head.lower === "for") return null;
  // "Smiling broadly, Mrs. Clinton …": a lone participle opening a participle phrase is no noun phrase.
  if (last === i && /^\p{L}+(?:ing|ed)$/u.test(head.text) && !PLACES.has(head.lower) && participlePhraseGoesOn(text, tokens, last)) return null;
  // "said matter-of-factly as …", "said quietly": an adverb, not who said it.
  if (!t0.capitalized && !OPENERS.has(t0.lower) && /ly$/u.test(head.lower) && !NOT_ADVERBS.has(head.lower)) return null;
  return { start: t0.start, end: head.end, kind: capitalisedName(tokens, i) ? "organization" : "anonymous", pronoun: false };
}

/** After a lone "-ing"/"-ed" word, a comma, an adverb or a preposition: a participle phrase, not a subject ("Smiling broadly, …", "Based on …"). */
function participlePhraseGoesOn(text: string, tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next || /^\s*,/u.test(text.slice(tokens[i]!.end, next.end))) return true;
  return !next.capitalized && ((/ly$/u.test(next.lower) && !NOT_ADVERBS.has(next.lower)) || (BOUNDARY.has(next.lower) && !OPENERS.has(next.lower)));
}
