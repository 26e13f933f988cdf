/**
 * Proper-name runs ("Russian President Vladimir Putin", "The New York Times") and what they are:
 * a person (with title prefix), an organisation, a place, or a single word to link later.
 */
import { appositionAt } from "./apposition.js";
import {
  ADJECTIVES, COMMON_WORDS, DEMONYMS, EAST_ASIAN_SURNAME_FORMS, GIVEN_NAMES, NOT_NAMES, ORGANIZATION_NAME_WORDS, ORGANIZATION_NOUNS, ORGANIZATIONS, PERSON_TITLES, NAME_EVIDENCE_VERBS, PLACES,
  PERSON_NAMING_VERBS, ROLE_MODIFIERS, SURNAMES, TITLES, VERB_CLASS, isRoleNoun,
} from "./lexicon.js";
import { isAppositiveRole } from "./persons.js";
import type { Sentence } from "./segment.js";
import { tokenIndexAt, type Token } from "./tokens.js";

export type NameKind = "person" | "organization" | "place" | "single" | "other";

export interface NameRun {
  /** Token indices [first, last] of the whole run, title prefix included. */
  first: number;
  last: number;
  /** Index of the first token of the name proper (after titles). */
  core: number;
  kind: NameKind;
  sentence: number;
  heading: boolean;
}

const PARTICLES = new Set(["de", "van", "von", "der", "den", "bin", "al", "da", "del", "la", "le", "di", "du", "st."]);
const INITIAL = /^\p{Lu}\.?$/u;
const MAX_RUN = 7;

/** All proper-name runs of the text, classified, in text order. */
export function findNameRuns(text: string, tokens: readonly Token[], sentences: readonly Sentence[]): NameRun[] {
  const runs: NameRun[] = [];
  for (const s of sentences) {
    let i = tokenIndexAt(tokens, s.start);
    while (i < tokens.length && tokens[i]!.start < s.end) {
      const last = runEnd(text, tokens, i, s.end);
      if (last === -1) {
        i++;
        continue;
      }
      runs.push(...splitRun(text, tokens, i, last, s));
      i = last + 1;
    }
  }
  promoteByEvidence(text, tokens, runs);
  return runs.map((r) => (namesNobodyHere(text, tokens, r) ? { ...r, kind: "other" } : r));
}

/**
 * A name that is not a person in the story: a photo credit ("(Thomas Coex/AFP/Getty Images)",
 * "Chang W. Lee/The New York Times") or a title after a work noun ("her graphic novel Angel Catbird",
 * "the secularist magazine MicroMega").
 */
function namesNobodyHere(text: string, tokens: readonly Token[], r: NameRun): boolean {
  const end = tokens[r.last]!.end;
  if (r.kind === "person" && PHOTO_CREDIT.test(text.slice(end, end + 4))) return true;
  return (r.kind === "person" || r.kind === "single") && afterTitleNoun(text, tokens, r.first);
}

const PHOTO_CREDIT = /^\.?\s?\/\s?\p{Lu}/u;
const TITLE_NOUNS = new Set(["novel", "novels", "film", "films", "movie", "movies", "album", "albums", "magazine", "newspaper", "song", "songs", "browser", "documentary", "sitcom", "musical", "opera"]);

/** A lower-case work noun right before the run: what follows is a title. */
function afterTitleNoun(text: string, tokens: readonly Token[], first: number): boolean {
  const prev = tokens[first - 1];
  return prev !== undefined && !prev.capitalized && TITLE_NOUNS.has(prev.lower) && /^[ \t]+$/.test(text.slice(prev.end, tokens[first]!.start));
}

/** An ordinary word ("Like", "Serving", "Education") that is not also a given name, title or demonym. */
function isCommonWord(t: Token): boolean {
  return COMMON_WORDS.has(t.lower) && !GIVEN_NAMES.has(t.lower) && !isTitleOrDemonym(t);
}

/** A word that cannot open a name: an ordinary word, or a participle or adjective ("Injecting", "Crooked"). */
function isLeadingNonName(t: Token): boolean {
  return isCommonWord(t) || (/..(?:ing|ed)$/.test(t.lower) && t.lower.length > 5 && !GIVEN_NAMES.has(t.lower) && !SURNAMES.has(t.lower));
}

/**
 * A run, or the run cut in two where a name starts inside it: leading ordinary words are not part of a
 * name ("Like | President Obama", "Serving Under | Obama"), nor is a place or ordinary word before a
 * known given name ("Education | Stefania Giannini", "Washington | Chris Gregoire", "Democrat | Hillary Clinton").
 */
function splitRun(text: string, tokens: readonly Token[], first: number, last: number, s: Sentence): NameRun[] {
  const whole = classifyRun(text, tokens, first, last, s);
  if (whole.kind === "organization") {
    // "Senate Minority Leader | Harry Reid": an organisation's title before a full name.
    const g = titledGivenName(tokens, first, last);
    if (g > first) return [classifyRun(text, tokens, first, g - 1, s), classifyRun(text, tokens, g, last, s)];
    // "the National Rifle Association | Wayne LaPierre said": an organisation's name, then a full name closing the run.
    const n = closingFullName(tokens, first, last);
    if (n > first) return [classifyRun(text, tokens, first, n - 1, s), classifyRun(text, tokens, n, last, s)];
  }
  if (whole.kind === "organization" || whole.kind === "place") return [whole];
  // "Ted Cruz Hints Trump Would …", "Colin Powell Advised Clinton" (headlines): a verb between two names.
  const verb = headlineVerb(tokens, first, last);
  if (verb !== -1) return [...splitRun(text, tokens, first, verb - 1, s), ...splitRun(text, tokens, verb + 1, last, s)];
  // "Derelict Obama and Clinton;" (a headline): an adjective opening the sentence before a single name.
  if (last === first + 1 && tokens[first]!.start === s.start && isOpeningAdjective(tokens[first]!)) {
    return [{ ...classifyRun(text, tokens, first, first, s), kind: "other" }, classifyRun(text, tokens, last, last, s)];
  }
  // "Gold Star Mom Corners Obama On His Refusal …" (a headline in title case): a name there opens with a
  // known given name, a title or an initial; otherwise only its last word is a name.
  let opening = first;
  while (opening < last && isLeadingNonName(tokens[opening]!)) opening++;
  if (opening < last && !GIVEN_NAMES.has(tokens[opening]!.lower) && !isTitleOrDemonym(tokens[opening]!) && !INITIAL.test(tokens[opening]!.text) && titleCase(text, s)) {
    return [{ ...classifyRun(text, tokens, first, last - 1, s), kind: "other" }, classifyRun(text, tokens, last, last, s)];
  }
  // "Hillary Clinton Speaks", "Barack Obama Election Day" (headlines): ordinary words after a full name.
  if (last - first >= 2 && GIVEN_NAMES.has(tokens[first]!.lower)) {
    let end = last;
    // A word after a middle initial is the surname, ordinary or not ("Ellen M. Banner", "Michael J. Fox").
    while (end - first >= 2 && isCommonWord(tokens[end]!) && !SURNAMES.has(tokens[end]!.lower) && !INITIAL.test(tokens[end - 1]!.text)) end--;
    if (end < last) return [...splitRun(text, tokens, first, end, s), { ...classifyRun(text, tokens, end + 1, last, s), kind: "other" }];
  }
  // "a gunman named Man Haron Monis": a role noun's name after a verb of naming is a person's, ordinary words included.
  if (whole.kind === "other" && last - first < 4 && namedRoleNoun(tokens, first) && tokens.slice(first, last + 1).every((t) => t.capitalized)) return [{ ...whole, kind: "person" }];
  let k = first;
  // "N.J. Gov. Chris Christie", "U.S. Sen. Ted Cruz": a dotted place abbreviation before a title or given name ("J.K. Rowling" keeps its initials).
  if (last > first && /^(?:\p{Lu}\.){2,}$/u.test(tokens[first]!.text) && (TITLES.has(tokens[first + 1]!.lower) || GIVEN_NAMES.has(tokens[first + 1]!.lower))) k = first + 1;
  // "Ban Ki-moon", "Moon Jae-in": an East Asian family name before its given name opens the name.
  const familyName = (i: number) => EAST_ASIAN_SURNAME_FORMS.has(tokens[i]!.lower) && HYPHENATED_GIVEN.test(tokens[i + 1]!.text);
  while (k < last && isLeadingNonName(tokens[k]!) && !familyName(k)) k++;
  if (k === first) {
    let core = first;
    while (core < last && isTitleOrDemonym(tokens[core]!)) core++;
    const given = tokens[core]!.lower;
    if (core === first && !GIVEN_NAMES.has(given)) {
      let g = core + 1;
      while (g < last && (isPrefixWord(tokens[g]!) || isTitleOrDemonym(tokens[g]!))) g++;
      if (g < last && g > core && isPrefixWord(tokens[core]!) && GIVEN_NAMES.has(tokens[g]!.lower) && !COMMON_WORDS.has(tokens[g]!.lower)) {
        k = g;
        // "Florida | Sen. Marco Rubio": a title after the place stays with the name.
        while (k - 1 > core && isTitleOrDemonym(tokens[k - 1]!)) k--;
      }
    }
  }
  if (k === first) return [whole];
  const prefix = classifyRun(text, tokens, first, k - 1, s);
  const rest = classifyRun(text, tokens, k, last, s);
  return [{ ...prefix, kind: prefix.kind === "place" || prefix.kind === "organization" ? prefix.kind : "other" }, rest];
}

/** People a story names without a role: "a gunman named …", "the victim, named …". */
const UNROLED_PERSON_NOUNS = new Set(["someone", "somebody", "gunman", "gunmen", "suspect", "victim", "attacker", "shooter", "assailant", "hostage", "passenger", "person", "teenager", "teen"]);

/** The run follows a role noun and a verb of naming: "a gunman named …", "the driver, named …", "Someone named …". */
function namedRoleNoun(tokens: readonly Token[], first: number): boolean {
  const verb = tokens[first - 1];
  if (!verb || !PERSON_NAMING_VERBS.has(verb.text)) return false;
  const noun = tokens[first - 2]?.text === "," ? tokens[first - 3] : tokens[first - 2];
  return noun !== undefined && (isRoleNoun(noun.lower) || UNROLED_PERSON_NOUNS.has(noun.lower));
}

function isOpeningAdjective(t: Token): boolean {
  const w = t.lower;
  return ADJECTIVES.has(w) && !GIVEN_NAMES.has(w) && !SURNAMES.has(w) && !PLACES.has(w) && !DEMONYMS.has(w) && !TITLES.has(w);
}

/**
 * Index of a known given name that, with one or two name words after it, closes a run whose words before it hold an
 * organisation word; -1 when none ("Council on American-Islamic Relations | Alia Salem"; not "Bill and Melinda Gates
 * Foundation", which ends in its organisation word).
 */
function closingFullName(tokens: readonly Token[], first: number, last: number): number {
  for (let g = Math.max(first + 1, last - 2); g < last; g++) {
    const given = tokens[g]!;
    if (!GIVEN_NAMES.has(given.lower) || COMMON_WORDS.has(given.lower) || ORGANIZATION_NAME_WORDS.has(given.lower)) continue;
    if (!tokens.slice(g + 1, last + 1).every(isNameLike)) continue;
    if (!tokens.slice(first, g).some((t) => ORGANIZATION_NAME_WORDS.has(t.lower))) continue;
    // "Retired Army | Col. Lawrence Wilkerson": a title before the name stays with it.
    let start = g;
    while (start - 1 > first && isTitleOrDemonym(tokens[start - 1]!)) start--;
    return start;
  }
  return -1;
}

/** Index of a known given name right after a title or role word, followed only by name words; -1 when none. */
function titledGivenName(tokens: readonly Token[], first: number, last: number): number {
  for (let g = first + 1; g < last; g++) {
    const before = tokens[g - 1]!.lower;
    if (!(TITLES.has(before) || isRoleNoun(before)) || !GIVEN_NAMES.has(tokens[g]!.lower) || COMMON_WORDS.has(tokens[g]!.lower)) continue;
    if (tokens.slice(g + 1, last + 1).every(isNameLike)) return g;
  }
  return -1;
}

/** A word that may stand before a given name without being part of the name: a place, demonym, party or ordinary word. */
function isPrefixWord(t: Token): boolean {
  const w = t.lower;
  if (COMMON_WORDS.has(w) || PLACES.has(w) || DEMONYMS.has(w) || ROLE_MODIFIERS.has(w) || ORGANIZATION_NAME_WORDS.has(w)) return true;
  // "NASA | Bill Ingalls" (an acronym), "Pan-democrat | Gary Fan" (a hyphenated word ending in a lower-case part).
  return /^\p{Lu}{3,6}$/u.test(t.text) || /^\p{Lu}\p{Ll}+-\p{Ll}{3,}$/u.test(t.text);
}

/** A capitalised word that can be part of a person's name: not an ordinary word, place, title or organisation word. */
function isNameLike(t: Token): boolean {
  const w = t.lower;
  if (/\d/.test(w) || t.text.length < 2 || t.text === t.text.toUpperCase()) return false;
  if (GIVEN_NAMES.has(w) || SURNAMES.has(w)) return !PLACES.has(w) && !ORGANIZATION_NAME_WORDS.has(w);
  return !COMMON_WORDS.has(w) && !PLACES.has(w) && !DEMONYMS.has(w) && !TITLES.has(w) && !ORGANIZATION_NAME_WORDS.has(w);
}

const GENERATIONAL_SUFFIX = /^(?:Jr|Sr|II|III|IV)$/u;
const HYPHENATED_GIVEN = /^\p{Lu}\p{Ll}{1,4}-\p{L}\p{Ll}{0,4}$/u;
const COORDINATION = /^(?:,\s*|\s+and\s+|,\s*and\s+)$/;

/**
 * Two or three unknown capitalised words ("Tiziano Lugli", "Lau Siu-lai") are a person when the
 * text says so: a role noun before them ("musician Tiziano Lugli"), a role apposition after them
 * (", a 14-year-old boy from Irving,"), an East Asian given name ("Siu-lai"), a surname that is
 * used alone as a person elsewhere ("Jafari said", "Ms Jafari"), or a list with a person in it
 * ("Nat Finkelstein, Christopher Makos and Felice Quinto"). The name is the run's last name-like
 * words ("University of Texas Arlington | Amneh Jafari").
 */
function promoteByEvidence(text: string, tokens: readonly Token[], runs: NameRun[]): void {
  const spokenSurnames = new Set<string>();
  for (const r of runs) {
    if (r.kind === "person" && r.core === r.last && r.core > r.first) spokenSurnames.add(tokens[r.core]!.lower);
    if (r.kind === "single" && isNameLike(tokens[r.core]!) && isReportingVerbAfter(text, tokens, r.last)) spokenSurnames.add(tokens[r.core]!.lower);
  }
  const candidates: number[] = [];
  const weak = new Set<number>();
  const all = runs.splice(0, runs.length);
  for (const r of all) {
    runs.push(r);
    if (r.kind !== "other" || r.heading) continue;
    // "Vann R. Newkirk II": a generational suffix closes the name and initials do not break it.
    const tail = r.last > r.core && GENERATIONAL_SUFFIX.test(tokens[r.last]!.text) ? r.last - 1 : r.last;
    let k = tail;
    for (let nameWords = 0; k > r.core && nameWords < 2; k--) {
      if (isNameLike(tokens[k - 1]!)) nameWords++;
      else if (!(INITIAL.test(tokens[k - 1]!.text) && k - 2 >= r.core && isNameLike(tokens[k - 2]!))) break;
    }
    // "Pan-democrat | Lau Siu-lai": an East Asian given name closes a two-word name, whatever its family name ("Ban Ki-moon").
    if (HYPHENATED_GIVEN.test(tokens[tail]!.text) && (tail - k === 2 || (k === tail && tail > r.core && EAST_ASIAN_SURNAME_FORMS.has(tokens[tail - 1]!.lower)))) k = tail - 1;
    if (k === tail) continue;
    if (!isNameLike(tokens[tail]!)) {
      // "Valeska Paris": a name ending in a place or ordinary word, a person only on strong evidence.
      if (!isOrdinaryNameEnd(tokens[tail]!) || tail - 1 < r.core || !isNameLike(tokens[tail - 1]!) || COMMON_WORDS.has(tokens[tail - 1]!.lower)) continue;
      k = tail - 1;
      weak.add(tokens[k]!.start);
    }
    if (k > r.first) {
      runs[runs.length - 1] = { ...r, last: k - 1, core: Math.min(r.core, k - 1) };
      runs.push({ ...r, first: k, core: k });
    }
    candidates.push(runs.length - 1);
  }
  const evidenced = (r: NameRun): boolean => {
    const words = tokens.slice(r.core, r.last + 1);
    if (weak.has(tokens[r.first]!.start)) return strongEvidence(text, tokens, r);
    if (words.length === 2 && HYPHENATED_GIVEN.test(words[1]!.text) && words[0]!.text.length <= 6) return true;
    if (spokenSurnames.has(words.at(-1)!.lower)) return true;
    // "musician Tiziano Lugli", "Publishers | Jann Wenner", "the Afghan team's coach, Alireza Mehraban,".
    const prev = tokens[r.first - 1];
    const gap = prev ? text.slice(prev.end, tokens[r.first]!.start) : "";
    if (prev && !prev.possessive && isRoleNoun(prev.lower) && (/^[ \t]+$/.test(gap) || (/^,[ \t]+$/.test(gap) && !prev.capitalized && /^,/.test(text.slice(tokens[r.last]!.end))))) return true;
    // "founded by Dean Kamen", "was saved by Thibaut Courtois": the agent of a passive verb.
    const beforeBy = tokens[r.first - 2];
    const modelNumber = /^\s+\p{L}*\d/u.test(text.slice(tokens[r.last]!.end, tokens[r.last]!.end + 6)); // "powered by Intel Core i7"
    if (prev?.lower === "by" && beforeBy && !beforeBy.capitalized && /^\p{Ll}+(?:ed|en|wn)$/u.test(beforeBy.text) && /^[ \t]+$/u.test(gap) && !modelNumber) return true;
    // "…, Nunzio Galantino, has called the sentence …": a comma-bounded name before a reporting verb group.
    if (/^,/u.test(text.slice(tokens[r.last]!.end)) && /,\s*$/u.test(text.slice(Math.max(0, tokens[r.first]!.start - 3), tokens[r.first]!.start)) && verbGroupAfterComma(text, tokens, r.last)) return true;
    if (invertedSpeaker(text, tokens, r)) return true;
    // "Melanne Verveer, who served as …": "who" after a comma stands for a person, when no word of the name says otherwise.
    if (r.last > r.core && /^,\s+who\s/u.test(text.slice(tokens[r.last]!.end, tokens[r.last]!.end + 8)) && onlyNameWords(words)) return true;
    // "Suu Kyi, 70, said", "Franson Reneus, 31, of Boston": an age in commas.
    if (/^, \d{1,3}, /u.test(text.slice(tokens[r.last]!.end, tokens[r.last]!.end + 7))) return true;
    // "as Nacer Chadli replaced Axel Witsel", "Ferjani Sassi scored from the spot": an unknown pair opening a clause before a past-tense verb.
    if (clauseOpening(text, tokens, r.first) && pastVerbAfter(text, tokens, r.last)) return true;
    const apposition = appositionAt(text, tokens[r.last]!.end);
    return apposition !== null && isAppositiveRole(apposition.phrase) && !thingApposition(apposition.phrase);
  };
  const promoted = new Set<number>();
  for (const i of candidates) if (evidenced(runs[i]!)) promoted.add(i);
  // Lists: a candidate next to a person ("X, Christopher Makos and Y"), both ways, until nothing changes.
  for (let changed = true; changed; ) {
    changed = false;
    for (const i of candidates) {
      if (promoted.has(i) || weak.has(tokens[runs[i]!.first]!.start)) continue;
      const r = runs[i]!;
      const isPerson = (j: number) => runs[j] !== undefined && (runs[j]!.kind === "person" || promoted.has(j)) && runs[j]!.sentence === r.sentence;
      const gap = (a: NameRun, b: NameRun) => text.slice(tokens[a.last]!.end, tokens[b.first]!.start);
      if ((isPerson(i - 1) && COORDINATION.test(gap(runs[i - 1]!, r))) || (isPerson(i + 1) && COORDINATION.test(gap(r, runs[i + 1]!)))) {
        promoted.add(i);
        changed = true;
      }
    }
  }
  for (const i of promoted) runs[i] = { ...runs[i]!, kind: "person" };
}

/** No organisation word, title, party, place or ordinary word that is not also a name ("Evercore Partners", "Orlando Democrat", "International Studies"). */
function onlyNameWords(words: readonly Token[]): boolean {
  if (PLACES.has(words.map((w) => w.lower).join(" "))) return false;
  return words.every((w) => {
    const name = GIVEN_NAMES.has(w.lower) || SURNAMES.has(w.lower);
    return !ORGANIZATION_NAME_WORDS.has(w.lower) && !TITLES.has(w.lower) && !ROLE_MODIFIERS.has(w.lower) && !((COMMON_WORDS.has(w.lower) || PLACES.has(w.lower)) && !name);
  });
}

/** A place or ordinary word that may still end a person's name ("Valeska Paris", "Gary Fan"), not a title, organisation word or demonym. */
function isOrdinaryNameEnd(t: Token): boolean {
  const w = t.lower;
  if (/\d/.test(w) || w.length < 3 || t.text === t.text.toUpperCase()) return false;
  return (PLACES.has(w) || COMMON_WORDS.has(w)) && !TITLES.has(w) && !ORGANIZATION_NAME_WORDS.has(w) && !DEMONYMS.has(w) && !NOT_NAMES.has(w);
}

/** A lower-case role noun right before the name ("illustrator Johnnie Christmas") or a role apposition after it (", an Australian woman,"). */
function strongEvidence(text: string, tokens: readonly Token[], r: NameRun): boolean {
  return roleNounBefore(text, tokens, r.first) || isAppositiveRole(appositionAt(text, tokens[r.last]!.end)?.phrase ?? "");
}

function roleNounBefore(text: string, tokens: readonly Token[], first: number): boolean {
  const prev = tokens[first - 1];
  return prev !== undefined && !prev.capitalized && !prev.possessive && isRoleNoun(prev.lower) && /^[ \t]+$/.test(text.slice(prev.end, tokens[first]!.start));
}

const THING_ROLES = new Set(["rival", "rivals", "competitor", "competitors", "successor", "predecessor", "partner", "affiliate", "subsidiary", "sponsor", "ally", "counterpart", "alternative", "replacement"]);

/** "Mozilla Firefox, its main rival,": an "its" apposition headed by a noun that fits things as well as people ("its chief executive" still counts). */
function thingApposition(phrase: string): boolean {
  const words = phrase.toLowerCase().split(/\s+/);
  return words[0] === "its" && THING_ROLES.has(words.at(-1)!);
}

const GROUP_AUXILIARIES = new Set(["has", "had", "have", "was", "is", "will", "would", "also", "later"]);

/** `, has called`, `, said`: a reporting verb (after up to two auxiliaries) right after the comma that follows token `last`. */
function verbGroupAfterComma(text: string, tokens: readonly Token[], last: number): boolean {
  let i = last + 1;
  for (let k = 0; k < 2 && tokens[i] && GROUP_AUXILIARIES.has(tokens[i]!.lower); k++) i++;
  const t = tokens[i];
  return t !== undefined && i <= last + 3 && /^,\s+(?:\p{Ll}+\s+){0,2}$/u.test(text.slice(tokens[last]!.end, t.start)) && NAME_EVIDENCE_VERBS.has(t.lower);
}

const IRREGULAR_PAST = new Set(["won", "beat", "struck", "took", "gave", "made", "became", "led", "threw", "hit", "met", "left", "kept", "ran", "shot", "wrote", "told", "sang", "drew", "saw", "felt", "fought", "caught"]);
const CLAUSE_OPENER = /(?:^|[,;:]\s*|\b(?:as|and|but|when|while|after|before|then)\s+)$/iu;

function clauseOpening(text: string, tokens: readonly Token[], first: number): boolean {
  const prev = tokens[first - 1];
  return !prev || /[.!?]["”’]?\s*$/u.test(text.slice(prev.start, tokens[first]!.start)) || CLAUSE_OPENER.test(text.slice(Math.max(0, tokens[first]!.start - 8), tokens[first]!.start));
}

/** A lower-case past-tense verb right after token `last` ("replaced", "scored", "won"). */
function pastVerbAfter(text: string, tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1];
  if (!next || next.capitalized || !/^[ \t]+$/u.test(text.slice(tokens[last]!.end, next.start))) return false;
  return (/^\p{Ll}{3,}ed$/u.test(next.text) && !COMMON_ADJECTIVES_IN_ED.has(next.lower)) || IRREGULAR_PAST.has(next.lower);
}
const COMMON_ADJECTIVES_IN_ED = new Set(["based", "owned", "related", "united", "limited", "used", "called", "named", "located", "sized", "shaped", "led"]);

const SURNAME_LIKE_NOT_NAMES = new Set(["christmas", "easter", "god"]);

/** "al-Amr", "el-Sisi", "bin-Salman": a lower-case particle joined to a capitalised name. */
const JOINED_PARTICLE = /^\p{Ll}{1,3}-\p{Lu}/u;

function isNameToken(t: Token): boolean {
  return (t.capitalized && !NOT_NAMES.has(t.lower)) || JOINED_PARTICLE.test(t.text);
}

/** Last token of the capitalised run starting at `i`, or -1 when no run starts there. */
function runEnd(text: string, tokens: readonly Token[], i: number, sentenceEnd: number): number {
  const first = tokens[i]!;
  if (!isNameToken(first) || !first.capitalized) return -1;
  let last = i;
  while (last - i < MAX_RUN && !tokens[last]!.possessive) {
    const next = tokens[last + 1];
    if (!next || next.start >= sentenceEnd || !onlySpaceBetween(text, tokens[last]!, next)) break;
    if (isNameToken(next) || (PARTICLES.has(next.lower) && isNameToken(tokens[last + 2] ?? next) && tokens[last + 2] !== undefined)) {
      last++;
      continue;
    }
    // "Jock A. Finlayson", "Edward I. Koch": a middle initial that is also a word ("A", "I"), between name words.
    if (/^\p{Lu}$/u.test(next.text) && text[next.end] === "." && tokens[last + 2]?.capitalized && onlySpaceBetween(text, next, tokens[last + 2]!)) {
      last++;
      continue;
    }
    // "James To of the Democratic Party": the Cantonese surname "To" after a given name, closing the name.
    if (last === i && next.text === "To" && GIVEN_NAMES.has(first.lower) && /^(?:\s+of\s|\s*[.,;])/u.test(text.slice(next.end, next.end + 5))) {
      last++;
      continue;
    }
    // "illustrator Johnnie Christmas": a holiday word as the surname of a role noun's given name.
    if (last === i && next.capitalized && SURNAME_LIKE_NOT_NAMES.has(next.lower) && GIVEN_NAMES.has(first.lower) && roleNounBefore(text, tokens, i)) {
      last++;
      continue;
    }
    break;
  }
  // A particle cannot end a run.
  while (last > i && !tokens[last]!.capitalized && !JOINED_PARTICLE.test(tokens[last]!.text)) last--;
  return last;
}

function onlySpaceBetween(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end + (a.possessive ? 2 : 0), b.start);
  return /^[ \t\u00a0]+$/.test(gap) || (gap === "." && INITIAL.test(a.text)) || /^\.[ \t]+$/.test(gap);
}

function classifyRun(text: string, tokens: readonly Token[], first: number, last: number, s: Sentence): NameRun {
  let core = first;
  while (core < last && isTitleOrDemonym(tokens[core]!)) core++;
  const base = { first, last, core, sentence: s.index, heading: s.heading };
  return { ...base, kind: nameKind(text, tokens, first, core, last) };
}

function isTitleOrDemonym(t: Token): boolean {
  return TITLES.has(t.lower) || TITLES.has(t.lower + ".") || DEMONYMS.has(t.lower) || hyphenatedTitle(t.lower);
}

/** "Attorney-General", "Governor-General", "Vice-President": a title written with a hyphen. */
function hyphenatedTitle(word: string): boolean {
  const parts = word.split("-");
  return parts.length === 2 && TITLES.has(parts[1]!) && (TITLES.has(parts[0]!) || ROLE_MODIFIERS.has(parts[0]!) || isRoleNoun(parts[0]!));
}

const GEOGRAPHIC_HEADS = new Set([
  "island", "islands", "isle", "river", "lake", "lakes", "mountain", "mountains", "county", "bay", "valley", "strait", "peninsula",
  "canyon", "creek", "desert", "ocean", "sea", "gulf", "harbor", "harbour", "airport", "avenue", "boulevard", "highway", "coast",
  "park", "square", "street", "road",
]);

/** Organisation name words that are also common surnames ("The Hill", "Anita Hill"). */
const SURNAME_LIKE_ORGANIZATION_WORDS = new Set(["hill", "post"]);

function nameKind(text: string, tokens: readonly Token[], first: number, core: number, last: number): NameKind {
  const words = tokens.slice(core, last + 1);
  const lowerWords = words.map((t) => t.lower);
  const joined = lowerWords.join(" ");
  // "L. Ron Hubbard", "J. Edgar Hoover": an initial before a given name.
  const givenFirst = GIVEN_NAMES.has(lowerWords[0]!) || (words.length >= 3 && INITIAL.test(words[0]!.text) && GIVEN_NAMES.has(lowerWords[1]!));
  // "Marc Lamont Hill", "Fiona Hill", "Emily Post" (not "The Hill", "Capitol Hill"): a given name before a surname that also names an organisation.
  const surnamed = givenFirst && words.length <= 3 && SURNAME_LIKE_ORGANIZATION_WORDS.has(lowerWords.at(-1)!) && words.slice(0, -1).every((t) => isNameLike(t) && !ORGANIZATION_NAME_WORDS.has(t.lower) && !ADJECTIVES.has(t.lower));
  if (!surnamed && (lowerWords.some((w) => ORGANIZATION_NAME_WORDS.has(w)) || ORGANIZATIONS.has(joined))) return "organization";
  // "Stewart Island", "Jordan River": a given name before a geographic head is a place.
  if (words.length >= 2 && GEOGRAPHIC_HEADS.has(lowerWords.at(-1)!)) return "place";
  if (!givenFirst && (PLACES.has(joined) || DEMONYMS.has(joined) || lowerWords.every((w) => PLACES.has(w)))) return "place";
  if (words.length === 1) return core > first && hasTitle(tokens, first, core) && isNameLike(words[0]!) ? "person" : "single";
  if (words.length > 4) return "other";
  if (givenFirst && !words.some((t) => /\d/.test(t.text))) return "person";
  if (hasTitle(tokens, first, core) && words.every(isNameLike)) return "person";
  if (words.length <= 3 && !words.some((t) => /\d|-/.test(t.text))) {
    // "the D.A. Davidson brokerage": a name modifying an organisation noun names the organisation.
    if (SURNAMES.has(lowerWords.at(-1)!) && !PLACES.has(lowerWords.at(-1)!) && !words.some(isCommonWord)) return modifiesOrganization(tokens, last) ? "organization" : "person";
    // "Vann R. Newkirk said": initials between name words.
    if (isReportingVerbAfter(text, tokens, last) && isNameLike(words[0]!) && words.every((t) => isNameLike(t) || INITIAL.test(t.text))) return "person";
    // "Jock A. Finlayson", "Lawrence B. Cummings": a middle initial with its full stop between two name words.
    if (words.length === 3 && /^\p{Lu}$/u.test(words[1]!.text) && text[words[1]!.end] === "." && isNameLike(words[0]!) && isNameLike(words[2]!)) return "person";
  }
  return "other";
}

/**
 * A sentence whose ordinary words ("Star", "Refusal", "Words"; at least three) are nearly all
 * capitalised: a headline in title case. A list of names ("…, Matt Paul, Marlys Popma, Troy Price, …") is none.
 */
function titleCase(text: string, s: Sentence): boolean {
  let known = titleCaseOf.get(s);
  if (known === undefined) titleCaseOf.set(s, (known = isTitleCase(text.slice(s.start, s.end))));
  return known;
}

/** Sentences are asked once per name run: the answer is kept. */
const titleCaseOf = new WeakMap<Sentence, boolean>();

function isTitleCase(sentence: string): boolean {
  if ((sentence.match(/,/g) ?? []).length > 1) return false;
  const words = (sentence.match(/[\p{L}’']{4,}/gu) ?? []).filter((w) => COMMON_WORDS.has(w.toLowerCase()));
  if (words.length < 3) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.8 * words.length;
}

/**
 * The index of a capitalised verb ("Hints", "Advised", "Slams") inside a run, after a full name that
 * opens with a given name and before another name word; -1 if none.
 */
function headlineVerb(tokens: readonly Token[], first: number, last: number): number {
  if (last - first < 2 || !GIVEN_NAMES.has(tokens[first]!.lower)) return -1;
  for (let k = first + 1; k < last; k++) {
    const t = tokens[k]!;
    const w = t.lower;
    if (!/^\p{Lu}\p{Ll}{2,}(?:es|s|ed)$/u.test(t.text) || GIVEN_NAMES.has(w) || SURNAMES.has(w) || TITLES.has(w) || ORGANIZATION_NAME_WORDS.has(w)) continue;
    if (!(VERB_CLASS.has(w) || COMMON_WORDS.has(w) || /(?:es|ed)$/u.test(w))) continue;
    // After a full name only: "Sharon Powers Geyer" keeps a middle name.
    if (k - first >= 2 && isNameLike(tokens[k + 1]!)) return k;
  }
  return -1;
}

function modifiesOrganization(tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1];
  return next !== undefined && !next.capitalized && !tokens[last]!.possessive && ORGANIZATION_NOUNS.has(next.lower);
}

function hasTitle(tokens: readonly Token[], first: number, core: number): boolean {
  for (let i = first; i < core; i++) {
    const t = tokens[i]!;
    if (PERSON_TITLES.has(t.lower) || PERSON_TITLES.has(t.lower + ".")) return true;
  }
  return false;
}

/** `“…,” says Te Kaurinui.`: the speaker after a quotation's inverted reporting verb, ending the sentence. */
function invertedSpeaker(text: string, tokens: readonly Token[], r: NameRun): boolean {
  const verb = tokens[r.first - 1];
  if (!verb || !NAME_EVIDENCE_VERBS.has(verb.lower) || !/^[ \t]+$/u.test(text.slice(verb.end, tokens[r.first]!.start))) return false;
  return /[,!?]["”][ \t]+$/u.test(text.slice(Math.max(0, verb.start - 4), verb.start)) && /^[.!?]/u.test(text.slice(tokens[r.last]!.end));
}

/** "Reince Priebus said": a capitalised pair right before a reporting verb is a name. */
function isReportingVerbAfter(text: string, tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1];
  return next !== undefined && !tokens[last]!.possessive && /^\s+$/.test(text.slice(tokens[last]!.end, next.start)) && NAME_EVIDENCE_VERBS.has(next.lower);
}
