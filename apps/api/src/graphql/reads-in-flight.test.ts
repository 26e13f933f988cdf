import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extract, extractFromHtml, EXTRACTOR_VERSION } from "@whosaid/extract";
import { INGEST, newsText, startTestApi, type TestApi } from "../test/harness.js";

let api: TestApi;
/** Reads in flight when the ingest's extraction ran, i.e. after its operation was known. */
const seenByIngest: number[] = [];
beforeAll(async () => {
  api = await startTestApi({
    extractor: {
      version: EXTRACTOR_VERSION,
      extract: (text, options?: { title?: string | null }) => (seenByIngest.push(api.server.reads.reading), extract(text, options ?? {})),
      extractFromHtml,
    },
  });
});
afterAll(() => api.close());

const post = (body: unknown) => request(api.server.app).post("/graphql").set("content-type", "application/json").send(body as object);

describe("reads in flight", () => {
  it("counts a query until its answer is sent, and a mutation only until its operation is known", async () => {
    const answering = post({ query: "{ articles(first: 5) { edges { node { id } } } }" }).then((res) => res);
    // As an admin key (anonymous callers may only read), through the same Apollo pipeline.
    const ingesting = api.gql(INGEST, { input: { text: newsText("reads-in-flight") } });
    const [read, ingest] = await Promise.all([answering, ingesting]);
    expect(read.body.errors).toBeUndefined();
    expect(ingest.data?.ingestArticle.created).toBe(true);
    expect(seenByIngest).toEqual([0]);
    expect(api.server.reads.reading).toBe(0);
  });

  it("stops counting requests that fail: syntax, validation, cost, variables and resolver errors", async () => {
    await post({ query: "{ articles(first: 5) { edges " });
    await post({ query: "{ noSuchField }" });
    await post({ query: "{ articles(first: 1000) { edges { node { persons(first: 1000) { edges { node { id } } } } } } }" });
    await post({ query: "query ($n: Int!) { articles(first: $n) { edges { node { id } } } }", variables: { n: "many" } });
    await post({ query: INGEST, variables: { input: {} } });
    expect(api.server.reads.reading).toBe(0);
  });
});
