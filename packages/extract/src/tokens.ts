/** Word tokens with offsets: the unit the name, cue and source rules look at. */

export interface Token {
  start: number;
  end: number;
  /** The word as written, without a possessive "’s". */
  text: string;
  lower: string;
  /** The word carried a possessive "’s" / "'s" (not part of `text`). */
  possessive: boolean;
  capitalized: boolean;
}

// Acronyms with dots ("U.S.") first, then words with inner apostrophes, hyphens, dots or ampersands.
// A soft hyphen (U+00AD, "Vladi\u00admir") is invisible and stays inside the word.
const WORD = /\p{Lu}(?:\.\p{Lu})+\.?|[\p{L}\p{M}\p{N}]+(?:[’'\-&.\u00ad][\p{L}\p{M}\p{N}]+)*/gu;
const SOFT_HYPHEN = /\u00ad/gu;
const POSSESSIVE = /[’']s$/i;
const UPPER_START = /^\p{Lu}/u;

/** The word tokens of `text[from, to)`, offsets into `text`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m !== null && m.index < to; m = WORD.exec(text)) {
    let word = m[0];
    if (m.index + word.length > to) word = word.slice(0, to - m.index);
    const possessive = word.length > 2 && POSSESSIVE.test(word);
    if (possessive) word = word.slice(0, -2);
    const end = m.index + word.length;
    if (word.includes("\u00ad")) word = word.replace(SOFT_HYPHEN, "");
    tokens.push({
      start: m.index,
      end,
      text: word,
      lower: word.toLowerCase(),
      possessive,
      capitalized: UPPER_START.test(word),
    });
  }
  return tokens;
}

/** Index of the first token starting at or after `offset` (binary search; tokens sorted). */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
