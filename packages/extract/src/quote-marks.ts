/**
 * Pairs quotation marks over the raw text: straight, curly, low and guillemet marks, mixed
 * (`"…”`), across sentences, and across paragraphs when the next paragraph re-opens the quote
 * (the news convention for a quotation running over several paragraphs).
 */
import type { Paragraph } from "./segment.js";

export interface MarkPair {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark (exclusive end of the content). */
  close: number;
  /** Length of the opening mark: 2 for a doubled apostrophe ('' as in some newspaper feeds), else 1. */
  openLength?: number;
}

const OPENERS = new Set(["“", "„", "‟", "«"]);
const CLOSERS = new Set(["”", "»"]);
const STRAIGHT = '"';
const MAX_CONTINUED_PARAGRAPHS = 6;

type Role = "open" | "close" | "either";

/** Every matched pair of double quotation marks, in text order. */
export function pairQuoteMarks(text: string, paragraphs: readonly Paragraph[]): MarkPair[] {
  const pairs: MarkPair[] = [];
  let open: number | null = null;
  let openLength = 1;
  let continued = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p]!;
    let skipFirstOpener = open !== null;
    for (let i = para.start; i < para.end; i++) {
      const ch = text[i]!;
      const doubled = ch === "'" && text[i + 1] === "'";
      if (!isMark(ch) && !doubled) continue;
      const role = doubled ? roleOfDoubled(text, i, open !== null) : roleOf(text, i, open !== null);
      if (doubled) i++;
      const markLength = doubled ? 2 : 1;
      if (skipFirstOpener) {
        skipFirstOpener = false;
        if (role !== "close") continue; // the re-opening mark of a continued quotation
      }
      if (role === "open" || (role === "either" && open === null)) {
        open = i - markLength + 1;
        openLength = markLength;
      } else if (open !== null) {
        pairs.push(openLength === 2 ? { open, close: i - markLength + 1, openLength } : { open, close: i - markLength + 1 });
        open = null;
        continued = 0;
      }
    }
    if (open !== null && !(continuesInto(text, paragraphs[p + 1]) && continued < MAX_CONTINUED_PARAGRAPHS)) {
      open = null;
      continued = 0;
    } else if (open !== null) continued++;
  }
  return pairs;
}

function isMark(ch: string): boolean {
  return ch === STRAIGHT || OPENERS.has(ch) || CLOSERS.has(ch);
}

/** Whether the next paragraph starts by re-opening a quotation. */
function continuesInto(text: string, next: Paragraph | undefined): boolean {
  if (!next || next.heading) return false;
  const ch = text[next.start]!;
  return ch === STRAIGHT || OPENERS.has(ch) || text.startsWith("''", next.start);
}

/** A doubled apostrophe used as a double quotation mark: judged by the characters around the pair. */
function roleOfDoubled(text: string, i: number, isOpen: boolean): Role {
  const before = i > 0 ? text[i - 1]! : " ";
  const after = i + 2 < text.length ? text[i + 2]! : " ";
  const spaceBefore = /[\s([{\u2014\u2013-]/.test(before);
  const spaceAfter = /[\s.,;:!?)\]}\u2014\u2013-]/.test(after);
  if (spaceBefore && !spaceAfter) return "open";
  if (!spaceBefore && spaceAfter) return "close";
  return isOpen ? "close" : "open";
}

/** What a mark does, judged by the characters around it (typists mix mark styles). */
function roleOf(text: string, i: number, isOpen: boolean): Role {
  const ch = text[i]!;
  const before = i > 0 ? text[i - 1]! : " ";
  const after = i + 1 < text.length ? text[i + 1]! : " ";
  const spaceBefore = /[\s([{\u2014\u2013-]/.test(before);
  const spaceAfter = /[\s.,;:!?)\]}\u2014\u2013-]/.test(after);
  // "… misguided decision. “¶": an opening mark that ends its line opens nothing; it closes what is open.
  const endsLine = /^[ \t]*(?:[\r\n]|$)/u.test(text.slice(i + 1, i + 4));
  if (OPENERS.has(ch)) return isOpen && ((!spaceBefore && spaceAfter) || endsLine) ? "close" : "open";
  if (CLOSERS.has(ch)) return !isOpen && spaceBefore && !spaceAfter ? "open" : "close";
  if (spaceBefore && !spaceAfter) return "open";
  if (!spaceBefore && spaceAfter) return "close";
  return "either";
}
