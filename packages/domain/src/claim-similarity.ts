/**
 * When two claims are the same claim reported twice — the rules behind claim clusters. A claim is
 * reduced to its content words (stemmed; filler, reporting verbs and the names of the article's people
 * set aside), its numbers and whether it is negated. The store finds candidates through `claimKeys`
 * (MinHash bands of the content words, looked up in an index) and decides with `compareClaims`.
 */
import { bareNameTokens, canonicalNameKey, nameKey, suffixKey, surnameKey } from "./names.js";

/** A claim's text reduced to what clustering compares. */
export interface ClaimTerms {
  /** Stemmed content words and numbers, sorted and unique; names of the article's people left out. */
  terms: string[];
  /** The numbers in the claim ("46", "916", "47.3"), thousands separators removed. */
  numbers: string[];
  /** True when the claim is negated ("not", "no", "never", "n't"…). */
  negated: boolean;
}

/** Who makes a claim, as the store keeps it. */
export interface ClaimantRef {
  personId: number | null;
  name: string | null;
  /** PERSON | ORGANIZATION | WORK | ANONYMOUS (any case). */
  kind: string | null;
}

/** What `compareClaims` needs of each claim. */
export interface ClusterableClaim extends ClaimTerms {
  text: string;
  claimant: ClaimantRef | null;
  /** Persons the claim is about. */
  subjectIds: readonly number[];
}

export interface ClaimComparison {
  same: boolean;
  /**
   * Text similarity, 0–1: the mean of content-word Jaccard and trigram similarity; null when the
   * claims were told apart before their texts were compared.
   */
  score: number | null;
  /** Why they are or are not the same claim, for people tuning the rules. */
  why: string;
}

/** Content words two claims must share at least (and what makes a claim long enough to cluster). */
export const MIN_SHARED_TERMS = 3;
/** Content words two claims must share when only a subject, not the claimant, ties them. */
export const MIN_SHARED_TERMS_SUBJECT_ONLY = 4;
/** Similarity needed when the same person or named organisation makes both claims. */
export const SAME_CLAIMANT_THRESHOLD = 0.42;
/** Similarity needed when the claims only share a subject (different or unknown claimants). */
export const SHARED_SUBJECT_THRESHOLD = 0.55;
/**
 * Similarity needed when the claims also share two or more numbers that tell: all the numbers of each,
 * or one that is not a one- or two-digit count ("$916 million in 1995", "46 percent to 44 percent").
 */
export const SHARED_NUMBERS_THRESHOLD = 0.25;

const STOPWORDS = new Set(
  (
    // English function words
    "a about above after again against all also am an and any are as at be because been before being below between both but by can " +
    "could did do does doing down during each either else even ever every few for from further had has have having he her here hers " +
    "herself him himself his how i if in into is it its itself just least less let like many may me might more most much must my myself " +
    "now of off on once one only or other others ought our ours ourselves out over own per quite rather same shall she should since so " +
    "some such than that the their theirs them themselves then there these they this those though through thus to too under until up " +
    "upon us very via was we well were what whatever when where whether which while who whom whose why will with within would yet you " +
    "your yours yourself yourselves " +
    // reporting and hedging words: how a claim is reported, not what it says
    "according added adds allegedly apparently argue argued argues asserted asserts believe believed believes claim claimed claiming " +
    "claims contend contended contends insist insisted insists maintain maintained maintains note noted notes reportedly said say " +
    "saying says state stated states suggest suggested suggests tell telling tells think thinks thought told " +
    // titles and roles that name who, not what
    "mr mrs ms dr sen rep gov president presidential nominee candidate republican republicans democrat democrats democratic gop " +
    "senator secretary former vice presumptive front runner frontrunner campaign"
  ).split(" "),
);

const NEGATIONS = new Set(["not", "no", "never", "nothing", "none", "nobody", "neither", "nor", "cannot", "without"]);

/** Names of people as the words to leave out of claim terms ("President Barack Obama" → barack, obama). */
export function nameWordsOf(names: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const name of names) for (const token of bareNameTokens(name)) if (token.length > 1) words.add(token);
  return words;
}

/**
 * Reduces a claim's text to its content words, numbers and negation. `nameWords` (lower case, see
 * `nameWordsOf`) are left out, so two claims about Trump do not look alike for naming him.
 */
export function claimTerms(text: string, nameWords: ReadonlySet<string> = new Set()): ClaimTerms {
  const tokens =
    text
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[’‘`]/g, "'")
      .replace(/\bwon't\b/g, "will not")
      .replace(/\bcan't\b/g, "can not")
      .replace(/n't\b/g, " not")
      .match(/[\p{L}\p{N}]+(?:[.,'-][\p{L}\p{N}]+)*/gu) ?? [];
  const terms = new Set<string>();
  const numbers = new Set<string>();
  let negated = false;
  for (const raw of tokens) {
    if (NEGATIONS.has(raw)) {
      negated = true;
      continue;
    }
    if (/^\p{N}/u.test(raw)) {
      const n = raw.replace(/,(?=\d{3}\b)/g, "").replace(/'s$/, "").replace(/[.,]$/, "");
      numbers.add(n);
      terms.add(n);
      continue;
    }
    for (const part of raw.replace(/'s$/, "").split(/[-']/)) {
      if (part.length < 2 || STOPWORDS.has(part) || nameWords.has(part)) continue;
      terms.add(stem(part));
    }
  }
  return { terms: [...terms].sort(), numbers: [...numbers].sort(), negated };
}

/**
 * A light English stemmer: plural, -ing, -ed, -ly and a final e, so "paying"/"pays" and
 * "taxes"/"tax" meet. It only has to map a word's forms together, not produce real stems.
 */
function stem(word: string): string {
  let w = word;
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith("ies") && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (/(x|ch|sh|ss|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith("s") && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith("ing") && w.length > 5) w = undouble(w.slice(0, -3));
  else if (w.endsWith("ed") && w.length > 4) w = undouble(w.slice(0, -2));
  else if (w.endsWith("ly") && w.length > 4) w = w.slice(0, -2);
  if (w.endsWith("e") && w.length > 3) w = w.slice(0, -1);
  return w;
}

function undouble(w: string): string {
  return /([^lsz])\1$/.test(w) ? w.slice(0, -1) : w;
}

// ── candidate keys ──────────────────────────────────────────────────────────────────────────────

/** MinHash bands: claims sharing a band key are candidates. */
export const KEY_BANDS = 20;

/**
 * Index keys for finding similar claims: for each of KEY_BANDS hash functions, the pair of the claim's
 * two content words that hash lowest (bottom-2 MinHash). Two claims whose words have Jaccard similarity
 * J share a band's pair with probability about J², so at least one key with about 1 − (1 − J²)^20:
 * 0.85 at J = 0.3, 0.97 at 0.4, 0.998 at 0.5. A key names two words that must both be in the claim,
 * so even common words make keys few claims share, and an index lookup stays small however many claims
 * are stored. No keys for claims too short to be clustered.
 */
export function claimKeys(terms: readonly string[]): number[] {
  if (terms.length < MIN_SHARED_TERMS) return [];
  const hashes = terms.map(fnv1a);
  const keys: number[] = [];
  for (let band = 0; band < KEY_BANDS; band++) {
    const seed = Math.imul(band + 1, 0x85ebca6b);
    let first = 0xffffffff;
    let second = 0xffffffff;
    for (const h of hashes) {
      const v = mix32(h ^ seed);
      if (v < first) [first, second] = [v, first];
      else if (v < second && v !== first) second = v;
    }
    keys.push(mix32(mix32(Math.imul(band + 1, 0x9e3779b1) ^ first) ^ second) | 0);
  }
  return [...new Set(keys)].sort((a, b) => a - b);
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** murmur3's finaliser: a well-mixed 32-bit value. */
function mix32(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

// ── similarity ──────────────────────────────────────────────────────────────────────────────────

/** pg_trgm's trigrams: each lower-case word padded with two spaces before and one after. */
function trigrams(text: string): Set<string> {
  const set = new Set<string>();
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (!word) continue;
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) set.add(padded.slice(i, i + 3));
  }
  return set;
}

function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): { shared: number; similarity: number } {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  const union = a.size + b.size - shared;
  return { shared, similarity: union === 0 ? 0 : shared / union };
}

/** Trigram similarity as pg_trgm's `similarity()` computes it: shared trigrams over all trigrams. */
export function trigramSimilarity(a: string, b: string): number {
  return jaccard(trigrams(a), trigrams(b)).similarity;
}

/** A non-person claimant's name as compared: case, a leading article and punctuation dropped. */
function claimantLabel(c: ClaimantRef | null): string | null {
  if (!c || c.personId !== null || !c.name || (c.kind ?? "").toUpperCase() === "ANONYMOUS") return null;
  // Only proper names ("The State Department", "the New York Times"), not "officials" or "the poll".
  if (!/\b\p{Lu}/u.test(c.name.replace(/^the\s+/i, "")) || /^(i|he|she|they|we|it|you)$/i.test(c.name.trim())) return null;
  return c.name.toLowerCase().replace(/^the\s+/, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim() || null;
}

/** True when the same person, or the same named organisation or work, makes both claims. */
export function sameClaimant(a: ClaimantRef | null, b: ClaimantRef | null): boolean {
  if (a?.personId != null || b?.personId != null) return a?.personId != null && a.personId === b?.personId;
  const la = claimantLabel(a);
  return la !== null && la === claimantLabel(b);
}

/** Words that stand for someone without naming them: a claimant that is only one of these names nobody. */
const PRONOUNS = new Set(
  ("i me we us you he him she her it they them one someone somebody anyone anybody everyone everybody " +
    "some many most others several few all both each none").split(" "),
);
/** A claimant whose name opens with one of these belongs to someone named only by a pronoun ("her statement"). */
const POSSESSIVE_PRONOUNS = new Set(["my", "our", "your", "his", "her", "its", "their"]);

/**
 * True when a claimant says nothing of who makes the claim: none at all, a pronoun ("she", "they",
 * "some"), something owned by a pronoun ("her statement", "his campaign"), a title without a name
 * ("Former", "The president"), or a work without a name ("the poll", "The survey": a work says what
 * whoever made it says, and does not name them). Such a claimant is as good as missing: it cannot
 * disagree with another.
 */
export function namesNobody(c: ClaimantRef | null): boolean {
  if (!c || c.personId != null) return c === null;
  if ((c.kind ?? "").toUpperCase() === "WORK" && claimantLabel(c) === null) return true;
  const words = nameKey(c.name ?? "").split(" ").filter(Boolean);
  if (words.length === 0) return true;
  if (words.length === 1 && PRONOUNS.has(words[0]!)) return true;
  if (POSSESSIVE_PRONOUNS.has(words[0]!)) return true;
  // bareNameTokens takes titles off the front but keeps a last word: given one more, only it is left.
  return bareNameTokens(`${c.name} 0`).length === 1;
}

/**
 * True when two claimants may be the same speaker, so their claims may be the same claim. One claim
 * condemning another's statement is not that statement, so two claims can only be one claim when:
 * - either claimant names nobody (`namesNobody`), or
 * - both are the same person, or namesakes — the same surname and generational suffix: a surname alone
 *   ("Clinton's husband, Bill", "Clinton said") can resolve to either in two versions of one story, or
 * - one is a person and the other, not resolved to a person, names that person's surname ("Senate
 *   Majority Leader Mitch McConnell", "Trump's campaign"), or
 * - neither is a person and their names are the same without case, punctuation, a leading article and
 *   titles ("The State Department" / "the State Department"; "voters" / "Voters").
 * Two different organisations, or an organisation and a person it does not name, are never compatible.
 */
export function compatibleClaimants(a: ClaimantRef | null, b: ClaimantRef | null): boolean {
  if (namesNobody(a) || namesNobody(b) || sameClaimant(a, b)) return true;
  const [x, y] = [a!, b!];
  if (x.personId != null && y.personId != null) {
    if (x.personId === y.personId) return true;
    if (!x.name || !y.name) return false;
    const surname = surnameKey(x.name);
    return surname !== null && surname === surnameKey(y.name) && suffixKey(x.name) === suffixKey(y.name);
  }
  if (x.personId != null || y.personId != null) {
    const [person, other] = x.personId != null ? [x, y] : [y, x];
    const surname = person.name ? surnameKey(person.name) : null;
    return surname !== null && bareNameTokens(other.name ?? "").includes(surname);
  }
  return canonicalNameKey(x.name ?? "") === canonicalNameKey(y.name ?? "");
}

/**
 * Two claims can only be the same claim when they share one of these keys (their claimant, or a
 * subject): the store serialises clustering per key, so two articles ingested at once that repeat
 * the same claim see each other. `compareClaims` asks for the same claimant or a shared subject before
 * anything else; compatible claimants (`compatibleClaimants`) are asked on top of a shared subject, never
 * instead of it, so they only turn candidates down and need no keys of their own.
 */
export function agreementKeys(claim: Pick<ClusterableClaim, "claimant" | "subjectIds">): string[] {
  const keys = new Set(claim.subjectIds.map((id) => `person:${id}`));
  if (claim.claimant?.personId != null) keys.add(`person:${claim.claimant.personId}`);
  const label = claimantLabel(claim.claimant);
  if (label !== null) keys.add(`claimant:${label}`);
  return [...keys].sort();
}

/**
 * Whether two claims are the same claim reported twice. They must
 * - agree on who: the same claimant (person, or named organisation or work), or a shared subject and
 *   compatible claimants (`compatibleClaimants`: a claim about Trump's call made by a city council is
 *   not the same claim as one about it made by a rally, however alike their words);
 * - not disagree: subjects given on both sides must overlap (Bill Clinton is not Hillary Clinton),
 *   numbers given on both sides must overlap (46–42 is another poll than 47–44), and both or neither
 *   must be negated (“will vote for” is not “will not vote for”);
 * - share content words — MIN_SHARED_TERMS with the same claimant, MIN_SHARED_TERMS_SUBJECT_ONLY with
 *   only a shared subject — and be similar enough: SAME_CLAIMANT_THRESHOLD with the same claimant,
 *   SHARED_SUBJECT_THRESHOLD with only a shared subject, SHARED_NUMBERS_THRESHOLD when they share telling numbers.
 */
export function compareClaims(a: ClusterableClaim, b: ClusterableClaim): ClaimComparison {
  const no = (why: string, score: number | null = null): ClaimComparison => ({ same: false, score, why });
  const subjectsB = new Set(b.subjectIds);
  const sharedSubject = a.subjectIds.some((id) => subjectsB.has(id));
  if (a.subjectIds.length > 0 && b.subjectIds.length > 0 && !sharedSubject) return no("about different people");
  if (a.negated !== b.negated) return no("one is negated");
  if (a.numbers.length > 0 && b.numbers.length > 0 && !a.numbers.some((n) => b.numbers.includes(n))) return no("different numbers");
  const claimant = sameClaimant(a.claimant, b.claimant);
  if (!claimant && !sharedSubject) return no("neither the same claimant nor a shared subject");
  if (!claimant && !compatibleClaimants(a.claimant, b.claimant)) return no("different claimants");
  const words = jaccard(new Set(a.terms), new Set(b.terms));
  if (words.shared < (claimant ? MIN_SHARED_TERMS : MIN_SHARED_TERMS_SUBJECT_ONLY)) return no(`${words.shared} content words shared`);
  // Trigrams last: they cost the most, and most candidates are turned down before.
  const score = (words.similarity + trigramSimilarity(a.text, b.text)) / 2;
  const shared = a.numbers.filter((n) => b.numbers.includes(n));
  const telling = shared.some((n) => !/^\d{1,2}$/.test(n)) || (shared.length === a.numbers.length && shared.length === b.numbers.length);
  const numbers = telling ? shared.length : 0;
  const threshold = numbers >= 2 ? SHARED_NUMBERS_THRESHOLD : claimant ? SAME_CLAIMANT_THRESHOLD : SHARED_SUBJECT_THRESHOLD;
  const how = `${claimant ? "same claimant" : "shared subject"}${numbers >= 2 ? `, ${numbers} numbers shared` : ""}`;
  if (score < threshold) return no(`${how}, similarity ${score.toFixed(2)} < ${threshold}`, score);
  return { same: true, score, why: `${how}, similarity ${score.toFixed(2)}` };
}
