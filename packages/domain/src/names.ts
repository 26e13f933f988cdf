/**
 * Person-name rules shared by the extractor, the store and the dashboard: how names are compared,
 * what counts as a surname, and when an extracted person is the same as a known one.
 */

const HONORIFICS = new Set([
  "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "rev", "fr",
  "president", "vice", "sen", "senator", "rep", "representative", "gov", "governor", "gen",
  "general", "secretary", "mayor", "judge", "justice", "chancellor", "minister", "prime",
  "former", "the", "king", "queen", "prince", "princess", "pope", "speaker", "leader",
  "chairman", "chairwoman", "chair", "ambassador", "attorney", "sheriff", "col", "lt", "capt",
  "sgt", "adm", "admiral", "colonel", "captain", "elect", "president-elect", "first", "lady's",
]);

const SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv", "v"]);

/**
 * A comparison key for a name: diacritics, case, punctuation and possessive "'s" removed,
 * whitespace collapsed. "Donald J. Trump's" → "donald j trump".
 */
export function nameKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’'`]s\b/gi, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, " ")
    .replace(/-/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Name tokens with honorifics and titles taken off the front ("Vice President Kamala Harris" → Kamala Harris). */
export function bareNameTokens(name: string): string[] {
  const tokens = nameKey(name).split(" ").filter(Boolean);
  let i = 0;
  while (i < tokens.length - 1 && HONORIFICS.has(tokens[i]!)) i++;
  return tokens.slice(i);
}

/** The family name: the last token that is not a generational suffix ("Donald Trump Jr." → "trump"). */
export function surnameKey(name: string): string | null {
  const tokens = bareNameTokens(name);
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (!SUFFIXES.has(t)) return t;
  }
  return null;
}

/** The generational suffix, if any ("jr", "iii"…); people who differ only by it are different people. */
export function suffixKey(name: string): string | null {
  const last = bareNameTokens(name).at(-1);
  return last && SUFFIXES.has(last) ? last : null;
}

/** Given name (first token of the bare name), null for a single-token name. */
export function givenNameKey(name: string): string | null {
  const tokens = bareNameTokens(name).filter((t) => !SUFFIXES.has(t));
  return tokens.length >= 2 ? tokens[0]! : null;
}

/** True when a name has at least a given name and a family name. */
export function isFullName(name: string): boolean {
  return givenNameKey(name) !== null;
}

/** The key a person is filed under: the bare full name, without titles. */
export function canonicalNameKey(name: string): string {
  return bareNameTokens(name).join(" ");
}

export interface KnownPerson {
  id: string;
  name: string;
  aliases: readonly string[];
}

/**
 * Finds the known person an extracted person is. A full name matches a known person with the same
 * bare full name, or whose aliases contain it; initials in the middle are ignored
 * ("Donald J. Trump" = "Donald Trump"); a different given name or generational suffix never matches.
 * A surname alone matches only when exactly one known person carries that surname.
 */
export function matchKnownPerson(
  candidate: { name: string; aliases: readonly string[] },
  known: readonly KnownPerson[],
): KnownPerson | null {
  const candKey = comparableFullName(candidate.name);
  if (isFullName(candidate.name)) {
    const exact = known.filter(
      (k) =>
        comparableFullName(k.name) === candKey ||
        k.aliases.some((a) => isFullName(a) && comparableFullName(a) === candKey),
    );
    if (exact.length >= 1) return exact[0]!;
    return null;
  }
  const surname = surnameKey(candidate.name);
  if (!surname) return null;
  const bySurname = known.filter((k) => surnameKey(k.name) === surname && suffixKey(k.name) === null);
  return bySurname.length === 1 ? bySurname[0]! : null;
}

function comparableFullName(name: string): string {
  const tokens = bareNameTokens(name);
  if (tokens.length <= 2) return tokens.join(" ");
  // Drop single-letter middle initials: "donald j trump" ~ "donald trump".
  return tokens.filter((t, i) => i === 0 || i === tokens.length - 1 || t.length > 1).join(" ");
}

const PRONOUNS = new Set(["he", "she", "him", "her", "his", "hers", "they", "them", "their", "i", "me", "my", "we", "us", "our"]);

/** True for the personal pronouns a mention may be. */
export function isPronoun(word: string): boolean {
  return PRONOUNS.has(word.toLowerCase());
}
