import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../../db/sql-helpers.js";
import type { Store } from "../../db/store.js";
import { openTestStore } from "../../test/harness.js";
import { RANKED_CANDIDATES, searchEverything } from "./search.service.js";

let store: Store;

// 6,000 articles: words in every article, in one in 3 (both taking the primary-key walk), in one in
// 7, in one in 17, in one in 500 (bitmap scans over the newest window, then the rest), in one in 4
// of the older half only (its newest window holds none), only in the oldest ones, and in none.
beforeAll(async () => {
  store = await openTestStore();
  await store.db.execute(sql`
    insert into article (title, text, content_hash, word_count, extractor_version, published_at)
    select 'Article ' || i,
      'Alpha words here. ' || case when i % 17 = 0 then 'Bravo appears. ' else '' end
        || case when i % 500 = 0 then 'Charlie appears. ' else '' end
        || case when i < 60 then 'Delta appears. ' else '' end
        || case when i % 3 = 0 then 'Foxtrot appears. ' else '' end || case when i % 7 = 0 then 'Golf appears. ' else '' end
        || case when i < 3000 and i % 4 = 0 then 'Hotel appears. ' else '' end
        || repeat('filler text ', 1 + i % 7) || case when i % 17 = 0 then repeat('bravo ', i % 5) else '' end,
      'hash-' || i, 10, 'test', timestamptz '2024-01-01' + i * interval '1 hour'
    from generate_series(1, 6000) as i`);
  // Gaps in the ids, as deleted articles leave.
  await store.db.execute(sql`delete from article where id % 97 = 0 or id between 5900 and 5950`);
  // Statistics, so the planner's estimates (which pick the path) are those of a real store.
  await store.db.execute(sql`analyze article`);
});
afterAll(() => store.close());

async function newest(word: string, n: number, how: "function" | "plain", maxWalk = 800): Promise<number[]> {
  const q = sql`websearch_to_tsquery('english', ${word})`;
  const rows = await queryRows<{ id: number }>(
    store.db,
    how === "function"
      ? sql`select x as id from newest_matches('article'::regclass, ${q}, ${n}, ${maxWalk}) x`
      : sql`select id from article where search @@ ${q} order by id desc limit ${n}`,
  );
  return rows.map((r) => Number(r.id));
}

describe("newest matches (migration 0008)", () => {
  it("are the same articles, newest first, as the plain newest-first scan, for common, medium, rare, old and absent words", async () => {
    for (const word of ["alpha", "foxtrot", "golf", "bravo", "charlie", "hotel", "delta", "echo", "alpha bravo", "bravo -charlie", "foxtrot golf", '"filler text"']) {
      for (const n of [1, 10, RANKED_CANDIDATES, 5000]) {
        const plain = await newest(word, n, "plain");
        // As search asks for articles (800), and forced onto either path (never walk, always walk).
        for (const maxWalk of [800, 1, 1_000_000_000]) expect(await newest(word, n, "function", maxWalk), `${word} × ${n} (${maxWalk})`).toEqual(plain);
      }
    }
    expect((await newest("bravo", 5000, "plain")).length).toBeGreaterThan(300);
    expect((await newest("delta", 5000, "plain")).length).toBeGreaterThan(10);
    // The function leaves the planner settings it changes as they were.
    const settings = await queryRows<{ i: string; s: string }>(store.db, sql`select current_setting('enable_indexscan') as i, current_setting('enable_seqscan') as s`);
    expect(settings).toEqual([{ i: "on", s: "on" }]);
  });

  it("search ranks the same candidates as before: the best of the newest matches", async () => {
    for (const word of ["alpha", "foxtrot", "golf", "bravo", "charlie", "delta"]) {
      const hits = (await searchEverything(store.db, word, 10)).filter((h) => h.__typename === "Article");
      const q = sql`websearch_to_tsquery('english', ${word})`;
      const want = await queryRows<{ id: number; score: number }>(store.db, sql`
        select id, ts_rank(search, ${q}, 32) as score from article
        where id in (select id from article where search @@ ${q} order by id desc limit ${RANKED_CANDIDATES})
        order by score desc limit 10`);
      expect(hits.length).toBe(want.length);
      // Equal scores may come in any order: compare the scores, and the ids where scores are unique.
      const scoreOf = new Map(want.map((w) => [Number(w.id), Number(w.score)]));
      const wantScores = want.map((w) => Number(w.score));
      const gotScores = await queryRows<{ score: number }>(store.db, sql`
        select ts_rank(search, ${q}, 32) as score from article where id = any(${sql.param(hits.map((h) => h.dbId))}::bigint[])`);
      expect(gotScores.map((g) => Number(g.score)).sort()).toEqual([...wantScores].sort());
      for (const h of hits) if (scoreOf.has(h.dbId)) expect(wantScores).toContain(scoreOf.get(h.dbId));
    }
  });
});
