/**
 * Finding words an editor typed or pasted in an article's text, so a missed quote or claim can be
 * added without selecting it with a mouse. Matching forgives what typing cannot reproduce: case,
 * runs of white space, typographic quotation marks, apostrophes and dashes. An ellipsis ("…" or
 * "...") stands for the words left out between the first and the last words of a long passage.
 */

export interface WordSpan {
  start: number;
  end: number;
}

export type FindResult =
  | { status: "empty" }
  | { status: "missing"; part: string }
  /** Every part is in the text, but not in that order within `maxLength` characters. */
  | { status: "apart" }
  | { status: "found"; matches: WordSpan[]; total: number };

/** Most matches a result lists; `total` still counts them all. */
export const MAX_MATCHES = 20;

const GAP = /\s*(?:…|\.\.\.)\s*/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

const EQUIVALENT: Record<string, string> = {
  "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "`": "'",
  "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"', "«": '"', "»": '"',
  "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "−": "-",
};

/** A folded copy of `text` and, for each of its code units, the span of `text` it came from. */
interface Folded {
  text: string;
  from: number[];
  to: number[];
}

function fold(text: string): Folded {
  let out = "";
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  for (const ch of text) {
    const start = i;
    i += ch.length;
    if (/\s/u.test(ch)) {
      // A run of white space is one space, spanning the whole run.
      if (out.endsWith(" ")) to[to.length - 1] = i;
      else {
        out += " ";
        from.push(start);
        to.push(i);
      }
      continue;
    }
    const folded = (EQUIVALENT[ch] ?? ch).toLowerCase();
    for (let k = 0; k < folded.length; k++) {
      from.push(start);
      to.push(i);
    }
    out += folded;
  }
  return { text: out, from, to };
}

const isWordChar = (ch: string | undefined) => ch !== undefined && WORD_CHAR.test(ch);

/** Where `part` occurs in `hay` at or after `from`, starting and ending on word edges where it does. */
function indexOfWords(hay: string, part: string, from: number): number {
  const startsWord = isWordChar(part[0]);
  const endsWord = isWordChar(part[part.length - 1]);
  for (let at = hay.indexOf(part, from); at !== -1; at = hay.indexOf(part, at + 1)) {
    if (startsWord && isWordChar(hay[at - 1])) continue;
    if (endsWord && isWordChar(hay[at + part.length])) continue;
    return at;
  }
  return -1;
}

/**
 * The stretches of `text` that `typed` names: the exact words (after folding case, spaces, quotation
 * marks and dashes), or with "…" between parts, the shortest stretches that hold the parts in order,
 * at most `maxLength` characters long. Matches never start or end inside a word.
 */
export function findWords(text: string, typed: string, maxLength = 5000): FindResult {
  const parts = fold(typed.trim())
    .text.split(GAP)
    .map((p) => p.trim())
    .filter((p) => p !== "" && /[\p{L}\p{N}]/u.test(p));
  if (parts.length === 0) return { status: "empty" };

  const hay = fold(text);
  for (const part of parts) if (indexOfWords(hay.text, part, 0) === -1) return { status: "missing", part };

  const candidates: WordSpan[] = [];
  const first = parts[0]!;
  for (let at = indexOfWords(hay.text, first, 0); at !== -1; at = indexOfWords(hay.text, first, at + 1)) {
    let end = at + first.length;
    for (const part of parts.slice(1)) {
      const next = indexOfWords(hay.text, part, end);
      if (next === -1) {
        end = -1;
        break;
      }
      end = next + part.length;
    }
    if (end === -1) break; // a later start cannot complete either
    const span = { start: hay.from[at]!, end: hay.to[end - 1]! };
    if (span.end - span.start <= maxLength) candidates.push(span);
  }
  // With gaps, a later start can end where an earlier one does: keep the shortest stretch.
  const matches = candidates.filter((c) => !candidates.some((o) => o !== c && o.start > c.start && o.end <= c.end));
  if (matches.length === 0) return { status: "apart" };
  return { status: "found", matches: matches.slice(0, MAX_MATCHES), total: matches.length };
}

/** Where a span is, for telling one occurrence from another: its paragraph (1-based) and the words around it. */
export function describeSpan(text: string, span: WordSpan, context = 40): { paragraph: number; before: string; words: string; after: string } {
  const paragraph = (text.slice(0, span.start).match(/\n\s*\n/g)?.length ?? 0) + 1;
  const from = Math.max(0, span.start - context);
  const to = Math.min(text.length, span.end + context);
  const squeeze = (s: string) => s.replace(/\s+/g, " ");
  // Context is cut at word edges: a word cut in half reads as another word.
  let before = squeeze(text.slice(from, span.start));
  if (from > 0) before = "…" + before.replace(/^\S*\s?/, "");
  let after = squeeze(text.slice(span.end, to));
  if (to < text.length) after = after.replace(/\s?\S*$/, "") + "…";
  return { paragraph, before: before.trimStart(), words: squeeze(text.slice(span.start, span.end)), after: after.trimEnd() };
}
