/**
 * Attribution frames: for each reporting cue, who (source) said what (content). Frames:
 * - left:          SOURCE [, apposition,] CUE [hearer] [that|how|:|,] CONTENT   ("X said (that) P")
 * - right:         CONTENT, SOURCE CUE.  /  CONTENT, CUE SOURCE.                ("P, sources said.")
 * - parenthetical: NP, SOURCE CUE, CONTENT                                     ("These talks, the book suggests, occurred…")
 * - according:     According to SOURCE, CONTENT  /  CONTENT, according to SOURCE.
 * - hedge:         a sentence hedged by "reportedly"/"is said to" with no other frame.
 * An "according to" frame that contains another frame becomes that frame's `via`.
 */
import { appositionAt, skipSpaces, skipSpacesBack } from "./apposition.js";
import { shareEndingAt } from "./shares.js";
import { BOUNDARY, OPENERS, QUANTIFIER_SUBJECTS } from "./chunks.js";
import { findCues, findHedges, type Cue } from "./cues.js";
import {
  TO_CONTENT_VERBS, PLACES, ANONYMOUS_NOUNS, COMMON_WORDS, COMPLEMENTIZERS, DEMONYMS, ORGANIZATION_NOUNS, ORGANIZATION_NAME_WORDS, WORK_NOUNS, DISCOURSE_MARKERS, POSSESSED_PROPOSITION_NOUNS, PROPOSITION_NOUNS, ROLE_MODIFIERS, TITLES, REPORTING_VERBS, VERB_CLASS, DAY_NAMES, MONTH_NAMES, hasFiniteVerb, isFiniteVerb, isHandListed, isRoleNoun, isSpeakerNoun, type ReportingVerb,
} from "./lexicon.js";
import type { Paragraph, Sentence } from "./segment.js";
import { firstPersonIn, type SourceCandidate, type SourceIndex } from "./sources.js";

export type FrameKind = "left" | "right" | "parenthetical" | "according" | "hedge";

export interface Attribution {
  kind: FrameKind;
  sentence: number;
  source: SourceCandidate | null;
  cueStart: number;
  cueEnd: number;
  verb: ReportingVerb | null;
  contentStart: number;
  contentEnd: number;
  hedges: string[];
  via: SourceCandidate[];
  /** The source was carried over from the sentence subject or an earlier frame ("…, saying", "and said"). */
  carried?: boolean;
  /** The cue is a possessor's proposition noun ("his **vow** that P"). */
  noun?: boolean;
}

const OBJECT_PRONOUN = /^(?:him|her|them|me|us|you|reporters|journalists|the press|supporters|the crowd|lawmakers|an audience)\b/iu;
const BAD_BARE_START = new Set([
  "to", "for", "with", "by", "on", "in", "at", "of", "about", "it", "so", "nothing", "anything", "yes", "no", "goodbye",
  "hello", "thanks", "as", "off", "up", "out", "into", "from", "and", "or", "but", "over", "after", "before", "during",
]);
/** Objects of attitude verbs that a verb of saying would not take as content ("offered no proof that…"). */
const NOMINAL_OBJECT_START = new Set(["no", "nothing", "anything", "so"]);
// "…, the Tuva government was quoted as saying late Thursday by the Interfax news agency.", "…, the agency said.(Photo: AP)"
const TRAILING_ADJUNCT = /^(?:,?\s*(?:according\s+to\b.*|(?:on|in|at|during|last|this|earlier|later|late|early|by|via|through|after|before|when|while)\b[^"“”]{0,80}|\w+day))?\s*[.!?"”’]*\s*(?:\([^()"“”]{0,120}\)\s*)?$/isu;
const MAX_BEFORE_WORDS = 3;
const THINKING_VERBS = new Set(["believe", "believes", "believed", "thinks", "thought", "found", "finds", "shows", "showed"]);
const IT_CLAUSE = /^it\s+(?!(?:on|in|at|to|for|with|about|again|too|before|after|during|last|this|was\s+(?:not\s+)?(?:true|false))\b)[\p{L}’']+/iu;
const isSourceNoun = (w: string) => ANONYMOUS_NOUNS.has(w) || ORGANIZATION_NOUNS.has(w) || WORK_NOUNS.has(w) || (w.endsWith("s") && ANONYMOUS_NOUNS.has(w.slice(0, -1)));
const POSSESSIVE_DETERMINER = /^(?:his|her|their|its|my|our|your)$/iu;
const OPENING_MARK = /^["“‘']/u;

/** All attribution frames of the document, in text order. */
export function findAttributions(text: string, sentences: readonly Sentence[], sources: SourceIndex, paragraphs: readonly Paragraph[] = []): Attribution[] {
  const frames: Attribution[] = [];
  const turns = speakerTurns(text, sentences, paragraphs, sources);
  let turn = 0;
  for (const s of sentences) {
    while (turn < turns.length && turns[turn]!.contentEnd < s.start) turn++;
    const t = turns[turn];
    if (t && t.sentence === s.index) frames.push(t);
    if (t && s.start < t.contentEnd && s.end > t.contentStart) continue;
    if (s.heading) continue;
    // A possessor's proposition noun first: "his vow that P" is no verb "vow".
    const inSentence: Attribution[] = nounFrames(text, s, sources);
    // Hand-listed cues first; mined attitude words only where they are not inside those frames.
    const cues = findCues(text, s.start, s.end);
    for (const cue of [...cues.filter((c) => !c.verb?.mined), ...cues.filter((c) => c.verb?.mined)]) {
      if (inSentence.some((f) => cue.start < f.cueEnd && cue.end > f.cueStart)) continue;
      if (inSentence.some((f) => f.source && cue.start < f.source.end && cue.end > f.source.start)) continue;
      // A mined attitude verb inside another frame's content is part of that content (PolNeAR is univocal).
      if (cue.verb?.mined && inSentence.some((f) => cue.start >= f.contentStart && cue.start < f.contentEnd)) continue;
      if (cue.verb?.mined && inSentence.some((f) => !f.carried && f.source && f.source.start <= cue.start && cue.start < f.cueStart)) continue;
      if (cue.verb?.weak && inSentence.some((f) => cue.start >= f.contentStart && cue.start < f.contentEnd)) continue;
      const frame =
        cue.verb === null
          ? accordingFrame(text, s, cue, sources)
          : (participleAfterFrame(text, s, cue, inSentence) ?? (cue.verb.weak ? weakFrame(text, s, cue, sources) : verbFrame(text, s, cue, sources, sentences)));
      if (frame) inSentence.push(frame);
    }
    cutBeforeCarried(text, inSentence);
    cutAtEnclosingFrame(text, inSentence);
    frames.push(...mergeAccordingFrames(inSentence));
    if (inSentence.length === 0) {
      const hedge = hedgeFrame(text, s);
      if (hedge) frames.push(hedge);
    }
  }
  const signed = signatureFrames(text, sentences, paragraphs, sources).filter((g) => !frames.some((f) => f.cueStart < g.cueEnd && g.cueStart < f.cueEnd));
  if (signed.length === 0) return frames;
  return [...frames, ...signed].sort((a, b) => a.sentence - b.sentence || a.cueStart - b.cueStart);
}

const NOUN_FRAME = /(?:(\p{Lu}[\p{L}\p{M}.’'-]*)[’']s|\b(his|her|their|its))\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)(?:\s+on\s+\p{Lu}\p{Ll}+)?\s+that\s+/gu;
const CLAUSE_OPENING = /(?:[,;:—–"“]|\b(?:but|and|or|so|yet|while|because|although|though|when|as|if))$/iu;

/**
 * "his vow on Monday that there would be no independent Palestinian state", "Trump's claim that the
 * election was rigged": a possessor's proposition noun and its "that" clause, the clause running to the
 * sentence's end. Not where the phrase opens a clause ("but Netanyahu's declaration that P makes that
 * more difficult"): there the clause's end is the main verb's business.
 */
function nounFrames(text: string, s: Sentence, sources: SourceIndex): Attribution[] {
  const out: Attribution[] = [];
  const sentence = text.slice(s.start, s.end);
  NOUN_FRAME.lastIndex = 0;
  for (let m = NOUN_FRAME.exec(sentence); m; m = NOUN_FRAME.exec(sentence)) {
    if (!POSSESSED_PROPOSITION_NOUNS.has(m[3]!)) continue;
    const at = s.start + m.index;
    const before = text.slice(s.start, at).trimEnd();
    // "support his stance and his vow that P": a coordinated object; ", and his vow that P …" opens a clause.
    const coordinatedObject = /\band$/iu.test(before) && !/[,;]\s*and$/iu.test(before);
    const opensClause = !coordinatedObject && (before === "" || CLAUSE_OPENING.test(before));
    // Opening its clause, the phrase is the subject: its "that" clause ends before the main verb, if one is seen.
    const end = opensClause ? mainVerbAfter(text, at + m[0].length, s.end) : s.end;
    if (end === null) continue;
    const possessorEnd = at + (m[1] ?? m[2])!.length;
    const source = m[1] ? sources.endingAt(possessorEnd) : sources.startingAt(at);
    if (!source || source.start < s.start || (source.pronoun && source.kind !== "person")) continue;
    const cueStart = at + m[0].indexOf(m[3]!, (m[1] ?? m[2])!.length);
    const cueEnd = cueStart + m[3]!.length;
    const [contentStart, contentEnd] = contentRange(text, at + m[0].length, end);
    if (contentEnd - contentStart < 2) continue;
    out.push({
      kind: "left",
      sentence: s.index,
      source,
      cueStart,
      cueEnd,
      verb: { form: m[3]!, frame: "clause", hedge: false, denial: false, mined: true },
      contentStart,
      contentEnd,
      hedges: [],
      via: [],
      noun: true,
    });
  }
  return out;
}

const SUBORDINATORS = new Set(["that", "which", "who", "whom", "whose", "because", "if", "when", "while", "and", "but", "or", "as", "since", "although", "though", "unless", "until", "where", "after", "before"]);

/** "there would be no state on his watch | makes that more difficult": the second finite verb not opened by a subordinator or conjunction. */
function mainVerbAfter(text: string, start: number, end: number): number | null {
  const re = /[\p{L}’']+/gu;
  const span = text.slice(start, end);
  let seenVerb = false;
  let sinceLink = 99;
  for (let m = re.exec(span); m; m = re.exec(span)) {
    const word = m[0].toLowerCase().replace(/’/gu, "'");
    if (SUBORDINATORS.has(word)) {
      sinceLink = 0;
      continue;
    }
    sinceLink++;
    if (!isFiniteVerb(word)) continue;
    if (seenVerb && sinceLink > 3) return start + m.index;
    seenVerb = true;
  }
  return null;
}

const SIGNATURE = /["”’]\s*(―|—|–|--|(?<=\s)-(?=\s))\s*(\p{Lu}[\p{L}\p{M}.’' -]{1,50}?)\.?$/u;

/** Vox pops: `“…he represents our greatest shame.” ― Sonya Herridge` (the dash is the cue, the paragraph the content). */
function signatureFrames(text: string, sentences: readonly Sentence[], paragraphs: readonly Paragraph[], sources: SourceIndex): Attribution[] {
  const out: Attribution[] = [];
  let si = 0;
  for (const p of paragraphs) {
    const tail = text.slice(Math.max(p.start, p.end - 80), p.end);
    const m = SIGNATURE.exec(tail);
    if (!m || m[2]!.trim().split(/\s+/).length > 5) continue;
    const at = p.end - tail.length + m.index;
    const dash = at + m[0].indexOf(m[1]!);
    const nameStart = skipSpaces(text, dash + m[1]!.length);
    const nameEnd = nameStart + m[2]!.trimEnd().length;
    while (si < sentences.length && sentences[si]!.end < dash) si++;
    const s = sentences[Math.min(si, sentences.length - 1)];
    if (!s || at - p.start < 10) continue;
    const source = signer(text, sources, nameStart, nameEnd);
    // A spaced hyphen signs only the quotation before it ("… the hosting. “So far, …” - Matthew Ingram"), a pull quote
    // set in a paragraph of its own; the other dashes sign the whole paragraph (vox pops).
    const opening = m[1] === "-" ? Math.max(text.lastIndexOf('"', at - 1), text.lastIndexOf("“", at - 1)) : p.start;
    if (opening < p.start) continue;
    out.push({ kind: "right", sentence: s.index, source, cueStart: dash, cueEnd: dash + m[1]!.length, verb: COLON_VERB, contentStart: opening, contentEnd: at + 1, hedges: [], via: [] });
  }
  return [...out, ...signatureParagraphs(text, sentences, paragraphs, sources)];
}

/** The name after a signature's dash: the known source starting there, over the name's span, else the words as they stand. */
function signer(text: string, sources: SourceIndex, nameStart: number, nameEnd: number): SourceCandidate {
  const known = sources.startingAt(nameStart);
  return known && known.end <= nameEnd ? spanning(text, known, nameStart, nameEnd) : { start: nameStart, end: nameEnd, text: text.slice(nameStart, nameEnd), kind: "anonymous" };
}

const SIGNATURE_LINE = /^(―|—|–|--|-)\s*(\p{Lu}[\p{L}\p{M}.’' -]{1,40}?)(?:,\s*\p{Lu}[\p{L}\p{M} ]{1,30})?\.?$/u;

/**
 * `"… is going to the top 1 percent." ¶ - Bernie Sanders.` (fact checks, pull quotes): a paragraph that is only a
 * dash and a name signs the quotation paragraph right before it.
 */
function signatureParagraphs(text: string, sentences: readonly Sentence[], paragraphs: readonly Paragraph[], sources: SourceIndex): Attribution[] {
  const out: Attribution[] = [];
  for (let k = 1; k < paragraphs.length; k++) {
    const p = paragraphs[k]!;
    const line = text.slice(p.start, p.end).trim();
    const m = line.length <= 80 ? SIGNATURE_LINE.exec(line) : null;
    if (!m || m[2]!.trim().split(/\s+/).length > 4) continue;
    const prev = paragraphs[k - 1]!;
    const quoted = text.slice(prev.start, prev.end).trim();
    if (!/^(?:["“]|'')/u.test(quoted) || !/(?:["”]|'')$/u.test(quoted)) continue;
    const dash = p.start + text.slice(p.start, p.end).search(/\S/u);
    const nameStart = skipSpaces(text, dash + m[1]!.length);
    const nameEnd = nameStart + m[2]!.trimEnd().length;
    const s = sentences.find((x) => x.start <= nameStart && nameStart < x.end);
    if (!s) continue;
    const source = signer(text, sources, nameStart, nameEnd);
    const contentStart = prev.start + text.slice(prev.start, prev.end).search(/\S/u);
    out.push({ kind: "right", sentence: s.index, source, cueStart: dash, cueEnd: dash + m[1]!.length, verb: COLON_VERB, contentStart, contentEnd: contentStart + quoted.length, hedges: [], via: [] });
  }
  return out;
}

/** The candidate, under its own name, over the span start..end (wider than its own, or moved). */
export function spanning(text: string, candidate: SourceCandidate, start: number, end: number): SourceCandidate {
  return { ...candidate, start, end, text: text.slice(start, end), name: candidate.name ?? candidate.text };
}

function baseFrame(s: Sentence, cue: Cue, kind: FrameKind, source: SourceCandidate | null, content: [number, number]): Attribution {
  return {
    kind,
    sentence: s.index,
    source,
    cueStart: cue.start,
    cueEnd: cue.end,
    verb: cue.verb,
    contentStart: content[0],
    contentEnd: content[1],
    hedges: [...cue.hedges],
    via: [],
  };
}

function accordingFrame(text: string, s: Sentence, cue: Cue, sources: SourceIndex): Attribution | null {
  const sourceStart = skipSpaces(text, cue.end);
  const source = sources.startingAt(sourceStart) ?? phraseUntilPunctuation(text, sourceStart, s.end);
  if (!source) return null;
  const afterSource = skipSpaces(text, source.end);
  const beforeCue = text.slice(s.start, cue.start);
  if (text[afterSource] === "," && isOnlyDiscourse(beforeCue)) {
    return baseFrame(s, cue, "according", source, contentRange(text, afterSource + 1, s.end));
  }
  if (isOnlyDiscourse(beforeCue)) {
    // "According to a 52-count civil complaint filed by the SEC, the developers…": the source runs to the comma.
    const comma = text.indexOf(",", source.end);
    if (comma > 0 && comma < s.end - 3 && comma - sourceStart <= 160 && !/["“”]/u.test(text.slice(sourceStart, comma))) {
      const wide = spanning(text, source, sourceStart, comma);
      return baseFrame(s, cue, "according", wide, contentRange(text, comma + 1, s.end));
    }
    return null;
  }
  const contentEnd = skipSpacesBack(text, cue.start);
  if (contentEnd - s.start < 3) return null;
  return baseFrame(s, cue, "according", sentenceFinalSource(text, s, source), contentRange(text, s.start, contentEnd));
}

/**
 * `P, according to the Roper Center for Public Opinion Research.`: a sentence-final source runs to the
 * end of the sentence (PolNeAR takes the whole noun phrase) when that is short and holds no other cue.
 */
function sentenceFinalSource(text: string, s: Sentence, source: SourceCandidate): SourceCandidate {
  const [, end] = contentRange(text, source.end, s.end);
  const rest = text.slice(source.end, end);
  if (end <= source.end || !/^\s+(?:for|of|at|in|on|from|with|by|and)\s/u.test(rest) || /["“”;]|''/u.test(rest) || rest.split(/\s+/).length > 16) return source;
  if (findCues(text, source.end, end).length > 0) return source;
  return spanning(text, source, source.start, end);
}

/** "according to people familiar with the matter," → a source phrase up to the next punctuation. */
function phraseUntilPunctuation(text: string, start: number, limit: number): SourceCandidate | null {
  const m = /^[^,.;:!?"“”—–\n]{2,80}/u.exec(text.slice(start, limit));
  if (!m) return null;
  const phrase = m[0].trimEnd();
  const kind = /^\p{Lu}/u.test(phrase) && !/^(?:The|A|An)\s+\p{Ll}/u.test(phrase) ? "organization" : "anonymous";
  return { start, end: start + phrase.length, text: phrase, kind };
}

/** From a subject to the end of its cue: a passive verb of telling ("was told", "’re told", "has been briefed"). */
const HEARER_PASSIVE = /^(?:['’](?:re|s|m)|\s+(?:is|are|was|were|be|being|(?:has|have|had)\s+been))\s+(?:\p{Ll}+ly\s+)?(?:told|informed|briefed|assured|notified)$/u;

function verbFrame(text: string, s: Sentence, cue: Cue, sources: SourceIndex, sentences: readonly Sentence[]): Attribution | null {
  // "Trump attacked Clinton, saying …": a participle after a comma takes the sentence's subject.
  // `“… win this race,” adding that P`: the comma may close a quotation.
  if (/ing$/u.test(cue.verb!.form) && COMMA_BEFORE.test(text.slice(Math.max(s.start, cue.start - 4), cue.start))) {
    const carried = carriedSubjectFrame(text, s, cue, sources);
    if (carried) return carried;
  }
  const left = sourceBefore(text, s, cue.start, sources);
  // "attorneys for | the family said": the chunk is spoken for; the speaker noun before it makes it a source.
  const spokenFor = left !== null && speaksFor(text.slice(Math.max(s.start, left.source.start - 40), left.source.start));
  if (left && !spokenFor && !plausibleGenericSource(left.source, cue.verb!) && !clauseInitialChunk(text, s, left.source, cue.verb!)) return null;
  if (left) {
    const frame = leftSourceFrame(text, s, cue, left.source, left.boundary, sources);
    // "He was told that …": the subject heard it; who said it is not named. "We're told …", "I'm told …": the
    // writer's unnamed sources told it.
    if (frame && HEARER_PASSIVE.test(text.slice(left.source.end, cue.end))) frame.source = WRITER.test(left.source.text) ? { ...left.source, name: UNNAMED_SOURCES } : null;
    // "Rubio was asked by Fox Business moderator Gerard Baker whether …": the one asking speaks.
    if (frame && ASKED_PASSIVE.test(text.slice(left.source.end, frame.cueEnd))) askedBy(text, s, frame, sources);
    // "“…?” Rothman recalls thinking at the time.": a content that is only a time or place is no content.
    const adjunctOnly =
      frame !== null && frame.contentEnd - frame.contentStart <= MAX_ADJUNCT_CHARS && !OPENING_MARK.test(text.slice(frame.contentStart, frame.contentStart + 1)) && TRAILING_ADJUNCT.test(text.slice(cue.end, s.end));
    if (frame && frame.contentEnd - frame.contentStart >= 2 && !adjunctOnly) {
      // "Barack Obama tweeted using his @POTUS account: ¶ “…”": an adjunct before the colon is no content.
      const introduced = ADJUNCT_BEFORE_COLON.test(text.slice(frame.contentStart, s.end)) ? colonIntroducedFrame(text, s, cue, withRole(text, left.source, left.boundary), sentences) : null;
      return introduced ?? frame;
    }
    return afterQuoteFrame(text, s, cue, left.source, left.boundary, sentences, sources) ?? (adjunctOnly ? frame : null) ?? colonIntroducedFrame(text, s, cue, withRole(text, left.source, left.boundary), sentences);
  }
  return frontedFrame(text, s, cue, sources, sentences) ?? invertedFrame(text, s, cue, sources) ?? carriedSubjectFrame(text, s, cue, sources) ?? chainFrame(text, s, cue, sources);
}

const FRONTED_TAIL = /^(?:,[^"“”\n]{1,120})?[,:]\s*(?=["“«]|'')/u;

/**
 * "Said Dorothy Poynter, who grew up with Ali in the neighborhood, “We were all so proud of him.”", "Stated
 * Stone: ¶ “I think …”": a verb of saying opening its sentence, the speaker's name after it, then the quotation.
 */
function frontedFrame(text: string, s: Sentence, cue: Cue, sources: SourceIndex, sentences: readonly Sentence[]): Attribution | null {
  const verb = cue.verb!;
  if (verb.mined || verb.frame === "object" || verb.frame === "naming" || /ing$/u.test(verb.form) || cue.start !== skipSpaces(text, s.start)) return null;
  const source = sources.startingAt(skipSpaces(text, cue.end));
  if (!source || source.pronoun || source.generic || source.end >= s.end) return null;
  const tail = FRONTED_TAIL.exec(text.slice(source.end, s.end));
  if (tail) return baseFrame(s, cue, "left", source, contentRange(text, source.end + tail[0].length, s.end));
  const next = sentences[s.index + 1];
  if (!next || next.paragraph === s.paragraph || !/^\s*:\s*$/u.test(text.slice(source.end, s.end)) || !OPENING_MARK.test(text.slice(next.start, next.start + 2))) return null;
  return baseFrame(s, cue, "left", source, contentRange(text, next.start, sentences[lastOfParagraph(sentences, next)]!.end));
}

/** The index of the last sentence in the paragraph of sentence `first`. */
function lastOfParagraph(sentences: readonly Sentence[], first: Sentence): number {
  let last = first.index;
  while (sentences[last + 1]?.paragraph === first.paragraph) last++;
  return last;
}

const ASKED_PASSIVE = /^\s+(?:is|are|was|were|be|being|(?:has|have|had)\s+been)\s+asked$/u;
const MAX_AGENT_OFFSET = 40;

/** The agent of "was asked by …" becomes the frame's source, its content what follows the agent's name. */
function askedBy(text: string, s: Sentence, frame: Attribution, sources: SourceIndex): void {
  const by = /^\s+by\s+/u.exec(text.slice(frame.cueEnd, s.end));
  if (!by) return;
  const from = frame.cueEnd + by[0].length;
  const named = firstPersonIn(sources, from, s.end);
  if (named && named.start < from + MAX_AGENT_OFFSET) {
    frame.source = spanning(text, named, from, named.end);
    frame.contentStart = skipSpaces(text, named.end);
    return;
  }
  const chunk = sources.chunkStartingAt(from, s.end);
  if (!chunk || chunk.pronoun) return;
  frame.source = chunk;
  frame.contentStart = skipSpaces(text, chunk.end);
}

/** Longer contents are more than a time or place (TRAILING_ADJUNCT takes at most ~80 characters after its preposition). */
const MAX_ADJUNCT_CHARS = 100;
const WRITER = /^(?:I|we)$/iu;
const UNNAMED_SOURCES = "unnamed sources";

const CHAIN_STOP = new Set(["and", "or", "but", "that", "which", "who", "whom", "whose", "when", "where", "while", "because", "if", "than", "as", "whether", "what", "how", "why", "since", "although", "though", "unless", "until", "said", "says", "say", "told", "tells"]);
const MAX_CHAIN_WORDS = 5;

const PREPOSITION_BEFORE = /\b(?:to|on|in|at|from|with|by|for|of|into|onto|about)\s+$/iu;

/**
 * `Hillary Clinton took to Twitter to say thanks`, `The New York Times is expected to endorse`,
 * `Sanders is choosing not to respond to`: a clause-initial subject, a short verb chain, then the cue.
 * PolNeAR's cue runs over the chain.
 */
function chainFrame(text: string, s: Sentence, cue: Cue, sources: SourceIndex): Attribution | null {
  const verb = cue.verb!;
  if (verb.frame === "naming") return null;
  const words: { start: number; end: number; lower: string }[] = [];
  const re = /[\p{L}\p{N}’'-]+/gu;
  const from = Math.max(s.start, cue.start - 80);
  const gapText = text.slice(from, cue.start);
  for (let m = re.exec(gapText); m; m = re.exec(gapText)) words.push({ start: from + m.index, end: from + m.index + m[0].length, lower: m[0].toLowerCase() });
  // Only infinitives: a chain before a finite cue ("Trump spoke at the rally said") is rarely one verb group.
  if (words.at(-1)?.lower !== "to") return null;
  for (let k = words.length - 1, n = 0; k >= 0 && n < MAX_CHAIN_WORDS; k--, n++) {
    const w = words[k]!;
    const next = k + 1 < words.length ? words[k + 1]!.start : cue.start;
    if (!/^\s+$/u.test(text.slice(w.end, next))) return null;
    if (CHAIN_STOP.has(w.lower)) return null;
    const before = skipSpacesBack(text, w.start);
    const known = sources.endingAt(before);
    const src = known && !known.generic ? known : sources.chunkEndingAt(s.start, before);
    if (!src || src.start < s.start || POSSESSIVE_DETERMINER.test(src.text)) continue;
    if (src.generic && (src.pronoun ? /^(?:it|you|i|we)$/iu.test(src.text) : !plausibleGenericSource(src, verb))) continue;
    const between = text.slice(Math.max(s.start, src.start - 30), src.start);
    if (!(src.start === s.start || /(?:[,;:—–]|\b(?:and|but|after|when|while|because|since|though|although|if|so))\s+$/u.test(between))) continue;
    const c: Cue = { ...cue, start: w.start };
    const ext = extendCueOver(text, c, skipHearer(text, c, s.end), s.end);
    const contentStart = clauseStart(text, ext.after, s.end, verb);
    if (contentStart === null) return null;
    const boundary = src.pronoun ? src.start : extendSourceLeft(text, s.start, roleStartBefore(text, s.start, src.start), sources);
    return baseFrame(s, ext.cue, "left", withRole(text, src, boundary), contentRange(text, contentStart, s.end));
  }
  return null;
}

/**
 * `“…,” he said, adding that P` / `Sanders said, going on to say …`: a participle right after another
 * frame's cue or source takes that frame's source.
 */
function participleAfterFrame(text: string, s: Sentence, cue: Cue, inSentence: readonly Attribution[]): Attribution | null {
  if (!/ing$/u.test(cue.verb!.form) || cue.verb!.frame === "naming") return null;
  const prev = frameBeforeParticiple(text, cue.start, inSentence);
  if (!prev?.source) return null;
  const { cue: c, after } = extendCueOver(text, cue, skipHearer(text, cue, s.end), s.end);
  const contentStart = clauseStart(text, after, s.end, c.verb!);
  if (contentStart === null) return null;
  return { ...baseFrame(s, c, "left", prev.source, contentRange(text, contentStart, s.end)), carried: true };
}

/** A time or place between a cue (or an inverted source) and the comma before a participle: "said | in a statement | , adding". */
const ADJUNCT_BEFORE_PARTICIPLE = /^\s+(?:(?:in|at|on|during|from|after)\s[^,"“”;:()]{1,50}|(?:on\s+)?\p{Lu}\p{Ll}+day|(?:last|this|earlier|late)\s+\p{Ll}+)$/u;

/**
 * The frame whose cue or inverted source ends right before the comma that precedes `participleStart`, a
 * time or place in between allowed: "“…,” Chaffetz said in a statement, | adding that P", "said Caddell, |
 * speaking of …".
 */
export function frameBeforeParticiple(text: string, participleStart: number, frames: readonly Attribution[]): Attribution | undefined {
  const comma = skipSpacesBack(text, participleStart);
  if (text[comma - 1] !== ",") return undefined;
  const end = skipSpacesBack(text, comma - 1);
  return frames.find((f) => {
    if (!f.source) return false;
    const last = f.source.start > f.cueEnd ? f.source.end : f.cueEnd;
    return last === end || (last < end && end - last <= 60 && ADJUNCT_BEFORE_PARTICIPLE.test(text.slice(last, end)));
  });
}

/** A frame's content stops before a carried frame's cue ("had mocked the complaint | , saying …"). */
function cutBeforeCarried(text: string, frames: Attribution[]): void {
  for (const c of frames) {
    if (!c.carried) continue;
    for (const f of frames) {
      if (f === c || !(f.contentStart < c.cueStart && c.cueStart < f.contentEnd)) continue;
      f.contentEnd = contentEndBefore(text, f, c.cueStart);
    }
  }
}

/** Where `f`'s content ends when a carried cue at `cueStart` cuts it: before the comma or conjunction that joins them. */
export function contentEndBefore(text: string, f: Attribution, cueStart: number): number {
  const end = /[\s,;]*(?:\b(?:and|but|then|before|after|while|by|when)\s*)?$/u.exec(text.slice(f.contentStart, cueStart));
  return f.contentStart + (end ? end.index : cueStart - f.contentStart);
}

/**
 * A frame inside another's content or between another's source and cue ends where that part ends:
 * "… are insisting the 93 year-old finishes his term | , a source said", "the source, who said he had
 * spoken to people inside the compound | , told Reuters".
 */
function cutAtEnclosingFrame(text: string, frames: Attribution[]): void {
  for (const g of frames) {
    if (!g.source) continue;
    for (const f of frames) {
      if (f === g || f.contentStart < f.cueEnd) continue;
      let end = -1;
      if (g.kind === "right" && f.cueStart >= g.contentStart && f.cueEnd <= g.source.start && f.contentEnd > g.source.start) end = g.source.start;
      else if (f.cueStart >= g.source.start && f.cueEnd <= g.cueStart && f.contentEnd > g.cueStart) end = g.cueStart;
      if (end === -1) continue;
      const trimmed = skipSpacesBack(text, end);
      f.contentEnd = text[trimmed - 1] === "," ? skipSpacesBack(text, trimmed - 1) : trimmed;
    }
  }
}

const STATE_ABBREVIATION_AT = /^(?:\p{Lu}\p{Ll}{1,4}\.|(?:\p{Lu}\.){2,3}),\s+/u;
const PLACE_NAME_AT = /^(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?),\s+/u;

/** "at a rally in Beaumont, | Tex., | Mr. Trump", "in Portsmouth, | N.H., | on Tuesday", "in Ames, | Iowa, | on Sunday": the state after a place goes with it. */
function placeContinuation(rest: string): number {
  const abbreviation = STATE_ABBREVIATION_AT.exec(rest);
  if (abbreviation) return abbreviation[0].length;
  const place = PLACE_NAME_AT.exec(rest);
  return place && PLACES.has(place[1]!.toLowerCase()) ? place[0].length : 0;
}
const COORDINATED_CUE = /(?:\b(?:and|but|then|before|after|while|by|when)|,["”’']?)\s*$/u;
/** A comma right before a cue, inside a closing quotation mark or not. */
const COMMA_BEFORE = /,["”’']?\s*$/u;
const LEADING_ADVERBIAL = /^[^,"“”;:]{2,60},\s*/u;
/** "In response to Donald Trump’s proposal to bar Muslims from entering the United States, …": a longer opening phrase. */
const LONG_PREPOSITIONAL_OPENING = /^(?:In|On|At|After|Before|During|Despite|Following|Amid|Since|Under|Throughout)\s[^,"“”;:]{2,110},\s*/u;

/**
 * A cue whose subject is the sentence's: "Merrill says Machado promised … and **said** she would…",
 * "Trump is defending his tweets, **saying** it shows…". The source is the subject at the sentence
 * start (after a short leading adverbial such as "On Sunday,").
 */
function carriedSubjectFrame(text: string, s: Sentence, cue: Cue, sources: SourceIndex): Attribution | null {
  const verb = cue.verb!;
  if (verb.frame === "naming") return null;
  const before = text.slice(Math.max(s.start, cue.start - 12), cue.start);
  if (!COORDINATED_CUE.test(before)) return null;
  if (COMMA_BEFORE.test(before) && !/ing$/u.test(verb.form)) return null;
  const subject = relativeAntecedent(text, s, cue.start, sources) ?? sentenceSubject(text, s, cue.start, sources, verb.mined ? 1 : 2);
  if (!subject) return null;
  const extended = extendCueOver(text, cue, skipHearer(text, cue, s.end), s.end);
  cue = extended.cue;
  const contentStart = clauseStart(text, extended.after, s.end, verb);
  if (contentStart === null) return null;
  return { ...baseFrame(s, cue, "left", subject, contentRange(text, contentStart, s.end)), carried: true };
}

/**
 * "… Netanyahu’s Likud party, which tried to rally support by **saying** that …": a cue inside a relative
 * clause (no comma after "which"/"who" before it) has the relative's antecedent for its subject.
 */
function relativeAntecedent(text: string, s: Sentence, limit: number, sources: SourceIndex): SourceCandidate | null {
  const clause = /,\s+(?:which|who)\s+[^,;:"“”]*$/u.exec(text.slice(s.start, limit));
  if (!clause) return null;
  const comma = s.start + clause.index;
  const antecedent = sources.endingAt(comma) ?? sources.chunkEndingAt(s.start, comma);
  return antecedent && !antecedent.pronoun && antecedent.start >= s.start ? antecedent : null;
}

function sentenceSubject(text: string, s: Sentence, limit: number, sources: SourceIndex, adverbials = 1): SourceCandidate | null {
  const starts = [s.start];
  // "On Thursday, after remaining neutral throughout the primary, Warren …, saying": a verb of saying looks past two.
  for (let k = 0; k < adverbials; k++) {
    const rest = text.slice(starts.at(-1)!, limit);
    const adverbial = LEADING_ADVERBIAL.exec(rest) ?? LONG_PREPOSITIONAL_OPENING.exec(rest);
    // The second opens with a lower-case word ("after …", "despite …"), not with a name set off by commas.
    if (!adverbial || (k === 1 && !/^\p{Ll}/u.test(adverbial[0]))) break;
    const start = starts.at(-1)! + adverbial[0].length;
    starts.push(start + placeContinuation(text.slice(start, start + 40)));
  }
  for (const start of starts) {
    // "Mr. Schwartz, citing …": the mention starts after its title.
    const title = TITLE_ABBREVIATION_AT.exec(text.slice(start, start + 6));
    const known = sources.startingAt(start) ?? (title ? sources.startingAt(start + title[0].length) : undefined);
    if (known && known.end < limit && !known.generic) return title && known.start > start ? spanning(text, known, start, known.end) : withApposedName(text, s, known, limit, sources);
    if (title) continue;
    const chunk = sources.chunkStartingAt(start, limit);
    if (chunk && chunk.end < limit && !timeOrLinkingWords(chunk) && (chunk.pronoun ? !/^it$/iu.test(chunk.text) : speakerLikeChunk(chunk))) return withApposedName(text, s, chunk, limit, sources);
  }
  return null;
}

/**
 * "Vice President Joe Biden attacked …, saying": a chunk ending in a person's name is that person.
 * "The leader of Ennahda, Rachid Ghannouchi, condemned …, saying": so is a subject followed by a name
 * set off by commas.
 */
function withApposedName(text: string, s: Sentence, subject: SourceCandidate, limit: number, sources: SourceIndex): SourceCandidate {
  if (subject.pronoun || subject.kind === "person") return subject;
  const named = namedChunk(sources, subject)!;
  if (named.kind === "person") return named;
  // "Labour's Shadow Home Secretary Yvette Cooper said …, and said": a role right before the person's name.
  const space = /^[^\S\n]+/u.exec(text.slice(subject.end, subject.end + 3));
  const at = subject.end + (space?.[0].length ?? 0);
  // "Retired Army | Col. Lawrence Wilkerson": the name's title between them.
  const title = space ? TITLE_ABBREVIATION_AT.exec(text.slice(at, at + 6)) : null;
  const holder = space ? (sources.startingAt(at) ?? (title ? sources.startingAt(at + title[0].length) : undefined)) : undefined;
  if (holder && holder.kind === "person" && !holder.pronoun && holder.end < limit)
    return spanning(text, holder, subject.start, holder.end);
  const gap = text.slice(subject.end, subject.end + 41).indexOf(",");
  const apposition = gap !== -1 ? appositionAt(text, subject.end + gap) : null;
  const apposed = apposition && apposition.end < limit ? apposedName(text, s, apposition.end, sources) : null;
  return apposed && apposed.source.start === subject.start ? apposed.source : subject;
}

/**
 * A sentence-opening chunk that can be somebody: a capitalised head or a determiner phrase, and not a
 * lone adverb, discourse word or participle ("Rather", "Basically", "Asked").
 */
function speakerLikeChunk(chunk: SourceCandidate): boolean {
  const words = chunk.text.split(/\s+/u);
  const head = words.at(-1)!.replace(/[’']s$/u, "");
  const lone = head.toLowerCase();
  // "Asked whether …, 23 percent said": a participle opening the sentence is nobody either.
  if (words.length === 1 && (/ly$/u.test(head) || DISCOURSE_MARKERS.has(lone) || SENTENCE_ADVERBS.has(lone) || VERB_CLASS.has(lone))) return false;
  if (/^\p{Lu}/u.test(head)) return true;
  return /^(?:the|a|an)\s/iu.test(chunk.text);
}

const SENTENCE_ADVERBS = new Set([
  "rather", "instead", "still", "however", "thus", "hence", "perhaps", "maybe", "indeed", "overall", "otherwise", "anyway", "regardless",
  // "Back in 1999, Mr. Trump …, telling CNBC", "Ever the showman, he …": an adverb opening the adverbial, not its subject.
  "back", "ever", "once", "again", "long", "soon", "shortly", "afterward", "afterwards", "elsewhere", "often", "sometimes",
]);

const RECEIVING = /^(?:read|reads|reading|hear|hears|heard|hearing|learn|learns|learned|learnt|learning)$/u;

/** A weak cue ("Trump unleashed a flurry of tweets", "She wants to triple…"): only right after a known subject. */
function weakFrame(text: string, s: Sentence, cue: Cue, sources: SourceIndex): Attribution | null {
  // "we might have read of “hero cabdrivers”": what someone read or heard about, not what they said.
  if (RECEIVING.test(cue.verb!.form) && /^\s+(?:of|about)\s/u.test(text.slice(cue.end, cue.end + 8))) return null;
  const end = skipSpacesBack(text, cue.start);
  const source = sources.endingAt(end) ?? sources.chunkEndingAt(s.start, end);
  if (!source || source.start < s.start || end === cue.start || POSSESSIVE_DETERMINER.test(source.text)) return null;
  if (source.generic && !(source.pronoun && !/^it$/iu.test(source.text))) return null;
  const between = text.slice(Math.max(s.start, source.start - 30), source.start);
  if (!(source.start === s.start || /(?:[,;:—–]|\b(?:and|but|as|after|when|while|because|since|though|although|if|so|who|which))\s+$/u.test(between) || /["”]\s*$/u.test(between))) return null;
  const boundary = source.pronoun ? source.start : extendSourceLeft(text, s.start, roleStartBefore(text, s.start, source.start), sources);
  cue = extendCueOver(text, cue, cue.end, s.end).cue;
  const [cs, ce] = contentRange(text, cue.end, s.end);
  if (ce - cs < 2) return null;
  return baseFrame(s, cue, "left", withRole(text, source, boundary), [cs, ce]);
}

/**
 * A generic noun chunk opening the sentence or a clause is a source even when its head does not look
 * like a speaker ("The platform also vows", "the crowd booed"): measured on train, such cues are gold
 * cues about half the time.
 */
function clauseInitialChunk(text: string, s: Sentence, source: SourceCandidate, verb: ReportingVerb): boolean {
  if (!source.generic || source.pronoun || verb.weak || timeOrLinkingWords(source)) return false;
  const between = text.slice(Math.max(s.start, source.start - 30), source.start);
  return source.start === s.start || /(?:[,;:—–]|\b(?:and|but|as|after|when|while|because|since|though|although|if|so))\s+$/u.test(between);
}

const NOT_A_SPEAKER = new RegExp(`^(?:${[...DAY_NAMES, ...MONTH_NAMES].join("|")}|today|yesterday|tonight|week|weekend|month|year|day|night|morning|afternoon|evening|meanwhile|despite|however|instead|still|also|though|although|late|early|later|earlier|then|now)$`, "iu");

/** "on Wednesday denounced …", "the past week", "Meanwhile", "Despite": a chunk headed or opened by a time or linking word is nobody. */
function timeOrLinkingWords(source: SourceCandidate): boolean {
  const words = source.text.split(/\s+/u);
  return source.generic === true && !source.pronoun && (NOT_A_SPEAKER.test(words[0]!) || NOT_A_SPEAKER.test(words.at(-1)!));
}

/** A generic chunk must look like a speaker: cue words are often nouns too ("six phone calls"). */
function plausibleGenericSource(source: SourceCandidate, verb: ReportingVerb): boolean {
  if (!source.generic) return true;
  // "It says the campaign violated…": only with a hand-listed verb of saying, not "it believes".
  if (source.pronoun) return !/^it$/iu.test(source.text) || (isHandListed(verb) && !THINKING_VERBS.has(verb.form));
  if (timeOrLinkingWords(source)) return false;
  const head = /([\p{L}’'-]+)$/u.exec(source.text)?.[1] ?? "";
  // "The bank said", "The network says": a determiner phrase before a hand-listed verb of saying.
  if (!verb.mined && !THINKING_VERBS.has(verb.form) && /^(?:the|a|an|this|that|its|their|his|her|one|another|each)\s/iu.test(source.text)) return true;
  return /^\p{Lu}/u.test(head) || isRoleNoun(head) || isSourceNoun(head.toLowerCase()) || QUANTIFIER_SUBJECTS.has(head.toLowerCase()) || /(?:[^s]s|er|or|ist|ian|ant|ent)$/u.test(head);
}

/** "…!” Sessions said as he launched the process.": a clause of time or reason after the cue is no proposition. */
const SUBORDINATE_CLAUSE = /^\s*,?\s*(?:as|because|since|until|although|though|once)\s/iu;

/**
 * `“How many times…?” Clinton said.`: the sentence splitter leaves "Clinton said." alone; its
 * content is the previous sentence of the paragraph (from the paragraph start when that opens a quotation).
 */
function afterQuoteFrame(text: string, s: Sentence, cue: Cue, source: SourceCandidate, boundary: number, sentences: readonly Sentence[], sources: SourceIndex): Attribution | null {
  const prev = sentences[s.index - 1];
  if (!prev || prev.paragraph !== s.paragraph || prev.heading) return null;
  // "…?” Renteria told reporters during the call.": the hearer is no content either.
  const rest = text.slice(skipHearer(text, cue, s.end), s.end);
  // "…!” US Senator Jeff Sessions said": the title before the name opens the sentence too.
  if (!source.pronoun) boundary = extendSourceLeft(text, s.start, roleStartBefore(text, s.start, boundary), sources);
  if (text.slice(s.start, boundary).trim() !== "" || !(TRAILING_ADJUNCT.test(rest) || SUBORDINATE_CLAUSE.test(rest))) return null;
  // Only after a quotation ("…?” Clinton said."), not "The FBI decided after a lengthy investigation…".
  if (!/["”’']\s*$/u.test(text.slice(prev.start, prev.end))) return null;
  let start = prev.start;
  for (let k = prev.index - 1; k >= 0; k--) {
    const earlier = sentences[k]!;
    if (earlier.paragraph !== s.paragraph) break;
    if (OPENING_MARK.test(text.slice(earlier.start, earlier.start + 2))) {
      start = earlier.start;
      break;
    }
  }
  return baseFrame(s, cue, "right", withRole(text, source, boundary), contentRange(text, start, prev.end));
}

/**
 * `He said:` closing its paragraph, then the paragraph it introduces: a quotation ("He said: ¶ “…”"),
 * a block quotation that lost its marks ("Wallnau wrote: ¶ I think this prophetic prayer timely…"), or a
 * list of what was said, one short line each ("President Obama also said: ¶ The UK must stay in the EU ¶
 * He is confident the Iran nuclear deal will be passed ¶ …"), which the content then covers whole.
 */
function colonIntroducedFrame(text: string, s: Sentence, cue: Cue, source: SourceCandidate, sentences: readonly Sentence[]): Attribution | null {
  const next = sentences[s.index + 1];
  if (!next || next.paragraph === s.paragraph || next.heading) return null;
  const tail = text.slice(cue.end, s.end);
  const colon = /^\s*:\s*$/u.exec(tail);
  // "Marc Lamont Hill commented, ¶ “…”", "tweeted using his account: ¶ “…”": only before a quotation paragraph.
  const quotationNext = OPENING_MARK.test(text.slice(next.start, next.start + 2));
  if (!colon && !(quotationNext && (/^\s*,\s*$/u.test(tail) || ADJUNCT_BEFORE_COLON.test(tail.trimStart())))) return null;
  let last = lastOfParagraph(sentences, next);
  if (!quotationNext) {
    if (/["“”«»]|''/u.test(text.slice(next.start, sentences[last]!.end))) return null;
    // A list: paragraphs of one unpunctuated line each, from the first on.
    const line = (k: number) => {
      const t = sentences[k];
      return t !== undefined && !t.heading && sentences[k + 1]?.paragraph !== t.paragraph && listItem(text, t);
    };
    if (last === next.index && line(last)) while (sentences[last + 1]?.paragraph === sentences[last]!.paragraph + 1 && line(last + 1)) last++;
  }
  const cueEnd = colon ? cue.end + colon[0].indexOf(":") + 1 : cue.end;
  return baseFrame(s, { ...cue, end: cueEnd }, "left", source, contentRange(text, next.start, sentences[last]!.end));
}

/** A prepositional or participial adjunct closing its sentence with a colon ("using his @POTUS account:", "in a statement:"). */
const ADJUNCT_BEFORE_COLON = /^(?:using|in|on|via|through|at|during|from|with|after|before)\s[^.!?"“”:\n]{1,40}:\s*$/u;

const LIST_ITEM_MAX_WORDS = 30;

/** A line of a list: one sentence without a full stop, not opening with a quotation mark. */
function listItem(text: string, s: Sentence): boolean {
  const line = text.slice(s.start, s.end);
  return !/[.!?…"”’]$/u.test(line) && !OPENING_MARK.test(line) && line.split(/\s+/u).length <= LIST_ITEM_MAX_WORDS;
}

/** The source span widened over its role words and a trailing "(R-Ind.)". */
function withRole(text: string, source: SourceCandidate, boundary: number): SourceCandidate {
  let end = source.end;
  const party = /^\s*\([^()\n]{1,16}\)/u.exec(text.slice(end, end + 20));
  if (party) end += party[0].length;
  if (boundary >= source.start && end === source.end) return source;
  const start = Math.min(boundary, source.start);
  const bare = source.name ?? source.text;
  const modifiers = text.slice(start, source.start);
  const spokesperson = speakerBefore(text, source, start, end);
  if (spokesperson) return spokesperson;
  const named =
    (source.kind === "anonymous" && !NOT_GROUP_MODIFIERS.has(bare.split(" ", 1)[0]!.toLowerCase()) && (groupModifiers(modifiers) || QUANTITY_PHRASE.test(modifiers))) ||
    (source.kind === "organization" && organizationNameBefore(modifiers));
  return { ...source, start, end, text: text.slice(start, end), name: named ? modifiers + bare : bare };
}

const SPEAKER_FOR = /(?:^|\s)([\p{L}-]+)\s+(?:for|of|to)\s+(?:the\s+)?$/iu;

/**
 * "A spokeswoman for Hillary Clinton", "attorneys for the family", "A colleague of Rothman’s": a source span
 * widened to `start` over a speaker noun and its preposition is that speaker's, not the person or group after
 * it. Its name runs from the speaker noun phrase to the source's own name, without what trails it.
 */
export function speakerBefore(text: string, source: SourceCandidate, start: number, end: number): SourceCandidate | null {
  const modifiers = start < source.start ? text.slice(start, source.start) : "";
  // "PC World's recent analysis of its own web traffic statistics concluded": the work speaks, not what it studied.
  const work = WORK_OF.exec(modifiers);
  if (work && WORK_NOUNS.has(work[2]!.toLowerCase()) && source.kind !== "person") {
    return { start, end, text: text.slice(start, end), kind: "work", name: work[1]!.trim() };
  }
  if (!speaksFor(modifiers)) return null;
  // "The head of the National Rifle Association Wayne LaPierre said": the name closing the organisation's is the speaker's.
  if (nameAfterOrganization(source)) return spanning(text, source, start, end);
  return { start, end, text: text.slice(start, end), kind: "anonymous", name: modifiers + (source.name ?? source.text) };
}

/** A person's candidate whose words open with an organisation's name ("the National Rifle Association Wayne LaPierre"). */
function nameAfterOrganization(source: SourceCandidate): boolean {
  if (source.kind !== "person" || source.pronoun || source.person === undefined) return false;
  const words = source.text.split(/\s+/u).slice(0, -2);
  return words.some((w) => ORGANIZATION_NOUNS.has(w.toLowerCase()) || ORGANIZATION_NAME_WORDS.has(w.toLowerCase()));
}

/** A work noun phrase and "of" before the source: its name (up to the noun) and the noun. */
const WORK_OF = /^((?:[\p{L}’'.-]+\s+){0,4}?([\p{L}-]+))\s+of\s+$/u;

/** Words ending in a speaker noun and its preposition ("A spokeswoman for ", "attorneys for the "). */
function speaksFor(modifiers: string): boolean {
  const speaker = SPEAKER_FOR.exec(modifiers);
  return speaker !== null && isSpeakerNoun(speaker[1]!.toLowerCase());
}

/** The front of an organisation's name split at its "and" ("**Parliament’s Joint Committee on Intelligence and** Security"). */
const organizationNameBefore = (prefix: string) => NAME_FRONT_BEFORE_AND.test(prefix);
const NAME_FRONT_BEFORE_AND = /^(?:\p{Lu}[\p{L}’'.-]*\s+){1,4}(?:on|of|for)\s+(?:\p{Lu}[\p{L}’'.-]*\s+){1,2}and\s+$/u;
const MAX_GROUP_MODIFIERS = 3;
/** "A number of", "dozens of", "a group of": how many of a group speak. */
const QUANTITY_HEADS = new Set(["number", "group", "handful", "majority", "minority", "couple", "host", "slew", "dozens", "hundreds", "thousands", "scores"]);
const QUANTITY_PHRASE = new RegExp(`^(?:(?:a|an|the)\\s+(?:\\p{Ll}+\\s+){0,2})?(?:${[...QUANTITY_HEADS].join("|")})\\s+of\\s+(?:(?:the|their|his|her|its)\\s+)?(?:[\\p{L}.’'-]+\\s+){0,3}$`, "iu");
const NOT_GROUP_MODIFIERS = new Set(["the", "a", "an", "perhaps", "maybe", "even", "just", "only", "that", "this", "these", "those", "of", "and", "or", "to", "by", "for", "with", "in", "on", "at"]);

/**
 * Words before an anonymous group that belong to its name ("**Obama administration** officials",
 * "**GOP primary** voters", "**Ms. Merkel's** spokesman"): a few nouns and names, no verb, article
 * or preposition, which would show a source span that ran too far ("Trump fired back | a response").
 */
function groupModifiers(prefix: string): boolean {
  const words = prefix.trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0 || words.length > MAX_GROUP_MODIFIERS) return false;
  return words.every((w) => {
    const lower = w.toLowerCase();
    if (!/^[\p{L}.-]+(?:['’]s?)?$/u.test(w) || NOT_GROUP_MODIFIERS.has(lower) || DISCOURSE_MARKERS.has(lower) || lower.endsWith("ly")) return false;
    return (/^\p{Lu}/u.test(w) && !COMMON_WORDS.has(lower)) || !VERB_CLASS.has(lower);
  });
}

/**
 * Interview transcripts and headlines: a paragraph opening with a short capitalised name and a colon
 * ("PENCE: Well, look…", "Pence: Gennifer Flowers Won’t Be at Debate") — source, ":" cue, the rest of the paragraph.
 */
function speakerTurns(text: string, sentences: readonly Sentence[], paragraphs: readonly Paragraph[], sources: SourceIndex): Attribution[] {
  const turns: Attribution[] = [];
  let si = 0;
  for (const p of paragraphs) {
    const m = TURN.exec(text.slice(p.start, Math.min(p.end, p.start + 60)));
    if (!m) continue;
    const start = p.start + m[1]!.length;
    const end = start + m[2]!.length;
    const words = m[2]!.split(/\s+/);
    const known = sources.startingAt(start);
    if (!(m[2] === m[2]!.toUpperCase() || (known && known.end === end) || words.length <= 2)) continue;
    // "Gallery: Xbox One X | 14 Photos": ordinary words before a colon label, they do not speak.
    if (TURN_NOT_SOURCE.has(m[2]!.toLowerCase()) || (!known && words.every((w) => COMMON_WORDS.has(w.toLowerCase())))) continue;
    while (si < sentences.length && sentences[si]!.end <= start) si++;
    const s = sentences[si];
    if (!s) break;
    const colon = end + (m[3]?.length ?? 0);
    const source: SourceCandidate = known && known.end === end ? known : { start, end, text: text.slice(start, end), kind: "anonymous" };
    const [cs, ce] = contentRange(text, colon + 1, p.end);
    if (ce - cs < 3) continue;
    turns.push({ kind: "left", sentence: s.index, source, cueStart: colon, cueEnd: colon + 1, verb: COLON_VERB, contentStart: cs, contentEnd: ce, hedges: [], via: [] });
  }
  return turns;
}

const TURN = /^(["“]?)((?:\p{Lu}[\p{L}.’'-]*)(?:\s\p{Lu}[\p{L}.’'-]*){0,3})(\s?):\s/u;
const TURN_NOT_SOURCE = new Set(["update", "note", "editor's note", "editor’s note", "watch", "related", "read more", "photos", "video", "q", "a", "source", "sources", "breaking", "exclusive", "correction", "full transcript", "transcript", "gallery", "analysis", "image", "images", "photo", "slideshow", "listen", "audio", "podcast", "advertisement", "opinion", "explainer", "live"]);
const COLON_VERB: ReportingVerb = { form: ":", frame: "clause", hedge: false, denial: false };

const DAY = `(?:${DAY_NAMES.join("|")})`;
const DAY_NAME = new RegExp(`^${DAY}$`, "u");
/** The words a time before a verb ends in, to try TIME_BEFORE_VERB only where it can match. */
const TIME_WORDS = new Set([...DAY_NAMES, "morning", "afternoon", "evening", "night", "week", "month", "year", "weekend", "yesterday", "today"]);

function lastWordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && /\p{L}/u.test(text[start - 1]!)) start--;
  return text.slice(start, end);
}
const TIME_BEFORE_VERB = new RegExp(
  `\\s+(?:on\\s+${DAY}(?:\\s+(?:morning|afternoon|evening|night))?|(?:last|earlier this|late last)\\s+(?:week|month|year|weekend|night|${DAY})|yesterday|today)$`,
  "u",
);

const PARTY_BETWEEN_COMMAS = /^\s*[RDI]-\p{Lu}[\p{L}.]*\s*$/u;

/** The source phrase ending right before the cue, over an apposition if there is one. */
function sourceBefore(text: string, s: Sentence, cueStart: number, sources: SourceIndex): { source: SourceCandidate; boundary: number } | null {
  let end = skipSpacesBack(text, cueStart);
  const party = /\s*\([^()\n]{1,16}\)$/u.exec(text.slice(Math.max(s.start, end - 20), end));
  if (party) end -= party[0].length;
  const relative = relativeSource(text, s, end, sources);
  if (relative) return { source: relative, boundary: relative.start };
  // "Hillary Clinton on Tuesday said", "The agency last week told": a time between the subject and its verb.
  const time = TIME_WORDS.has(lastWordBefore(text, end)) ? TIME_BEFORE_VERB.exec(text.slice(Math.max(s.start, end - 40), end)) : null;
  const timed = time ? sources.endingAt(end - time[0].length) : undefined;
  if (timed && timed.start >= s.start && !timed.pronoun && timed.kind !== "anonymous") return { source: timed, boundary: timed.start };
  const direct = sources.endingAt(end) ?? namedChunk(sources, sources.chunkEndingAt(s.start, end));
  const share = shareOver(text, s, end, direct);
  if (share) return { source: share, boundary: share.start };
  // "his tweets", "her claims": a possessive determiner before a cue word makes it a noun.
  if (direct && POSSESSIVE_DETERMINER.test(direct.text)) return null;
  if (direct && direct.start >= s.start)
    return (
      obtainedWork(text, s, direct, sources) ??
      participleSpeaker(text, s, direct, sources) ??
      affiliatedPerson(text, s, direct, sources) ??
      locatedSpeaker(text, s, direct, sources) ?? { source: direct, boundary: direct.start }
    );
  if (text[end - 1] !== ",") return null;
  const apposed = apposedName(text, s, end, sources);
  if (apposed) return apposed;
  // "Scott Pruitt, the Republican attorney general of Oklahoma, one of the states suing the EPA, said":
  // a known source before up to three appositions; the source span runs to the last comma (PolNeAR style).
  const windowStart = Math.max(s.start, end - 250);
  let opening = end - 1;
  let found: SourceCandidate | null = null;
  for (let k = 0; k < 3; k++) {
    opening = text.lastIndexOf(",", opening - 1);
    if (opening < windowStart) break;
    const segment = text.slice(opening + 1, end - 1);
    if (/["“”«»;:]|''/u.test(segment)) break;
    // "Mr. Clinton, but Republicans, concerned about …, have long considered": a new clause, not an apposition.
    if (found && CONJUNCTION_FIRST.test(segment)) break;
    let nameEnd = skipSpacesBack(text, opening);
    const tag = /\s*\([^()\n]{1,16}\)$/u.exec(text.slice(Math.max(s.start, nameEnd - 20), nameEnd));
    if (tag) nameEnd -= tag[0].length;
    const source = sources.endingAt(nameEnd);
    if (source && source.start >= s.start && (source.kind !== "anonymous" || k === 0)) {
      // "Mitch McConnell, R-Ky., said": a party tag set off by commas is no apposition, but it belongs to the name.
      if (k === 0 && !appositionAt(text, opening) && !PARTY_BETWEEN_COMMAS.test(segment)) return null;
      if (source.kind === "person") {
        found = source;
        break;
      }
      // "Cynthia Thompson, curator … at the University of Arkansas, Fayetteville, said": an organisation in an
      // apposition gives way to the person the apposition describes.
      found ??= source;
      if (source.kind !== "organization") break;
    }
  }
  return found ? { source: spanning(text, found, found.start, end), boundary: found.start } : null;
}

/** A poll share ending at `end` ("72 percent of | Democrats"), unless a person's name ends there on its own. */
function shareOver(text: string, s: Sentence, end: number, direct: SourceCandidate | null | undefined): SourceCandidate | null {
  const share = shareEndingAt(text, s.start, end);
  if (!share || (direct && (direct.start < share.start || (direct.start === share.start && direct.kind === "person" && !direct.generic)))) return null;
  return share;
}

const CONJUNCTION_FIRST = /^\s*(?:but|and|or|yet|so|while|whereas|although|though)\s/iu;

/**
 * `Donald Trump, who had talked about …` / `an architect who said he was stiffed`: PolNeAR's source is
 * the relative pronoun; the claimant is its antecedent (a name, organisation or speaker-like chunk).
 */
function relativeSource(text: string, s: Sentence, end: number, sources: SourceIndex): SourceCandidate | null {
  const rel = /(?:^|[^\p{L}])(who|which)$/iu.exec(text.slice(Math.max(s.start, end - 7), end));
  if (!rel) return null;
  const start = end - rel[1]!.length;
  let anteEnd = skipSpacesBack(text, start);
  if (text[anteEnd - 1] === ",") anteEnd = skipSpacesBack(text, anteEnd - 1);
  const ante = sources.endingAt(anteEnd) ?? sources.chunkEndingAt(s.start, anteEnd);
  if (!ante || ante.start < s.start || ante.pronoun || POSSESSIVE_DETERMINER.test(ante.text)) return null;
  return { ...ante, start, end, text: text.slice(start, end), name: ante.name ?? ante.text, pronoun: true };
}

/**
 * Where a relative clause set off by commas ends inside `contentStart..contentEnd`: at a comma before a finite
 * verb, the main clause's ("Trump, who relishes counter-punching at his opponents, | was also remarkably
 * understated"). A restrictive relative ("Republicans who agree that P were irritated") keeps its content.
 */
function relativeClauseEnd(text: string, relative: SourceCandidate, contentStart: number, contentEnd: number): number {
  if (!/,\s*$/u.test(text.slice(Math.max(0, relative.start - 3), relative.start))) return contentEnd;
  const content = text.slice(contentStart, contentEnd);
  for (const m of content.matchAll(WORD_AFTER_COMMA)) if (isFiniteVerb(m[1]!)) return contentStart + m.index;
  return contentEnd;
}

const WORD_AFTER_COMMA = /,\s+(\p{Ll}+)\b/gu;

function leftSourceFrame(text: string, s: Sentence, cue: Cue, source: SourceCandidate, boundary: number, sources: SourceIndex): Attribution | null {
  let after = skipHearer(text, cue, s.end);
  const propositionEnd = propositionNounEnd(text, after);
  if (propositionEnd !== null) {
    cue = { ...cue, end: propositionEnd };
    after = propositionEnd;
  }
  ({ cue, after } = extendCueOver(text, cue, after, s.end));
  const rest = text.slice(after, s.end);
  if (!source.pronoun) boundary = extendSourceLeft(text, s.start, roleStartBefore(text, s.start, boundary), sources);
  source = withRole(text, source, boundary);
  const before = text.slice(s.start, boundary);
  const commaOrQuoteBefore = /[,"”’']\s*$/u.test(before) && before.trim().length > 1;
  const quoteBefore = /[,.?!—–-]\s*["”’']+\s*$/u.test(before) && !/^\s*(?:that|how|whether|:)/u.test(rest);
  // "In an interview, Obama also said:" introduces what follows; the words before it are not what he said.
  const introduces = text[cue.end - 1] === ":";
  if (((commaOrQuoteBefore && TRAILING_ADJUNCT.test(rest)) || quoteBefore) && !introduces) {
    const contentEnd = skipSpacesBack(text, boundary);
    return baseFrame(s, cue, "right", source, contentRange(text, s.start, contentEnd));
  }
  const parenthetical = /^\s*,/.test(rest) && /,\s*$/.test(before) && !isOnlyDiscourse(before.replace(/,\s*$/, ""));
  if (parenthetical && !/^\s*,\s*["“]/u.test(rest)) {
    return baseFrame(s, cue, "parenthetical", source, contentRange(text, after + rest.indexOf(",") + 1, s.end));
  }
  const contentStart = clauseStart(text, after, s.end, cue.verb!);
  if (contentStart === null) return null;
  return baseFrame(s, cue, "left", source, contentRange(text, contentStart, s.end));
}

const QUANTIFIERS = new Set(["many", "some", "several", "most", "few", "other", "both", "all", "two", "three", "four", "five", "top", "more", "numerous"]);
const DETERMINER_WORDS = new Set(["the", "a", "an", "his", "her", "their", "its", "our", "one", "another", "each"]);
const LINKING_PREPOSITIONS = new Set(["of", "for", "at", "on", "to", "with", "from"]);
const MAX_LOOSE_WORDS = 3;

/**
 * "Mr. Morgan of the Sierra Club said", "Matthew Ingram of The Globe and Mail dubbed": a person named with
 * the organisation they belong to speaks; the source span covers both.
 */
function affiliatedPerson(text: string, s: Sentence, source: SourceCandidate, sources: SourceIndex): { source: SourceCandidate; boundary: number } | null {
  if (source.kind === "person" || source.pronoun) return null;
  const affiliated = (person: SourceCandidate | undefined) =>
    person && person.kind === "person" && !person.pronoun && person.start >= s.start
      ? { source: spanning(text, person, person.start, source.end), boundary: person.start }
      : null;
  const inside = AFFILIATION_INSIDE.exec(source.text);
  if (inside && NAMED.test(source.text.slice(inside[0].length))) {
    const person = sources.endingAt(source.start + inside[1]!.length);
    if (person && person.start === source.start) return affiliated(person);
  }
  // A name, not a chunk: "women who have accused Clinton of | sexual assault said".
  const named = (source.kind === "organization" || source.kind === "work") && NAMED.test(source.text);
  const before = named ? AFFILIATION_BEFORE.exec(text.slice(Math.max(s.start, source.start - 40), source.start)) : null;
  return before ? affiliated(sources.endingAt(source.start - before[0].length)) : null;
}

/**
 * "A leaked internal letter seen by Sky News says", "a report obtained by CNN shows": the work speaks; who saw
 * or obtained it only passes it on. The source span covers both.
 */
function obtainedWork(text: string, s: Sentence, source: SourceCandidate, sources: SourceIndex): { source: SourceCandidate; boundary: number } | null {
  const by = OBTAINED_BY.exec(text.slice(Math.max(s.start, source.start - 20), source.start));
  if (!by) return null;
  const workEnd = source.start - by[0].length;
  const work = sources.endingAt(workEnd) ?? sources.chunkEndingAt(s.start, workEnd);
  const head = /([\p{L}-]+)$/u.exec(work?.text ?? "")?.[1]?.toLowerCase() ?? "";
  if (!work || work.start < s.start || work.pronoun || !(WORK_NOUNS.has(head) || WORK_NOUNS.has(head.replace(/s$/u, "")))) return null;
  return { source: { ...spanning(text, work, work.start, source.end), kind: "work" }, boundary: work.start };
}

/**
 * "Protesters marching through the streets chanted", "Residents living near the plant said": the people a participle
 * phrase describes speak, not the place it names. The source span covers both.
 */
function participleSpeaker(text: string, s: Sentence, source: SourceCandidate, sources: SourceIndex): { source: SourceCandidate; boundary: number } | null {
  if (source.kind === "person") return null;
  const m = PARTICIPLE_PHRASE_BEFORE.exec(text.slice(Math.max(s.start, source.start - 40), source.start));
  if (!m || REPORTING_VERBS.has(m[1]!.toLowerCase())) return null;
  const npEnd = source.start - m[0].length;
  const np = sources.endingAt(npEnd) ?? sources.chunkEndingAt(s.start, npEnd);
  const head = /([\p{L}’'-]+)$/u.exec(np?.text ?? "")?.[1]?.toLowerCase() ?? "";
  // Groups and works, not named people ("Mr. Clinton jetting around the world asking for" is no frame).
  if (!np || np.start < s.start || np.pronoun || np.kind === "person" || !(isRoleNoun(head) || isSourceNoun(head) || /[^s]s$/u.test(head))) return null;
  return { source: spanning(text, np, np.start, source.end), boundary: np.start };
}

const PARTICIPLE_PHRASE_BEFORE = /\s+(\p{Ll}+(?:ing|ed))\s+(?:through|in|at|outside|inside|near|on|across|along|into|around|behind|beside|under|over)\s+$/u;

const OBTAINED_BY = /\s+(?:seen|obtained|reviewed|viewed|acquired)\s+by\s+$/u;

const AFFILIATION_INSIDE = /^(.+?)\s+(?:of|at|from)\s+/u;
/** "of | Bloomberg News", "of The Globe and | Mail": the preposition, and the words of a coordinated name before the source. */
const AFFILIATION_BEFORE = /\s+(?:of|at|from)\s+(?:\p{Lu}[\p{L}.’'-]*\s+(?:(?:and|&)\s+)?){0,3}$/u;
const NAMED = /^(?:the\s+)?(?:\p{Ll}[\p{L}-]*\s+)?\p{Lu}/u;

/**
 * "prosecutors in Los Angeles say", "An earlier report in a New Hampshire paper": what follows "in" or
 * "from" after a speaker noun locates the speakers; the noun phrase before it speaks, and the source
 * span covers both.
 */
function locatedSpeaker(text: string, s: Sentence, place: SourceCandidate, sources: SourceIndex): { source: SourceCandidate; boundary: number } | null {
  if (place.kind === "person") return null;
  // "prosecutors in San Francisco and | Los Angeles say": a coordinated place before this one.
  const coordinated = /(?:\p{Lu}[\p{L}.’'-]*\s+){1,3}and\s+$/u.exec(text.slice(Math.max(s.start, place.start - 40), place.start));
  const placeStart = coordinated ? place.start - coordinated[0].length : place.start;
  const prep = /[\p{Ll}\p{N}]\s+(?:in|from)\s+$/u.exec(text.slice(Math.max(s.start, placeStart - 20), placeStart));
  if (!prep) return null;
  const npEnd = placeStart - prep[0].length + 1;
  const np = sources.endingAt(npEnd) ?? sources.chunkEndingAt(s.start, npEnd);
  if (!np || np.start < s.start || np.pronoun) return null;
  // "A poll conducted by voters in Saturday's primary showed": an agent inside a participle phrase is not the subject.
  if (/\bby\s+$/u.test(text.slice(Math.max(s.start, np.start - 4), np.start))) return null;
  const head = /([\p{L}’'-]+)$/u.exec(np.text)?.[1]?.toLowerCase() ?? "";
  if (!(np.kind === "person" || isRoleNoun(head) || isSourceNoun(head))) return null;
  return { source: spanning(text, np, np.start, place.end), boundary: np.start };
}

/**
 * PolNeAR source spans are whole noun phrases: "Clinton spokesman Nick Merrill", "A spokeswoman for
 * Hillary Clinton", "Mr. Grassley and Mr. Leahy", "many Democrats", "Younger black voters". Walks
 * left from the source start over pre-modifiers, "NP of|for|at …" and "NP and" coordination. Other
 * words are taken only when the walk then reaches the sentence start, a comma or a determiner.
 */
function extendSourceLeft(text: string, sentenceStart: number, start: number, sources: SourceIndex): number {
  let pos = start;
  let loose = 0;
  let committed = start;
  for (let steps = 0; steps < 12; steps++) {
    const m = /([\p{L}\p{N}][\p{L}\p{N}.’'-]*)(\s+)$/u.exec(text.slice(Math.max(sentenceStart, pos - 40), pos));
    if (!m) break;
    const wordStart = pos - m[0].length;
    if (wordStart < sentenceStart) break;
    const word = m[1]!.replace(/[’']s$/u, "");
    const lower = word.toLowerCase();
    if (DETERMINER_WORDS.has(lower)) return wordStart;
    if (DISCOURSE_MARKERS.has(lower) && !(lower === "and" && (coordinatedSubject(text, sentenceStart, wordStart, sources) || insideName(text, sentenceStart, wordStart, pos)))) break;
    if (lower === "and" || LINKING_PREPOSITIONS.has(lower)) {
      const end = skipSpacesBack(text, wordStart);
      const np = sources.endingAt(end) ?? sources.chunkEndingAt(sentenceStart, end);
      if (!np || np.start < sentenceStart || np.pronoun) break;
      const head = /([\p{L}’'-]+)$/u.exec(np.text)?.[1] ?? "";
      const quantity = lower === "of" && QUANTITY_HEADS.has(head.toLowerCase());
      if (lower !== "and" && !(np.kind === "person" || isRoleNoun(head) || isSourceNoun(head.toLowerCase()) || /^\p{Lu}/u.test(head) || quantity)) break;
      pos = np.start;
      committed = pos;
      loose = 0;
      continue;
    }
    if (TITLES.has(lower) || ROLE_MODIFIERS.has(lower) || DEMONYMS.has(lower) || isRoleNoun(lower) || QUANTIFIERS.has(lower) || /^\p{Lu}/u.test(word)) {
      if (BOUNDARY.has(lower) && !QUANTIFIERS.has(lower)) break;
      pos = wordStart;
      committed = pos;
      loose = 0;
      continue;
    }
    if (BOUNDARY.has(lower) || OPENERS.has(lower) || REPORTING_VERBS.has(lower) || /ly$/u.test(lower) || /\d/u.test(lower) || ++loose > MAX_LOOSE_WORDS) break;
    pos = wordStart;
  }
  // Loose words only count when the phrase then starts the sentence or follows a comma.
  if (pos !== committed && (pos === sentenceStart || /[,;:—–]\s*$/u.test(text.slice(Math.max(sentenceStart, pos - 3), pos)))) return pos;
  return committed;
}

const MAX_DESCRIBED_WORDS = 4;

/**
 * "A lawyer for the news outlets, David Schulz, said": a name set off by commas after the noun phrase
 * it names; the source runs from the noun phrase to the last comma, and is the named person.
 */
function apposedName(text: string, s: Sentence, end: number, sources: SourceIndex): { source: SourceCandidate; boundary: number } | null {
  const name = sources.endingAt(skipSpacesBack(text, end - 1));
  if (!name || name.kind !== "person" || name.pronoun || name.start < s.start) return null;
  const comma = skipSpacesBack(text, titleStart(text, s.start, name.start));
  if (text[comma - 1] !== ",") return null;
  let npEnd = skipSpacesBack(text, comma - 1);
  // "The secretary general of CEI (Italian Episcopal Conference), Nunzio Galantino,": a gloss in brackets ends the phrase.
  const gloss = /\s*\([^()\n]{1,60}\)$/u.exec(text.slice(Math.max(s.start, npEnd - 64), npEnd));
  if (gloss) npEnd -= gloss[0].length;
  const np = sources.chunkEndingAt(s.start, npEnd);
  if (!np || np.pronoun || np.start < s.start) return null;
  // The head noun comes before a prepositional phrase: "The leader of Ennahda".
  const headPhrase = /^(.+?)\s+(?:of|for|at|in|from|with)\s/u.exec(np.text)?.[1] ?? np.text;
  const head = /([\p{L}’'-]+)$/u.exec(headPhrase)?.[1]?.toLowerCase() ?? "";
  const start = extendSourceLeft(text, s.start, np.start, sources);
  const before = text.slice(s.start, start);
  // "A lawyer for …, David Schulz," / "her mother, Fiona," — a possessive determiner only before a role noun.
  const determiner = /^(a|an|the|his|her|their|its|our|my)\s/iu.exec(text.slice(start, npEnd))?.[1];
  // "“…,” the assailant, John McGraw, said": after an article, any short noun phrase describing the person.
  const described = /^(?:a|an|the)$/iu.test(determiner ?? "") && /^\p{Ll}[\p{Ll}’'-]+$/u.test(head) && np.text.split(/\s+/u).length <= MAX_DESCRIBED_WORDS;
  if (!determiner || !(isRoleNoun(head) || described || (!POSSESSIVE_DETERMINER.test(determiner) && (isSourceNoun(head) || /s$/u.test(head))))) return null;
  // It opens the clause, or follows the quotation it attributes ("“…,” her mother, Fiona, said").
  if (!(before.trim() === "" || /(?:[,;:—–]|,\s*["”’])\s*$/u.test(before))) return null;
  return { source: spanning(text, name, start, end), boundary: start };
}

/**
 * "But Mr. Grassley and Mr. Leahy said": a person or name before "and" that opens the clause is a
 * second subject; "The bill passed the Senate and Mr. Leahy said" is two clauses.
 */
function coordinatedSubject(text: string, sentenceStart: number, andStart: number, sources: SourceIndex): boolean {
  const end = skipSpacesBack(text, andStart);
  if (text[end - 1] === ",") return false;
  // "both Roscosmos and NASA": a name the source index holds only as a chunk counts when the text shows it is a name.
  const np = sources.endingAt(end) ?? sources.chunkEndingAt(sentenceStart, end);
  if (!np || np.pronoun || np.start < sentenceStart || (np.kind !== "person" && np.kind !== "organization")) return false;
  const npStart = roleStartBefore(text, sentenceStart, titleStart(text, sentenceStart, np.start));
  const before = text.slice(sentenceStart, npStart).replace(/\bboth\s+$/iu, "");
  return before.trim() === "" || /[,;:—–]\s*$/u.test(before) || DISCOURSE_MARKERS.has(/([\p{L}]+)\s*$/u.exec(before)?.[1]?.toLowerCase() ?? "");
}

/** "Joint Committee on Intelligence and Security": "and" between capitalised words of one name. */
function insideName(text: string, sentenceStart: number, andStart: number, after: number): boolean {
  const before = /(\p{Lu}[\p{L}’'-]*)\s+$/u.exec(text.slice(Math.max(sentenceStart, andStart - 30), andStart));
  return before !== null && /^\p{Lu}/u.test(text.slice(after, after + 1)) && /\s(?:on|of|for)\s+(?:\p{Lu}[\p{L}’'-]*\s+){1,2}$/u.test(text.slice(Math.max(sentenceStart, andStart - 40), andStart));
}

/** "Mr. Grassley": the title written before a mention that does not include it. */
function titleStart(text: string, sentenceStart: number, start: number): number {
  const m = TITLE_ABBREVIATION_BEFORE.exec(text.slice(Math.max(sentenceStart, start - 6), start));
  return m ? start - m[0].length : start;
}

/** Titles written before a name that person mentions leave out ("Mr. | Grassley"). */
const TITLE_ABBREVIATION = String.raw`(?:Mr|Mrs|Ms|Dr|Rep|Reps|Sen|Sens|Gov|Del|Gen|Lt|Col|Capt|Sgt|Rev|Prof|Adm|Maj)\.\s+`;
const TITLE_ABBREVIATION_AT = new RegExp(`^${TITLE_ABBREVIATION}`, "u");
const TITLE_ABBREVIATION_BEFORE = new RegExp(`${TITLE_ABBREVIATION}$`, "u");

/** Moves a source start left over its title or role words ("Governor", "veteran journalist"). */
function roleStartBefore(text: string, sentenceStart: number, boundary: number): number {
  let afterTitle = false;
  for (;;) {
    const m = /([\p{L}.’'-]+)\s+$/u.exec(text.slice(Math.max(sentenceStart, boundary - 40), boundary));
    const word = m?.[1]?.toLowerCase();
    if (!m || !word) return boundary;
    if (!(TITLES.has(word) || ROLE_MODIFIERS.has(word) || DEMONYMS.has(word) || isRoleNoun(word))) {
      // "panel Chairman Rep. Jason Chaffetz": one lower-case noun before a capitalised title belongs to it.
      return afterTitle && /^\p{Ll}{3,}$/u.test(m[1]!) && !BOUNDARY.has(word) && !VERB_CLASS.has(word) ? boundary - m[0].length : boundary;
    }
    afterTitle = TITLES.has(word) && /^\p{Lu}/u.test(m[1]!);
    boundary -= m[0].length;
  }
}

/**
 * "said Senator Mark Warner", "Vice President Joe Biden attacked": a chunk that ends in a person's name
 * is that person, titled; so is one whose name a place follows ("Senator Mitch McConnell of Kentucky").
 */
function namedChunk(sources: SourceIndex, chunk: SourceCandidate | undefined): SourceCandidate | undefined {
  if (!chunk || chunk.pronoun || chunk.kind === "person") return chunk;
  const of = / of \p{Lu}/u.exec(chunk.text);
  for (const end of of ? [chunk.end, chunk.start + of.index] : [chunk.end]) {
    const named = sources.endingAt(end);
    if (named?.kind === "person" && !named.pronoun && named.start >= chunk.start && (named.start > chunk.start || end < chunk.end)) {
      const modifiers = chunk.text.slice(0, named.start - chunk.start);
      // "A colleague of Rothman’s": the colleague speaks, not Rothman.
      if (speaksFor(modifiers)) return { ...chunk, kind: "anonymous", name: modifiers + (named.name ?? named.text) };
      return { ...named, start: chunk.start, end: chunk.end, text: chunk.text, name: named.name ?? named.text };
    }
  }
  return chunk;
}

/** `"…," said Putin.` or `P, said a spokesman.` */
function invertedFrame(text: string, s: Sentence, cue: Cue, sources: SourceIndex): Attribution | null {
  if (cue.verb!.frame === "object" || cue.verb!.frame === "naming") return null;
  // Mined cues are not inverted: "Bob Woodward, known for his coverage" and "Emery, a writer for …, retweeted
  // an article" have no speaker after the cue; verbs of saying are ("…, said Putin").
  if (cue.verb!.mined) return null;
  const before = skipSpacesBack(text, cue.start);
  if (!/[,"”']/u.test(text[before - 1] ?? "") || before - s.start < 3) return null;
  if (/ing$/u.test(cue.verb!.form)) return null;
  const after = skipSpaces(text, cue.end);
  const title = TITLE_ABBREVIATION_AT.exec(text.slice(after, after + 20));
  const named = title ? sources.startingAt(after + title[0].length) : undefined;
  const titled = title ? /^\p{Lu}(?:\.\p{Lu}\.|[\p{L}’'-]*)(?:\s+\p{Lu}(?:\.|[\p{L}’'-]*)){0,2}/u.exec(text.slice(after + title[0].length, s.end)) : null;
  let source: SourceCandidate | undefined =
    named && named.kind === "person"
      ? { ...named, start: after, text: text.slice(after, named.end) }
      : titled
        ? { start: after, end: after + title![0].length + titled[0].length, text: text.slice(after, after + title![0].length + titled[0].length), kind: "person" as const, name: titled[0] }
        : (sources.startingAt(after) ?? namedChunk(sources, sources.chunkStartingAt(after, s.end)));
  // "The tentative deal, announced Friday, would last …": a day is when, not who.
  if (!source || DAY_NAME.test(source.text)) return null;
  // "…, said he would go", "…, said the debate went well": a subject followed by its own verb is the content’s, not an inverted speaker.
  if ((source.pronoun || source.generic) && !INVERTED_SOURCE_END.test(text.slice(source.end, source.end + 12))) return null;
  source = invertedSourceTail(text, s, source);
  const contentEnd = text[before - 1] === "," ? before - 1 : before;
  // "The combination, say economists, marks a journey …": set off inside a clause whose verb comes after it.
  // The clause's verb must follow ("…, a barrister from New Delhi" is an apposition; "“…,” said X" holds a quotation).
  const goesOn = /^\s*,\s*(\p{Ll}[\p{L}’']*)/u.exec(text.slice(source.end, s.end));
  const subject = text.slice(s.start, contentEnd);
  if (goesOn && isFiniteVerb(goesOn[1]!.replace(/’/gu, "'")) && !hasFiniteVerb(subject) && !/["“”]|''/u.test(subject)) {
    return baseFrame(s, cue, "parenthetical", source, contentRange(text, source.end + goesOn[0].length - goesOn[1]!.length, s.end));
  }
  return baseFrame(s, cue, "right", source, contentRange(text, s.start, contentEnd));
}

const INVERTED_SOURCE_END = /^(?:\s*(?:[.,;:!?"”)—–-]|$)|\s+(?:on|in|at|to|from|during|after|before|as|while|when|of|about|last|this)\b)/u;
const PARTY_TAG = /^\s*\([^()\n]{1,16}\)/u;

/**
 * `said Kenneth Baer, a former Obama administration official who runs Crosscut Strategies.`: PolNeAR's
 * source runs over a party tag, "of New York" and a closing apposition to the end of the sentence,
 * unless another cue is in it ("said Mr. Kamin, who emphasized that …").
 */
function invertedSourceTail(text: string, s: Sentence, source: SourceCandidate): SourceCandidate {
  let end = source.end;
  const party = PARTY_TAG.exec(text.slice(end, end + 20));
  if (party) end += party[0].length;
  const of = /^\s+of\s+(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}/u.exec(text.slice(end, end + 60));
  if (of && source.kind === "person") end += of[0].length;
  const [, restEnd] = contentRange(text, end, s.end);
  const rest = text.slice(end, restEnd);
  if (source.kind === "person" && /^,\s*\S/u.test(rest) && !/["“”]|''/u.test(rest) && rest.split(/\s+/).length <= 40 && findCues(text, end, restEnd).length === 0) {
    end = restEnd;
  }
  if (end === source.end) return source;
  while (end > source.end && /[\s.]/u.test(text[end - 1]!) && !/\b\p{Lu}\.$/u.test(text.slice(end - 3, end))) end--;
  return spanning(text, source, source.start, end);
}

const SAYING = new Set(["say", "says", "said", "saying", "tell", "tells", "told", "telling", "adds", "added", "adding"]);
const PARTICLE = /^\s+(about|of|on|over|at|for|against|with|into|out|up|off)(?=\s)/iu;
const NOT_AFTER_PARTICLE = /^\s+(?:that|how|whether|least|all|first|last|times?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|\d)/iu;
const LATER_COMPLEMENTIZER = /^\s*(?:in|on|at|during|last|this|earlier|to|for|after|before|\w+day)\b[^,"“”;:]{0,50}?\b(?:that|how)\s/u;

/**
 * PolNeAR's cue runs over a colon ("Trump said:") and over the preposition or particle of a
 * prepositional verb ("complained about", "spoke of", "bristled at", "laid out", "pointed to"), the
 * content being its object. Verbs of saying keep their adjuncts out ("said on Tuesday that").
 */
function extendCueOver(text: string, cue: Cue, after: number, limit: number): { cue: Cue; after: number } {
  const colon = /^\s*:/u.exec(text.slice(after, after + 4));
  if (colon) return { cue: { ...cue, end: after + colon[0].length }, after: after + colon[0].length };
  const verb = cue.verb;
  if (!verb || verb.frame === "object" || SAYING.has(verb.form)) return { cue, after };
  const m = PARTICLE.exec(text.slice(after, Math.min(limit, after + 12)));
  if (!m) return { cue, after };
  const end = after + m[0].length;
  if (NOT_AFTER_PARTICLE.test(text.slice(end, end + 12)) || LATER_COMPLEMENTIZER.test(text.slice(after, after + 64))) return { cue, after };
  return { cue: { ...cue, end }, after: end };
}

/** Skips the hearer of "told Trump", "revealed to Woodward", "told reporters". */
function skipHearer(text: string, cue: Cue, limit: number): number {
  if (cue.verb?.frame !== "object") return cue.end;
  let pos = skipSpaces(text, cue.end);
  const to = /^to\s+/u.exec(text.slice(pos, pos + 4));
  if (to) pos += to[0].length;
  const pronoun = OBJECT_PRONOUN.exec(text.slice(pos, Math.min(limit, pos + 20)));
  if (pronoun) return pos + pronoun[0].length;
  // "told cops it was taken", "told the investigators that": a plural hearer before the reported clause.
  const hearers = /^(?:the\s+)?\p{Ll}+s(?=\s+(?:that|it|he|she|they|we|i|there|his|her|their|the)\b)/u.exec(text.slice(pos, Math.min(limit, pos + 40)));
  if (hearers && !VERB_CLASS.has(hearers[0].replace(/^the\s+/u, ""))) return pos + hearers[0].length;
  const name = /^(?:\p{Lu}[\p{L}.’'-]*\s?){1,4}/u.exec(text.slice(pos, Math.min(limit, pos + 60)));
  if (!name) return cue.end;
  // "told MSNBC's “Morning Joe” that": a possessive name and a quoted programme title.
  const show = /[’']s\s?$/u.test(name[0]) ? /^["“](?:[^"“”\n]{1,40})["”]/u.exec(text.slice(pos + name[0].length, limit)) : null;
  return show ? pos + name[0].length + show[0].length : skipSpacesBack(text, pos + name[0].length);
}

/** "reiterated his long-standing claim that": the cue runs over the proposition noun. */
function propositionNounEnd(text: string, pos: number): number | null {
  const m = /^\s+(?:his|her|their|its|the|a|an)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}]+)(?=\s+that\b)/u.exec(text.slice(pos, pos + 80));
  return m && PROPOSITION_NOUNS.has(m[1]!.toLowerCase()) ? pos + m[0].length : null;
}

/** Where the reported clause starts after the cue, or null when there is none. */
function clauseStart(text: string, after: number, limit: number, verb: ReportingVerb): number | null {
  const pos = skipSpaces(text, after);
  if (pos >= limit) return null;
  const ch = text[pos]!;
  if (ch === ":" || ch === ",") return skipSpaces(text, pos + 1);
  const complementizer = /^([\p{L}]+)\b/u.exec(text.slice(pos, pos + 12))?.[1]?.toLowerCase();
  if (complementizer && COMPLEMENTIZERS.has(complementizer)) return skipSpaces(text, pos + complementizer.length);
  // "said in a statement on Tuesday that P"
  // "says at a campaign stop in Toledo, Ohio, that P"
  // Not "condemned Wednesday’s attack, saying … that": a possessive day is the object's.
  const later = /^(?:in|on|at|during|last|this|earlier|to|for|after|before|\w+day(?![’']s))\b[^"“”;:]{0,60}?(?:\b|,\s*)(that|how)\s/u.exec(text.slice(pos, Math.min(limit, pos + 72)));
  if (later && verb.frame !== "naming") return skipSpaces(text, pos + later.index + later[0].length);
  const firstWord = /^[\p{L}’']+/u.exec(text.slice(pos, pos + 30))?.[0]?.toLowerCase();
  if (verb.frame === "naming" || verb.frame === "quote") return pos;
  // "said it would…" is a clause; "said it on Tuesday" / "said it." is not.
  if (firstWord === "it" && IT_CLAUSE.test(text.slice(pos, Math.min(limit, pos + 40)))) return pos;
  // "vowed to fight", "wants to win": PolNeAR's content starts at "to".
  if (firstWord === "to" && TO_CONTENT_VERBS.has(verb.form)) return pos;
  if (firstWord && verb.mined && NOMINAL_OBJECT_START.has(firstWord)) return pos;
  // "said no immediate decision had been made" is a clause; "said no to the deal" is a refusal.
  if (firstWord === "no" && NO_CLAUSE.test(text.slice(pos, Math.min(limit, pos + 60)))) return pos;
  if (!firstWord || BAD_BARE_START.has(firstWord)) return /^["“]/u.test(text.slice(pos, pos + 1)) ? pos : null;
  return pos;
}

const NO_CLAUSE = /^no\s+(?!to\b)(?:[\p{L}-]+\s+){1,4}(?:had|has|have|was|were|is|are|will|would|could|can|should|did|does|exists?|existed)\b/u;

function isOnlyDiscourse(before: string): boolean {
  const words = before.toLowerCase().replace(/[,;]/g, " ").trim();
  if (words === "") return true;
  if (DISCOURSE_MARKERS.has(words)) return true;
  return words.split(/\s+/).length <= MAX_BEFORE_WORDS && words.split(/\s+/).every((w) => DISCOURSE_MARKERS.has(w));
}

/** Content range without surrounding spaces, a leading comma or the sentence's closing period. */
export function contentRange(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /[\s,]/.test(text[s]!)) s++;
  while (e > s && /[\s]/.test(text[e - 1]!)) e--;
  while (e > s && /[.,;:!?]/.test(text[e - 1]!)) e--;
  return [s, Math.max(s, e)];
}

/** An "according to" frame wrapping another frame becomes that frame's `via` (outermost first). */
function mergeAccordingFrames(frames: Attribution[]): Attribution[] {
  const according = frames.filter((f) => f.kind === "according");
  const kept = frames.filter((f) => f.kind !== "according");
  for (const a of according) {
    const inner = kept.find((f) => f.cueStart >= a.contentStart && f.cueStart < a.contentEnd);
    if (inner && a.source) inner.via.unshift(a.source);
    else kept.push(a);
  }
  return kept.sort((x, y) => x.cueStart - y.cueStart);
}

function hedgeFrame(text: string, s: Sentence): Attribution | null {
  const hedge = findHedges(text, s.start, s.end)[0];
  if (!hedge) return null;
  const [start, end] = contentRange(text, s.start, s.end);
  return {
    kind: "hedge",
    sentence: s.index,
    source: null,
    cueStart: hedge.start,
    cueEnd: hedge.end,
    verb: null,
    contentStart: start,
    contentEnd: end,
    hedges: [hedge.text.toLowerCase()],
    via: [],
  };
}

const BE = String.raw`\b(?:is|are|was|were|be|been|being)\s+(?:\p{Ll}+ly\s+)?`;
const BE_FORM_BEFORE = new RegExp(`${BE}$`, "u");
const BE_FORM_INSIDE = new RegExp(`${BE}(\\p{Ll}+)`, "u");
const PARTICIPLE = /^\p{Ll}+(?:ed|en|wn)\b/u;

/**
 * A passive verb group ("is called", "has been described", "a stranding described as"): its
 * subject is not who speaks, so a tagged cue there makes no frame.
 */
export function passive(text: string, s: Sentence, cueStart: number, cueEnd: number): boolean {
  const cue = text.slice(cueStart, cueEnd);
  const before = text.slice(Math.max(s.start, cueStart - 24), cueStart);
  const inner = BE_FORM_INSIDE.exec(cue);
  if (inner && PARTICIPLE.test(inner[1]!)) return true;
  if (!PARTICIPLE.test(cue)) return false;
  // "a stranding described as …" is passive; "which he described as …" is not.
  return BE_FORM_BEFORE.test(before) || (/^\s+as\b/u.test(text.slice(cueEnd, cueEnd + 4)) && !SUBJECT_PRONOUN_BEFORE.test(before));
}

const SUBJECT_PRONOUN_BEFORE = /\b(?:I|[Hh]e|[Ss]he|[Ww]e|[Tt]hey|[Yy]ou)\s+$/u;

/**
 * "“…,” said Caddell, **speaking of** Clinton’s health", "she said in the Oval Office, **emphasizing** it was
 * time": tagged cue words opening with a participle right after another frame of the sentence speak for that
 * frame's source.
 */
export function taggedParticipleFrame(text: string, s: Sentence, cueStart: number, cueEnd: number, frames: readonly Attribution[]): Attribution | null {
  const [contentStart, contentEnd] = contentRange(text, cueEnd, s.end);
  if (contentEnd - contentStart < 2 || !/^\p{L}+ing\b/u.test(text.slice(cueStart, cueEnd))) return null;
  const prev = frameBeforeParticiple(text, cueStart, frames.filter((f) => f.sentence === s.index));
  if (!prev?.source) return null;
  const verb = taggedVerb(text, cueStart, cueEnd);
  return { kind: "left", sentence: s.index, cueStart, cueEnd, verb, contentStart, contentEnd, hedges: [], via: [], source: prev.source, carried: true };
}

/** The verb of a cue only the tagger found: a mined clause cue. */
const taggedVerb = (text: string, cueStart: number, cueEnd: number): ReportingVerb => ({
  form: text.slice(cueStart, cueEnd).toLowerCase(),
  frame: "clause",
  hedge: false,
  denial: false,
  mined: true,
});

const QUANTIFIED_RELATIVE = /\bof\s+(?:which|whom)$/iu;
/** A past participle before "by" is passive: "Hori Parata, …, **called on by** tribes", "known by". */
const PASSIVE_BY = /^\s+(?:[\p{Ll}]+\s+)?by\b/u;

/**
 * A frame for cue words the cue tagger found and no rule framed (refine-frames.ts): a known or
 * generic subject right before them is the source ("Trump **has pooh-poohed** …"), else the
 * sentence's subject ("Carson took the stage … and **called** …"); the rest of the sentence is the
 * content. Without a source there is no frame: a claim nobody makes helps no reader.
 */
export function taggedFrame(text: string, s: Sentence, cueStart: number, cueEnd: number, sources: SourceIndex): Attribution | null {
  const [cs, ce] = contentRange(text, cueEnd, s.end);
  const end = skipSpacesBack(text, cueStart);
  if (end === cueStart || passive(text, s, cueStart, cueEnd)) return null;
  // "… Claude Debussy—all of which heralded a new age": a share of what came before, named by no one.
  if (QUANTIFIED_RELATIVE.test(text.slice(Math.max(s.start, end - 20), end))) return null;
  // "Democrats, **who** want to keep the White House": a relative pronoun is the source, its antecedent the claimant.
  const relative = relativeSource(text, s, end, sources);
  if (relative && ce - cs >= 2) {
    const verb = taggedVerb(text, cueStart, cueEnd);
    return { kind: "left", sentence: s.index, cueStart, cueEnd, verb, contentStart: cs, contentEnd: relativeClauseEnd(text, relative, cs, ce), hedges: [], via: [], source: relative };
  }
  let found = sources.endingAt(end) ?? sources.chunkEndingAt(s.start, end);
  found = shareOver(text, s, end, found) ?? found;
  // "Caddell went | on to discuss": a lower-case verb closing a generic chunk after a known speaker joins the cue.
  const verbWord = found?.generic ? /\s([\p{Ll}]+)$/u.exec(found.text) : null;
  const speaker = verbWord ? sources.endingAt(skipSpacesBack(text, end - verbWord[1]!.length)) : undefined;
  if (verbWord && speaker && !speaker.generic && speaker.start >= found!.start) {
    cueStart = end - verbWord[1]!.length;
    found = speaker;
  }
  const verb = taggedVerb(text, cueStart, cueEnd);
  const frame = { kind: "left" as const, sentence: s.index, cueStart, cueEnd, verb, contentStart: cs, contentEnd: ce, hedges: [], via: [] };
  // Spaces only between the subject and the cue: not `The so-called "experts" read …`.
  const plausible = found && (!found.generic || plausibleGenericSource(found, verb));
  const boundary = found ? (found.pronoun ? found.start : extendSourceLeft(text, s.start, roleStartBefore(text, s.start, found.start), sources)) : 0;
  // "posted to Twitter asking": the object of a preposition is no subject.
  const objectOfPreposition = PREPOSITION_BEFORE.test(text.slice(Math.max(s.start, boundary - 6), boundary));
  if (found && plausible && found.start >= s.start && !POSSESSIVE_DETERMINER.test(found.text) && /^\s*$/u.test(text.slice(found.end, cueStart)) && !objectOfPreposition) {
    // `“…,” the article read.`: a quotation right before the source is the content.
    if (ce - cs < 2) {
      if (!/[,.?!—–-]\s*["”’']+\s*$/u.test(text.slice(s.start, boundary))) return null;
      const [contentStart, contentEnd] = contentRange(text, s.start, skipSpacesBack(text, boundary));
      return { ...frame, kind: "right", source: withRole(text, found, boundary), contentStart, contentEnd };
    }
    return { ...frame, source: withRole(text, found, boundary) };
  }
  if (ce - cs < 2) return null;
  // "Mitt Romney, the 2012 Republican presidential nominee, tweeted …": a source set off with its apposition.
  // Not a participle in -ing, which a clause before it carries ("Mr. Trump, …, spoke for 45 minutes, | criticizing …").
  if (text[end - 1] === "," && !/^\p{L}+ing\b/u.test(verb.form) && !(PARTICIPLE.test(verb.form) && PASSIVE_BY.test(text.slice(cueEnd, cueEnd + 20)))) {
    const left = sourceBefore(text, s, cueStart, sources);
    if (left && left.source.start >= s.start && !left.source.generic) return { ...frame, source: withRole(text, left.source, left.boundary) };
  }
  // Otherwise the sentence's subject, but not for a past participle after a comma ("Bob Woodward, known for…").
  if (/,\s*$/u.test(text.slice(Math.max(s.start, cueStart - 4), cueStart)) && /^[\p{L}-]+(?:ed|wn)$/u.test(verb.form)) return null;
  const subject = sentenceSubject(text, s, cueStart, sources);
  if (!subject || /["“”]/u.test(text.slice(subject.end, cueStart))) return null;
  return { ...frame, source: subject, carried: true };
}
