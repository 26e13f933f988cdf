import { extract } from "@whosaid/extract";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../../db/sql-helpers.js";
import { INGEST, newsText, seedText, startTestApi, type TestApi } from "../../test/harness.js";
import type { Extractor } from "../ingest/ingest.service.js";
import { reextractArticles } from "../ingest/reextract.js";

let api: TestApi;

type Day = { person_id: number; day: string; articles: number; quotes: number; claims: number };

/** Every person's days counted from the rows themselves, the slow way person_day_count stands in for. */
async function counted(): Promise<Day[]> {
  return (await queryRows<Day>(api.store.db, sql`
    select x.person_id::int as person_id, to_char(coalesce(a.published_at, a.ingested_at) at time zone 'UTC', 'YYYY-MM-DD') as day,
      sum(x.articles)::int as articles, sum(x.quotes)::int as quotes, sum(x.claims)::int as claims
    from (
      select article_id, person_id, 1 as articles, 0 as quotes, 0 as claims from article_person
      union all select article_id, speaker_person_id, 0, 1, 0 from quote where speaker_person_id is not null
      union all select article_id, claimant_person_id, 0, 0, 1 from claim where claimant_person_id is not null
    ) x join article a on a.id = x.article_id
    group by 1, 2 order by 1, 2`)).map((r) => ({ ...r, person_id: Number(r.person_id) }));
}

/** What the counter table holds, shards summed, days without anything left out. */
async function kept(): Promise<Day[]> {
  return (await queryRows<Day>(api.store.db, sql`
    select person_id::int as person_id, to_char(day, 'YYYY-MM-DD') as day,
      sum(articles)::int as articles, sum(quotes)::int as quotes, sum(claims)::int as claims
    from person_day_count group by 1, 2
    having sum(articles) <> 0 or sum(quotes) <> 0 or sum(claims) <> 0
    order by 1, 2`)).map((r) => ({ ...r, person_id: Number(r.person_id) }));
}

const PERSONS = `{ persons(first: 100) { nodes { id name } } }`;
const TIMELINE = `query ($id: ID!, $days: Int) { person(id: $id) { timeline(days: $days) { day articles quotes claims } } }`;

/** Person.timeline as the rows give it: the window ends at the person's latest day. */
function expectedTimeline(rows: Day[], personId: number, days: number) {
  const mine = rows.filter((r) => r.person_id === personId);
  if (mine.length === 0) return [];
  const last = Date.parse(`${mine.at(-1)!.day}T00:00:00Z`);
  const inWindow = mine.filter((r) => Date.parse(`${r.day}T00:00:00Z`) > last - days * 86_400_000);
  const byDay = new Map(inWindow.map((r) => [r.day, r]));
  const out = [];
  for (let t = Math.min(Date.parse(`${inWindow[0]!.day}T00:00:00Z`), last - 6 * 86_400_000); t <= last; t += 86_400_000) {
    const day = new Date(t).toISOString().slice(0, 10);
    const r = byDay.get(day);
    out.push({ day, articles: r?.articles ?? 0, quotes: r?.quotes ?? 0, claims: r?.claims ?? 0 });
  }
  return out;
}

async function expectInStep() {
  const rows = await counted();
  expect(await kept()).toEqual(rows);
  const persons = (await api.gql(PERSONS)).data!.persons.nodes as { id: string }[];
  for (const p of persons) {
    const dbId = Number(Buffer.from(p.id, "base64url").toString("utf8").split(":")[1]);
    for (const days of [730, 30]) {
      const { data, errors } = await api.gql(TIMELINE, { id: p.id, days });
      expect(errors).toBeUndefined();
      expect(data!.person.timeline).toEqual(expectedTimeline(rows, dbId, days));
    }
  }
}

const personId = async (name: string) =>
  ((await api.gql(`query ($s: String) { persons(first: 5, filter: { search: $s }) { nodes { id name } } }`, { s: name })).data!.persons.nodes as any[]).find(
    (p) => p.name === name,
  )!.id as string;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe("the persons' day counts (Person.timeline)", () => {
  it("follow ingestion, editors, merges and splits, re-extraction, moved and deleted rows, deleted persons and truncation", async () => {
    await expectInStep(); // empty
    const seed = await api.gql(INGEST, { input: { text: seedText(), publishedAt: "2024-10-09T12:00:00Z" } });
    const seedId = seed.data!.ingestArticle.article.id;
    for (const [n, at] of [[1, "2024-10-08T23:30:00Z"], [2, "2024-10-09T00:30:00Z"], [3, "2024-06-01T08:00:00Z"], [4, "2022-01-01T08:00:00Z"]] as const) {
      await api.gql(INGEST, { input: { text: newsText(`person-days-${n}`), publishedAt: at } });
    }
    await expectInStep();

    // Editors: a quote's speaker and a claim's claimant changed, a quote deleted, a claim added.
    const article = await api.gql(`query ($id: ID!) { article(id: $id) { quotes { id } claims { id } } }`, { id: seedId });
    const [q0, q1] = article.data!.article.quotes;
    const [c0] = article.data!.article.claims;
    const edited = await api.gql(`mutation ($input: UpdateQuoteInput!) { updateQuote(input: $input) { quote { id } } }`, {
      input: { id: q0.id, speaker: { name: "Jane Doe" } },
    });
    expect(edited.errors).toBeUndefined();
    const claimEdit = await api.gql(`mutation ($input: UpdateClaimInput!) { updateClaim(input: $input) { claim { id } } }`, {
      input: { id: c0.id, claimant: { name: "Brand New Person" } },
    });
    expect(claimEdit.errors).toBeUndefined();
    await api.gql(`mutation ($input: DeleteInput!) { deleteQuote(input: $input) { deletedId } }`, { input: { id: q1.id } });
    const added = await api.gql(`mutation ($input: AddClaimInput!) { addClaim(input: $input) { claim { id } } }`, {
      input: { articleId: seedId, start: 0, end: 40 },
    });
    expect(added.errors).toBeUndefined();
    await expectInStep();

    // A merge (quotes, claims and article links move; the absorbed person is deleted), then splits.
    const merged = await api.gql(`mutation ($input: MergePersonsInput!) { mergePersons(input: $input) { removedId } }`, {
      input: { targetId: await personId("Bob Woodward"), sourceId: await personId("Jane Doe") },
    });
    expect(merged.errors).toBeUndefined();
    await expectInStep();
    const split = await api.gql(`mutation ($input: SplitPersonInput!) { splitPerson(input: $input) { created { id } } }`, {
      input: { id: await personId("Bob Woodward"), name: "Jane Doe", aliases: ["Jane Doe", "Doe", "Senator Jane Doe"].filter(Boolean) },
    });
    expect(split.errors).toBeUndefined();
    await expectInStep();

    // Re-extraction rewrites every article's rows (here: an extractor that finds no claims).
    const noClaims: Extractor = { version: "0.0.0-no-claims", extract: (text, o) => ({ ...extract(text, o), claims: [] }), extractFromHtml: () => null };
    expect((await reextractArticles(api.store.db, noClaims)).failed).toEqual([]);
    await expectInStep();

    // Writes no mutation makes, straight in SQL: an article moves to another day; quotes and claims
    // move to other articles and persons; a link moves; an article is deleted with everything in it;
    // a person is deleted (links gone, quotes and claims unattributed).
    const db = api.store.db;
    await db.execute(sql`update article set published_at = '2023-03-03T10:00:00Z' where id = (select min(id) from article)`);
    await db.execute(sql`update quote set article_id = (select max(id) from article) where id = (select min(id) from quote)`);
    await db.execute(sql`update quote set speaker_person_id = (select min(id) from person) where speaker_person_id is not null and id % 2 = 0`);
    await db.execute(sql`insert into claim (article_id, text, start, "end", claimant_person_id, claimant_name, claimant_kind, confidence)
      select a.id, 'A claim written by hand.', 0, 10, p.id, p.name, 'PERSON', 1 from article a, person p where p.id = (select max(id) from person)`);
    await db.execute(sql`update claim set claimant_person_id = null where id = (select max(id) from claim)`);
    await db.execute(sql`update claim set verdict = 'DISPUTED' where id % 2 = 0`);
    await db.execute(sql`update article_person set person_id = (select max(id) from person)
      where (article_id, person_id) = (select article_id, person_id from article_person ap
        where not exists (select 1 from article_person o where o.article_id = ap.article_id and o.person_id = (select max(id) from person)) limit 1)`);
    await expectInStep();
    await db.execute(sql`delete from article where id = (select min(id) from article where id > (select min(id) from article))`);
    await db.execute(sql`delete from person where id = (select speaker_person_id from quote where speaker_person_id is not null order by id limit 1)`);
    await expectInStep();

    await db.execute(sql`truncate claim_relation, claim_subject, claim_fingerprint, claim cascade`);
    await expectInStep();
    await db.execute(sql`truncate quote`);
    await expectInStep();
    await db.execute(sql`truncate edit_history, claim_cluster, quote, mention, article_person, person, article restart identity cascade`);
    expect(await kept()).toEqual([]);
  });
});
