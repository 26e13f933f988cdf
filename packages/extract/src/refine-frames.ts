/**
 * Uses the taggers' scores (cue-tagger.ts) on the rule frames: a rule cue nobody believes in is
 * dropped, a cue grows over neighbouring cue words ("said **in**", "**went on to** discuss"), a run
 * of confident cue words that no rule framed becomes a frame of its own when a subject stands
 * before it ("Trump **has pooh-poohed** the U.S. intelligence community…"), and sources are fitted
 * to the source words around them.
 */
import { contentEndBefore, contentRange, passive, spanning, speakerBefore, taggedFrame, taggedParticipleFrame, type Attribution } from "./attributions.js";
import { BOUNDARY, NEGATED_AUXILIARY, OPENERS } from "./chunks.js";
import { AUXILIARIES, DAY_NAMES, MONTH_NAMES, NAMING_VERBS, REPORTING_VERBS, TO_CONTENT_VERBS, VERB_GROUP_WORDS } from "./lexicon.js";
import { IN_CUE, IN_QUOTE, IN_SOURCE, ruleFlags, type TaggerInput, type TokenScore } from "./cue-tagger.js";
import type { Sentence } from "./segment.js";
import type { SourceIndex } from "./sources.js";
import { tokenIndexAt, type Token } from "./tokens.js";

/**
 * Score thresholds, set on PolNeAR dev (flat between about -3 and 2): a word above GROW joins a
 * neighbouring cue, a word above SEED starts a new frame, and a rule cue whose best word is below
 * DROP is dropped with its frame (dev cue precision 74 → 83 %).
 */
export const GROW = 0;
export const SEED = 2;
export const DROP = -5;
/**
 * Source thresholds, set on PolNeAR dev: a word above SOURCE_GROW joins a neighbouring source; a
 * noun-phrase source sheds edge words below SOURCE_SHRINK ("**the past two weeks**" of a poll average).
 */
export const SOURCE_GROW = 0;
export const SOURCE_SHRINK = -25;

/** A run of auxiliaries, function words and determiners alone ("Nancy Pelosi **has** been hammering", "with **a** reference to") is no cue. */
const contentful = (t: Token) => REPORTING_VERBS.has(t.lower) || !(BOUNDARY.has(t.lower) || OPENERS.has(t.lower) || AUXILIARIES.has(t.lower) || VERB_GROUP_WORDS.has(t.lower));
const joined = (text: string, a: Token, b: Token) => /^[ \t\u00a0]*$/u.test(text.slice(a.end, b.start));

export function refineFrames(input: TaggerInput, sentences: readonly Sentence[], sources: SourceIndex, cueScore: TokenScore, sourceScore?: TokenScore): Attribution[] {
  const { text, tokens } = input;
  const flags = ruleFlags(input);
  const inQuote = (offset: number) => (flags[tokenIndexAt(tokens, offset)]! & IN_QUOTE) !== 0;
  const frames = input.frames
    .filter((f) => !(rejected(tokens, f, cueScore) && !rulesAreSure(text, f, inQuote)) && !passiveNaming(text, f, sentences[f.sentence]))
    .map((f) => growCue(text, tokens, f, cueScore, sentences[f.sentence]));
  const taken = new Uint8Array(tokens.length);
  for (const f of frames) for (let i = tokenIndexAt(tokens, f.cueStart); i < tokens.length && tokens[i]!.start < f.cueEnd; i++) taken[i] = 1;
  const blocked = (i: number) => taken[i] === 1 || (flags[i]! & (IN_CUE | IN_SOURCE | IN_QUOTE)) !== 0;
  let si = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (blocked(i) || cueScore(i) <= SEED) continue;
    let first = i;
    while (first > 0 && cueScore(first - 1) > GROW && !blocked(first - 1) && joined(text, tokens[first - 1]!, tokens[first]!)) first--;
    let last = i;
    while (last + 1 < tokens.length && cueScore(last + 1) > GROW && !blocked(last + 1) && joined(text, tokens[last]!, tokens[last + 1]!)) last++;
    i = last;
    const start = tokens[first]!.start;
    while (si < sentences.length && sentences[si]!.end <= start) si++;
    const s = sentences[si];
    if (!s || s.heading || s.start > start || tokens[last]!.end > s.end || !tokens.slice(first, last + 1).some(contentful)) continue;
    const participle = taggedParticipleFrame(text, s, start, tokens[last]!.end, frames);
    // The content of the frame a participle continues stops before it ("chimed in on Twitter | , saying that P").
    if (participle) for (const [k, f] of frames.entries()) if (f.sentence === s.index && f.contentStart < start && start < f.contentEnd) frames[k] = { ...f, contentEnd: contentEndBefore(text, f, start) };
    const frame = participle ?? taggedFrame(text, s, start, tokens[last]!.end, sources);
    if (frame) frames.push(frame);
  }
  const refined = (sourceScore ? frames.map((f) => growSource(text, tokens, f, sourceScore, sentences[f.sentence])) : frames)
    .filter((f) => !namesSomeone(text, f))
    .map((f) => withTopicPreposition(text, f));
  return refined.sort((a, b) => a.sentence - b.sentence || a.cueStart - b.cueStart);
}

/**
 * "a meteorologist **named** Edward Lorenz", "hard-line Muslims **known as** Salafists": a verb of naming before
 * a name reports nothing, unless it ranks what it names ("the FBI named Cleveland **as** the fifth most
 * dangerous city").
 */
function namesSomeone(text: string, f: Attribution): boolean {
  const content = text.slice(f.contentStart, f.contentEnd);
  return NAMING_VERBS.has(text.slice(f.cueStart, f.cueEnd).toLowerCase()) && /^\p{Lu}/u.test(content) && !/^[^,;]{0,60}?\sas\s/u.test(content);
}

/** Punctuation a source span may run over: appositions, party tags, initials ("Rep. G.K. Butterfield (D-N.C.), head of …"). */
const SOURCE_GAP = /^[\s,().’'-]*$/u;

/**
 * Fits a source to the source tagger’s words: a generic noun chunk (chunks.ts) sheds confidently
 * wrong edge words; otherwise the source grows over source words next to it ("**one of** Mr.
 * Obama's climate advisers", "Rep. G.K. Butterfield (D-N.C.), **head of the Congressional Black Caucus**").
 */
function growSource(text: string, tokens: readonly Token[], f: Attribution, score: TokenScore, s: Sentence | undefined): Attribution {
  const src = f.source;
  if (!s || !src || src.pronoun) return f;
  const first = tokenIndexAt(tokens, src.start);
  const lastTok = tokenIndexAt(tokens, src.end) - 1;
  if (first > lastTok) return f;
  const free = (t: Token) => t.start >= s.start && t.end <= s.end && !(t.start < f.cueEnd && f.cueStart < t.end) && !(t.start < f.contentEnd && f.contentStart < t.end);
  let a = first;
  let z = lastTok;
  if (src.generic) {
    // Capitalised words may be a name the chunk walker did not know: they stay.
    while (a < z && !tokens[a]!.capitalized && score(a) < SOURCE_SHRINK) a++;
    // Never down to a determiner or function word ("His | ex-wife", "The | film", "Critics of").
    while (z > a && !tokens[z]!.capitalized && score(z) < SOURCE_SHRINK && !FUNCTION_WORDS.has(tokens[z - 1]!.lower)) z--;
  }
  if (a !== first || z !== lastTok) return withSourceSpan(text, f, tokens[a]!.start, tokens[z]!.end);
  while (a > 0 && score(a - 1) > SOURCE_GROW && free(tokens[a - 1]!) && SOURCE_GAP.test(text.slice(tokens[a - 1]!.end, tokens[a]!.start))) a--;
  // A source does not open with a conjunction or preposition ("and Security").
  while (a < first && EDGE_WORDS.has(tokens[a]!.lower)) a++;
  let b = lastTok;
  while (b + 1 < tokens.length && score(b + 1) > SOURCE_GROW && free(tokens[b + 1]!) && SOURCE_GAP.test(text.slice(tokens[b]!.end, tokens[b + 1]!.start))) b++;
  // Nor does it end on one ("Mike Schmidt, an") or on a negated auxiliary.
  while (b > lastTok && (FUNCTION_WORDS.has(tokens[b]!.lower) || NEGATED_AUXILIARY.test(tokens[b]!.lower))) b--;
  if (a === first && b === lastTok) return f;
  return withSourceSpan(text, f, Math.min(src.start, tokens[a]!.start), Math.max(src.end, tokens[b]!.end));
}

const FUNCTION_WORDS = new Set([...BOUNDARY, ...OPENERS, "of", "no", "every", "each", "any", "another"]);
const DETERMINERS = new Set(["a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those"]);
/** Words a determiner's noun phrase may take into a grown cue ("a | formal statement"). */
const MAX_NOUN_WORDS = 3;
const EDGE_WORDS = new Set(["and", "or", "but", "of", "on", "for", "in", "at", "to", "with", "by", "from"]);

/** The frame with its source span moved; the source keeps its name. */
function withSourceSpan(text: string, f: Attribution, start: number, end: number): Attribution {
  const src = f.source!;
  return { ...f, source: speakerBefore(text, src, start, end) ?? spanning(text, src, start, end) };
}

/** A cue made of words (not the ":" of a transcript turn, nor a bare hedge), which the cue tagger can judge. */
const wordCue = (f: Attribution) => f.verb !== null && f.verb.form !== ":" && f.kind !== "hedge";

/** Grows a word cue over the tagger's cue words next to it, never into its own source. */
function growCue(text: string, tokens: readonly Token[], f: Attribution, score: TokenScore, s: Sentence | undefined): Attribution {
  if (!s || !wordCue(f)) return f;
  const firstCue = tokenIndexAt(tokens, f.cueStart);
  const lastCue = tokenIndexAt(tokens, f.cueEnd) - 1;
  if (firstCue > lastCue || tokens[lastCue]!.end !== f.cueEnd) return f;
  const inSource = (t: Token) => f.source !== null && t.start < f.source.end && f.source.start < t.end;
  let last = lastCue;
  // Verbs that take a "to" clause as their content keep it there ("vows | to oppose …").
  const stop = (t: Token) => inSource(t) || (t.lower === "to" && TO_CONTENT_VERBS.has(f.verb!.form));
  while (last + 1 < tokens.length && score(last + 1) > GROW && tokens[last + 1]!.end <= s.end && !stop(tokens[last + 1]!) && joined(text, tokens[last]!, tokens[last + 1]!)) last++;
  // "said in an | interview", "issued a | statement": a cue never ends on a determiner; it takes the noun it opens.
  if (last > lastCue && DETERMINERS.has(tokens[last]!.lower)) {
    let head = last;
    while (head + 1 < tokens.length && head - last < MAX_NOUN_WORDS && tokens[head + 1]!.end <= s.end && /^\p{Ll}[\p{Ll}’'-]*$/u.test(tokens[head + 1]!.text) && !FUNCTION_WORDS.has(tokens[head + 1]!.lower) && joined(text, tokens[head]!, tokens[head + 1]!)) head++;
    last = head > last ? head : last - 1;
  }
  let first = firstCue;
  while (first > 0 && score(first - 1) > GROW && tokens[first - 1]!.start >= s.start && !inSource(tokens[first - 1]!) && joined(text, tokens[first - 1]!, tokens[first]!)) first--;
  if (first === firstCue && last === lastCue) return f;
  const cueStart = tokens[first]!.start;
  const cueEnd = tokens[last]!.end;
  let { contentStart, contentEnd } = f;
  if (contentStart >= f.cueEnd && contentStart < cueEnd) [contentStart, contentEnd] = contentRange(text, cueEnd, contentEnd);
  if (contentEnd <= f.cueStart && contentEnd > cueStart) return f;
  if (contentEnd - contentStart < 2) return f;
  return { ...f, cueStart, cueEnd, contentStart, contentEnd };
}

const TOPIC_PREPOSITION = /^[ \t\u00a0]+(about|of|on|for)(?=[ \t\u00a0]+(\S+))/u;
const TIME_WORD = new RegExp(`^(?:${[...DAY_NAMES, ...MONTH_NAMES].join("|")}|behalf|the (?:campaign trail|phone)|\\d)`, "iu");

/**
 * "complained bitterly **about**", "cast the blame **on**", "a critique **of**": the preposition that
 * takes the topic belongs to a phrase cue (PolNeAR: 152 of 176 such cues on train) or to a noun or
 * attitude cue, or to a word the tagger alone found, not to a verb of saying ("said on Tuesday").
 */
function withTopicPreposition(text: string, f: Attribution): Attribution {
  if (!wordCue(f) || f.contentStart < f.cueEnd) return f;
  const m = TOPIC_PREPOSITION.exec(text.slice(f.cueEnd, f.cueEnd + 40));
  if (!m || TIME_WORD.test(text.slice(f.cueEnd + m[0].length).trimStart())) return f;
  const phrase = /\s/u.test(text.slice(f.cueStart, f.cueEnd).trim());
  const listed = REPORTING_VERBS.get(f.verb!.form);
  // A word only the tagger knows is no verb of saying: "criticism **of**", "speaking **of**".
  if (!phrase && listed !== undefined && listed.mined !== true) return f;
  const cueEnd = f.cueEnd + m[0].length;
  if (f.contentStart >= cueEnd) return { ...f, cueEnd };
  const [contentStart, contentEnd] = contentRange(text, cueEnd, f.contentEnd);
  return contentEnd - contentStart < 2 ? f : { ...f, cueEnd, contentStart, contentEnd };
}

/**
 * A frame that gives a quotation its speaker stays whatever the tagger thinks: a naming frame holding
 * one ("he referred to Putin as a “genius”"), or a frame whose content is one ("Emery states, “…”",
 * "“…,” Emery tweeted").
 */
function holdsQuotation(text: string, f: Attribution): boolean {
  const content = text.slice(f.contentStart, f.contentEnd).trim();
  if (f.verb?.frame === "naming") return /["“”«»]|''/u.test(content);
  if (f.kind === "right") return /^(?:["“«]|'')/u.test(content) && /(?:["”»]|'')$/u.test(content);
  return f.kind === "left" && /^(?:["“«]|'')/u.test(content) && f.contentStart - f.cueEnd <= 3;
}

/** A word cue none of whose words the tagger believes in. */
function rejected(tokens: readonly Token[], f: Attribution, score: TokenScore): boolean {
  if (!wordCue(f)) return false;
  let best = -Infinity;
  for (let i = tokenIndexAt(tokens, f.cueStart); i < tokens.length && tokens[i]!.start < f.cueEnd; i++) best = Math.max(best, score(i));
  return best !== -Infinity && best < DROP;
}

/**
 * Frames the tagger may not drop, whatever it scores their cue: one that gives a quotation its speaker, a
 * parenthetical ("…, the book suggests, …"), an "as" clause ("As X reports, P"), a possessor's proposition noun
 * ("his vow that P"), and a named person's "said"/"told" outside quotations.
 */
function rulesAreSure(text: string, f: Attribution, inQuote: (offset: number) => boolean): boolean {
  return holdsQuotation(text, f) || f.kind === "parenthetical" || asClause(text, f) || f.noun === true || (namedTeller(f) && !inQuote(f.cueStart));
}

/** "Our sources say Lupita told cops it was taken": a named person who said or told it, nested or not. */
function namedTeller(f: Attribution): boolean {
  return f.kind === "left" && f.source?.kind === "person" && !f.source.pronoun && /^(?:said|says|told|tells)$/u.test(f.verb?.form ?? "") && !f.verb?.mined;
}

/** "As Alexis Madrigal reports, P", "As the report states, P": a verb of saying in an "as" clause before its content. */
function asClause(text: string, f: Attribution): boolean {
  if (!f.source || !f.verb || f.verb.mined) return false;
  return /(?:^|[^\p{L}])[Aa]s\s+$/u.test(text.slice(Math.max(0, f.source.start - 4), f.source.start)) && /^\s*,/u.test(text.slice(f.cueEnd, f.cueEnd + 3));
}

/** "Te Kaurinui was called after the first whale…", "it is called the stranding capital": a passive naming verb names, nobody speaks. */
function passiveNaming(text: string, f: Attribution, s: Sentence | undefined): boolean {
  return s !== undefined && f.kind === "left" && f.verb?.frame === "naming" && passive(text, s, f.cueStart, f.cueEnd);
}
