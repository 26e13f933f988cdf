import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extract, extractFromHtml, EXTRACTOR_VERSION } from "@whosaid/extract";
import { ReadTraffic } from "../read-traffic.js";
import { INGEST, newsText, startTestApi, type TestApi } from "../test/harness.js";
import { readsInFlightPlugin } from "./reads-in-flight.js";

let api: TestApi;
/** Reads in flight when an ingest's extraction ran, i.e. after its operation was known. */
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
    const traffic = new ReadTraffic();
    const plugin = readsInFlightPlugin(traffic);
    const hooks = async (operation: "query" | "mutation") => {
      const listener = (await plugin.requestDidStart!({} as never))!;
      expect(traffic.reading).toBe(1);
      await listener.didResolveOperation!({ operation: { operation } } as never);
      return listener;
    };
    const query = await hooks("query");
    expect(traffic.reading).toBe(1);
    await query.willSendResponse!({} as never);
    expect(traffic.reading).toBe(0);
    const mutation = await hooks("mutation");
    expect(traffic.reading).toBe(0);
    await mutation.willSendResponse!({} as never);
    expect(traffic.reading).toBe(0);
  });

  it("does not count an ingest's own request while its article is extracted and stored", async () => {
    const ingest = await api.gql(INGEST, { input: { text: newsText("reads-in-flight") } });
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
