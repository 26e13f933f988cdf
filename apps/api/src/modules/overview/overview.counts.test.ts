import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../../db/sql-helpers.js";
import { INGEST, newsText, seedText, startTestApi, type TestApi } from "../../test/harness.js";

let api: TestApi;

const OVERVIEW = `{ overview { articleCount personCount quoteCount claimCount claimsByVerdict { verdict count } timeline(days: 730) { day articles quotes claims } } }`;

/** The overview's figures counted from the rows themselves, the slow way the counters stand in for. */
async function counted() {
  const db = api.store.db;
  const one = async (q: string) => Number((await queryRows<{ n: number }>(db, sql.raw(q)))[0]!.n);
  const days = await queryRows<{ day: string; articles: number; quotes: number; claims: number }>(db, sql`
    select to_char(coalesce(a.published_at, a.ingested_at) at time zone 'UTC', 'YYYY-MM-DD') as day, count(*)::int as articles,
      sum((select count(*) from quote q where q.article_id = a.id))::int as quotes,
      sum((select count(*) from claim c where c.article_id = a.id))::int as claims
    from article a group by 1 order by 1`);
  return {
    articleCount: await one("select count(*)::int as n from article"),
    personCount: await one("select count(*)::int as n from person"),
    quoteCount: await one("select count(*)::int as n from quote"),
    claimCount: await one("select count(*)::int as n from claim"),
    claimsByVerdict: await queryRows(db, sql`select v::text as verdict, count from (select verdict as v, count(*)::int as count from claim group by 1) x order by v`),
    days: days.map((d) => ({ day: d.day, articles: d.articles, quotes: d.quotes, claims: d.claims })),
  };
}

/** What the overview answers, in the same shape (days with articles only). */
async function shown() {
  const { data, errors } = await api.gql(OVERVIEW);
  expect(errors).toBeUndefined();
  const { timeline, ...o } = data!.overview;
  return { ...o, days: timeline.filter((d: any) => d.articles > 0) };
}

const expectInStep = async () => expect(await shown()).toEqual(await counted());

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe("the overview's counts", () => {
  it("follow ingestion, editors' changes, moved and deleted articles, bulk writes and truncation", async () => {
    await expectInStep(); // empty
    const seed = await api.gql(INGEST, { input: { text: seedText(), publishedAt: "2024-10-09T12:00:00Z" } });
    // Days are UTC days: 23:30 and 00:30 UTC fall on two days.
    for (const [n, at] of [[1, "2024-10-08T23:30:00Z"], [2, "2024-10-09T00:30:00Z"], [3, "2024-09-01T08:00:00Z"]] as const) {
      await api.gql(INGEST, { input: { text: newsText(`counts-${n}`), publishedAt: at } });
    }
    await expectInStep();

    // An editor's verdict, a deleted quote, an added claim.
    const article = await api.gql(`query ($id: ID!) { article(id: $id) { quotes { id } claims { id } } }`, { id: seed.data!.ingestArticle.article.id });
    const [claim] = article.data!.article.claims;
    await api.gql(`mutation ($input: SetClaimVerdictInput!) { setClaimVerdict(input: $input) { claim { id } } }`, { input: { id: claim.id, verdict: "FALSE" } });
    await api.gql(`mutation ($input: DeleteInput!) { deleteQuote(input: $input) { deletedId } }`, { input: { id: article.data!.article.quotes[0].id } });
    const added = await api.gql(`mutation ($input: AddClaimInput!) { addClaim(input: $input) { claim { id } } }`, {
      input: { articleId: seed.data!.ingestArticle.article.id, start: 0, end: 40 },
    });
    expect(added.errors).toBeUndefined();
    await expectInStep();

    // Writes no mutation makes, straight in SQL: an article moves to another day; one is deleted with
    // everything in it; many claims change verdict at once; a quote moves to another article.
    const db = api.store.db;
    await db.execute(sql`update article set published_at = '2024-06-01T10:00:00Z' where id = (select min(id) from article)`);
    await db.execute(sql`update claim set verdict = 'DISPUTED' where verdict = 'UNREVIEWED' and id % 2 = 0`);
    await db.execute(sql`update quote set article_id = (select max(id) from article) where id = (select min(id) from quote)`);
    await db.execute(sql`delete from article where id = (select min(id) from article where id > (select min(id) from article))`);
    await db.execute(sql`delete from person where id not in (select person_id from mention) and id not in (select person_id from article_person)
      and id not in (select coalesce(speaker_person_id, 0) from quote) and id not in (select coalesce(claimant_person_id, 0) from claim)
      and id not in (select person_id from claim_subject)`);
    await expectInStep();

    await db.execute(sql`truncate claim_relation, claim_subject, claim_fingerprint, claim cascade`);
    await expectInStep();
    await db.execute(sql`truncate edit_history, claim_cluster, quote, mention, article_person, person, article restart identity cascade`);
    expect(await shown()).toEqual({ articleCount: 0, personCount: 0, quoteCount: 0, claimCount: 0, claimsByVerdict: [], days: [] });
  });
});
