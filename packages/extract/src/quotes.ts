/**
 * Quotes: paired marks turned into direct or partial quotes with a speaker. The speaker comes from
 * the attribution right after the quote (`"…," Putin told Trump`), the frame whose content holds
 * it (`Miller added, "…"`), any frame in its sentence, or — for a quote with no attribution of its
 * own — the previous quote in the paragraph or the last quote of the previous paragraph, or the
 * person whose attributed act the sentence before it reports.
 * Titles ("Make America Great Again") and short unattributed scare quotes are dropped.
 */
import type { Attribution } from "./attributions.js";
import { groupBy } from "./group.js";
import { hasFiniteVerb } from "./lexicon.js";
import type { MarkPair } from "./quote-marks.js";
import { sentenceAt, type Segmentation, type Sentence } from "./segment.js";
import { firstIndexNotBefore } from "./sorted.js";
import { firstPersonIn, type SourceCandidate, type SourceIndex } from "./sources.js";

export interface QuoteDraft {
  start: number;
  end: number;
  kind: "direct" | "partial";
  frame: Attribution | null;
  /** The frame whose speaker the quote carries over, from an earlier quote or the sentence before (no source or cue of its own). */
  speakerFrame: Attribution | null;
  /**
   * With neither: a person the words around the quotation name as its author, without a frame: the subject of a
   * sentence ending in a colon before it ("De Miranda evokes … in his introduction: “…”"), or the owner of the
   * phrase ("in libertarian economist Tyler Cowen’s phrase) “markets in everything”").
   */
  namedSpeaker?: SourceCandidate;
  confidence: number;
  paragraph: number;
}

const SCARE_QUOTE_MAX_WORDS = 3;
/** Confidence of a frame that is only in the same sentence as the quotation. */
const NEARBY = 0.6;
const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;
const TITLE_MAX_WORDS = 8;

/** "a flicker across his face as if to say “You think you got me?”": words the writer imagines, nobody's speech. */
/** A reference list's line: `“Headline” — The Canadian Press, August 15, 2008` names a work, no speech. */
const CITATION_AFTER =
  /^[^\S\n]*[—–―-][^\S\n]+[^\n]{1,80}?\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s+\d{1,2},\s+\d{4}[^\S\n]*(?:\n|$)/u;
const IMAGINED_SPEECH = /\bas if (?:to )?(?:say|saying|ask|asking)[,:]?\s*$/iu;

/** Quote drafts with their attribution, in text order. */
export function attributeQuotes(text: string, seg: Segmentation, pairs: readonly MarkPair[], frames: readonly Attribution[], sources: SourceIndex): QuoteDraft[] {
  const drafts: QuoteDraft[] = [];
  const bySentence = groupBy(frames, (f) => f.sentence);
  for (const pair of pairs) {
    const [start, end] = innerRange(text, pair);
    if (end <= start) continue;
    const content = text.slice(start, end);
    const kind = quoteKind(text, pair, content);
    // A title, even with the sentence's full stop inside its marks ("a paper titled “Deterministic Nonperiodic Flow.”"), or a word glossed ("translates as “new.”").
    if (kind === "partial" && isTitle(content)) continue;
    if (GLOSS_BEFORE.test(text.slice(Math.max(0, pair.open - 20), pair.open))) continue;
    if ((WORK_BEFORE.test(text.slice(Math.max(0, pair.open - 30), pair.open)) || NAMED_BEFORE.test(text.slice(Math.max(0, pair.open - 20), pair.open))) && mostlyCapitalised(content)) continue;
    if (IMAGINED_SPEECH.test(text.slice(Math.max(0, pair.open - 40), pair.open))) continue;
    if (CITATION_AFTER.test(text.slice(pair.close + 1, pair.close + 121))) continue;
    const sentence = sentenceAt(seg.sentences, pair.open);
    const paragraph = sentence?.paragraph ?? 0;
    const label = colonLabel(text, seg, pair, sources);
    // A label before the colon speaks for its quotation before any other frame holding both ("… did predict … - HuffPollster: “…”").
    const frame = findFrame(text, seg, pair, bySentence, pairs);
    const framed = label && !(frame?.frame.source && frame.frame.source.start < label.end && label.start < frame.frame.source.end) ? null : frame;
    // A short embedded quotation is only someone's when a frame holds it, not when one is merely nearby.
    const found = framed && !(framed.confidence <= NEARBY && kind === "partial" && wordCount(content) <= SCARE_QUOTE_MAX_WORDS) ? framed : null;
    // "(in Tyler Cowen’s phrase) “markets in everything”": a phrase with its owner named is the owner's, however short.
    const owner = found ? undefined : (label ?? phraseOwner(text, pair, sources) ?? passiveAgent(text, pair, sources));
    if (!found && !owner && mentionedNotSpoken(text, pair, content, kind)) continue;
    const draft: QuoteDraft = { start, end, kind, frame: found?.frame ?? null, speakerFrame: null, namedSpeaker: owner, confidence: found?.confidence ?? 0.3, paragraph };
    // A person introducing the quotation in the sentence before (no quotation in it) speaks for it, before the paragraph's
    // earlier speaker: "… notes, “…” … Heald noted the findings show … “An air-quality cleanup …”".
    if (!found) introducedBy(text, seg, draft, pair, bySentence, kind === "partial" && FIRST_PERSON.test(content));
    if (!found && !owner && !draft.speakerFrame) inheritSpeaker(text, seg, draft, pair, drafts);
    if (!found && !draft.speakerFrame && !draft.namedSpeaker && kind === "direct") draft.namedSpeaker = colonSubject(text, seg, pair, sources);
    if (!found && !draft.speakerFrame && !draft.namedSpeaker && epithet(text, pair, content)) continue;
    drafts.push(draft);
  }
  return drafts;
}

function innerRange(text: string, pair: MarkPair): [number, number] {
  let start = pair.open + (pair.openLength ?? 1);
  let end = pair.close;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
}

/** Direct when the quote stands as speech (after a colon or comma, or opening its sentence); partial when embedded. */
function quoteKind(text: string, pair: MarkPair, content: string): "direct" | "partial" {
  let i = pair.open - 1;
  while (i >= 0 && /[ \t\u00a0]/.test(text[i]!)) i--;
  const before = i < 0 ? "\n" : text[i]!;
  if (/[\n:,.!?—–(]/.test(before)) return "direct";
  // `… "would work." "We will win," she said.`: right after a quotation that closed its sentence.
  if (/["”’']/u.test(before) && /[.!?]/u.test(text[i - 1] ?? "")) return "direct";
  if (/^\p{Lu}/u.test(content) && /[.!?,]$/u.test(content) && content.split(/\s+/).length > SCARE_QUOTE_MAX_WORDS) return "direct";
  return "partial";
}

/**
 * An unattributed quotation that names or labels rather than reports: a short scare quote, a title
 * used as a noun ("“Super Mario Run” will launch…", titles such as “The Kiss Was Beautiful.”), a quoted
 * phrase after a determiner (“nothing generic about a “fresh, sustainable wild-caught halibut fillet.””),
 * or a short phrase the sentence goes on after ("“neonness” need not…").
 */
function mentionedNotSpoken(text: string, pair: MarkPair, content: string, kind: "direct" | "partial"): boolean {
  const words = wordCount(content);
  if (kind === "partial" && words <= SCARE_QUOTE_MAX_WORDS) return true;
  // Right after a word ("such as “The Kiss Was Beautiful.”"), not opening speech after a comma or colon.
  const embedded = /[\p{L}\p{N}]\s*$/u.test(text.slice(Math.max(0, pair.open - 3), pair.open));
  if (isTitle(content)) return kind === "partial" || embedded || !/[.,]$/u.test(content) || words <= SCARE_QUOTE_MAX_WORDS;
  if (kind === "partial" && DETERMINER_BEFORE.test(text.slice(Math.max(0, pair.open - 12), pair.open))) return true;
  return words <= SCARE_QUOTE_MAX_WORDS && !/[.,!?]$/u.test(content) && /^\s+\p{Ll}/u.test(text.slice(pair.close + 1, pair.close + 4));
}

const EPITHET_MAX_WORDS = 8;

/**
 * An epithet set off by commas after a name, in a sentence that goes on after it ("Lorenz, “the father
 * of chaos,” started a scientific revolution"): a lower-case phrase without a finite verb that nothing
 * attributes names the person; nobody says it.
 */
function epithet(text: string, pair: MarkPair, content: string): boolean {
  if (!/^\p{Ll}/u.test(content) || !content.endsWith(",") || wordCount(content) > EPITHET_MAX_WORDS || hasFiniteVerb(content)) return false;
  return /\p{Lu}[\p{L}.’'-]*,\s*$/u.test(text.slice(Math.max(0, pair.open - 40), pair.open)) && /^\s+\p{Ll}/u.test(text.slice(pair.close + 1, pair.close + 4));
}

const GLOSS_BEFORE = /\b(?:translates? (?:as|to)|translated as|which means|meaning|titled|entitled|the words?|the term|the phrase)\s*$/iu;
/** "In her book “A Paradise Built in Hell: The Extraordinary Communities that Arise in Disaster,”": the work's title. */
const WORK_BEFORE = /\b(?:book|novel|memoir|film|movie|documentary|song|album|poem|play|essay|podcast|series|show|exhibit|exhibition|curator of)\s*,?\s*$/iu;
/** "its robot, named “Better Idea of Afghan Girls,”": a name given, in title case, is no speech. */
const NAMED_BEFORE = /\b(?:named|nicknamed|labell?ed|christened)\s*,?\s*$/iu;
const DETERMINER_BEFORE = /\b(?:a|an|the|so-called|its|their|his|her|our|this|these|those)\s*$/iu;

/** Most of the longer words capitalised, as in a title ("Communities that Arise in Disaster"). */
function mostlyCapitalised(quoted: string): boolean {
  const long = quoted.split(/\s+/u).filter((w) => /\p{L}{4,}/u.test(w));
  return long.length > 0 && long.filter((w) => /^\P{L}*\p{Lu}/u.test(w)).length >= 0.6 * long.length;
}

/**
 * Every word capitalised and no end punctuation but the full stop or comma of the sentence around it
 * ("titled “Deterministic Nonperiodic Flow.”", "On “Face the Nation,” …"): a title or slogan, not speech.
 */
function isTitle(quoted: string): boolean {
  const content = quoted.replace(/[.,]$/u, "");
  const words = content.split(/\s+/).filter(Boolean);
  if (words.length > TITLE_MAX_WORDS || /[.!?,]$/.test(content)) return false;
  const SMALL = /^(?:a|an|the|of|and|or|in|on|at|to|for|by|with|from)$/;
  return words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && SMALL.test(w)));
}

function findFrame(
  text: string,
  seg: Segmentation,
  pair: MarkPair,
  bySentence: ReadonlyMap<number, Attribution[]>,
  pairs: readonly MarkPair[],
): { frame: Attribution; confidence: number } | null {
  const first = sentenceAt(seg.sentences, pair.open)?.index ?? -1;
  const last = sentenceAt(seg.sentences, pair.close)?.index ?? first;
  const withSource: Attribution[] = [];
  // From the sentence before: `He said:` ending its paragraph holds the quotation paragraph after it.
  for (let k = first - 1; k <= last + 1; k++) {
    for (const f of bySentence.get(k) ?? [])
      if (f.source !== null && f.kind !== "hedge" && !quotedElsewhere(pairs, f, pair)) withSource.push(f);
  }
  const after = withSource.find((f) => {
    const first = Math.min(f.source!.start, f.cueStart);
    // A left frame opening the next sentence ("… hell.” The Times reports: “…”) speaks forwards, not for this quote.
    if (f.kind === "left" && f.sentence > last && f.contentStart > f.cueStart) return false;
    // Nor a frame of the next paragraph ("“… election laws.”¶According to state law, …").
    if (seg.sentences[f.sentence]?.paragraph !== seg.sentences[last]?.paragraph) return false;
    return first > pair.close && /^[\s,—–-]*$/.test(text.slice(pair.close + 1, first));
  });
  if (after) return { frame: after, confidence: 0.9 };
  // The innermost frame holding the quote: the one whose cue is nearest before it.
  const holding = withSource
    .filter((f) => f.cueEnd <= pair.open && f.contentStart <= pair.open + 1 && pair.open < f.contentEnd + 1)
    .sort((a, b) => b.cueStart - a.cueStart)[0];
  if (holding) return { frame: holding, confidence: 0.85 };
  // "…against “criminals” in his entourage, a senior political source told Reuters.": a right frame's content holds it.
  const heldBefore = withSource
    .filter((f) => f.cueStart > pair.close && f.contentStart <= pair.open && pair.close <= f.contentEnd)
    .sort((a, b) => a.contentEnd - a.contentStart - (b.contentEnd - b.contentStart))[0];
  if (heldBefore) return { frame: heldBefore, confidence: 0.8 };
  const near = withSource
    .filter((f) => f.sentence >= first && f.sentence <= last && (f.cueEnd <= pair.open || f.cueStart > pair.close))
    .sort((a, b) => distance(a, pair) - distance(b, pair))[0];
  return near ? { frame: near, confidence: NEARBY } : null;
}

/**
 * Whether a frame's source and cue are words of another quotation (`“…”, it added; and, later, “Kim Jong-un
 * issued an order …”`: Kim Jong-un speaks for neither quotation). Pairs come in text order and never nest, so
 * the only quotation that can hold the frame is the last one opening before it.
 */
function quotedElsewhere(pairs: readonly MarkPair[], f: Attribution, pair: MarkPair): boolean {
  const from = Math.min(f.source!.start, f.cueStart);
  const p = pairs[firstIndexNotBefore(pairs, (q) => q.open < from) - 1];
  return p !== undefined && p !== pair && f.cueEnd <= p.close;
}

function distance(f: Attribution, pair: MarkPair): number {
  return f.cueStart > pair.close ? f.cueStart - pair.close : pair.open - f.cueEnd;
}

/** A fragment going on with the paragraph's speaker: right about seven times in ten on PolNeAR train+dev. */
const GOES_ON = 0.45;

/** `"A," he said. "B."` and a quote paragraph continuing the previous speaker. */
function inheritSpeaker(text: string, seg: Segmentation, draft: QuoteDraft, pair: MarkPair, earlier: readonly QuoteDraft[]): void {
  const previous = earlier.at(-1);
  if (!previous || !(previous.frame || previous.speakerFrame || previous.namedSpeaker)) return;
  const sentence = sentenceAt(seg.sentences, pair.open);
  const startsSentence = sentence !== undefined && opensSentence(text, sentence, pair);
  const sameParagraph = previous.paragraph === draft.paragraph;
  const gap = draft.paragraph - previous.paragraph;
  const nextParagraph = gap >= 1 && gap <= 1 + MAX_ASIDES && seg.paragraphs[draft.paragraph]?.start === pair.open && onlyAsidesBetween(text, seg, previous.paragraph, draft.paragraph);
  // "…,” Obama said in his speech. Abbas “has put aside efforts to …”: a long fragment whose own sentence gives it
  // no speaker goes on with the paragraph's speaker, not with the subject it follows.
  const goesOn = sameParagraph && draft.kind === "partial" && wordCount(text.slice(draft.start, draft.end)) > SCARE_QUOTE_MAX_WORDS && /^\p{Ll}/u.test(text.slice(draft.start, draft.start + 1));
  if (!(startsSentence || goesOn) || !(sameParagraph || nextParagraph)) return;
  if (!previous.frame && !previous.speakerFrame) {
    draft.namedSpeaker = previous.namedSpeaker;
    draft.confidence = 0.45;
    return;
  }
  draft.speakerFrame = previous.frame ?? previous.speakerFrame;
  draft.confidence = !startsSentence ? GOES_ON : sameParagraph ? 0.7 : 0.55;
}

/**
 * "Charles Schultze … once summed up the danger of deficits with a metaphor. “It’s not so much …”":
 * a quotation opening the sentence after one whose only attributed speaker is a person, in the same
 * or the next paragraph, is that person's (no source or cue of its own). So is a fragment that
 * speaks in the first person anywhere in the sentence ("…,” said Tyler Besecker. The price is “as
 * low as I’ve ever seen.”).
 */
function introducedBy(text: string, seg: Segmentation, draft: QuoteDraft, pair: MarkPair, bySentence: ReadonlyMap<number, Attribution[]>, speaking: boolean): void {
  const sentence = sentenceAt(seg.sentences, pair.open);
  if (!sentence || sentence.index === 0) return;
  if (!(draft.kind === "direct" && opensSentence(text, sentence, pair)) && !speaking) return;
  const before = seg.sentences[sentence.index - 1]!;
  if (sentence.paragraph - before.paragraph > 1 || (!speaking && /["“”«»]|''/u.test(withoutTitles(text.slice(before.start, before.end))))) return;
  const frames = bySentence.get(before.index) ?? [];
  // "Frank quotes former Carter adviser Alfred Kahn:": the quotation is the one quoted.
  if (frames.some((f) => QUOTING_CUE.test(text.slice(f.cueStart, f.cueEnd)))) return;
  const people = frames.filter((f) => f.source?.kind === "person" && f.source.person !== undefined);
  if (people.length === 0 || people.some((f) => f.source!.person !== people[0]!.source!.person)) return;
  draft.speakerFrame = people.at(-1)!;
  draft.confidence = 0.5;
}

/**
 * "De Miranda beautifully evokes the notion … in his introduction: “When we hear the word neon …”": a
 * quotation right after a colon that ends a sentence opened by a person and their verb is that person's.
 */
function colonSubject(text: string, seg: Segmentation, pair: MarkPair, sources: SourceIndex): SourceCandidate | undefined {
  if (!/:[ \t]*$/u.test(text.slice(Math.max(0, pair.open - 3), pair.open))) return undefined;
  const sentence = sentenceAt(seg.sentences, pair.open);
  if (!sentence) return undefined;
  const opening = /^[\s"“]*/u.exec(text.slice(sentence.start, pair.open))![0].length;
  const subject = sources.startingAt(sentence.start + opening);
  if (subject?.kind !== "person" || subject.person === undefined || subject.end >= pair.open) return undefined;
  return SUBJECT_VERB.test(text.slice(subject.end, subject.end + 40)) ? subject : undefined;
}

/**
 * "Pollsters agree - Carl Bialik: “One of the biggest lessons …”", "But polls did predict the Democratic caucus -
 * HuffPollster: “…”": a person's or organisation's name standing alone before a colon labels the quotation after it.
 */
function colonLabel(text: string, seg: Segmentation, pair: MarkPair, sources: SourceIndex): SourceCandidate | undefined {
  const colon = /:[ \t]*$/u.exec(text.slice(Math.max(0, pair.open - 3), pair.open));
  const sentence = colon ? sentenceAt(seg.sentences, pair.open) : undefined;
  if (!colon || !sentence) return undefined;
  const end = pair.open - colon[0].length;
  const label = sources.endingAt(end) ?? sources.chunkEndingAt(sentence.start, end);
  if (!label || label.pronoun || (label.generic && label.kind !== "organization") || label.start < sentence.start || (label.kind !== "person" && label.kind !== "organization")) return undefined;
  if (label.kind === "person" && label.person === undefined) return undefined;
  return /(?:^|[-—–,;(])$/u.test(text.slice(sentence.start, label.start).trimEnd()) ? label : undefined;
}

const PHRASE_OWNER = /(?:^|[^\p{L}])[Ii]n\s+(?:[\p{Ll}-]+\s+){0,3}?((?:\p{Lu}[\p{L}.’'-]*\s+)*\p{Lu}[\p{L}.-]*)[’']s?\s+(?:own\s+)?(?:words|phrase|term|coinage|description|formulation)\)?,?\s*$/u;

const WORDS_OF = /\b[Ii]n\s+the\s+words\s+of\s+([^"“”;\n]{2,80})$/u;

/** "(in libertarian economist Tyler Cowen’s phrase) “markets in everything”", "in Obama's words, “…”": the phrase's owner. */
function phraseOwner(text: string, pair: MarkPair, sources: SourceIndex): SourceCandidate | undefined {
  const before = text.slice(Math.max(0, pair.open - 100), pair.open);
  const wordsOf = WORDS_OF.exec(before);
  if (wordsOf) {
    // "in the words of the Crown prosecutor, Mark Tedeschi, QC, “…”": the first person the phrase names.
    return firstPersonIn(sources, pair.open - before.length + wordsOf.index + wordsOf[0].length - wordsOf[1]!.length, pair.open);
  }
  const m = PHRASE_OWNER.exec(before);
  if (!m) return undefined;
  const nameEnd = pair.open - before.length + m.index + m[0].indexOf(m[1]!) + m[1]!.length;
  const owner = sources.endingAt(nameEnd);
  return owner?.kind === "person" && !owner.pronoun ? owner : undefined;
}

const PASSIVE_NAMING_BEFORE = /\b(?:been|was|were|is|are|being)\s+(?:\p{Ll}+ly\s+)?(?:described|called|labell?ed|branded|dubbed|termed|characterized|characterised)\s+(?:as\s+)?$/u;

/** "has been described as “heartbreaking” by the conservation department": the agent of a passive verb of naming. */
function passiveAgent(text: string, pair: MarkPair, sources: SourceIndex): SourceCandidate | undefined {
  if (!PASSIVE_NAMING_BEFORE.test(text.slice(Math.max(0, pair.open - 50), pair.open))) return undefined;
  const by = /^[”"]?[,]?\s+by\s+/u.exec(text.slice(pair.close, pair.close + 12));
  if (!by) return undefined;
  const at = pair.close + by[0].length;
  // "by Senator John Smith": a title before the name.
  const title = /^\p{Lu}[\p{L}.]*\s+(?=\p{Lu})/u.exec(text.slice(at, at + 20));
  const agent = sources.startingAt(at) ?? (title ? sources.startingAt(at + title[0].length) : undefined);
  return agent && !agent.pronoun ? agent : undefined;
}

/** A subject's verb right after it, perhaps after an adverb ("beautifully evokes", "has long argued"). */
const SUBJECT_VERB = /^\s+(?:\p{Ll}+ly\s+|has\s+|had\s+|have\s+)?\p{Ll}+(?:ed|es|s)\b/u;

/** A sentence without its quoted titles ("On “Face the Nation,” Sen. Bernie Sanders identified …"). */
const withoutTitles = (sentence: string) => sentence.replace(/["“]([^"“”]*)["”]/gu, (quoted, inner: string) => (isTitle(inner) ? "" : quoted));

/** The quotation's opening mark starts its sentence. */
/** Only space and opening marks before the quotation in its sentence (a doubled apostrophe is one mark: ''…''). */
const opensSentence = (text: string, sentence: Sentence, pair: MarkPair): boolean => /^[\s"“„«]*(?:'')?$/u.test(text.slice(sentence.start, pair.open + (pair.openLength ?? 1)));

const FIRST_PERSON = /\b(?:I|I[’']\p{Ll}+|me|my|we|our|us)\b/u;
const QUOTING_CUE = /\b(?:quot|cit)(?:es|ed|ing)\b/iu;

const MAX_ASIDES = 2;

/**
 * Between two quotation paragraphs of one speaker, only asides: headings and photo captions, lines
 * that do not end a sentence and hold no quotation ("Hori Parata at his Pātaua farm, the place where he was born").
 */
function onlyAsidesBetween(text: string, seg: Segmentation, from: number, to: number): boolean {
  for (let p = from + 1; p < to; p++) {
    const para = seg.paragraphs[p];
    if (!para) return false;
    const line = text.slice(para.start, para.end).trim();
    if (/[.!?…]["”’)]*$/u.test(line) || /["“”«»]/u.test(line)) return false;
  }
  return true;
}

/** The source a quote draft is finally attributed to. */
export function quoteSource(draft: QuoteDraft): SourceCandidate | null {
  return draft.frame?.source ?? draft.speakerFrame?.source ?? draft.namedSpeaker ?? null;
}
