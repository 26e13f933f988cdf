import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INGEST, newsText, seedText, startTestApi, type TestApi } from "../../test/harness.js";
import { findClaimsByArticleIds } from "../claim/claim.service.js";
import { findArticlePersons } from "../person/person.service.js";
import { findQuotesByArticleIds } from "../quote/quote.service.js";
import { articleClaimsOf, articlePersonsOf, articleQuotesOf } from "./article-parts.js";

let api: TestApi;
const ids: string[] = [];
beforeAll(async () => {
  api = await startTestApi();
  ids.push((await api.gql(INGEST, { input: { text: seedText() } })).data!.ingestArticle.article.id);
  for (let i = 0; i < 3; i++) ids.push((await api.gql(INGEST, { input: { text: newsText(`article-page-${i}`) } })).data!.ingestArticle.article.id);
});
afterAll(() => api.close());

const dbId = (id: string) => Number(Buffer.from(id, "base64url").toString("utf8").split(":")[1]);

describe("the article page", () => {
  it("reads persons, quotes and claims asked together in one statement, the same rows as the per-kind loaders", async () => {
    const articleIds = ids.map(dbId);
    const ctx = { store: api.store, loaders: {} } as any; // one request
    const [persons, quotes, claims] = await Promise.all([
      Promise.all(articleIds.map((a) => articlePersonsOf(ctx, a))),
      Promise.all(articleIds.map((a) => articleQuotesOf(ctx, a))),
      Promise.all(articleIds.map((a) => articleClaimsOf(ctx, a))),
    ]);
    expect(persons).toEqual(await findArticlePersons(api.store.db, articleIds));
    expect(quotes).toEqual(await findQuotesByArticleIds(api.store.db, articleIds));
    expect(claims).toEqual(await findClaimsByArticleIds(api.store.db, articleIds));
    expect(quotes[0]!.length).toBeGreaterThan(2);
    expect(claims[0]!.length).toBeGreaterThan(2);
    expect(persons[0]!.length).toBeGreaterThan(2);
  });

  it("costs at most 1 + depth statements for the dashboard's article page", async () => {
    const PAGE = `query ($id: ID!) { article(id: $id) {
      id title text
      persons { mentionCount roles person { id name } mentions { start end text pronoun } }
      quotes { id start end cue speaker { name kind person { id name } } article { id title } }
      claims { id start cue hedged via { name kind } claimant { name person { id } } subjects { id name }
        relations { type from { id text claimant { name } } to { id } } article { id title } }
    } }`;
    const depth = 6; // article > claims > relations > from > claimant > name
    for (const id of ids) {
      const { result, statements } = await api.gqlCounted<any>(PAGE, { id });
      expect(result.errors).toBeUndefined();
      expect(statements).toBeLessThanOrEqual(1 + depth);
    }
  });
});
