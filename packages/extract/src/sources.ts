/**
 * Who can be a source: person mentions, named organisations ("The New York Times"), and noun
 * phrases headed by a work, organisation or anonymous-person noun ("a new report", "The aide",
 * "Woodward’s book", "senior officials"). Indexed by where they end and start.
 */
import type { SourceKind } from "@whosaid/domain";
import { ADJECTIVES, ANONYMOUS_NOUNS, COMMON_WORDS, DEMONYMS, GIVEN_NAMES, NOT_NAMES, SURNAMES, ORGANIZATION_NAME_WORDS, ORGANIZATION_NOUNS, ORGANIZATIONS, PLACES, REPORTING_VERBS, ROLE_MODIFIERS, TITLES, WORK_NOUNS, isRoleNoun, isSpeakerNoun, isVerbOfClause } from "./lexicon.js";
import { chunkAfter, chunkBefore, type Chunk } from "./chunks.js";
import type { NameRun } from "./names.js";
import type { PersonRecord } from "./persons.js";
import type { Token } from "./tokens.js";

export interface SourceCandidate {
  start: number;
  end: number;
  text: string;
  kind: SourceKind;
  /** Index into the persons list when `kind` is person. */
  person?: number;
  pronoun?: boolean;
  /** The claimant's name when `text` was widened over appositions ("Scott Pruitt, the … of Oklahoma,"). */
  name?: string;
  /** A generic chunk (chunks.ts) rather than a person, organisation or known source noun. */
  generic?: boolean;
}

export interface SourceIndex {
  endingAt(offset: number): SourceCandidate | undefined;
  startingAt(offset: number): SourceCandidate | undefined;
  /** A generic pronoun or noun chunk ending at `offset` (chunks.ts), when no candidate does. */
  chunkEndingAt(sentenceStart: number, offset: number): SourceCandidate | undefined;
  /** A generic pronoun or noun chunk starting at `offset`. */
  chunkStartingAt(offset: number, sentenceEnd: number): SourceCandidate | undefined;
}

const DETERMINERS = new Set([
  "the", "a", "an", "this", "that", "these", "those", "another", "one", "two", "three", "four", "several", "some",
  "many", "other", "multiple", "his", "her", "their", "its", "our", "two", "both", "most", "few",
]);
const MAX_MODIFIERS = 4;
const NAME_PARTICLE_BEFORE = /(?:^|[^\p{L}])((?:[Dd]e|[Dd]a|[Dd]i|[Dd]u|[Dd]el|[Vv]an|[Vv]on|der|den|ter|ten|bin|ibn|al|el|le|la) )$/u;

/** Builds the candidate index for a document. */
export function buildSourceIndex(text: string, tokens: readonly Token[], runs: readonly NameRun[], persons: readonly PersonRecord[]): SourceIndex {
  const candidates: SourceCandidate[] = [];
  persons.forEach((p, person) => {
    for (const m of p.mentions) {
      // "de Miranda writes", "De Miranda evokes": a name particle the mention left out.
      const particle = m.pronoun ? null : NAME_PARTICLE_BEFORE.exec(text.slice(Math.max(0, m.start - 6), m.start));
      const start = particle ? m.start - particle[1]!.length : m.start;
      candidates.push({ start, end: m.end, text: text.slice(start, m.end), kind: "person", person, pronoun: m.pronoun });
    }
  });
  const personStarting = new Map(candidates.filter((c) => !c.pronoun).map((c) => [c.start, c]));
  for (const run of runs) {
    if (run.kind !== "organization" && !isAcronym(tokens, run)) continue;
    const org = organizationCandidate(text, tokens, run.first, run.last);
    // "Senate Majority Leader | Mitch McConnell", "FBI Director | James Comey": an organisation's title
    // before a name is that person, not the organisation.
    // So is one with role words between ("White House press secretary | Josh Earnest").
    const roleWords = /^ (?:[\p{Ll}-]+ ){0,3}/u.exec(text.slice(org.end, org.end + 60))?.[0] ?? "";
    const titled = roleWords && roleTitle(roleWords.trim().split(" ").filter(Boolean)) ? personStarting.get(org.end + roleWords.length) : undefined;
    candidates.push(titled ? { ...titled, start: org.start, text: text.slice(org.start, titled.end) } : org);
  }
  candidates.push(...nounPhraseCandidates(text, tokens));
  candidates.push(...ofOrganizationCandidates(text, tokens, runs, personStarting));
  const index = indexCandidates(candidates);
  let named: ((chunk: string) => Named | null) | undefined;
  const toCandidate = (c: Chunk | null): SourceCandidate | undefined => {
    if (!c) return undefined;
    const chunk = text.slice(c.start, c.end);
    const name = c.kind === "anonymous" && !c.pronoun ? (named ??= namesInText(text, tokens, persons))(chunk) : null;
    return { start: c.start, end: c.end, text: chunk, kind: c.kind, pronoun: c.pronoun, generic: true, ...name };
  };
  return {
    ...index,
    chunkEndingAt: (sentenceStart, offset) => toCandidate(chunkBefore(text, tokens, sentenceStart, offset)),
    chunkStartingAt: (offset, sentenceEnd) => toCandidate(chunkAfter(text, tokens, offset, sentenceEnd)),
  };
}

interface Named {
  kind: SourceKind;
  person?: number;
}

const MID_SENTENCE_GAP = /^[ \t]+$/u;
const MAX_NAME_WORDS = 6;
const NAME_LINKS = new Set(["of", "and", "for"]);
const LEADING_THE = /^(?:[Tt]he|[Bb]oth)\s+/u;

/**
 * What the text says of a chunk that looks like an unnamed source: a person's name or alias ("Donald Trump"
 * in a heading) is that person; a name the text also writes capitalised after a lower-case word of a sentence
 * ("both **Roscosmos** and NASA", "said **Whole Foods**"; not "Dylann **Roof**") is an organisation, unless a
 * lexicon knows a word of it in lower case ("Democratic"), it ends in a people, a group or a role ("Senate Republicans",
 * "the Wisconsin Republican"), or it names a family ("the Clintons").
 */
function namesInText(text: string, tokens: readonly Token[], persons: readonly PersonRecord[]): (chunk: string) => Named | null {
  const midSentence = new Set<string>();
  for (let i = 1; i < tokens.length; i++) {
    const prev = tokens[i - 1]!;
    if (!tokens[i]!.capitalized || prev.capitalized || !/[\p{Ll}\p{N}]$/u.test(prev.text) || !MID_SENTENCE_GAP.test(text.slice(prev.end, tokens[i]!.start))) continue;
    for (let j = i; j < tokens.length && j - i < MAX_NAME_WORDS; j++) {
      const t = tokens[j]!;
      if (j > i && !/^ $/u.test(text.slice(tokens[j - 1]!.end, t.start))) break;
      if (!t.capitalized && !(NAME_LINKS.has(t.lower) && tokens[j + 1]?.capitalized)) break;
      if (t.capitalized) midSentence.add(text.slice(tokens[i]!.start, tokens[j]!.start + t.text.length));
      if (t.possessive) break;
    }
  }
  const byName = new Map<string, number | null>();
  persons.forEach((p, i) => {
    for (const n of new Set([p.name, ...p.aliases])) byName.set(n, byName.has(n) && byName.get(n) !== i ? null : i);
  });
  const nameWords = new Set(persons.flatMap((p) => p.name.toLowerCase().split(/\s+/u)));
  const lexical = (lower: string) =>
    COMMON_WORDS.has(lower) || ADJECTIVES.has(lower) || ROLE_MODIFIERS.has(lower) || TITLES.has(lower) || DEMONYMS.has(lower) || ANONYMOUS_NOUNS.has(lower) || NOT_NAMES.has(lower) || isRoleNoun(lower) || GIVEN_NAMES.has(lower) || SURNAMES.has(lower);
  return (chunk) => {
    const person = byName.get(chunk);
    if (person !== undefined && person !== null) return { kind: "person", person };
    const name = chunk.replace(LEADING_THE, "");
    if (!midSentence.has(name)) return null;
    const words = name.toLowerCase().split(/\s+/u);
    // "the Clintons": a family is no organisation.
    if (words.some((w) => nameWords.has(w) || nameWords.has(w.replace(/s$/u, "")))) return null;
    const head = words.at(-1)!;
    const group = (w: string) => DEMONYMS.has(w) || isSpeakerNoun(w);
    // "the Wisconsin Republican": a role phrase, not a name.
    const named = words.length === 1 ? !lexical(head) : !group(head) && !ADJECTIVES.has(head) && !ROLE_MODIFIERS.has(head) && !TITLES.has(head);
    return named ? { kind: "organization" } : null;
  };
}

/** Nothing, or lower-case words ending in a role noun and holding no finite verb or gerund ("press secretary", "spokesman"). */
function roleTitle(words: readonly string[]): boolean {
  if (words.length === 0) return true;
  return isRoleNoun(words.at(-1)!) && words.slice(0, -1).every((w) => !isVerbOfClause(w));
}

function isAcronym(tokens: readonly Token[], run: NameRun): boolean {
  if (run.kind !== "single" && run.kind !== "other") return false;
  const t = tokens[run.core]!;
  return run.core === run.last && t.text.length >= 2 && t.text.length <= 6 && /^\p{Lu}[\p{Lu}&.]+$/u.test(t.text);
}

function organizationCandidate(text: string, tokens: readonly Token[], first: number, last: number): SourceCandidate {
  let start = tokens[first]!.start;
  const the = /(?:^|[^\p{L}])([Tt]he )$/u.exec(text.slice(Math.max(0, start - 5), start));
  if (the) start -= the[1]!.length;
  const end = tokens[last]!.end;
  return { start, end, text: text.slice(start, end), kind: "organization" };
}

/** Name words after "of" in an organisation's name: at most this many ("the Department of Homeland Security"). */
const MAX_OF_NAME_WORDS = 3;

/**
 * "the New Zealand Department of Conservation", "The University of Michigan", "the Bank of America":
 * a capitalised organisation noun, "of" and a capitalised name, which name runs split at "of". Stops
 * before a person's name or a title ("the Department of Justice | Inspector General …").
 */
function ofOrganizationCandidates(text: string, tokens: readonly Token[], runs: readonly NameRun[], personStarts: ReadonlyMap<number, unknown>): SourceCandidate[] {
  const runOf = new Map<number, NameRun>();
  for (const run of runs) for (let i = run.first; i <= run.last; i++) runOf.set(i, run);
  const spaced = (a: number, b: number) => /^ $/u.test(text.slice(tokens[a]!.end, tokens[b]!.start));
  const out: SourceCandidate[] = [];
  for (let h = 0; h + 2 < tokens.length; h++) {
    const head = tokens[h]!;
    if (!head.capitalized || head.possessive || !ORGANIZATION_NOUNS.has(head.lower) || tokens[h + 1]!.lower !== "of" || !spaced(h, h + 1)) continue;
    let k = h + 2;
    if (tokens[k]!.lower === "the" && k + 1 < tokens.length && spaced(k - 1, k)) k++;
    let last = -1;
    for (let j = k; j < tokens.length && j < k + MAX_OF_NAME_WORDS && spaced(j - 1, j); j++) {
      const t = tokens[j]!;
      if (!t.capitalized || personStarts.has(t.start) || TITLES.has(t.lower)) break;
      last = j;
      if (t.possessive) break;
    }
    if (last < 0) continue;
    out.push(organizationCandidate(text, tokens, runOf.get(h)?.first ?? h, last));
  }
  return out;
}

function headKind(word: string): SourceKind | null {
  if (WORK_NOUNS.has(word)) return "work";
  if (ORGANIZATION_NOUNS.has(word)) return "organization";
  if (ANONYMOUS_NOUNS.has(word)) return "anonymous";
  return null;
}

/** "a new report", "Woodward’s book", "The aide", "senior officials". */
function nounPhraseCandidates(text: string, tokens: readonly Token[]): SourceCandidate[] {
  const out: SourceCandidate[] = [];
  for (let h = 0; h < tokens.length; h++) {
    const head = tokens[h]!;
    const kind = headKind(head.lower);
    if (!kind || head.possessive) continue;
    const first = phraseStart(text, tokens, h);
    if (first === null) continue;
    const start = tokens[first]!.start;
    out.push({ start, end: head.end, text: text.slice(start, head.end), kind });
  }
  return out;
}

/** First token of the phrase ending at head `h`: a determiner or possessive name, or bare modifiers of a plural. */
function phraseStart(text: string, tokens: readonly Token[], h: number): number | null {
  let bareStart = h;
  for (let j = h - 1; j >= Math.max(0, h - 1 - MAX_MODIFIERS); j--) {
    const t = tokens[j]!;
    const gap = text.slice(t.end + (t.possessive ? 2 : 0), tokens[j + 1]!.start);
    if (!/^[ \t\u00a0-]+$/.test(gap)) break;
    if (DETERMINERS.has(t.lower)) return j;
    if (t.possessive) return t.capitalized ? j : null;
    if (NOT_NAMES.has(t.lower) || REPORTING_VERBS.has(t.lower)) break;
    if (bareStart === j + 1 && (ROLE_MODIFIERS.has(t.lower) || DEMONYMS.has(t.lower) || t.capitalized)) bareStart = j;
  }
  const head = tokens[h]!;
  return head.lower.endsWith("s") && ANONYMOUS_NOUNS.has(head.lower) ? bareStart : null;
}

function indexCandidates(candidates: SourceCandidate[]): Pick<SourceIndex, "endingAt" | "startingAt"> {
  const byEnd = new Map<number, SourceCandidate>();
  const byStart = new Map<number, SourceCandidate>();
  for (const c of candidates) {
    byEnd.set(c.end, better(byEnd.get(c.end), c, (x) => -x.start));
    byStart.set(c.start, better(byStart.get(c.start), c, (x) => x.end));
  }
  return { endingAt: (o) => byEnd.get(o), startingAt: (o) => byStart.get(o) };
}

/** Persons win over other phrases on the same span; otherwise the longer span wins. */
function better(current: SourceCandidate | undefined, next: SourceCandidate, size: (c: SourceCandidate) => number): SourceCandidate {
  if (!current) return next;
  if (size(next) !== size(current)) return size(next) > size(current) ? next : current;
  return next.kind === "person" && current.kind !== "person" ? next : current;
}

/** The first named person (no pronoun) that starts in [from, end) and ends by `end`: "by Fox Business moderator | Gerard Baker". */
export function firstPersonIn(sources: SourceIndex, from: number, end: number): SourceCandidate | undefined {
  for (let at = from; at < end; at++) {
    const named = sources.startingAt(at);
    if (named?.kind === "person" && !named.pronoun && named.end <= end) return named;
  }
  return undefined;
}

/**
 * The kind a source is reported with. A generic chunk opening its sentence was left anonymous
 * (its capital may be the sentence's), but a known place or organisation speaks as an organisation
 * ("Israel says", "South Africa said"; not "Polls show", "Russians believe", "Kasich said"). So does,
 * anywhere, a capitalised name holding an organisation word ("The American Federation of Teachers
 * said", "according to the World Travel and Tourism Council") or a name an organisation noun gives
 * ("according to data analysis firm 1010data"), and a phrase headed by a work noun is a work ("according
 * to local news reports").
 */
export function reportedKind(c: SourceCandidate): SourceKind {
  if (c.kind !== "anonymous" || c.pronoun) return c.kind;
  const name = (c.name ?? c.text).replace(/^the\s+/iu, "");
  const words = name.split(/\s+/u);
  const capitalised = words.every((w) => /^\p{Lu}/u.test(w) || w === "of" || w === "for" || w === "and");
  const organisationName = capitalised && words.length > 1 && words.some((w) => ORGANIZATION_NOUNS.has(w.toLowerCase()) || ORGANIZATION_NAME_WORDS.has(w.toLowerCase()));
  if (organisationName || namedByOrganizationNoun(words)) return "organization";
  // "local news reports", "An analysis of official U.S. labor statistics": a phrase headed by a work noun is a work.
  // Not the last word of a proper name ("including The Washington | Post").
  const complement = words.findIndex((w, i) => i > 0 && HEAD_COMPLEMENT.has(w));
  const phrase = complement < 0 ? words : words.slice(0, complement);
  const [modifier, head] = [phrase.at(-2) ?? "", phrase.at(-1) ?? ""];
  if (WORK_NOUNS.has(head.toLowerCase()) && !(/^\p{Lu}/u.test(head) && /^\p{Lu}/u.test(modifier))) return "work";
  // "West Mercia police", "local police": so is a phrase headed by an organisation noun an organisation.
  if (complement < 0 && ORGANIZATION_NOUNS.has(head.toLowerCase())) return "organization";
  const lower = name.toLowerCase();
  return c.generic && (PLACES.has(lower) || ORGANIZATIONS.has(lower)) ? "organization" : c.kind;
}

/** Words that start a complement after a phrase's head noun ("analysis | of …"). */
const HEAD_COMPLEMENT = new Set(["of", "for", "from", "in", "on", "at", "by", "about", "with", "to"]);

/** "whale rescue group Project Jonah", "data analysis firm 1010data": an organisation noun, then the name it gives. */
function namedByOrganizationNoun(words: readonly string[]): boolean {
  const noun = words.findLastIndex((w) => ORGANIZATION_NOUNS.has(w));
  return noun >= 0 && noun < words.length - 1 && words.slice(noun + 1).every((w) => /^[\p{Lu}\p{N}]/u.test(w));
}
