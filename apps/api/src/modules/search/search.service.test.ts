import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../../db/sql-helpers.js";
import type { Store } from "../../db/store.js";
import { openTestStore } from "../../test/harness.js";
import { RANKED_CANDIDATES, searchEverything } from "./search.service.js";

let store: Store;

// 6,000 articles, so the windows of newest_article_matches (300, 4,800, 76,800 ids) are all walked:
// a word in every article, in one in 17, in one in 500, only in the oldest ones, and in none.
beforeAll(async () => {
  store = await openTestStore();
  await store.db.execute(sql`
    insert into article (title, text, content_hash, word_count, extractor_version, published_at)
    select 'Article ' || i,
      'Alpha words here. ' || case when i % 17 = 0 then 'Bravo appears. ' else '' end
        || case when i % 500 = 0 then 'Charlie appears. ' else '' end
        || case when i < 60 then 'Delta appears. ' else '' end
        || repeat('filler text ', 1 + i % 7) || case when i % 17 = 0 then repeat('bravo ', i % 5) else '' end,
      'hash-' || i, 10, 'test', timestamptz '2024-01-01' + i * interval '1 hour'
    from generate_series(1, 6000) as i`);
  // Gaps in the ids, as deleted articles leave.
  await store.db.execute(sql`delete from article where id % 97 = 0 or id between 5900 and 5950`);
});
afterAll(() => store.close());

async function newest(word: string, n: number, how: "function" | "plain"): Promise<number[]> {
  const q = sql`websearch_to_tsquery('english', ${word})`;
  const rows = await queryRows<{ id: number }>(
    store.db,
    how === "function"
      ? sql`select x as id from newest_article_matches(${q}, ${n}) x`
      : sql`select id from article where search @@ ${q} order by id desc limit ${n}`,
  );
  return rows.map((r) => Number(r.id));
}

describe("newest article matches through the GIN index (migration 0008)", () => {
  it("are the same articles, newest first, as the plain newest-first scan, for common, medium, rare, old and absent words", async () => {
    for (const word of ["alpha", "bravo", "charlie", "delta", "echo", "alpha bravo", "bravo -charlie", '"filler text"']) {
      for (const n of [1, 10, RANKED_CANDIDATES, 5000]) {
        const plain = await newest(word, n, "plain");
        expect(await newest(word, n, "function"), `${word} × ${n}`).toEqual(plain);
      }
    }
    expect((await newest("bravo", 5000, "plain")).length).toBeGreaterThan(300);
    expect((await newest("delta", 5000, "plain")).length).toBeGreaterThan(10);
  });

  it("search ranks the same candidates as before: the best of the newest matches", async () => {
    for (const word of ["alpha", "bravo", "charlie", "delta"]) {
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
