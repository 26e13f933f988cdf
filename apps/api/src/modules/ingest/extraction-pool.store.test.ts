import { extract, EXTRACTOR_VERSION } from "@whosaid/extract";
import { extractFromHtml } from "@whosaid/extract/html";
import { sql } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { queryRows } from "../../db/sql-helpers.js";
import type { Store } from "../../db/store.js";
import { openTestStore, seedText } from "../../test/harness.js";
import { terminateBackendWaitingOn } from "../../test/pg-faults.js";
import { createPooledExtractor, type PooledExtractor } from "./extraction-pool.js";
import { DEFAULT_FETCH_POLICY } from "./fetch-page.js";
import { ingestArticle, type Extractor } from "./ingest.service.js";

vi.setConfig({ testTimeout: 120_000 });

const onPostgres = Boolean(process.env.DATABASE_URL);

/** The same engine in this thread: ingestion then stores on the request thread, as on PGlite. */
const inThread: Extractor = { version: EXTRACTOR_VERSION, extract, extractFromHtml };

/** What an ingest left in the store, without ids: persons, quotes with speakers, claims with claimants. */
async function storedFacts(store: Store) {
  return {
    persons: await queryRows(store.db, sql`select name, aliases, roles, mention_count from person order by name`),
    quotes: await queryRows(store.db, sql`select q.text, q.speaker_name, p.name as person from quote q left join person p on p.id = q.speaker_person_id order by q.start`),
    claims: await queryRows(
      store.db,
      sql`select c.text, c.cue_text, c.claimant_name, c.claimant_kind, p.name as person, (select count(*) from claim_subject s where s.claim_id = c.id)::int as subjects
          from claim c left join person p on p.id = c.claimant_person_id order by c.start, c.text`,
    ),
    relations: await queryRows(store.db, sql`select type from claim_relation order by type`),
    mentions: await queryRows(store.db, sql`select count(*)::int as n from mention`),
  };
}

it("gives no worker-side write without a PostgreSQL URL (PGlite lives in the request thread)", async () => {
  const pool = createPooledExtractor({ threads: 1 });
  try {
    expect(pool.extractAndStore).toBeUndefined();
  } finally {
    await pool.close();
  }
});

// The worker threads write into PostgreSQL over connections of their own; an embedded PGlite store
// cannot be reached from another thread, so this part runs in the PostgreSQL suite only.
describe.skipIf(!onPostgres)("ingestion written by the worker threads (PostgreSQL)", () => {
  let store: Store;
  let pool: PooledExtractor;
  beforeAll(async () => {
    store = await openTestStore();
    pool = createPooledExtractor({ threads: 1, postgresUrl: store.postgresUrl });
  });
  afterAll(async () => {
    await pool.close();
    await store.close();
  });
  beforeEach(async () => {
    await store.db.execute(sql`delete from article`);
    await store.db.execute(sql`delete from person`);
  });

  const ingest = (extractor: Extractor, text: string) =>
    ingestArticle(store.db, { extractor, fetchPolicy: DEFAULT_FETCH_POLICY }, { text, title: "Woodward book" });

  it("stores what the request thread would have stored", async () => {
    expect(pool.extractAndStore).toBeTypeOf("function");
    const inWorker = await ingest(pool, seedText());
    expect(inWorker.created).toBe(true);
    expect(inWorker.article.title).toBe("Woodward book");
    const fromWorker = await storedFacts(store);
    expect(fromWorker.quotes.length).toBeGreaterThanOrEqual(4);
    expect(fromWorker.claims.length).toBeGreaterThanOrEqual(8);
    expect(fromWorker.relations).toContainEqual({ type: "DISPUTES" });

    await store.db.execute(sql`delete from article`);
    await store.db.execute(sql`delete from person`);
    const onThread = await ingest(inThread, seedText());
    expect(onThread.created).toBe(true);
    expect(await storedFacts(store)).toEqual(fromWorker);
  });

  it("loses the article whole when the worker's connection is killed mid-write, and stores the next one", async () => {
    // Hold a lock that lets the request thread read articles but makes the worker's insert wait inside
    // PostgreSQL, then kill the backend serving that insert.
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    const locker = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await locker.connect();
    try {
      await locker.query("begin; lock table article in share mode");
      const pending = ingest(pool, seedText()).then(
        () => null,
        (e: unknown) => e,
      );
      expect(await terminateBackendWaitingOn(admin, '%insert into "article"%')).toBeDefined();
      await locker.query("rollback");
      expect(await pending).toBeInstanceOf(Error);
    } finally {
      await locker.end().catch(() => {});
      await admin.end();
    }
    const [left] = await queryRows<{ articles: number; persons: number }>(
      store.db,
      sql`select (select count(*) from article)::int as articles, (select count(*) from person)::int as persons`,
    );
    expect(left).toEqual({ articles: 0, persons: 0 });
    const again = await ingest(pool, seedText());
    expect(again.created).toBe(true);
  });

  it("answers the article already stored when the same text comes twice at once", async () => {
    const [a, b] = await Promise.all([ingest(pool, seedText()), ingest(pool, seedText())]);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    expect(a.article.id).toBe(b.article.id);
    const [count] = await queryRows<{ n: number }>(store.db, sql`select count(*)::int as n from article`);
    expect(count?.n).toBe(1);
  });
});
