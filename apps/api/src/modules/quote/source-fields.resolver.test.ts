import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INGEST, seedText, startTestApi, type TestApi } from "../../test/harness.js";

let api: TestApi;
let articleId: string;
beforeAll(async () => {
  api = await startTestApi();
  const res = await api.gql(INGEST, { input: { text: seedText(), publisher: "Seed News" } });
  articleId = res.data!.ingestArticle.article.id;
});
afterAll(() => api.close());

const FIELDS = "cue cueSpan { start end text } sourceSpan { start end text }";
const ARTICLE = /* GraphQL */ `
  query ($id: ID!) {
    article(id: $id) {
      text
      quotes { speaker { name kind person { name } } ${FIELDS} }
      claims { claimant { name kind person { name } } ${FIELDS} }
    }
  }
`;

type Span = { start: number; end: number; text: string } | null;
type Attributed = { cue: string | null; cueSpan: Span; sourceSpan: Span };

describe("the attribution fields of quotes and claims", () => {
  it("give the source, the cue and the spans that point into the article's text", async () => {
    const { data, errors } = await api.gql(ARTICLE, { id: articleId });
    expect(errors).toBeUndefined();
    const { text, quotes, claims } = data!.article;
    const items: Attributed[] = [...quotes, ...claims];
    expect(quotes.some((q: any) => q.speaker?.kind === "PERSON" && q.speaker.person?.name)).toBe(true);
    expect(claims.some((c: any) => c.claimant !== null)).toBe(true);
    expect(items.some((x) => x.cueSpan !== null) && items.some((x) => x.sourceSpan !== null)).toBe(true);
    for (const x of items) {
      expect(x.cueSpan?.text ?? null).toBe(x.cue);
      for (const span of [x.cueSpan, x.sourceSpan]) if (span) expect(text.slice(span.start, span.end)).toBe(span.text);
    }
  });
});
