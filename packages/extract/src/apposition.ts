/** Appositions: ", one of Trump’s top campaign aides," between a name and what follows it. */

const MAX_APPOSITION_CHARS = 120;
/** An abbreviation's full stop may stand inside one: ", Mrs. Obama’s chief of staff,", ", a U.S. senator,". */
const APPOSITION_BODY = /^,\s*((?:[^,;:.!?"“”«»\n]|(?<=(?:^|[\s(])(?:\p{Lu}\p{Ll}{0,3}|(?:\p{Lu}\.)*\p{Lu}))\.){1,120}?)\s*,/u;

/** The apposition starting at `pos` (a comma right after a name), or null. Ends after its closing comma. */
export function appositionAt(text: string, pos: number): { start: number; end: number; phrase: string } | null {
  const window = text.slice(pos, pos + MAX_APPOSITION_CHARS + 4);
  const m = APPOSITION_BODY.exec(window);
  if (!m) return null;
  const phrase = m[1]!;
  const start = pos + m[0].indexOf(phrase);
  const end = pos + m[0].length;
  if (listGoesOn(phrase, text.slice(end, end + 40))) return null;
  return { start, end, phrase };
}

const LIST_DETERMINERS = new Set(["his", "her", "their", "our", "my"]);

/**
 * "Lorenz, his secretary, his programmer and his students": the next item opens with the phrase's
 * possessive and the list closes with "and"/"or", so this is a list, not an apposition ("Zipperer, a
 * labor economist at X, a think tank, said" stays an apposition).
 */
function listGoesOn(phrase: string, after: string): boolean {
  const first = /^\p{L}+/u.exec(phrase)?.[0].toLowerCase();
  const next = /^\s*(\p{L}+)\s[^.;:!?,]*?\s(?:and|or)\s/u.exec(after)?.[1]!.toLowerCase();
  return first !== undefined && first === next && LIST_DETERMINERS.has(first);
}

/** Position after whitespace from `pos`. */
export function skipSpaces(text: string, pos: number): number {
  while (pos < text.length && (text[pos] === " " || text[pos] === "\t" || text[pos] === "\u00a0")) pos++;
  return pos;
}

/** Position before whitespace ending at `pos`. */
export function skipSpacesBack(text: string, pos: number): number {
  while (pos > 0 && (text[pos - 1] === " " || text[pos - 1] === "\t" || text[pos - 1] === "\u00a0")) pos--;
  return pos;
}
