/**
 * The word lists the extractor runs on, loaded once from `lexicons/*.json` (data, not code, so
 * they can be tuned without touching the rules). Generated lists come from compromise's lexicon
 * via `scripts/build-lexicons.mjs`; the others are written by hand.
 */
import adjectives from "./lexicons/adjectives.json" with { type: "json" };
import attitudeCues from "./lexicons/attitude-cues.json" with { type: "json" };
import cuePhrases from "./lexicons/cue-phrases.json" with { type: "json" };
import commonWords from "./lexicons/common-words.json" with { type: "json" };
import demonyms from "./lexicons/demonyms.json" with { type: "json" };
import denials from "./lexicons/denials.json" with { type: "json" };
import givenNames from "./lexicons/given-names.json" with { type: "json" };
import hedges from "./lexicons/hedges.json" with { type: "json" };
import organizations from "./lexicons/organizations.json" with { type: "json" };
import people from "./lexicons/people.json" with { type: "json" };
import places from "./lexicons/places.json" with { type: "json" };
import reporting from "./lexicons/reporting-verbs.json" with { type: "json" };
import roleNouns from "./lexicons/role-nouns.json" with { type: "json" };
import sources from "./lexicons/sources.json" with { type: "json" };
import surnames from "./lexicons/surnames.json" with { type: "json" };
import weakCues from "./lexicons/weak-cues.json" with { type: "json" };
import verbForms from "./lexicons/verb-forms.json" with { type: "json" };

export type CueFrame = "clause" | "object" | "quote" | "naming";

export interface ReportingVerb {
  form: string;
  frame: CueFrame;
  hedge: boolean;
  denial: boolean;
  /** Mined from PolNeAR train (attitude-cues.json) rather than listed by hand. */
  mined?: boolean;
  /** Second-tier mined form (weak-cues.json): a cue only right after a known subject. */
  weak?: boolean;
}

const lower = (words: readonly string[]) => new Set(words.map((w) => w.toLowerCase()));

export const MALE_NAMES = lower([...givenNames.male, ...people.extraGivenNames.male]);
export const FEMALE_NAMES = lower([...givenNames.female, ...people.extraGivenNames.female]);
export const GIVEN_NAMES = new Set([...MALE_NAMES, ...FEMALE_NAMES, ...lower(givenNames.either), ...lower(people.extraGivenNames.either)]);
/** Ordinary lower-case English words (common-words.json, mined from PolNeAR train): "like", "recent", "education". */
export const COMMON_WORDS = lower(commonWords.words);
/** compromise's adjectives ("derelict", "embattled"), for words that open a headline before a name. */
export const ADJECTIVES = lower(adjectives);
/** Family names of East Asian names ("Lau Siu-lai", "Junius Ho"), unless they are common words ("law"). */
export const EAST_ASIAN_SURNAMES = new Set([...lower(people.eastAsianSurnames)].filter((w) => !COMMON_WORDS.has(w)));
/** All of them, common words included: enough before an East Asian given name ("Ban Ki-moon", "Moon Jae-in"). */
export const EAST_ASIAN_SURNAME_FORMS = lower(people.eastAsianSurnames);
export const SURNAMES = new Set([...lower(surnames), ...EAST_ASIAN_SURNAMES]);
export const PLACES = lower(places);
export const ORGANIZATIONS = lower(organizations);
export const DEMONYMS = lower(demonyms);
export const ROLE_NOUNS = lower([...roleNouns, ...people.extraRoleNouns]);
export const TITLES = lower(people.titles);
export const MALE_TITLES = lower(people.maleTitles);
export const FEMALE_TITLES = lower(people.femaleTitles);
export const ROLE_MODIFIERS = lower(people.roleModifiers);
/** Titles that make a person ("President", "Ms.", "Professor"), not parts of titles ("First", "Homeland", "Security"). */
export const PERSON_TITLES = new Set([...TITLES].filter((t) => !ROLE_MODIFIERS.has(t) && !people.titleParts.includes(t)));
export const NOT_NAMES = lower(people.notNames);

export const WORK_NOUNS = lower(sources.work);
/** Cue forms that are also plural nouns of works and statements ("reports", "claims", "polls"). */
export const PLURAL_NOUN_CUES = new Set([...WORK_NOUNS, "claim", "estimate", "note", "comment", "remark"].map((w) => (w.endsWith("s") ? w : `${w}s`)));
export const ANONYMOUS_NOUNS = lower(sources.anonymous);
export const ORGANIZATION_NOUNS = lower(sources.organization);
export const ORGANIZATION_NAME_WORDS = lower(sources.organizationNameWords);
export const DISCOURSE_MARKERS = lower(sources.discourseMarkers);

const HAND_VERBS: [string, ReportingVerb][] = reporting.verbs.flatMap((v) =>
  v.forms.map((form): [string, ReportingVerb] => [
    form,
    { form, frame: v.frame as CueFrame, hedge: "hedge" in v && v.hedge === true, denial: "denial" in v && v.denial === true },
  ]),
);
/** Cue words mined from PolNeAR train (attitude-cues.json): verbs of saying, thinking, wanting, backing… */
export const MINED_CUES: ReadonlySet<string> = new Set(
  (attitudeCues.forms as [string, number, number][]).map(([form]) => form).filter((f) => !/ly$/.test(f) && !reporting.notCues.includes(f)),
);
/** Second-tier cue words (weak-cues.json), minus `notCues`: cues only right after a known subject. */
export const WEAK_CUES: ReadonlySet<string> = new Set(
  (weakCues.forms as [string, number, number][]).map(([form]) => form).filter((f) => !/ly$/.test(f) && !reporting.notCues.includes(f)),
);
/** Multi-word cues mined from PolNeAR train (cue-phrases.json): "made it clear", "weighed in on", "shot back". */
export const CUE_PHRASES: ReadonlySet<string> = new Set(
  (cuePhrases.phrases as [string, number, number][]).flatMap(([p]) => [p, p.replace(/'/g, "’")]),
);
export const REPORTING_VERBS: ReadonlyMap<string, ReportingVerb> = new Map([
  ...[...CUE_PHRASES].map((form): [string, ReportingVerb] => [form, { form, frame: "clause", hedge: false, denial: false, mined: true }]),
  ...[...MINED_CUES].map((form): [string, ReportingVerb] => [form, { form, frame: "clause", hedge: false, denial: false, mined: true }]),
  ...HAND_VERBS,
]);
/**
 * Verbs after which a capitalised word is taken for a speaker's name ("Jafari said"): the hand-listed
 * verbs and the mined forms seen in a gold cue at least 4 times (rarer mined forms cost GUM precision).
 */
export const NAME_EVIDENCE_VERBS: ReadonlySet<string> = new Set([
  ...HAND_VERBS.map(([form]) => form),
  ...(attitudeCues.forms as [string, number, number][]).filter(([form, n]) => n >= 4 && MINED_CUES.has(form)).map(([form]) => form),
]);
/** Verbs whose content may be an infinitive ("vowed to fight"): the mined attitude cues and `toContent`. */
export const TO_CONTENT_VERBS: ReadonlySet<string> = new Set([...MINED_CUES, ...reporting.toContent]);
/** A hand-listed verb of saying, or a mined phrase of it and an adjunct ("said in a statement", not "says about"). */
export function isHandListed(verb: ReportingVerb): boolean {
  const [first, ...rest] = verb.form.split(" ");
  const head = REPORTING_VERBS.get(first!);
  return !verb.mined || (head !== undefined && !head.mined && /^(?:in|on|at|during|via|through|to)$/u.test(rest[0] ?? ""));
}
/** What the cue finder looks up: the reporting verbs plus the weak cues (names and chunks only use REPORTING_VERBS). */
export const CUE_FORMS: ReadonlyMap<string, ReportingVerb> = new Map([
  ...[...WEAK_CUES].map((form): [string, ReportingVerb] => [form, { form, frame: "clause", hedge: false, denial: false, mined: true, weak: true }]),
  ...REPORTING_VERBS,
]);
export const PROPOSITION_NOUNS = lower(reporting.propositionNouns);
/** Those and the nouns only a possessor's noun frame takes ("his notion that P"). */
export const POSSESSED_PROPOSITION_NOUNS = new Set([...PROPOSITION_NOUNS, ...lower(reporting.possessedPropositionNouns)]);
export const COMPLEMENTIZERS = lower(reporting.complementizers);
export const AUXILIARIES = lower(reporting.auxiliaries);
/** Modals, negations and adverbs that join a cue's verb group ("did not immediately respond", "has long argued"). */
export const VERB_GROUP_WORDS = lower(reporting.verbGroupWords);

export const HEDGE_ADVERBS = lower(hedges.adverbs);
export const HEDGE_PHRASES: readonly string[] = hedges.phrases;

export const DENIAL_VERBS = lower(denials.verbs);
export const NEGATORS = lower(denials.negators);
export const NEGATED_KNOWLEDGE = lower(denials.negatedKnowledge);
export const DENIAL_PHRASES: readonly string[] = denials.phrases;

/** True for a role noun, singular or plural ("aides" → "aide"). */
export function isRoleNoun(word: string): boolean {
  const w = word.toLowerCase();
  return ROLE_NOUNS.has(w) || (w.endsWith("s") && ROLE_NOUNS.has(w.slice(0, -1)));
}

/**
 * Verb forms from compromise's lexicon (build-lexicons.mjs) by class: P past, S present (-s),
 * G gerund, R participle, I infinitive. A word that is several takes the first of P, S, G, R, I.
 */
export const VERB_CLASS: ReadonlyMap<string, "P" | "S" | "G" | "R" | "I"> = (() => {
  const map = new Map<string, "P" | "S" | "G" | "R" | "I">();
  for (const [cls, words] of [["I", verbForms.infinitive], ["R", verbForms.participle], ["G", verbForms.gerund], ["S", verbForms.present], ["P", verbForms.past]] as const) {
    for (const w of words) map.set(w, cls);
  }
  return map;
})();

/** Auxiliaries, modals and contracted subjects that make a clause finite on their own ("is", "would", "didn't", "it's"). */
const FINITE_AUXILIARIES: ReadonlySet<string> = new Set([
  "is", "are", "was", "were", "am", "will", "would", "can", "could", "may", "might", "must", "shall", "should", "has", "have", "had", "do",
  "does", "did", "isn't", "aren't", "wasn't", "weren't", "won't", "wouldn't", "can't", "couldn't", "hasn't", "haven't", "hadn't", "don't",
  "doesn't", "didn't", "it's", "he's", "she's", "they're", "we're", "i'm", "there's", "that's",
]);

/** A lower-case word that is a finite verb: an auxiliary or modal, a past tense or a third-person present. */
export function isFiniteVerb(word: string): boolean {
  return FINITE_AUXILIARIES.has(word) || VERB_CLASS.get(word) === "P" || VERB_CLASS.get(word) === "S";
}

/** Lower-case words in -ly that are not adverbs ("a close ally said", "the daily reported", "the family said"). */
export const NOT_ADVERBS: ReadonlySet<string> = new Set(["ally", "rally", "family", "assembly", "daily", "weekly", "monthly", "supply", "reply", "anomaly", "bully", "belly"]);

/** The words of a span in lower case, curly apostrophes straightened, as the verb lists spell them. */
export function lowerWords(span: string): string[] {
  return span.toLowerCase().replace(/’/gu, "'").match(/[\p{L}']+/gu) ?? [];
}

/** A finite verb anywhere in a span of text. */
export function hasFiniteVerb(span: string): boolean {
  return lowerWords(span).some(isFiniteVerb);
}

export const DAY_NAMES: readonly string[] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
export const MONTH_NAMES: readonly string[] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** A person who speaks by role or kind, singular or plural: "aide", "spokeswoman", "attorneys", "colleague". */
export function isSpeakerNoun(word: string): boolean {
  const singular = word.endsWith("s") ? word.slice(0, -1) : undefined;
  return ANONYMOUS_NOUNS.has(word) || isRoleNoun(word) || (singular !== undefined && (ANONYMOUS_NOUNS.has(singular) || isRoleNoun(singular)));
}

/** A finite verb or a gerund by its form ("said", "says", "saying"): a word no noun phrase's modifier is. */
export function isVerbOfClause(word: string): boolean {
  const form = VERB_CLASS.get(word);
  return form === "P" || form === "S" || form === "G";
}

/** Verbs that give a person's name ("a gunman named …", "dubbed", "nicknamed"). */
export const PERSON_NAMING_VERBS: ReadonlySet<string> = new Set(["named", "dubbed", "nicknamed"]);
/** Verbs of naming anything: those, a work's "titled"/"entitled", and "known as" ("called" also labels, so it is none). */
export const NAMING_VERBS: ReadonlySet<string> = new Set([...PERSON_NAMING_VERBS, "titled", "entitled", "known as"]);

