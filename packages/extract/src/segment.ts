/**
 * Paragraphs, sentences and headings. A paragraph is a non-empty line (blank lines between
 * paragraphs are optional); a short line without end punctuation is a heading, not a sentence.
 */

export interface Paragraph {
  index: number;
  start: number;
  end: number;
  heading: boolean;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  paragraph: number;
  heading: boolean;
}

export interface Segmentation {
  paragraphs: Paragraph[];
  sentences: Sentence[];
}

const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "sen", "sens", "rep", "reps", "gov", "gen", "lt", "col", "capt", "sgt", "maj",
  "adm", "rev", "st", "jr", "sr", "inc", "corp", "co", "ltd", "vs", "no", "jan", "feb", "mar", "apr", "jun", "jul",
  "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "a.m", "p.m", "d.c", "e.g", "i.e", "ft", "mt", "ave",
  "approx", "dept", "est", "fig", "gov't", "pres", "supt",
]);

const HEADING_MAX_WORDS = 12;
const END_PUNCTUATION = /[.!?:;…"”’)\]]$/u;
// A sentence ends at . ! ? (plus closing quotes/brackets) before whitespace and a capital, digit or opening mark.
const SENTENCE_END = /[.!?…]+["”’')\]]*(?=\s+(?:''|["“‘'([])?[\p{Lu}\p{N}])/gu;
const WORD_BEFORE = /([\p{L}.']+)$/u;

/**
 * A news dateline opening a paragraph: a place in capitals, maybe a state, country or date and the
 * agency, then a dash ("WASHINGTON (AP) — ", "BEDFORD, N.H. (AP) — ", "LONDON — ", "RANGOON, Burma - ",
 * "PARIS, Aug 31 (Reuters) - "), or a place in title case with its agency ("New York (AFP) – "). It is
 * kept apart like a heading, so it never opens the content of a claim nor stands for its subject.
 */
const DATELINE =
  /^(?:\p{Lu}[\p{Lu}.'’-]{2,}(?:[ ,]+(?:\p{Lu}[\p{Lu}.'’-]+|\p{Lu}\p{Ll}{1,8}\.?(?:\s\d{1,2})?))*(?:\s*\([^()\n]{1,30}\))?|\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?\s*\(\p{Lu}[\p{L} ]{1,11}\))\s*(?:—|–|--|-(?=\s))\s*/u;

const MAX_DATELINE = 80;

const AUTHOR_BIO = /^(?:\p{Lu}[\p{L}.-]*\s+){1,3}\p{Lu}[\p{L}-]+\s+(?:covers|writes|reports on|has covered|is an? (?:[\p{L}-]+\s+){0,4}(?:reporter|correspondent|writer|editor|columnist|journalist|contributor|critic|producer))\b/u;
/** How many closing paragraphs (headings and print-edition lines aside) may be the author's bio. */
const AUTHOR_BIO_LAST = 3;

/** Splits a text into paragraphs (lines) and sentences, marking headings. */
export function segment(text: string): Segmentation {
  const paragraphs = findParagraphs(text);
  const sentences: Sentence[] = [];
  for (const p of paragraphs) {
    if (p.heading) {
      sentences.push({ index: sentences.length, start: p.start, end: p.end, paragraph: p.index, heading: true });
      continue;
    }
    let from = p.start;
    const dateline = DATELINE.exec(text.slice(p.start, Math.min(p.end, p.start + MAX_DATELINE)));
    if (dateline && p.start + dateline[0].length < p.end) {
      const [start, end] = trimRange(text, p.start, p.start + dateline[0].length);
      sentences.push({ index: sentences.length, start, end, paragraph: p.index, heading: true });
      from = p.start + dateline[0].length;
    }
    for (const [start, end] of splitSentences(text, from, p.end)) {
      sentences.push({ index: sentences.length, start, end, paragraph: p.index, heading: false });
    }
  }
  return { paragraphs, sentences };
}

function findParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const [start, end] = trimRange(text, lineStart, lineEnd);
    if (end > start) {
      paragraphs.push({ index: paragraphs.length, start, end, heading: isHeading(text.slice(start, end)) });
    }
    lineStart = lineEnd + 1;
  }
  // The author's bio closing a page ("Steven Mufson covers the White House. Since joining The Post, he…")
  // is kept apart like a heading: its writer is not a person in the story, nor its "he" anyone in it.
  const closing = paragraphs.filter((p) => !p.heading).slice(-AUTHOR_BIO_LAST);
  for (const p of closing) {
    const line = text.slice(p.start, p.end);
    // "The Post's Chris Cillizza writes: “…”" quotes its writer; a bio quotes nobody.
    if (AUTHOR_BIO.test(line) && !/["“”]/u.test(line)) p.heading = true;
  }
  return paragraphs;
}

/** A heading: a short line that does not end like a sentence ("Secret COVID-19 Gesture"). */
export function isHeading(line: string): boolean {
  if (END_PUNCTUATION.test(line)) return false;
  const words = line.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > HEADING_MAX_WORDS) return false;
  // "He is confident the Iran nuclear deal will be passed by Congress": a list item in sentence case with a
  // finite verb is a sentence without its full stop; "Ted Cruz Says He Will Run" (title case) stays a heading.
  return !(FINITE_VERB.test(line) && !titleCased(words));
}

const FINITE_VERB = /(?:^|\s)(?:is|are|was|were|will|would|must|can|could|should|has|have|had|needs|says|said)\s/u;

function titleCased(words: readonly string[]): boolean {
  const long = words.filter((w) => /^\p{L}{4,}/u.test(w));
  return long.length > 0 && long.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.6 * long.length;
}

function splitSentences(text: string, from: number, to: number): [number, number][] {
  const paragraph = text.slice(from, to);
  const ranges: [number, number][] = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(paragraph); m !== null; m = SENTENCE_END.exec(paragraph)) {
    if (m[0].startsWith(".") && isAbbreviationBefore(paragraph, m.index)) continue;
    const end = m.index + m[0].length;
    ranges.push([from + start, from + end]);
    start = end;
  }
  ranges.push([from + start, to]);
  return ranges.map(([s, e]) => trimRange(text, s, e)).filter(([s, e]) => e > s);
}

const SENTENCE_OPENER_AFTER = /^\s+(?:The|That|This|These|Those|It|Its|He|She|They|We|But|And|So|Yet|There|When|While|If)\s/u;

function isAbbreviationBefore(paragraph: string, dot: number): boolean {
  const word = WORD_BEFORE.exec(paragraph.slice(Math.max(0, dot - 12), dot))?.[1];
  if (!word) return false;
  // Initials: "George W. Bush", "George H.W. Bush"; but not before a word that opens a sentence and never a
  // name ("the Xbox One S. That revision").
  if (/^\p{Lu}(?:\.\p{Lu})*$/u.test(word)) return !SENTENCE_OPENER_AFTER.test(paragraph.slice(dot + 1, dot + 12));
  return ABBREVIATIONS.has(word.toLowerCase().replace(/^\.+|\.+$/g, ""));
}

/** Shrinks [start, end) to exclude whitespace at either side. */
export function trimRange(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
}

/** The sentence containing `offset`, or the one just before it (binary search). */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  let found: Sentence | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (s.start <= offset) {
      found = s;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
