import { describe, expect, it } from "vitest";
import { countWords, Generator, type Chunk } from "./generate.js";
import { POLNEAR } from "./ratios.js";
import { contentWord } from "./vocabulary.js";

const ARTICLES = 400;
function generate(seed: number): { gen: Generator; chunk: Chunk } {
  const gen = new Generator({ seed, articles: ARTICLES });
  const chunk = gen.nextChunk(ARTICLES);
  return { gen, chunk };
}

describe("the data generator", () => {
  const { gen, chunk } = generate(7);

  it("is deterministic for a seed", () => {
    const again = generate(7).chunk;
    expect(again.articles.map((a) => a.contentHash)).toEqual(chunk.articles.map((a) => a.contentHash));
    expect(generate(8).chunk.articles[0]!.contentHash).not.toBe(chunk.articles[0]!.contentHash);
    expect(gen.done).toBe(true);
  });

  it("does not depend on how the run is chunked", () => {
    const g = new Generator({ seed: 7, articles: ARTICLES });
    const parts = [g.nextChunk(150), g.nextChunk(150), g.nextChunk(150)];
    expect(parts.flatMap((p) => p.articles.map((a) => a.contentHash))).toEqual(chunk.articles.map((a) => a.contentHash));
    expect(parts.flatMap((p) => p.quotes.map((q) => q.id))).toEqual(chunk.quotes.map((q) => q.id));
  });

  it("stores offsets that point at the words in the text", () => {
    const text = new Map(chunk.articles.map((a) => [a.id, a.text]));
    for (const m of chunk.mentions.slice(0, 2000)) expect(text.get(m.articleId)!.slice(m.start, m.end)).toBe(m.text);
    for (const q of chunk.quotes) {
      expect(text.get(q.articleId)!.slice(q.start, q.end)).toBe(q.text);
      expect(text.get(q.articleId)!.slice(q.cueStart, q.cueEnd)).toBe(q.cueText);
      if (q.sourceStart !== null) expect(text.get(q.articleId)!.slice(q.sourceStart, q.sourceEnd!)).toBe(q.sourceText);
    }
    for (const c of chunk.claims) expect(text.get(c.articleId)!.slice(c.start, c.end)).toBe(c.text);
  });

  it("keeps PolNeAR's proportions (±20 %)", () => {
    const n = chunk.articles.length;
    const persons = chunk.articlePersons.length;
    const near = (value: number, expected: number) => {
      expect(value).toBeGreaterThan(expected * 0.8);
      expect(value).toBeLessThan(expected * 1.2);
    };
    const meanPersons = POLNEAR.personsPerArticle.reduce((a: number, b: number) => a + b, 0) / POLNEAR.personsPerArticle.length;
    near(persons / n, meanPersons);
    near(chunk.mentions.length / persons, POLNEAR.mentionsPerPerson);
    near(chunk.mentions.filter((m) => m.pronoun).length / chunk.mentions.length, POLNEAR.pronounShare);
    near(chunk.quotes.length / n, POLNEAR.quotesPerArticle);
    near(chunk.claims.length / n, POLNEAR.claimsPerArticle);
    near(chunk.quotes.filter((q) => q.kind === "PERSON").length / chunk.quotes.length, POLNEAR.quoteSpeakerPersonShare);
    near(chunk.claims.filter((c) => c.kind === "PERSON").length / chunk.claims.length, POLNEAR.claimantPersonShare);
    near(chunk.claimSubjects.length / chunk.claims.length, POLNEAR.subjectsPerClaim);
    near(chunk.articles.reduce((a, x) => a + x.wordCount, 0) / n, POLNEAR.wordsPerArticle);
  });

  it("names a few people in many articles (power law)", () => {
    const articlesOf = new Map<number, number>();
    for (const ap of chunk.articlePersons) articlesOf.set(ap.personId, (articlesOf.get(ap.personId) ?? 0) + 1);
    const top = articlesOf.get(gen.personIdAtRank(0)) ?? 0;
    const counts = [...articlesOf.values()].sort((a, b) => b - a);
    expect(top).toBe(counts[0]);
    expect(top / ARTICLES).toBeGreaterThan(0.3);
    expect(top / counts[Math.floor(counts.length / 2)]!).toBeGreaterThan(10);
  });

  it("has common, medium and rare search terms", () => {
    const share = (word: string) => chunk.articles.filter((a) => a.text.includes(` ${word} `) || a.title.includes(word)).length / ARTICLES;
    expect(share(contentWord(10))).toBeGreaterThan(0.7);
    const medium = [400, 500, 600, 700, 800].map((k) => share(contentWord(k)));
    expect(medium.reduce((a, b) => a + b) / medium.length).toBeGreaterThan(0.01);
    expect(medium.reduce((a, b) => a + b) / medium.length).toBeLessThan(0.3);
    const rare = [8000, 9000, 10_000, 11_000].map((k) => share(contentWord(k)));
    expect(Math.max(...rare)).toBeLessThan(0.03);
  });

  it("counts words", () => {
    expect(countWords("a b\n\nc  d")).toBe(4);
    expect(countWords("")).toBe(0);
  });
});
