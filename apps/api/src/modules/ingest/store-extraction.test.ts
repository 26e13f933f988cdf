import { surnameKey, type Extraction } from "@whosaid/domain";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { queryRows } from "../../db/sql-helpers.js";
import type { Store } from "../../db/store.js";
import { article } from "../../db/schema.js";
import { openTestStore } from "../../test/harness.js";
import { storeExtraction, writeExtraction, type ArticleFacts } from "./store-extraction.js";

let store: Store;
beforeAll(async () => {
  store = await openTestStore();
});
afterAll(() => store.close());
beforeEach(async () => {
  await store.db.execute(sql`delete from article`);
  await store.db.execute(sql`delete from person`);
});

const onPostgres = Boolean(process.env.DATABASE_URL);
let serial = 0;

/** An article naming each of `names` once ("X spoke."), with its extraction written by hand. */
function naming(...names: string[]): { facts: ArticleFacts; extraction: Extraction } {
  const text = `${names.map((n) => `${n} spoke.`).join(" ")} Story ${++serial}.`;
  let at = 0;
  const persons = names.map((name, i) => {
    const start = text.indexOf(name, at);
    at = start + name.length;
    return { id: `p${i}`, name, aliases: [], roles: [], mentions: [{ start, end: start + name.length, text: name }] };
  });
  const extraction: Extraction = { extractor: { name: "test", version: "1" }, title: null, text, persons, quotes: [], claims: [] };
  const facts: ArticleFacts = {
    text,
    contentHash: `naming:${serial}:${text}`,
    wordCount: text.split(/\s+/).length,
    extractorVersion: "1",
    url: null,
    canonicalUrl: null,
    title: null,
    publisher: null,
    authors: [],
    byline: null,
    publishedAt: null,
    language: null,
  };
  return { facts, extraction };
}

const persons = () =>
  queryRows<{ name: string; mention_count: number; articles: number }>(store.db, sql`
    select p.name, p.mention_count, (select count(*) from article_person ap where ap.person_id = p.id)::int as articles
    from person p order by p.name`).then((rows) => rows.map((r) => ({ ...r, mention_count: Number(r.mention_count), articles: Number(r.articles) })));

/** Starts a transaction that runs `work`, then stays open until the returned `commit` is called. */
async function heldOpen(work: (tx: Parameters<Parameters<Store["db"]["transaction"]>[0]>[0]) => Promise<void>) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let reached!: () => void;
  const ready = new Promise<void>((resolve) => (reached = resolve));
  const done = store.db.transaction(async (tx) => {
    await work(tx);
    reached();
    await gate;
  });
  await Promise.race([ready, done]);
  return { commit: () => (release(), done) };
}

const settled = (p: Promise<unknown>, ms: number) =>
  Promise.race([p.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms))]);

describe("storing an extraction while other ingests write", () => {
  it("makes two ingests naming the same new person, the second while the first is open, share one Person", async () => {
    const first = naming("Marta Quillfeather", "Odo Brankel");
    const second = naming("Marta Quillfeather", "Ines Varga");
    const open = await heldOpen(async (tx) => {
      const [row] = await tx.insert(article).values(first.facts).returning({ id: article.id });
      await writeExtraction(tx, row!.id, first.extraction);
    });
    const storingSecond = storeExtraction(store.db, second.facts, second.extraction);
    // PostgreSQL: the second waits on the family lock; PGlite runs one transaction at a time anyway.
    expect(await settled(storingSecond, 300)).toBe(false);
    await open.commit();
    expect(await storingSecond).not.toBeNull();

    expect(await persons()).toEqual([
      { name: "Ines Varga", mention_count: 1, articles: 1 },
      { name: "Marta Quillfeather", mention_count: 2, articles: 2 },
      { name: "Odo Brankel", mention_count: 1, articles: 1 },
    ]);
  });

  it("keeps one Person per name and true counters when many ingests name the same people at once", async () => {
    await storeExtraction(store.db, naming("Marta Quillfeather").facts, naming("Marta Quillfeather").extraction);
    const articles = Array.from({ length: 8 }, (_, i) =>
      i % 2 ? naming("Odo Brankel", "Marta Quillfeather", `Tove ${["Aalto", "Berg", "Colm", "Dahl"][i >> 1]}`) : naming("Marta Quillfeather", "Odo Brankel", "Quillfeather"),
    );
    const ids = await Promise.all(articles.map((a) => storeExtraction(store.db, a.facts, a.extraction)));
    expect(ids.every((id) => id !== null)).toBe(true);

    const rows = await persons();
    expect(rows.filter((r) => r.name === "Marta Quillfeather")).toEqual([{ name: "Marta Quillfeather", mention_count: 13, articles: 9 }]);
    expect(rows.filter((r) => r.name === "Odo Brankel")).toEqual([{ name: "Odo Brankel", mention_count: 8, articles: 8 }]);
    expect(rows).toHaveLength(2 + 4);
  });

  // PostgreSQL only (npm run test:pg): the embedded store runs one transaction at a time, so no ingest can wait on another's lock there.
  it.skipIf(!onPostgres)("does not make an ingest naming only known people wait for another transaction creating someone of their family", async () => {
    const known = naming("Marta Quillfeather");
    await storeExtraction(store.db, known.facts, known.extraction);
    // What an ingest creating "Jonas Quillfeather" holds until it commits.
    const open = await heldOpen(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${surnameKey("Jonas Quillfeather")}))`);
    });
    try {
      const later = naming("Marta Quillfeather", "Odo Brankel");
      expect(await settled(storeExtraction(store.db, later.facts, later.extraction), 5000)).toBe(true);
    } finally {
      await open.commit();
    }
    expect(await persons()).toEqual([
      { name: "Marta Quillfeather", mention_count: 2, articles: 2 },
      { name: "Odo Brankel", mention_count: 1, articles: 1 },
    ]);
  });
});
