/**
 * People: named persons from proper-name runs, their aliases and roles (title pre-modifiers such as
 * "Russian President", appositions such as ", one of Trump’s top campaign aides,"), surname-only
 * and descriptive mentions ("the Russian leader") linked back to them.
 */
import { appositionAt } from "./apposition.js";
import { addTo } from "./group.js";
import {
  AUXILIARIES, COMMON_WORDS, DEMONYMS, FEMALE_NAMES, GIVEN_NAMES, ORGANIZATION_NAME_WORDS, SURNAMES, FEMALE_TITLES, MALE_NAMES, MALE_TITLES, NOT_NAMES, NAME_EVIDENCE_VERBS, PLACES, REPORTING_VERBS, ROLE_MODIFIERS,
  PERSON_TITLES, TITLES, VERB_CLASS, isRoleNoun,
} from "./lexicon.js";
import type { NameRun } from "./names.js";
import type { Sentence } from "./segment.js";
import type { Token } from "./tokens.js";

export type Gender = "m" | "f" | null;

export interface PersonMention {
  start: number;
  end: number;
  text: string;
  person: number;
  sentence: number;
  pronoun: boolean;
  /** Looks like the grammatical subject: followed (after any apposition) by a lowercase word, not possessive. */
  subjectLike: boolean;
  possessive: boolean;
}

export interface PersonRecord {
  name: string;
  aliases: string[];
  roles: string[];
  gender: Gender;
  mentions: PersonMention[];
}

const ALIAS_SAFE_LOWERCASE = new Set(["former", "late", "then", "ex", "acting", "outgoing", "incoming"]);
const NOT_SUBJECT_NEXT = new Set([
  "and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as", "than", "into", "about", "after",
  "before", "between", "against", "over", "under", "during", "since", "until", "via", "per", "versus", "vs",
]);

/** Words before a name that make it an object or a modifier ("with Putin", "the Cruise video"), not a subject. */
const NOT_SUBJECT_BEFORE = new Set(["the", "a", "an", "of", "in", "on", "at", "to", "for", "with", "by", "from", "into", "about", "between", "against", "over", "under", "during", "via", "per", "versus", "vs", "than", "toward", "towards"]);

/** Named persons and their non-pronoun mentions. Pronouns are added later (pronouns.ts). */
export function findPersons(
  text: string,
  tokens: readonly Token[],
  runs: readonly NameRun[],
  sentences: readonly Sentence[],
): PersonRecord[] {
  const persons: PersonRecord[] = [];
  const lookup: NameLookup = { byKey: new Map(), byGivenAndSurname: new Map() };
  for (const run of runs) {
    if (run.kind === "person" && !run.heading) addNamedMention(text, tokens, run, persons, lookup);
  }
  mergeSurnameOnlyPersons(persons, lookup);
  linkShortNames(text, tokens, runs, persons);
  // "Alibaba Group … Alibaba says": a word that opens an organisation's name is that organisation.
  const organizationWords = new Set(runs.filter((r) => r.kind === "organization" && r.last > r.first).map((r) => tokens[r.first]!.lower));
  const facts = textFacts(text);
  // Runs do not overlap, so a single run's start is taken only by a mention found before this loop.
  const taken = mentionStarts(persons);
  for (const run of runs) {
    if (run.kind === "single" && !run.heading && !organizationWords.has(tokens[run.core]!.lower) && !taken.has(tokens[run.core]!.start)) {
      addTitledOrSpeakingSingle(text, tokens, run, persons, lookup, facts);
    }
  }
  addRepeatedGivenNames(text, tokens, runs, persons, lookup);
  addListedPeople(text, tokens, runs, persons, lookup);
  mergeSurnameOnlyPersons(persons, lookup);
  linkShortNames(text, tokens, runs, persons);
  addDescriptiveMentions(text, sentences, persons);
  addNicknamedPeople(text, sentences, persons);
  for (const p of persons) p.mentions.sort((a, b) => a.start - b.start);
  return persons;
}

/**
 * "President Trump" or "Professor Eastman" made a one-word person: it is the one fuller person with
 * that surname ("Donald Trump", "Cres Eastman"), whichever comes first in the text.
 */
function mergeSurnameOnlyPersons(persons: PersonRecord[], lookup: NameLookup): void {
  const remove = new Set<number>();
  // Only one-word persons are removed, so the fuller persons a surname can go to stay the same throughout.
  const fullerBySurname = indexBy(persons, (p) => lastWord(p.name), 2);
  persons.forEach((p, i) => {
    if (p.name.includes(" ")) return;
    const targets = fullerBySurname.get(p.name.toLowerCase()) ?? [];
    if (targets.length !== 1) return;
    const target = persons[targets[0]!]!;
    for (const m of p.mentions) target.mentions.push({ ...m, person: targets[0]! });
    for (const a of p.aliases) addUnique(target.aliases, a);
    for (const r of p.roles) addUnique(target.roles, r);
    target.gender ??= p.gender;
    remove.add(i);
  });
  if (remove.size === 0) return;
  const newIndex: number[] = [];
  let n = 0;
  persons.forEach((_, i) => newIndex.push(remove.has(i) ? -1 : n++));
  const kept = persons.filter((_, i) => !remove.has(i));
  for (const p of kept) for (const m of p.mentions) m.person = newIndex[m.person]!;
  persons.splice(0, persons.length, ...kept);
  lookup.byKey.clear();
  lookup.byGivenAndSurname.clear();
  persons.forEach((p, i) => {
    p.mentions.forEach((m) => lookup.byKey.set(personKey(m.text), i));
    indexGivenAndSurname(lookup, p, i);
  });
}

/** How a name finds the person it belongs to among those found so far. */
interface NameLookup {
  /** The person key of a name, and after a merge of every mention's text → its person. */
  byKey: Map<string, number>;
  /** "given surname" (lower case) → the persons with that given name and surname, in the order found. */
  byGivenAndSurname: Map<string, number[]>;
}

const givenAndSurname = (name: string) => `${firstWord(name)} ${lastWord(name)}`;

function indexGivenAndSurname(lookup: NameLookup, person: PersonRecord, index: number): void {
  addTo(lookup.byGivenAndSurname, givenAndSurname(person.name), index);
}

function mentionFromTokens(text: string, tokens: readonly Token[], from: number, to: number, person: number, sentence: number): PersonMention {
  const start = tokens[from]!.start;
  const end = tokens[to]!.end;
  // "Thomas' sister": a bare apostrophe after a final s is a possessive too.
  const possessive = tokens[to]!.possessive || (/s$/.test(tokens[to]!.text) && /^['’](?![\p{L}\p{N}])/u.test(text.slice(end, end + 2)));
  return {
    start,
    end,
    text: text.slice(start, end),
    person,
    sentence,
    pronoun: false,
    possessive,
    subjectLike: isSubjectLike(text, end, possessive, start),
  };
}

/** A mention followed (after an optional apposition) by a lowercase word that is not a preposition. */
export function isSubjectLike(text: string, end: number, possessive: boolean, start = end): boolean {
  if (possessive) return false;
  // "His relationship with Putin has long been…": the object of a preposition is not the subject.
  const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, start - 16), start));
  if (before && NOT_SUBJECT_BEFORE.has(before[1]!.toLowerCase())) return false;
  let pos = end;
  // "Brianne Stone, 29, of Huntsville, Ala., says": an age in commas.
  const age = /^,\s*\d{1,3},/u.exec(text.slice(pos, pos + 7));
  if (age) pos += age[0].length;
  // "Gary Fan of the Neo Democrats failed", "Jim Jordan (R-Ohio) said": an affiliation between the name and its verb.
  const affiliation = /^(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}’'.&-]*(?:\s+(?:(?:and|&)\s+)?\p{Lu}[\p{L}’'.&-]*){0,4}|\s*\([^()\n]{1,24}\))/u.exec(text.slice(pos, pos + 90));
  if (affiliation) pos += affiliation[0].length;
  // "of Huntsville, Ala., says": the state after a home town.
  const state = affiliation && /^,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?,/u.exec(text.slice(pos, pos + 24));
  if (state) pos += state[0].length;
  const apposition = appositionAt(text, pos);
  if (apposition) pos = apposition.end;
  // A quotation may open right after the subject: Montalvo "walked into the lobby…".
  const next = /^\s*["“]?([\p{L}’']+)/u.exec(text.slice(pos, pos + 40));
  if (!next) return false;
  const word = next[1]!;
  return /^\p{Ll}/u.test(word) && !NOT_SUBJECT_NEXT.has(word);
}

function addNamedMention(
  text: string,
  tokens: readonly Token[],
  run: NameRun,
  persons: PersonRecord[],
  lookup: NameLookup,
): void {
  // Initials keep their period ("L. Ron Hubbard", "Donald J. Trump").
  const name = tokens.slice(run.core, run.last + 1).map((t) => (/^\p{Lu}$/u.test(t.text) && text[t.end] === "." ? `${t.text}.` : t.text)).join(" ");
  const key = personKey(name);
  let index = lookup.byKey.get(key) ?? findBySurnameAndGiven(persons, lookup, name);
  if (index === undefined) {
    index = persons.length;
    persons.push({ name, aliases: [], roles: [], gender: genderOf(tokens, run), mentions: [] });
    indexGivenAndSurname(lookup, persons[index]!, index);
  }
  lookup.byKey.set(key, index);
  const person = persons[index]!;
  if (name.length > person.name.length) person.name = name;
  const mention = mentionFromTokens(text, tokens, run.core, run.last, index, run.sentence);
  person.mentions.push(mention);
  addRolesAndAliases(text, tokens, run, person, mention);
}

function personKey(name: string): string {
  const words = name.toLowerCase().split(/\s+/);
  // Middle initials do not tell people apart: "Donald J. Trump" = "Donald Trump".
  return words.filter((w, i) => i === 0 || i === words.length - 1 || w.replace(/\./g, "").length > 1).join(" ");
}

/** A person's given name and surname never change once found: a longer name replaces it only with the same two. */
function findBySurnameAndGiven(persons: readonly PersonRecord[], lookup: NameLookup, name: string): number | undefined {
  // "George W. Bush" and "George H.W. Bush" are two people: different middle initials, both written.
  const middle = middleInitials(name);
  return lookup.byGivenAndSurname.get(givenAndSurname(name))?.find((i) => {
    const theirs = middleInitials(persons[i]!.name);
    return middle === "" || theirs === "" || theirs === middle;
  });
}

function middleInitials(name: string): string {
  return name
    .split(/\s+/)
    .slice(1, -1)
    .filter((w) => /^(?:\p{Lu}\.)+$/u.test(w))
    .join(" ");
}

function firstWord(name: string): string {
  return name.split(/\s+/)[0]!.toLowerCase();
}

function lastWord(name: string): string {
  const words = name.split(/\s+/).filter((w) => !/^(jr|sr|ii|iii|iv)\.?$/i.test(w));
  return (words.at(-1) ?? name).toLowerCase();
}

function genderOf(tokens: readonly Token[], run: NameRun): Gender {
  for (let i = run.first; i < run.core; i++) {
    const t = tokens[i]!.lower;
    if (MALE_TITLES.has(t)) return "m";
    if (FEMALE_TITLES.has(t)) return "f";
  }
  const given = tokens[run.core]!.lower;
  const male = MALE_NAMES.has(given);
  const female = FEMALE_NAMES.has(given);
  return male === female ? null : male ? "m" : "f";
}

function addRolesAndAliases(text: string, tokens: readonly Token[], run: NameRun, person: PersonRecord, mention: PersonMention): void {
  addUnique(person.aliases, mention.text);
  const roleStart = roleStartBefore(text, tokens, run);
  if (roleStart < run.core) {
    const role = text.slice(tokens[roleStart]!.start, tokens[run.core - 1]!.end);
    if (isRolePhrase(tokens, roleStart, run.core - 1)) {
      addUnique(person.roles, role);
      if (aliasSafeRole(tokens, roleStart, run.first)) addUnique(person.aliases, `${role} ${mention.text}`);
    }
  }
  const apposition = appositionAt(text, mention.end);
  if (apposition && isAppositiveRole(apposition.phrase)) addUnique(person.roles, apposition.phrase);
}

/**
 * Walks left from the name over titles, demonyms, role nouns and role modifiers ("veteran journalist"), and over a
 * title's "of" complement ("Former Secretary of State | Madeleine Albright", "head of the National Rifle Association |
 * Wayne LaPierre").
 */
function roleStartBefore(text: string, tokens: readonly Token[], run: NameRun): number {
  let i = run.first;
  for (;;) {
    while (i > 0) {
      const prev = tokens[i - 1]!;
      if (!spacedBefore(text, tokens, i)) break;
      const w = prev.lower;
      if (prev.possessive || !(ROLE_MODIFIERS.has(w) || TITLES.has(w) || DEMONYMS.has(w) || isRoleNoun(w))) break;
      i--;
    }
    const head = ofComplementHead(text, tokens, i, run.core);
    if (head === i) return i;
    i = head;
  }
}

const spacedBefore = (text: string, tokens: readonly Token[], i: number) => {
  const prev = tokens[i - 1]!;
  return /^[ \t\u00a0]+$/.test(text.slice(prev.end + (prev.possessive ? 2 : 0), tokens[i]!.start));
};
const MAX_OF_COMPLEMENT = 5;

/** The title or role noun before "of (the) Capitalised Words" that ends at token `i` (or reaches into the name run up to `core`), else `i`. */
function ofComplementHead(text: string, tokens: readonly Token[], i: number, core: number): number {
  let j = i;
  while (j < core && tokens[j]!.capitalized && j - i < MAX_OF_COMPLEMENT) j++;
  let k = i - 1;
  while (k >= 0 && i - k <= MAX_OF_COMPLEMENT && tokens[k]!.capitalized && !tokens[k]!.possessive && spacedBefore(text, tokens, k + 1)) k--;
  if (k === i - 1 && j === i) return i;
  // The complement names an office or a body, not the name's own title ("chairman of | President Obama", "friend of
  // Israeli Prime Minister | Benjamin Netanyahu") nor a party or people ("supporter of Republican | Donald Trump").
  const last = tokens[(j > i ? j : i) - 1]!.lower;
  if (NAME_TITLES.has(last) || DEMONYMS.has(last)) return i;
  if (k >= 0 && tokens[k]!.lower === "the" && spacedBefore(text, tokens, k + 1)) k--;
  if (k < 1 || tokens[k]!.lower !== "of" || !spacedBefore(text, tokens, k + 1) || !spacedBefore(text, tokens, k)) return i;
  const head = tokens[k - 1]!.lower;
  return TITLES.has(head) || OFFICE_HEADS.has(head) ? k - 1 : i;
}

/** A name's own title, abbreviated or not, and the party words that stand before a name ("Republican Donald Trump"). */
const NAME_TITLES = new Set([...PERSON_TITLES, "general", "col", "adm", "lt", "sgt", "capt", "miss", "prof", "rev", "republican", "democrat", "democratic"]);

/** Heads of an office's "of" complement besides titles ("head of the National Rifle Association"); not "friend of", "campaign of". */
const OFFICE_HEADS = new Set(["head", "member", "director", "chief", "founder", "chair", "chairman", "chairwoman", "chairperson", "president", "leader", "spokesman", "spokeswoman", "spokesperson", "editor", "executive", "commissioner", "supervisor", "superintendent", "minister", "secretary", "speaker", "governor", "mayor", "ambassador", "administrator", "dean", "provost", "chancellor"]);

function isRolePhrase(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i <= to; i++) {
    const w = tokens[i]!.lower;
    if ((TITLES.has(w) && !ROLE_MODIFIERS.has(w)) || isRoleNoun(w)) return true;
  }
  return false;
}

/** Only title-like roles make a "role + name" alias ("former President Donald Trump", not "veteran journalist Bob Woodward"). */
function aliasSafeRole(tokens: readonly Token[], from: number, runFirst: number): boolean {
  for (let i = from; i < runFirst; i++) {
    const t = tokens[i]!;
    if (!t.capitalized && !ALIAS_SAFE_LOWERCASE.has(t.lower)) return false;
  }
  return true;
}

const APPOSITION_START = new Set(["a", "an", "the", "one", "his", "her", "their", "its", "who"]);

/** ", one of Trump’s top campaign aides," is a role; ", known for his coverage," and ", now running…," are not. */
export function isAppositiveRole(phrase: string): boolean {
  const words = phrase.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 12) return false;
  const first = words[0]!.toLowerCase();
  if (first === "who") return false;
  // "President Bill Clinton, Representative James E. Rogan, …": a title and a name is another person.
  if (TITLES.has(first.replace(/\.$/u, "")) && words.length >= 3 && words.slice(1).every((w) => /^\p{Lu}/u.test(w))) return false;
  const startsLikeRole =
    APPOSITION_START.has(first) || ROLE_MODIFIERS.has(first) || DEMONYMS.has(first) || isRoleNoun(first) || /[’']s$/.test(words[0]!);
  if (!startsLikeRole) return false;
  const bare = words.map((w) => w.toLowerCase().replace(/[’']s$/, "").replace(/[^\p{L}-]/gu, ""));
  if (bare.some((w) => REPORTING_VERBS.has(w) || w === "which" || w === "that")) return false;
  return bare.some((w) => isRoleNoun(w) || (TITLES.has(w) && !ROLE_MODIFIERS.has(w)));
}

function linkShortNames(text: string, tokens: readonly Token[], runs: readonly NameRun[], persons: PersonRecord[]): void {
  const surnames = indexBy(persons, (p) => lastWord(p.name));
  const givenNames = indexBy(persons, (p) => firstWord(p.name), 2);
  const listsHolding = (p: PersonRecord) => [surnames.get(lastWord(p.name)), /\s/u.test(p.name) ? givenNames.get(firstWord(p.name)) : undefined];
  const mentioned = new MentionedAt(persons, listsHolding);
  for (const run of runs) {
    if (run.kind === "single" || run.kind === "other" || run.kind === "place" || (run.kind === "person" && run.heading)) {
      linkShortName(text, tokens, run, persons, surnames, givenNames, mentioned);
    }
  }
}

function linkShortName(
  text: string,
  tokens: readonly Token[],
  run: NameRun,
  persons: PersonRecord[],
  surnames: Map<string, number[]>,
  givenNames: Map<string, number[]>,
  mentioned: MentionedAt,
): void {
  // Each token of a non-person run may be a known surname ("Trump" in "Trump Tower" is not, but "Trump" alone is).
  if (run.last - run.core > 0 && run.kind !== "person") return;
  const lastToken = tokens[run.last]!;
  const candidates = surnames.get(lastToken.lower) ?? (run.core === run.last ? givenNames.get(lastToken.lower) : undefined);
  if (!candidates) return;
  const index = candidates.length === 1 ? candidates[0]! : mentioned.firstIntroduced(candidates, lastToken.start);
  if (index === undefined) return;
  const person = persons[index]!;
  const mention = mentionFromTokens(text, tokens, run.core, run.last, index, run.sentence);
  if (mentioned.has(index, mention.start)) return;
  person.mentions.push(mention);
  mentioned.add(index, mention.start);
  addUnique(person.aliases, mention.text);
  if (!run.heading) addRolesAndAliases(text, tokens, run, person, mention);
}

/**
 * Where each person is mentioned, kept in step as short names link to them, so that neither "is this
 * mention known" nor "who was introduced first" reads every mention again.
 */
class MentionedAt {
  private readonly starts: Set<number>[];
  private readonly firstStart: number[];
  /** Of each candidate list asked about, the person mentioned first. */
  private readonly firstOf = new Map<readonly number[], number>();

  constructor(
    private readonly persons: readonly PersonRecord[],
    /** The candidate lists a person is in. */
    private readonly listsHolding: (person: PersonRecord) => (readonly number[] | undefined)[],
  ) {
    this.starts = persons.map((p) => new Set(p.mentions.map((m) => m.start)));
    this.firstStart = persons.map((p) => p.mentions.reduce((min, m) => Math.min(min, m.start), Infinity));
  }

  has(person: number, start: number): boolean {
    return this.starts[person]!.has(start);
  }

  add(person: number, start: number): void {
    this.starts[person]!.add(start);
    if (start >= this.firstStart[person]!) return;
    this.firstStart[person] = start;
    for (const list of this.listsHolding(this.persons[person]!)) {
      const best = list && this.firstOf.get(list);
      if (best !== undefined && start < this.firstStart[best]!) this.firstOf.set(list!, person);
    }
  }

  /**
   * Of several people sharing a surname ("Ahmed Mohamed", his father "Mohamed El-Hassan Mohamed"), a bare
   * "Mohamed" is the one the article introduced first, if that was before it.
   */
  firstIntroduced(candidates: readonly number[], offset: number): number | undefined {
    let best = this.firstOf.get(candidates);
    if (best === undefined) {
      let bestStart = Infinity;
      for (const i of candidates) {
        if (this.firstStart[i]! < bestStart) {
          best = i;
          bestStart = this.firstStart[i]!;
        }
      }
      if (best !== undefined) this.firstOf.set(candidates, best);
    }
    return best !== undefined && this.firstStart[best]! < offset ? best : undefined;
  }
}

/** "President Obama" or "Smith said": a single word that is still a person (said: a known given name or surname). */
function addTitledOrSpeakingSingle(
  text: string,
  tokens: readonly Token[],
  run: NameRun,
  persons: PersonRecord[],
  lookup: NameLookup,
  facts: TextFacts,
): void {
  const token = tokens[run.core]!;
  if (PLACES.has(token.lower) || DEMONYMS.has(token.lower) || NOT_NAMES.has(token.lower) || /\d/.test(token.text)) return;
  if (COMMON_WORDS.has(token.lower) && !SURNAMES.has(token.lower)) return; // "Recent reports", "Officials tell"
  if (/[’'](?:m|ve|ll|d|re|s)$/i.test(token.text)) return; // "I’m told"
  // "the Sams continued" (a family), "the Department of Agriculture notes" (the end of a longer name).
  const before = tokens[run.first - 1];
  if (before?.lower === "the" || (before?.lower === "of" && tokens[run.first - 2]?.capitalized)) return;
  const next = tokens[run.last + 1];
  const speaking = next !== undefined && !token.possessive && /^\s+$/.test(text.slice(token.end, next.start)) && NAME_EVIDENCE_VERBS.has(next.lower);
  const prev = tokens[run.first - 1];
  const spoken = prev !== undefined && prev.lower === "said" && /^\s+$/.test(text.slice(prev.end, token.start)) && /^[.,]/.test(text.slice(token.end, token.end + 1));
  // "Mr. Trump said", "Ms. Kunin recalled": an honorific names a person whatever the word.
  // When a full name ends in the word, that name will claim it ("Mrs. Clinton" … "Hillary Clinton").
  const honoured = HONORIFIC_BEFORE.test(text.slice(Math.max(0, token.start - 6), token.start)) && !TITLES.has(token.lower) && !facts.endsAFullName(token.text);
  if (!speaking && !spoken && !honoured) return;
  if (token.lower.length < 3 || token.text === token.text.toUpperCase()) return; // acronyms are organisations
  // A word that is no known given name or surname must recur ("Trump said … Trump"; not "Mashable reports"
  // once) and not be a plural ("Whole Foods says … Foods", "Salafists say").
  const known = honoured || SURNAMES.has(token.lower) || GIVEN_NAMES.has(token.lower);
  if (!known && (!recurs(facts, token) || /[^s]s$/u.test(token.lower))) return;
  // "as that tweeter in Sydney suggested", "downtown Sydney, Australia", "the Ngātiwai tribe": an unknown
  // word the text uses as a place or a people.
  if (!known && usedAsPlaceOrPeople(text, facts, token.text)) return;
  addNamedMention(text, tokens, run, persons, lookup);
}

const HONORIFICS = "Mr|Mrs|Ms|Dr";
const HONORIFIC = new RegExp(`^(?:${HONORIFICS})\\.?$`, "u");
/** A capitalised word opening a name's last part: after a capitalised word and spaces, or after a letter and a hyphen or apostrophe. */
const NAME_PART_AFTER = /(?:(\p{Lu}[\p{L}.’'-]*)\s+|\p{L}[-’'])(?=\p{Lu})/gu;
const NAME_PART = /[\p{L}\p{N}’'.-]*/uy;

/**
 * Every word that some capitalised word other than an honorific, or a hyphenated particle, stands right before
 * ("Hillary **Clinton**", "Omar Hassan al-**Bashir**"): built once per text, so each honorific costs a lookup.
 * A word counts up to any point where a letter or digit does not follow it ("O" and "O’Malley" in "Martin O’Malley").
 */
function wordsEndingAFullName(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(NAME_PART_AFTER)) {
    if (m[1] !== undefined && HONORIFIC.test(m[1])) continue;
    const start = m.index + m[0].length;
    NAME_PART.lastIndex = start;
    const end = start + (NAME_PART.exec(text)?.[0].length ?? 0);
    for (let k = start + 1; k <= end; k++) if (!/[\p{L}\p{N}]/u.test(text[k] ?? "")) out.add(text.slice(start, k));
  }
  return out;
}

const HONORIFIC_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${HONORIFICS})\\.?\\s+$`, "u");

const IN_PLACE_BEFORE = /\b(?:[Ii]n|[Nn]ear|[Dd]owntown)\s+$/u;

const PEOPLE_NOUN_AFTER = /^\s+(?:tribes?|clans?|iwi|hapū|peoples?|nations?)\b/u;

/**
 * Some occurrence of the word follows "in", "near" or "downtown" (not as a possessive: "in Clinton’s
 * campaign"), precedes ", Australia", ", N.C.", or names a people ("the Ngātiwai tribe").
 */
function usedAsPlaceOrPeople(text: string, facts: TextFacts, word: string): boolean {
  for (const at of facts.wholeWordsAt(word)) {
    const end = at + word.length;
    if (/[’']/u.test(text[end] ?? "")) continue;
    if (IN_PLACE_BEFORE.test(text.slice(Math.max(0, at - 12), at)) || placeAfter(text, end) || PEOPLE_NOUN_AFTER.test(text.slice(end, end + 10))) return true;
  }
  return false;
}

/** The word appears again elsewhere in the text, as a whole word. */
function recurs(facts: TextFacts, token: Token): boolean {
  return facts.wholeWordsAt(token.text).some((at) => at !== token.start);
}

/** What the rules ask of the whole text, each worked out once per text when first asked. */
interface TextFacts {
  /** Some full name in the text ends in the word (see wordsEndingAFullName). */
  endsAFullName(word: string): boolean;
  /** Where the word stands with no letter or digit right before or after it. */
  wholeWordsAt(word: string): readonly number[];
}

const LETTERS_AND_DIGITS = /[\p{L}\p{N}]+/gu;
const ONLY_LETTERS_AND_DIGITS = /^[\p{L}\p{N}]+$/u;

function textFacts(text: string): TextFacts {
  let fullNameEnds: ReadonlySet<string> | undefined;
  let words: Map<string, number[]> | undefined;
  const indexWords = () => {
    const map = new Map<string, number[]>();
    for (const m of text.matchAll(LETTERS_AND_DIGITS)) addTo(map, m[0], m.index);
    return map;
  };
  return {
    endsAFullName: (word) => (fullNameEnds ??= wordsEndingAFullName(text)).has(word),
    wholeWordsAt: (word) => (ONLY_LETTERS_AND_DIGITS.test(word) ? ((words ??= indexWords()).get(word) ?? []) : scanWholeWord(text, word)),
  };
}

function scanWholeWord(text: string, word: string): number[] {
  const out: number[] = [];
  const edge = (ch: string | undefined) => ch === undefined || !/[\p{L}\p{N}]/u.test(ch);
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    if (edge(text[at - 1]) && edge(text[at + word.length])) out.push(at);
  }
  return out;
}

/** ", N.C.", ", North Carolina": a place's state or country after it. */
function placeAfter(text: string, end: number): boolean {
  const m = /^,\s+(\p{Lu}\.\s?\p{Lu}\.|\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?)/u.exec(text.slice(end, end + 30));
  return m !== null && (m[1]!.includes(".") || PLACES.has(m[1]!.toLowerCase()));
}

const PLACE_BEFORE = /(?:\b(?:[Ii]n|[Aa]t|[Ff]rom|[Nn]ear|[Tt]o|v\.|vs\.?)|\p{Lu}[\p{L}’'-]*\s+of)\s+$/u;

/**
 * "their nine-month-old child, Gloria. … Gloria developed severe eczema": a known given name used alone at
 * least twice, and not the given name or surname of a named person, is a person.
 */
function addRepeatedGivenNames(
  text: string,
  tokens: readonly Token[],
  runs: readonly NameRun[],
  persons: PersonRecord[],
  lookup: NameLookup,
): void {
  const known = new Set(persons.flatMap((p) => [firstWord(p.name), lastWord(p.name)]));
  const taken = mentionStarts(persons);
  const byName = new Map<string, NameRun[]>();
  for (const run of runs) {
    if (run.kind !== "single" || run.heading || run.core !== run.first) continue;
    const t = tokens[run.core]!;
    const w = t.lower;
    if (taken.has(t.start) || known.has(w) || !GIVEN_NAMES.has(w) || w.length < 3 || t.text === t.text.toUpperCase()) continue;
    if (COMMON_WORDS.has(w) || PLACES.has(w) || DEMONYMS.has(w) || NOT_NAMES.has(w) || ORGANIZATION_NAME_WORDS.has(w) || TITLES.has(w)) continue;
    // Not the rest of a longer capitalised phrase ("Morning Joe", "Bill of Rights").
    const prev = tokens[run.first - 1];
    if (prev?.capitalized && /^[ \t]+$/.test(text.slice(prev.end, t.start))) continue;
    if (/^\s+of\s+\p{Lu}/u.test(text.slice(t.end, t.end + 20))) continue;
    // "Roman mosaics", "a Mario game": a name before a noun modifies it.
    const next = tokens[run.last + 1];
    if (next && !next.capitalized && /^[ \t]+$/.test(text.slice(t.end, next.start)) && !VERB_CLASS.has(next.lower) && !AUXILIARIES.has(next.lower) && !/ed$/.test(next.lower)) continue;
    addTo(byName, w, run);
  }
  for (const list of byName.values()) {
    if (list.length < 2) continue;
    // "in Charlotte", "Jason Gilbert of Cheyenne", "Roe v. Wade": a place or a case name, not a person.
    if (list.some((run) => placeAfter(text, tokens[run.last]!.end))) continue;
    if (list.some((run) => PLACE_BEFORE.test(text.slice(Math.max(0, tokens[run.first]!.start - 30), tokens[run.first]!.start)))) continue;
    for (const run of list) addNamedMention(text, tokens, run, persons, lookup);
  }
}

const LIST_INTRO = /\b(\p{Ll}[\p{Ll}-]+s),?\s+(?:such as|including|like)\s+$/u;
const LIST_GAP = /^(?:,\s*|\s+and\s+|\s+or\s+|,\s*and\s+|,\s*or\s+)$/u;

/**
 * "the ancient gods, such as Zeus, Hera, Poseidon, Aphrodite, and Athena": a list of at least two names
 * after a plural role noun and "such as"/"including"/"like" names people.
 */
function addListedPeople(
  text: string,
  tokens: readonly Token[],
  runs: readonly NameRun[],
  persons: PersonRecord[],
  lookup: NameLookup,
): void {
  let taken: Set<number> | undefined;
  for (let i = 0; i < runs.length; i++) {
    const head = runs[i]!;
    if (head.heading) continue;
    const start = tokens[head.first]!.start;
    const intro = LIST_INTRO.exec(text.slice(Math.max(0, start - 40), start));
    if (!intro || !isRoleNoun(intro[1]!) || !intro[1]!.endsWith("s")) continue;
    let j = i;
    while (runs[j + 1] && runs[j + 1]!.sentence === head.sentence && LIST_GAP.test(text.slice(tokens[runs[j]!.last]!.end, tokens[runs[j + 1]!.first]!.start))) j++;
    if (j === i) continue;
    const items = runs.slice(i, j + 1);
    i = j;
    if (!items.every((r) => r.last - r.first < 3 && tokens.slice(r.first, r.last + 1).every(isListedNameWord))) continue;
    taken ??= mentionStarts(persons);
    for (const r of items) if (!taken.has(tokens[r.first]!.start)) addNamedMention(text, tokens, { ...r, core: r.first }, persons, lookup);
  }
}

function isListedNameWord(t: Token): boolean {
  const w = t.lower;
  if (GIVEN_NAMES.has(w) || SURNAMES.has(w)) return !PLACES.has(w) && !ORGANIZATION_NAME_WORDS.has(w);
  return t.capitalized && t.text !== t.text.toUpperCase() && !/\d/.test(w) && !COMMON_WORDS.has(w) && !PLACES.has(w) && !DEMONYMS.has(w) && !NOT_NAMES.has(w) && !ORGANIZATION_NAME_WORDS.has(w) && !TITLES.has(w);
}

const NICKNAMED = /\b(\p{Ll}+)\s+(?:going by the name|who goes by the name|known as|nicknamed)\s+["“](?:[Tt]he\s+)?(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})["”]/gu;

/** 'a cosplayer going by the name "The Katherinator"': a role noun's quoted name is a person. */
function addNicknamedPeople(text: string, sentences: readonly Sentence[], persons: PersonRecord[]): void {
  let taken: Set<number> | undefined;
  let byName: Map<string, number> | undefined;
  NICKNAMED.lastIndex = 0;
  for (let m = NICKNAMED.exec(text); m !== null; m = NICKNAMED.exec(text)) {
    if (!isRoleNoun(m[1]!)) continue;
    const name = m[2]!;
    const start = m.index + m[0].lastIndexOf(name);
    const end = start + name.length;
    taken ??= new Set(persons.flatMap((p) => p.mentions.map((x) => x.start)));
    if (taken.has(start)) continue;
    byName ??= new Map(persons.map((p, i) => [p.name, i]));
    const index = byName.get(name) ?? persons.push({ name, aliases: [name], roles: [], gender: null, mentions: [] }) - 1;
    byName.set(name, index);
    persons[index]!.mentions.push({ start, end, text: name, person: index, sentence: sentenceIndexAt(sentences, start), pronoun: false, possessive: false, subjectLike: false });
  }
}

const DESCRIPTIVE = /\b[Tt]he\s+(\p{Lu}[\p{L}-]+)\s+(leader|president|premier|strongman|autocrat|dictator|monarch|king|queen|prime minister|chancellor|head of state|ruler|foreign minister|defense secretary|secretary of state)\b/gu;

/** "the Russian leader" → the one person whose role carries that demonym ("Russian President"). */
function addDescriptiveMentions(text: string, sentences: readonly Sentence[], persons: PersonRecord[]): void {
  let byRoleWord: Map<string, number[]> | undefined;
  DESCRIPTIVE.lastIndex = 0;
  for (let m = DESCRIPTIVE.exec(text); m !== null; m = DESCRIPTIVE.exec(text)) {
    const demonym = m[1]!.toLowerCase();
    if (!DEMONYMS.has(demonym)) continue;
    byRoleWord ??= indexByRoleWord(persons);
    const matches = byRoleWord.get(demonym) ?? [];
    if (matches.length !== 1) continue;
    const i = matches[0]!;
    const p = persons[i]!;
    const start = m.index;
    const end = start + m[0].length;
    const sentence = sentenceIndexAt(sentences, start);
    p.mentions.push({ start, end, text: m[0], person: i, sentence, pronoun: false, possessive: false, subjectLike: isSubjectLike(text, end, false, start) });
    addUnique(p.aliases, m[0]);
  }
}

/** Each word of any role (lower case) → the persons holding such a role, each once. */
function indexByRoleWord(persons: readonly PersonRecord[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  persons.forEach((p, i) => {
    for (const word of new Set(p.roles.flatMap((r) => r.toLowerCase().split(/\s+/)))) addTo(map, word, i);
  });
  return map;
}

function sentenceIndexAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return sentences[found]?.index ?? 0;
}

/** Where the persons found so far are mentioned: a name run starting there is taken. */
function mentionStarts(persons: readonly PersonRecord[]): Set<number> {
  return new Set(persons.flatMap((p) => p.mentions.map((m) => m.start)));
}

function indexBy(persons: readonly PersonRecord[], keyOf: (p: PersonRecord) => string, minWords = 1): Map<string, number[]> {
  const map = new Map<string, number[]>();
  persons.forEach((p, i) => {
    if (p.name.split(/\s+/).length < minWords) return;
    addTo(map, keyOf(p), i);
  });
  return map;
}

function addUnique(list: string[], value: string): void {
  const v = value.trim();
  if (v && !list.includes(v)) list.push(v);
}
