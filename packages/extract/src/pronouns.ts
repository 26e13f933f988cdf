/**
 * Third-person pronouns ("he", "his", "she", "her") resolved to a recent compatible person:
 * an earlier same-gender pronoun in the sentence, else the nearest subject-like person in the
 * sentence, else the first subject of the previous sentences, else the nearest mention.
 */
import type { Gender, PersonMention, PersonRecord } from "./persons.js";
import { isSubjectLike } from "./persons.js";
import type { MarkPair } from "./quote-marks.js";
import type { Sentence } from "./segment.js";
import { firstIndexNotBefore } from "./sorted.js";
import { tokenIndexAt, type Token } from "./tokens.js";

const PRONOUN_GENDER: Record<string, "m" | "f"> = { he: "m", him: "m", his: "m", himself: "m", she: "f", her: "f", hers: "f", herself: "f" };
const LOOKBACK_SENTENCES = 3;

/** Adds resolved pronoun mentions to the persons (mutates their mention lists). */
export function resolvePronouns(text: string, tokens: readonly Token[], sentences: readonly Sentence[], persons: PersonRecord[], quotes: readonly MarkPair[] = []): void {
  const bySentence = mentionsBySentence(persons);
  const quoted = quotedSentences(sentences, quotes);
  for (const s of sentences) {
    if (s.heading) continue;
    for (let i = tokenIndexAt(tokens, s.start); i < tokens.length && tokens[i]!.start < s.end; i++) {
      const t = tokens[i]!;
      const gender = PRONOUN_GENDER[t.lower];
      if (!gender) continue;
      const antecedent = cataphor(text, bySentence, s, t, gender, persons) ?? findAntecedent(text, quotes, quoted, bySentence, sentences, s, t.start, gender, persons);
      if (antecedent === null) continue;
      const mention: PersonMention = {
        start: t.start,
        end: t.end,
        text: t.text,
        person: antecedent,
        sentence: s.index,
        pronoun: true,
        possessive: t.lower === "his" || t.lower === "hers",
        subjectLike: (t.lower === "he" || t.lower === "she") && isSubjectLike(text, t.end, false),
      };
      // A person of unknown gender takes the gender of the first pronoun resolved to it.
      persons[antecedent]!.gender ??= gender;
      persons[antecedent]!.mentions.push(mention);
      insertSorted(bySentence, mention);
    }
  }
  for (const p of persons) p.mentions.sort((a, b) => a.start - b.start);
}

function compatible(p: PersonRecord, gender: Gender): boolean {
  return p.gender === null || p.gender === gender;
}

const MAX_FRONTED = 200;
const FRONTED_OPENERS = new Set(["in", "after", "before", "while", "when", "during", "despite", "since", "upon", "on", "at", "for", "with", "following", "throughout", "until", "as"]);

/**
 * "In her opening remarks, Waters pointed out…", "After calling … to speak with his mother, Montalvo was…":
 * a possessive in a fronted adverbial, with no person before it in the sentence, is the subject right
 * after the adverbial's comma.
 */
function cataphor(
  text: string,
  bySentence: Map<number, PersonMention[]>,
  s: Sentence,
  t: Token,
  gender: "m" | "f",
  persons: readonly PersonRecord[],
): number | null {
  if (t.lower !== "his" && t.lower !== "her") return null;
  const opener = /^\s*["“]?(\p{L}+)/u.exec(text.slice(s.start, s.start + 30))?.[1]?.toLowerCase() ?? "";
  if (!FRONTED_OPENERS.has(opener) && !/^\p{L}{3,}ing$/u.test(opener)) return null;
  // Bounded windows keep this linear in the length of a long sentence.
  if (t.start - s.start > MAX_FRONTED || text.slice(s.start, t.start).includes(",")) return null;
  const mentions = bySentence.get(s.index) ?? [];
  if ((mentions[0]?.start ?? Infinity) < t.start) return null;
  const rel = text.slice(t.end, Math.min(s.end, t.end + MAX_FRONTED)).indexOf(",");
  if (rel < 0) return null;
  const comma = t.end + rel;
  const after = comma + 1 + (/^\s*/.exec(text.slice(comma + 1, comma + 4))?.[0].length ?? 0);
  const subject = mentions.find((m) => m.start === after && !m.pronoun && m.subjectLike);
  return subject && compatible(persons[subject.person]!, gender) ? subject.person : null;
}

function findAntecedent(
  text: string,
  quotes: readonly MarkPair[],
  quoted: ReadonlySet<number>,
  bySentence: Map<number, PersonMention[]>,
  sentences: readonly Sentence[],
  s: Sentence,
  offset: number,
  gender: "m" | "f",
  persons: readonly PersonRecord[],
): number | null {
  const ok = (m: PersonMention) => m.start < offset && compatible(persons[m.person]!, gender);
  const here = (bySentence.get(s.index) ?? []).filter(ok);
  // The latest earlier same-gender pronoun or subject in the sentence ("His father Mohamed El-Hassan Mohamed said he").
  const latest = here.filter((m) => m.pronoun || m.subjectLike).at(-1);
  if (latest) return latest.person;
  // "Thomas' sister pleaded with him": the possessor of the subject.
  const possessor = here.find((m) => m.possessive && !m.pronoun);
  if (possessor) return possessor.person;
  const back = lookback(quoted, sentences, s.index);
  // Outside a quotation, a person inside one is whom a speaker talked about, not who "she" is ("“… As Eloise deteriorated …” She added:").
  const narrated = !insideQuote(quotes, offset);
  for (const k of back) {
    const prev = (bySentence.get(k) ?? []).filter(ok);
    const subject = prev.find((m) => (m.subjectLike || invertedSpeaker(text, m) || apposedSpeaker(text, m)) && !(narrated && insideQuote(quotes, m.start)));
    if (subject) return subject.person;
  }
  if (here.length > 0) return here.at(-1)!.person;
  for (const k of back) {
    const prev = (bySentence.get(k) ?? []).filter(ok);
    if (prev.length > 0) return prev.at(-1)!.person;
  }
  return null;
}

/** Verbs of saying that stand next to their speaker's name ("…, said X", "X, …, said"). */
const SAYING = "said|says|added|adds|noted|notes|explained|continued|wrote|writes|recalled|argued|insisted|asked|stated|declared|told|tells";
const INVERTED_SPEECH = new RegExp(`(?:[,"”’']|'')\\s*(?:${SAYING})\\s+$`, "u");

/** "…, said Angie Drobnic Holan, Politifact's editor. …, she said": the speaker after an inverted verb of saying. */
function invertedSpeaker(text: string, m: PersonMention): boolean {
  return !m.pronoun && INVERTED_SPEECH.test(text.slice(Math.max(0, m.start - 16), m.start));
}

const APPOSED_SPEECH = new RegExp(`^,\\s*(?:${SAYING})\\b`, "u");

/** "…,” her mother, Fiona, said": a name set off by commas right before its verb of saying. */
function apposedSpeaker(text: string, m: PersonMention): boolean {
  return !m.pronoun && APPOSED_SPEECH.test(text.slice(m.end, m.end + 16));
}

/**
 * The sentences before sentence `index` to look for an antecedent in, nearest first: the previous
 * LOOKBACK_SENTENCES, not counting headings and sentences wholly inside a quotation ("“It turned into
 * quite a marketing advantage. Whole Foods saw that early. …” he said"), up to MAX_LOOKBACK back.
 */
function lookback(quoted: ReadonlySet<number>, sentences: readonly Sentence[], index: number): number[] {
  const out: number[] = [];
  let counted = 0;
  for (let k = index - 1; k >= Math.max(0, index - MAX_LOOKBACK) && counted < LOOKBACK_SENTENCES; k--) {
    out.push(k);
    if (!sentences[k]!.heading && !quoted.has(k)) counted++;
  }
  return out;
}

/** Whether `offset` lies between a pair of quotation marks (the pairs are in text order and do not nest). */
function insideQuote(quotes: readonly MarkPair[], offset: number): boolean {
  const pair = quotes[firstIndexNotBefore(quotes, (q) => q.close < offset)];
  return pair !== undefined && pair.open < offset;
}

/** The indices of the sentences that lie wholly inside a pair of quotation marks. */
function quotedSentences(sentences: readonly Sentence[], quotes: readonly MarkPair[]): Set<number> {
  const out = new Set<number>();
  let q = 0;
  for (const s of sentences) {
    while (q < quotes.length && quotes[q]!.close < s.start) q++;
    const pair = quotes[q];
    if (pair && pair.open <= s.start + 1 && s.end <= pair.close + 3) out.add(s.index);
  }
  return out;
}

const MAX_LOOKBACK = 8;

function mentionsBySentence(persons: readonly PersonRecord[]): Map<number, PersonMention[]> {
  const map = new Map<number, PersonMention[]>();
  for (const p of persons) for (const m of p.mentions) insertSorted(map, m);
  return map;
}

function insertSorted(map: Map<number, PersonMention[]>, m: PersonMention): void {
  const list = map.get(m.sentence) ?? [];
  let i = list.length;
  while (i > 0 && list[i - 1]!.start > m.start) i--;
  list.splice(i, 0, m);
  map.set(m.sentence, list);
}
