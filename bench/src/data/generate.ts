/**
 * The seeded data generator: persons with Zipf popularity, and articles whose text really contains
 * the persons' names, the quotes and the claims at the stored offsets, in PolNeAR proportions
 * (see ratios.ts). Pure: no database here; load.ts writes the rows.
 */
import { createHash } from "node:crypto";
import { canonicalNameKey, surnameKey } from "@whosaid/domain";
import { ARCHIVE, POLNEAR } from "./ratios.js";
import { countWithMean, createRng, pickEmpirical, randInt, shuffle, Zipf } from "./rng.js";
import {
  ANONYMOUS,
  CLAIM_CUES,
  contentWord,
  FIRST_NAMES_HE,
  FIRST_NAMES_SHE,
  FUNCTION_WORDS,
  HEDGES,
  ORGANIZATIONS,
  QUOTE_CUES,
  ROLES,
  SURNAMES,
} from "./vocabulary.js";

export const TIERS = { S: 10_000, M: 100_000 } as const;
export type Tier = keyof typeof TIERS;
/** Bump when the generated data changes, so cached stores are rebuilt. */
export const GENERATOR_VERSION = 1;
/** The newest article's day (fixed, so a seed always gives the same data). */
const END_DAY = Date.UTC(2025, 5, 30);
const DAY_MS = 86_400_000;

export type SourceKind = "PERSON" | "ORGANIZATION" | "WORK" | "ANONYMOUS";

export interface PersonRow {
  id: number;
  name: string;
  nameKey: string;
  surnameKey: string | null;
  aliases: string[];
  roles: string[];
  she: boolean;
}
export interface ArticleRow {
  id: number;
  url: string;
  title: string;
  publisher: string;
  authors: string[];
  byline: string;
  publishedAt: Date;
  text: string;
  contentHash: string;
  wordCount: number;
}
export interface ArticlePersonRow {
  articleId: number;
  personId: number;
  mentionCount: number;
  roles: string[];
  position: number;
}
export interface MentionRow {
  id: number;
  articleId: number;
  personId: number;
  start: number;
  end: number;
  text: string;
  pronoun: boolean;
}
interface Attributed {
  id: number;
  articleId: number;
  text: string;
  start: number;
  end: number;
  personId: number | null;
  name: string | null;
  kind: SourceKind | null;
  sourceStart: number | null;
  sourceEnd: number | null;
  sourceText: string | null;
  cueStart: number;
  cueEnd: number;
  cueText: string;
  confidence: number;
}
export interface QuoteRow extends Attributed {
  kind2: "DIRECT" | "PARTIAL";
}
export interface ClaimRow extends Attributed {
  hedged: boolean;
  hedges: string[];
}
export interface ClaimSubjectRow {
  claimId: number;
  personId: number;
}

export interface Chunk {
  articles: ArticleRow[];
  articlePersons: ArticlePersonRow[];
  mentions: MentionRow[];
  quotes: QuoteRow[];
  claims: ClaimRow[];
  claimSubjects: ClaimSubjectRow[];
}

export interface GeneratorOptions {
  seed: number;
  articles: number;
  /** Distinct persons; by default ARCHIVE.personsPerArticle × articles. */
  persons?: number;
}

const PUBLISHERS = [
  "The Daily Ledger",
  "Capitol Wire",
  "Metro Herald",
  "The National Post-Dispatch",
  "Evening Courier",
  "Northern Gazette",
  "Southern Tribune",
  "Coastal Times",
  "The Observer Review",
  "Global Desk",
  "River Valley News",
  "Plains Chronicle",
].slice(0, ARCHIVE.publishers);

/** Per-item seed: articles do not depend on how the run is chunked. */
function subSeed(seed: number, stream: number, index: number): number {
  let h = (seed ^ Math.imul(stream, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ index, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

export class Generator {
  readonly persons: PersonRow[];
  readonly personCount: number;
  private readonly personZipf: Zipf;
  private readonly wordZipf: Zipf;
  private readonly vocabulary: string[];
  private readonly publisherZipf: Zipf;
  /** Popularity rank → person id (shuffled so popular people are not the lowest ids). */
  private readonly personIdOfRank: number[];
  private nextMention = 1;
  private nextQuote = 1;
  private nextClaim = 1;
  private nextArticle = 0;

  constructor(readonly options: GeneratorOptions) {
    this.personCount = options.persons ?? Math.max(50, Math.round(options.articles * ARCHIVE.personsPerArticle));
    this.persons = generatePersons(options.seed, this.personCount);
    this.personZipf = new Zipf(this.personCount, ARCHIVE.personZipfExponent);
    this.wordZipf = new Zipf(ARCHIVE.vocabularySize, ARCHIVE.wordZipfExponent);
    this.vocabulary = Array.from({ length: ARCHIVE.vocabularySize }, (_, k) => contentWord(k));
    this.publisherZipf = new Zipf(PUBLISHERS.length, 0.8);
    this.personIdOfRank = shuffle(
      createRng(subSeed(options.seed, 2, 0)),
      this.persons.map((p) => p.id),
    );
  }

  /** The person id at popularity rank k (0 = most named). */
  personIdAtRank(k: number): number {
    return this.personIdOfRank[k]!;
  }

  get done(): boolean {
    return this.nextArticle >= this.options.articles;
  }

  /** The next `size` articles with everything in them. */
  nextChunk(size: number): Chunk {
    const chunk: Chunk = { articles: [], articlePersons: [], mentions: [], quotes: [], claims: [], claimSubjects: [] };
    const end = Math.min(this.options.articles, this.nextArticle + size);
    for (; this.nextArticle < end; this.nextArticle++) this.article(this.nextArticle, chunk);
    return chunk;
  }

  private article(index: number, out: Chunk): void {
    const rng = createRng(subSeed(this.options.seed, 1, index));
    const articleId = index + 1;
    const vocabulary = this.vocabulary;
    const word = () => vocabulary[this.wordZipf.sample(rng)]!;
    const words = (n: number): string => {
      let w = "";
      for (let i = 0; i < n; i++) {
        if (i > 0) w += " ";
        w += rng() < 0.62 ? word() : FUNCTION_WORDS[randInt(rng, FUNCTION_WORDS.length)]!;
      }
      return w;
    };

    // People of the article, drawn by popularity without repeats.
    const wanted = Math.min(this.personCount, pickEmpirical(rng, POLNEAR.personsPerArticle));
    const people: { row: PersonRow; target: number; said: number; mentions: number; position: number }[] = [];
    const seen = new Set<number>();
    for (let tries = 0; people.length < wanted && tries < wanted * 20; tries++) {
      const id = this.personIdOfRank[this.personZipf.sample(rng)]!;
      if (seen.has(id)) continue;
      seen.add(id);
      people.push({ row: this.persons[id - 1]!, target: countWithMean(rng, POLNEAR.mentionsPerPerson, 1), said: 0, mentions: 0, position: -1 });
    }
    let nextPosition = 0;

    let text = "";
    let sentencesInParagraph = 0;
    const startSentence = () => {
      if (text.length === 0) return;
      if (sentencesInParagraph >= 2 + randInt(rng, 3)) {
        text += "\n\n";
        sentencesInParagraph = 0;
      } else text += " ";
    };
    const append = (s: string): { start: number; end: number } => {
      const start = text.length;
      text += s;
      return { start, end: text.length };
    };
    /** Names a person (full name first, then surname or a pronoun) and records the mention. */
    const refer = (p: (typeof people)[number], atSentenceStart: boolean): { start: number; end: number; text: string } => {
      let t: string;
      let pronoun = false;
      if (p.mentions === 0) t = p.row.name;
      else if (rng() < POLNEAR.pronounShare / (1 - 1 / POLNEAR.mentionsPerPerson)) {
        pronoun = true;
        t = p.row.she ? "she" : "he";
        if (atSentenceStart) t = t[0]!.toUpperCase() + t.slice(1);
      } else t = p.row.aliases[0] ?? p.row.name;
      const span = append(t);
      if (p.position < 0) p.position = nextPosition++;
      p.mentions++;
      out.mentions.push({ id: this.nextMention++, articleId, personId: p.row.id, start: span.start, end: span.end, text: t, pronoun });
      return { ...span, text: t };
    };
    const pickPerson = () => {
      const pending = people.filter((p) => p.mentions < p.target);
      const pool = pending.length ? pending : people;
      return pool[randInt(rng, pool.length)]!;
    };
    const capital = (s: string) => s[0]!.toUpperCase() + s.slice(1);

    type Kind = "quote" | "claim";
    const plan: Kind[] = [
      ...Array.from({ length: countWithMean(rng, POLNEAR.quotesPerArticle, 0) }, (): Kind => "quote"),
      ...Array.from({ length: countWithMean(rng, POLNEAR.claimsPerArticle, 0) }, (): Kind => "claim"),
    ];
    shuffle(rng, plan);
    const target = Math.round(POLNEAR.wordsPerArticle * (0.55 + 0.9 * rng()));
    let wordCount = 0;
    const narrative = () => {
      startSentence();
      const n = 3 + randInt(rng, 7);
      const pending = () => people.filter((q) => q.mentions < q.target);
      const first = pending();
      const p = first.length ? first[randInt(rng, first.length)]! : null;
      if (p && rng() < 0.5) {
        const r = refer(p, true);
        append(` ${words(n)}`);
        wordCount += n + r.text.split(" ").length;
      } else {
        append(capital(words(n)));
        wordCount += n;
        if (p) {
          append(" ");
          wordCount += refer(p, false).text.split(" ").length;
        }
      }
      // A second person in the same sentence when more are still to be named.
      const second = pending().filter((q) => q !== p);
      if (second.length) {
        const q = second[randInt(rng, second.length)]!;
        append(" and ");
        wordCount += 1 + refer(q, false).text.split(" ").length;
      }
      append(".");
      sentencesInParagraph++;
    };
    const source = (personShare: number) => {
      if (people.length && rng() < personShare) return { person: pickPerson(), name: null, kind: "PERSON" as SourceKind };
      const anonymous = rng() < 0.5;
      const list = anonymous ? ANONYMOUS : ORGANIZATIONS;
      return { person: null, name: list[randInt(rng, list.length)]!, kind: (anonymous ? "ANONYMOUS" : "ORGANIZATION") as SourceKind };
    };

    // Opening sentences, then the quotes and claims interleaved with narrative.
    narrative();
    for (const kind of plan) {
      if (rng() < 0.25) narrative();
      startSentence();
      sentencesInParagraph++;
      if (kind === "quote") {
        const n = countWithMean(rng, POLNEAR.wordsPerQuote, 3);
        const q = words(n);
        const src = source(POLNEAR.quoteSpeakerPersonShare);
        const partial = rng() < POLNEAR.partialQuoteShare;
        let inner: { start: number; end: number };
        let sourceSpan: { start: number; end: number; text: string };
        let cue: { start: number; end: number; text: string };
        if (partial) {
          sourceSpan = src.person ? refer(src.person, true) : { ...append(capital(src.name!)), text: capital(src.name!) };
          const cueText = "called it";
          cue = { ...(append(" "), append(cueText)), text: cueText };
          append(" “");
          inner = append(q);
          append(`” ${words(3)}.`);
        } else {
          append("“");
          inner = append(capital(q));
          append(",” ");
          sourceSpan = src.person ? refer(src.person, false) : { ...append(src.name!), text: src.name! };
          const cueText = QUOTE_CUES[randInt(rng, QUOTE_CUES.length)]!;
          append(" ");
          cue = { ...append(cueText), text: cueText };
          append(".");
        }
        wordCount += n + 4;
        out.quotes.push({
          id: this.nextQuote++,
          articleId,
          text: text.slice(inner.start, inner.end),
          start: inner.start,
          end: inner.end,
          kind2: partial ? "PARTIAL" : "DIRECT",
          personId: src.person?.row.id ?? null,
          name: src.person ? src.person.row.name : src.name,
          kind: src.kind,
          sourceStart: sourceSpan.start,
          sourceEnd: sourceSpan.end,
          sourceText: sourceSpan.text,
          cueStart: cue.start,
          cueEnd: cue.end,
          cueText: cue.text,
          confidence: Math.round((0.55 + 0.45 * rng()) * 100) / 100,
        });
        if (src.person) src.person.said++;
      } else {
        const n = countWithMean(rng, POLNEAR.wordsPerClaim, 4);
        const src = source(POLNEAR.claimantPersonShare);
        const hedged = rng() < POLNEAR.hedgedShare;
        const hedge = hedged ? HEDGES[randInt(rng, HEDGES.length)]! : null;
        let sourceSpan: { start: number; end: number; text: string };
        let cue: { start: number; end: number; text: string };
        let body: { start: number; end: number };
        if (src.person || rng() < 0.5) {
          sourceSpan = src.person ? refer(src.person, true) : { ...append(capital(src.name!)), text: capital(src.name!) };
          append(" ");
          if (hedge) append(`${hedge} `);
          const cueText = CLAIM_CUES[randInt(rng, CLAIM_CUES.length)]!;
          cue = { ...append(cueText), text: cueText };
          append(" ");
          body = append(words(n));
          append(".");
        } else {
          const cueText = "According to";
          cue = { ...append(cueText), text: cueText };
          append(" ");
          sourceSpan = { ...append(src.name!), text: src.name! };
          append(hedge ? `, ${hedge} ` : ", ");
          body = append(words(n));
          append(".");
        }
        wordCount += n + 4;
        const claimId = this.nextClaim++;
        out.claims.push({
          id: claimId,
          articleId,
          text: text.slice(body.start, body.end),
          start: body.start,
          end: body.end,
          personId: src.person?.row.id ?? null,
          name: src.person ? src.person.row.name : src.name,
          kind: src.kind,
          sourceStart: sourceSpan.start,
          sourceEnd: sourceSpan.end,
          sourceText: sourceSpan.text,
          cueStart: cue.start,
          cueEnd: cue.end,
          cueText: cue.text,
          confidence: Math.round((0.5 + 0.5 * rng()) * 100) / 100,
          hedged,
          hedges: hedge ? [hedge] : [],
        });
        // Subjects: the people the claim is about (mean 0.77 per claim), never its claimant.
        const others = people.filter((p) => p !== src.person && p.mentions > 0);
        let subjects = Math.min(others.length, countWithMean(rng, POLNEAR.subjectsPerClaim, 0));
        const used = new Set<number>();
        for (let t = 0; subjects > 0 && t < 20; t++) {
          const s = others[randInt(rng, others.length)]!;
          if (used.has(s.row.id)) continue;
          used.add(s.row.id);
          out.claimSubjects.push({ claimId, personId: s.row.id });
          subjects--;
        }
      }
    }
    // Narrative until every person is named as often as drawn and the article is long enough (bounded).
    for (let guard = 0; guard < 400 && (wordCount < target || people.some((p) => p.mentions < p.target)); guard++) narrative();

    const title = capital(Array.from({ length: 6 + randInt(rng, 5) }, word).join(" "));
    const publisher = PUBLISHERS[this.publisherZipf.sample(rng)]!;
    const authorCount = 1 + (rng() < 0.3 ? 1 : 0);
    const authors = Array.from({ length: authorCount }, () => {
      const she = rng() < 0.5;
      const first = (she ? FIRST_NAMES_SHE : FIRST_NAMES_HE)[randInt(rng, she ? FIRST_NAMES_SHE.length : FIRST_NAMES_HE.length)]!;
      return `${first} ${SURNAMES[randInt(rng, SURNAMES.length)]!}`;
    });
    const day = END_DAY - Math.floor((1 - index / this.options.articles) * ARCHIVE.days) * DAY_MS + randInt(rng, DAY_MS);
    out.articles.push({
      id: articleId,
      url: `https://news${PUBLISHERS.indexOf(publisher)}.example/${new Date(day).toISOString().slice(0, 10)}/article-${articleId}`,
      title,
      publisher,
      authors,
      byline: `By ${authors.join(" and ")}`,
      publishedAt: new Date(day),
      text,
      contentHash: createHash("sha256").update(text).digest("hex"),
      wordCount: countWords(text),
    });
    for (const p of people) {
      if (p.mentions === 0) continue;
      out.articlePersons.push({ articleId, personId: p.row.id, mentionCount: p.mentions, roles: p.row.roles, position: p.position });
    }
  }
}

/** `count` persons with unique names; about a third carry a role. */
export function generatePersons(seed: number, count: number): PersonRow[] {
  const rng = createRng(subSeed(seed, 3, 0));
  const names = new Set<string>();
  const out: PersonRow[] = [];
  for (let id = 1; id <= count; id++) {
    const she = rng() < 0.4;
    const firsts = she ? FIRST_NAMES_SHE : FIRST_NAMES_HE;
    let name = "";
    for (let attempt = 0; attempt < 100; attempt++) {
      const first = firsts[randInt(rng, firsts.length)]!;
      const last = SURNAMES[randInt(rng, SURNAMES.length)]!;
      name = attempt < 3 ? `${first} ${last}` : `${first} ${String.fromCharCode(65 + randInt(rng, 26))}. ${last}`;
      if (attempt >= 60) name = `${first} ${last}-${SURNAMES[randInt(rng, SURNAMES.length)]!}`;
      if (!names.has(name)) break;
    }
    if (names.has(name)) name = `${name} ${id}`;
    names.add(name);
    const surname = name.split(" ").at(-1)!;
    out.push({
      id,
      name,
      nameKey: canonicalNameKey(name),
      surnameKey: surnameKey(name),
      aliases: [surname],
      roles: rng() < 0.33 ? [ROLES[randInt(rng, ROLES.length)]!] : [],
      she,
    });
  }
  return out;
}

/** Words in a text: runs of non-space characters (the generated text has single spaces and blank lines). */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
