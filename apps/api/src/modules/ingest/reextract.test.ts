import { extract, EXTRACTOR_VERSION } from "@whosaid/extract";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INGEST, seedText, startTestApi, type TestApi } from "../../test/harness.js";
import type { Extractor } from "./ingest.service.js";
import { reextractArticles } from "./reextract.js";

const current: Extractor = { version: EXTRACTOR_VERSION, extract: (text, o) => extract(text, o), extractFromHtml: () => null };
// An "old" extractor that found no claims at all.
const old: Extractor = { ...current, version: "0.0.0-old", extract: (text, o) => ({ ...extract(text, o), claims: [] }) };

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ extractor: old });
});
afterAll(() => api.close());

const ARTICLE = `query($id: ID!) { article(id: $id) {
  extractorVersion
  quotes { text reviewed speaker { name } }
  claims { text }
} }`;

describe("re-extraction", () => {
  it("re-runs stale articles, keeps reviewed corrections and keeps person counters true", async () => {
    const ingested = await api.gql(INGEST, { input: { text: seedText() } });
    const id = ingested.data!.ingestArticle.article.id;
    const before = await api.gql(ARTICLE, { id });
    expect(before.data!.article.claims).toHaveLength(0);

    // An editor corrected the speaker of Putin's quote.
    await api.store.db.execute(sql`update quote set speaker_name = 'Corrected Speaker', speaker_kind = 'ANONYMOUS', speaker_person_id = null, reviewed = true where text like 'I don’t want you%'`);

    const summary = await reextractArticles(api.store.db, current);
    expect(summary).toMatchObject({ total: 1, done: 1, failed: [] });

    const after = await api.gql(ARTICLE, { id });
    expect(after.data!.article.extractorVersion).toBe(EXTRACTOR_VERSION);
    expect(after.data!.article.claims.length).toBe(extract(seedText()).claims.length);
    const putinQuotes = after.data!.article.quotes.filter((q: any) => q.text.startsWith("I don’t want you"));
    expect(putinQuotes).toEqual([{ text: expect.any(String), reviewed: true, speaker: { name: "Corrected Speaker" } }]);
    expect(after.data!.article.quotes).toHaveLength(before.data!.article.quotes.length);

    const { rows } = await api.store.db.execute<{ wrong: number }>(sql`
      select count(*)::int as wrong from person p
      where p.mention_count <> (select count(*) from mention m where m.person_id = p.id)
         or p.quote_count <> (select count(*) from quote q where q.speaker_person_id = p.id)
         or p.claim_count <> (select count(*) from claim c where c.claimant_person_id = p.id)`);
    expect(rows[0]!.wrong).toBe(0);

    expect((await reextractArticles(api.store.db, current)).total).toBe(0);
  });
});
