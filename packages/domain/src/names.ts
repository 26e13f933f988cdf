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

/**
 * Recently seen names' tokens. Matching an article's people against the store compares each with
 * every namesake and alias, the same few hundred names again and again; the key's Unicode
 * normalisation and regular expressions made that a 100 ms pause of the server for a large family.
 */
const tokensOfName = new Map<string, readonly string[]>();
const MAX_REMEMBERED_NAMES = 10_000;

/** Name tokens with honorifics and titles taken off the front ("Vice President Kamala Harris" → Kamala Harris). */
export function bareNameTokens(name: string): readonly string[] {
  const known = tokensOfName.get(name);
  if (known) return known;
  const tokens = nameKey(name).split(" ").filter(Boolean);
  let i = 0;
  while (i < tokens.length - 1 && HONORIFICS.has(tokens[i]!)) i++;
  const bare = Object.freeze(tokens.slice(i));
  if (tokensOfName.size >= MAX_REMEMBERED_NAMES) tokensOfName.clear();
  tokensOfName.set(name, bare);
  return bare;
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
  /** Titles and descriptions given to the person so far ("former President", "Democratic nominee"). */
  roles?: readonly string[];
  /** How often the person has been mentioned; breaks ties between namesakes. */
  mentionCount?: number;
  /** Name keys of people mentioned in the same articles. */
  coMentions?: readonly string[];
}

export interface PersonCandidate {
  name: string;
  aliases: readonly string[];
  /** Roles the article gives the person. */
  roles?: readonly string[];
  /** Name keys (canonicalNameKey) of the other people in the article. */
  coMentions?: readonly string[];
}

/**
 * Finds the known person an extracted person is.
 * - A full name matches a known person with the same given name and family name (middle names,
 *   initials, titles and leading words such as "Indiana Gov." are ignored) and the same generational
 *   suffix: "Donald J. Trump" = "President Donald Trump", but not "Donald Trump Jr.", and "Bill Clinton"
 *   is not "Hillary Clinton". Failing that, it matches the one known person filed under the surname alone.
 * - A surname alone matches the only known person carrying it; among namesakes it takes the one the
 *   article's context points to (shared role words, people mentioned alongside), or one who dominates
 *   the others by mentions (three times as many); otherwise nobody.
 */
export function matchKnownPerson(candidate: PersonCandidate, known: readonly KnownPerson[]): KnownPerson | null {
  const cand = nameParts(candidate.name);
  if (!cand.surname) return null;
  const sameFamily = known.filter((k) => {
    const parts = nameParts(k.name);
    return parts.surname === cand.surname && parts.suffix === cand.suffix;
  });
  if (cand.given) {
    const full = sameFamily.filter((k) =>
      [k.name, ...k.aliases].some((n) => {
        const parts = nameParts(n);
        return parts.given !== null && parts.surname === cand.surname && parts.suffix === cand.suffix && givenMatches(cand, parts);
      }),
    );
    if (full.length > 0) return mostMentioned(full);
    const surnameOnly = sameFamily.filter((k) => !isFullName(k.name));
    return surnameOnly.length > 0 ? mostMentioned(surnameOnly) : null;
  }
  if (sameFamily.length <= 1) return sameFamily[0] ?? null;
  return pickByContext(candidate, sameFamily);
}

interface NameParts {
  given: string | null;
  /** Other given-name candidates: tokens between the first and the surname. */
  middle: string[];
  surname: string | null;
  suffix: string | null;
}

function nameParts(name: string): NameParts {
  // Titles inside the name go ("Indiana Gov. Mike Pence"); the last word is the surname even when it
  // is also a title word ("Steve King").
  const tokens = bareNameTokens(name).filter((t, i, all) => i === all.length - 1 || !HONORIFICS.has(t));
  const suffix = tokens.length > 1 && SUFFIXES.has(tokens.at(-1)!) ? tokens.pop()! : null;
  const surname = tokens.at(-1) ?? null;
  if (tokens.length < 2) return { given: null, middle: [], surname, suffix };
  return { given: tokens[0]!, middle: tokens.slice(1, -1), surname, suffix };
}

/** Given names agree: the same first name, or a leading modifier before the real first name. */
function givenMatches(a: NameParts, b: NameParts): boolean {
  const aNames = [a.given!, ...a.middle.filter((t) => t.length > 1)];
  const bNames = [b.given!, ...b.middle.filter((t) => t.length > 1)];
  if (a.given === b.given) return true;
  // "Indiana Gov. Mike Pence" vs "Mike Pence": the name right before the surname agrees.
  return aNames.at(-1) === bNames.at(-1) && aNames.at(-1)!.length > 1 && (a.middle.length > 0 || b.middle.length > 0);
}

function mostMentioned(people: readonly KnownPerson[]): KnownPerson {
  return [...people].sort((x, y) => (y.mentionCount ?? 0) - (x.mentionCount ?? 0))[0]!;
}

const ROLE_STOPWORDS = new Set(["the", "a", "an", "of", "and", "for", "to", "in", "former", "then", "s"]);

function roleWords(roles: readonly string[] | undefined): Set<string> {
  return new Set(
    (roles ?? []).flatMap((r) => nameKey(r).split(" ")).filter((w) => w.length > 1 && !ROLE_STOPWORDS.has(w)),
  );
}

function pickByContext(candidate: PersonCandidate, namesakes: readonly KnownPerson[]): KnownPerson | null {
  const words = roleWords(candidate.roles);
  const around = new Set(candidate.coMentions ?? []);
  const scored = namesakes
    .map((k) => {
      const theirs = roleWords(k.roles);
      const roleScore = [...words].filter((w) => theirs.has(w)).length;
      const coScore = (k.coMentions ?? []).filter((c) => around.has(c)).length;
      return { k, score: roleScore + coScore };
    })
    .sort((x, y) => y.score - x.score || (y.k.mentionCount ?? 0) - (x.k.mentionCount ?? 0));
  const [best, second] = scored;
  if (!best) return null;
  if (!second || best.score > second.score) return best.k;
  const tied = scored.filter((s) => s.score === best.score);
  const top = tied[0]!.k.mentionCount ?? 0;
  const rest = tied.slice(1).reduce((sum, s) => sum + (s.k.mentionCount ?? 0), 0);
  return top > 0 && top >= 3 * rest ? tied[0]!.k : null;
}

const PRONOUNS = new Set(["he", "she", "him", "her", "his", "hers", "they", "them", "their", "i", "me", "my", "we", "us", "our"]);

/** True for the personal pronouns a mention may be. */
export function isPronoun(word: string): boolean {
  return PRONOUNS.has(word.toLowerCase());
}
