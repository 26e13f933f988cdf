/**
 * Claims: attribution frames whose content is a proposition (not a bare quotation, not a label),
 * with claimant, attribution chain, hedges and the persons the claim is about. A hedged sentence
 * with no source of its own ("These calls reportedly included…") is credited to the claimant of
 * the claim just before it in the same or the previous paragraph when that claimant is a work, an
 * organisation or an unnamed source: a person just quoted is not who "reportedly" reports on.
 */
import type { Attribution } from "./attributions.js";
import { findHedges } from "./cues.js";
import { groupBy } from "./group.js";
import { ANONYMOUS_NOUNS, DEMONYMS, GIVEN_NAMES, NOT_NAMES, ROLE_MODIFIERS, SURNAMES, hasFiniteVerb, isFiniteVerb, isHandListed, lowerWords } from "./lexicon.js";
import type { PersonMention, PersonRecord } from "./persons.js";
import type { QuoteDraft } from "./quotes.js";
import type { Segmentation } from "./segment.js";
import { RoleHolders } from "./role-holders.js";
import { firstIndexNotBefore } from "./sorted.js";
import type { SourceCandidate } from "./sources.js";

export interface ClaimDraft {
  frame: Attribution;
  start: number;
  end: number;
  claimant: SourceCandidate | null;
  via: SourceCandidate[];
  hedges: string[];
  subjects: number[];
  /** The person the claimant is, named or by a role phrase ("the president"): not a subject, and the same claimant as that person elsewhere. */
  claimantPerson: number | null;
  confidence: number;
  paragraph: number;
}

const MIN_CONTENT_WORDS = 3;
/** "continues his campaign", "concluded the meeting": a quote cue, a claim's only before "that". */
const CONTINUATION = /^(?:continue|conclude)/u;
const CONTRAST_TAIL = /,\s+(?:though|although|but|while|whereas|even though|according to)\b/iu;
/** "it was stepping up its fight, even as Jack Dorsey …": a clause of its own, not "even as a candidate". */
const EVEN_AS_CLAUSE = /,?\s+even as\s+(?:(?:he|she|they|it|we|I|the|his|her|their|its)\s|\p{Lu})/u;
const PLURAL_REFERENCE = /\b(?:the two (?:leaders|men|women|presidents|candidates|sides)|they|them|their|each other|both men|the pair)\b/iu;
const CONFIDENCE: Record<Attribution["kind"], number> = { left: 0.8, right: 0.75, according: 0.75, parenthetical: 0.7, hedge: 0.5 };
/**
 * A content with no finite verb reports an act or stance more often than a proposition ("Lorenz thanked
 * Saltzman, who …", "Analysts provided a few theories"). PolNeAR counts these as attributions, so they stay,
 * but a reviewer sees they are doubtful: on the fifteen annotated pages 48 of 52 are no claim (of the others,
 * 147 of 197 are).
 */
const ACT_CONFIDENCE = 0.2;
/**
 * Cues mined from PolNeAR report acts and stances as often as propositions ("Lorenz identified three
 * properties", "the One X doesn't support Dolby Vision"). Measured on the 23 annotated pages, claims with a
 * finite verb are claims 152 times in 167 after a hand-listed verb of saying, 22 in 50 after a mined verb,
 * 4 in 18 after a mined phrase and 0 in 5 after a weak cue: their confidence says so.
 */
const MINED_VERB_CONFIDENCE = 0.45;
const MINED_PHRASE_CONFIDENCE = 0.3;
const WEAK_CUE_CONFIDENCE = 0.25;

function claimConfidence(frame: Attribution, content: string): number {
  const verb = frame.verb;
  if (verb?.frame !== "naming" && !hasClauseVerb(content)) return ACT_CONFIDENCE;
  if (!verb || isHandListed(verb)) return CONFIDENCE[frame.kind];
  if (verb.weak) return WEAK_CUE_CONFIDENCE;
  return verb.form.includes(" ") ? MINED_PHRASE_CONFIDENCE : MINED_VERB_CONFIDENCE;
}

const INHERIT_PARAGRAPHS = 1;

/** Claims from the frames, in text order. */
export function buildClaims(
  text: string,
  seg: Segmentation,
  frames: readonly Attribution[],
  persons: readonly PersonRecord[],
  quotes: readonly QuoteDraft[] = [],
  holders = new RoleHolders(persons),
): ClaimDraft[] {
  const mentions = allMentions(persons);
  const claims: ClaimDraft[] = [];
  const seen = new Set<string>();
  const quotesOf = groupBy(quotes, (q) => q.frame);
  const cues = new CueIndex(frames);
  for (const frame of frames) {
    // "replied, “…”" carries a quote; a quote verb's content without quotation ("called the charges unsubstantiated") is a claim,
    // and so is a naming verb's object with the name it quotes ("called the deficit “the transcendent issue of our era”").
    if (frame.verb && (frame.verb.frame === "naming" || frame.verb.frame === "quote")) {
      const content = text.slice(frame.contentStart, frame.contentEnd);
      const mark = content.search(/["“”]/u);
      const namedObject = frame.verb.frame === "naming" && /\p{L}/u.test(content.slice(0, mark));
      // "concluded that P" reports P; "concluded the meeting" does not.
      const thatClause = /\bthat\s*$/u.test(text.slice(frame.cueEnd, frame.contentStart));
      if ((mark >= 0 && !namedObject) || (CONTINUATION.test(frame.verb.form) && !thatClause)) continue;
    }
    for (const [start, end] of contentPieces(text, frame, cues)) {
      // The last sentence of `"A. B," Obama said` read as `B,"`: the quotation the frame attributes already carries it.
      if (!isProposition(text, start, end) || quotesOf.get(frame)?.some((q) => q.start < start && start < q.end)) continue;
      const paragraph = seg.sentences[frame.sentence]?.paragraph ?? 0;
      const inherited = frame.source || frame.kind !== "hedge" ? null : inheritClaimant(claims, paragraph);
      if (!frame.source && !inherited) continue;
      if (writersImpression(text, frame.source ?? inherited!.claimant, frame, quotes)) continue;
      const claimants = frame.source ? coordinatedClaimants(frame.source, mentions) : [inherited!.claimant];
      // What the claim says and how: the same for each of a coordinated source's claimants.
      const content = text.slice(start, end);
      const said = `${text.slice(frame.cueStart, frame.cueEnd)}\u0000${content}`;
      const via = frame.source ? frame.via : inherited!.via;
      const hedges = unique([...frame.hedges, ...(frame.kind === "according" || frame.via.length > 0 ? ["according to"] : []), ...findHedges(text, start, end).map((h) => h.text.toLowerCase())]);
      const confidence = claimConfidence(frame, content);
      for (const claimant of claimants) {
        // A paragraph the page repeats (a photo caption shown twice) is one claim, not two.
        const key = `${claimant?.text ?? ""}\u0000${said}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const claimantPerson = claimant ? holders.personOf(claimant) : null;
        const subjects = subjectsOf(text, start, end, mentions, claimantPerson);
        claims.push({ frame, start, end, claimant, via, hedges: [...hedges], subjects, claimantPerson, confidence, paragraph });
      }
    }
  }
  return claims;
}

/**
 * A frame's content as claims: whole; one per paragraph when it runs over several (a list after "Obama also
 * said:"), leaving out a line another frame attributes itself ("He is confident the Iran nuclear deal will be
 * passed": that frame's claim is the better one); and one per "that" clause when two are joined ("They said that
 * Sudan had a long way to go, but that better relations could help").
 */
function contentPieces(text: string, frame: Attribution, cues: CueIndex): [number, number][] {
  const lines: [number, number][] = [];
  const content = text.slice(frame.contentStart, frame.contentEnd);
  const multiline = content.trim().includes("\n");
  const re = /[^\n]+/gu;
  for (let m = re.exec(content); m; m = re.exec(content)) lines.push([frame.contentStart + m.index, frame.contentStart + m.index + m[0].length]);
  const pieces: [number, number][] = [];
  for (const [a, b] of lines) {
    let from = a;
    const line = text.slice(a, b);
    CONJOINED_THAT.lastIndex = 0;
    for (let m = CONJOINED_THAT.exec(line); m; m = CONJOINED_THAT.exec(line)) {
      if (demonstrative(m[1]!.toLowerCase())) continue;
      pieces.push(trimContent(text, from, a + m.index));
      from = a + m.index + m[0].length - m[1]!.length;
    }
    // "Two gunmen died, and three others may have escaped, officials said": before its cue, every clause is theirs.
    if (frame.kind === "right") for (const at of clauseJoints(text, from, b)) {
      pieces.push(trimContent(text, from, at.end));
      from = at.next;
    }
    pieces.push(trimContent(text, from, b));
  }
  return pieces.filter(([start, end]) => end > start && !(multiline && cues.someWithin(start, end, frame)));
}

/** The frames by where their cues start, to ask which cues lie within a span. */
class CueIndex {
  private readonly byStart: readonly Attribution[];
  constructor(frames: readonly Attribution[]) {
    this.byStart = [...frames].sort((a, b) => a.cueStart - b.cueStart);
  }

  /** Some frame other than `except` has its whole cue within start..end. */
  someWithin(start: number, end: number, except: Attribution): boolean {
    for (let i = firstIndexNotBefore(this.byStart, (f) => f.cueStart < start); i < this.byStart.length && this.byStart[i]!.cueStart <= end; i++) {
      const f = this.byStart[i]!;
      if (f !== except && f.cueEnd <= end) return true;
    }
    return false;
  }
}

const COORDINATION = /\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+/gu;
const BOTH = /^both\s+/iu;
const JOINED = /\sand\s|&/u;
const MAX_NAME_WORDS = 5;

/**
 * "John Smith and Mary Jones said", "both Roscosmos and NASA said": each name of a coordinated source makes
 * the claim. The parts must all be persons' mentions or all names of organisations ("CNN and MSNBC"); anything
 * else stays one source ("Democrats and Republicans", "Sen. Rand Paul, R-Ky.", "Marvin Teske, 53").
 */
function coordinatedClaimants(source: SourceCandidate, mentions: readonly PersonMention[]): SourceCandidate[] {
  if (source.pronoun || (source.kind !== "person" && source.kind !== "organization") || !JOINED.test(source.text)) return [source];
  const both = BOTH.exec(source.text)?.[0].length ?? 0;
  const joints = [...source.text.matchAll(COORDINATION)];
  // Commas join names only in a list that ends in "and" ("A, B and C").
  if (joints.length === 0 || !/\band\b|&/u.test(joints.at(-1)![0])) return [source];
  const parts: SourceCandidate[] = [];
  let from = both;
  for (const joint of [...joints, null]) {
    const to = joint ? joint.index : source.text.length;
    const part = source.text.slice(from, to);
    const start = source.start + from;
    const end = source.start + to;
    from = joint ? joint.index + joint[0].length : to;
    const words = part.replace(/^the\s+/iu, "").split(/\s+/u);
    if (words.length > MAX_NAME_WORDS || !words.every((w) => /^\p{Lu}/u.test(w))) return [source];
    const mention = mentions[firstIndexNotBefore(mentions, (m) => m.end < end)];
    if (mention && mention.end === end && mention.start >= start && !mention.pronoun) parts.push({ start, end, text: part, kind: "person", person: mention.person });
    else if (organisationName(words)) parts.push({ start, end, text: part, kind: "organization" });
    else return [source];
  }
  return parts.every((p) => p.kind === parts[0]!.kind) ? parts : [source];
}

/** Capitalised words naming no person, day or group ("NASA", "The White House", "France"; not "Democrats"). */
function organisationName(words: readonly string[]): boolean {
  const lower = words.map((w) => w.toLowerCase());
  const head = lower.at(-1)!;
  return (
    !NOT_NAMES.has(head) && !SURNAMES.has(head) && !GIVEN_NAMES.has(lower[0]!) &&
    ![head, head.replace(/s$/u, "")].some((w) => ANONYMOUS_NOUNS.has(w) || DEMONYMS.has(w) || ROLE_MODIFIERS.has(w))
  );
}

const CLAUSE_JOINT = /,\s+(?:and|but)\s+|;\s+/gu;
const MAX_SUBJECT_WORDS = 5;

/** Where a clause with a subject and finite verb of its own follows a clause that has one ("…died, and three others may have escaped"). */
function clauseJoints(text: string, start: number, end: number): { end: number; next: number }[] {
  const out: { end: number; next: number }[] = [];
  const span = text.slice(start, end);
  let from = 0;
  CLAUSE_JOINT.lastIndex = 0;
  for (let m = CLAUSE_JOINT.exec(span); m; m = CLAUSE_JOINT.exec(span)) {
    const after = span.slice(m.index + m[0].length);
    const words = lowerWords(after);
    const verb = words.slice(1, MAX_SUBJECT_WORDS + 1).findIndex(isFiniteVerb);
    if (verb < 0 || isFiniteVerb(words[0] ?? "") || !hasFiniteVerb(span.slice(from, m.index))) continue;
    out.push({ end: start + m.index, next: start + m.index + m[0].length });
    from = m.index + m[0].length;
  }
  return out;
}

/** ", but that …", " and that …": a second complement clause of the same verb. */
const CONJOINED_THAT = /,?\s+(?:but|and)\s+that\s+([\p{L}’']+)/gu;
/** "and that **accounts** for …", "and that **is** why": a demonstrative subject, not a clause. */
const demonstrative = (next: string) => next === "'s" || next === "’s" || isFiniteVerb(next);

function trimContent(text: string, start: number, end: number): [number, number] {
  const content = text.slice(start, end);
  // "These talks, the book suggests, occurred even as Trump was …": not when too little would be left.
  const evenAs = EVEN_AS_CLAUSE.exec(content);
  const clause = evenAs && content.slice(0, evenAs.index).split(/\s+/u).filter(Boolean).length >= MIN_CONTENT_WORDS ? evenAs : null;
  const tails = [CONTRAST_TAIL.exec(content), clause].filter((m) => m !== null && m.index > 0);
  if (tails.length > 0) end = start + Math.min(...tails.map((m) => m!.index));
  while (end > start && /[\s.,;:]/.test(text[end - 1]!)) end--;
  return [start, end];
}

/** A claim needs a few words and must not simply be a quotation (the quote already carries it). */
function isProposition(text: string, start: number, end: number): boolean {
  if (end <= start || /^(?:["“„«]|'')/u.test(text.slice(start, start + 2))) return false;
  return text.slice(start, end).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length >= MIN_CONTENT_WORDS;
}

function inheritClaimant(claims: readonly ClaimDraft[], paragraph: number): ClaimDraft | null {
  const last = claims.at(-1);
  return last && last.claimant && last.claimant.kind !== "person" && paragraph - last.paragraph <= INHERIT_PARAGRAPHS ? last : null;
}

/** Persons mentioned in the content; "they"/"the two leaders" → the two persons mentioned last before it. */
function subjectsOf(text: string, start: number, end: number, mentions: readonly PersonMention[], claimant: number | null): number[] {
  const inside: PersonMention[] = [];
  for (let i = firstIndexNotBefore(mentions, (m) => m.start < start); i < mentions.length && mentions[i]!.start <= end; i++) {
    if (mentions[i]!.end <= end) inside.push(mentions[i]!);
  }
  const subjects = new Set<number>(inside.map((m) => m.person));
  if (PLURAL_REFERENCE.test(text.slice(start, end))) for (const p of lastTwoPersonsBefore(mentions, start, claimant)) subjects.add(p);
  // A claimant who appears in their own claim only as "he" is not what the claim is about.
  if (claimant !== null && subjects.size > 1 && inside.filter((m) => m.person === claimant).every((m) => m.pronoun)) subjects.delete(claimant);
  return [...subjects];
}

function lastTwoPersonsBefore(mentions: readonly PersonMention[], offset: number, exclude: number | null): number[] {
  const found: number[] = [];
  let i = firstIndexNotBefore(mentions, (m) => m.start < offset) - 1;
  for (let seen = 0; i >= 0 && found.length < 2 && seen < 40; i--, seen++) {
    const p = mentions[i]!.person;
    if (p !== exclude && !found.includes(p)) found.push(p);
  }
  return found.length === 2 ? found : [];
}


function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** All person mentions of the document sorted by offset. */
function allMentions(persons: readonly PersonRecord[]): PersonMention[] {
  return persons.flatMap((p) => p.mentions).sort((a, b) => a.start - b.start);
}

/** Words after which a finite verb goes on a predicate, not a clause of its own. */
const COORDINATORS = new Set(["and", "or", "but", "then"]);
/** Words after which, past the content's start, a finite verb opens a relative clause ("That would reduce …" is a subject). */
const RELATIVES = new Set(["who", "which", "that"]);

/**
 * A finite verb that heads a clause of its own: not one that coordinates with the frame's predicate ("imposed an
 * embargo … and blocked the assets") nor one that opens a relative clause ("audits that track seafood").
 */
function hasClauseVerb(content: string): boolean {
  const words = lowerWords(content);
  return words.some((w, i) => isFiniteVerb(w) && !(i > 0 && COORDINATORS.has(words[i - 1]!)) && !(i > 1 && RELATIVES.has(words[i - 1]!)));
}

/** Verbs of perceiving and feeling: what a writer saw or felt is an impression, not something reported. */
const IMPRESSION = /^(?:(?:was|am|were|wasn’t|wasn't)\s+(?:also\s+|really\s+|pleasantly\s+)?(?:surprised|impressed|struck|amazed|disappointed|shocked|stunned)|(?:still\s+|also\s+)?(?:noticed|notice|saw|see|could see|can see|remember|remembered|felt|feel|preferred|prefer|enjoyed|loved|liked|hated))$/iu;

/** "I noticed the frame rate dip", "I was impressed the console keeps up": the writer's own impression, outside any quotation. */
function writersImpression(text: string, claimant: SourceCandidate | null, frame: Attribution, quotes: readonly QuoteDraft[]): boolean {
  if (!claimant || !/^I$/u.test(claimant.text) || quotes.some((q) => q.start <= frame.cueStart && frame.cueStart < q.end)) return false;
  return IMPRESSION.test(text.slice(frame.cueStart, frame.cueEnd).trim());
}

