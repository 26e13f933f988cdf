import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INGEST, newsText, startTestApi, type TestApi } from "./test/harness.js";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const post = (body: unknown) => request(api.server.app).post("/graphql").set("content-type", "application/json").send(body as object);

describe("HTTP", () => {
  it("answers a 10 MB body with 413 PAYLOAD_TOO_LARGE as JSON and stores nothing", async () => {
    const before = await api.rowCounts();
    const res = await post({ query: INGEST, variables: { input: { text: "a".repeat(10 * 1024 * 1024) } } });
    expect(res.status).toBe(413);
    expect(res.body.errors[0].extensions.code).toBe("PAYLOAD_TOO_LARGE");
    expect(await api.rowCounts()).toEqual(before);
  });

  it("answers a body of random bytes with 400", async () => {
    const bytes = Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919) % 256));
    const res = await request(api.server.app).post("/graphql").set("content-type", "application/json").send(bytes);
    expect(res.status).toBe(400);
    expect(res.headers["content-type"]).toMatch(/json/);
  });

  it("refuses batched operations", async () => {
    const res = await post([{ query: "{ __typename }" }, { query: "{ __typename }" }]);
    expect(res.status).toBe(400);
  });

  it("refuses cross-site requests: text/plain POST, GET without a preflight header, mutation over GET", async () => {
    const plain = await request(api.server.app).post("/graphql").set("content-type", "text/plain").send('{"query":"{ __typename }"}');
    expect(plain.status).toBe(400);
    const get = await request(api.server.app).get("/graphql").query({ query: "{ __typename }" });
    expect(get.status).toBe(400);
    const mutation = await request(api.server.app)
      .get("/graphql")
      .set("apollo-require-preflight", "1")
      .query({ query: `mutation { ingestArticle(input: { text: ${JSON.stringify(newsText("get"))} }) { created } }` });
    expect(mutation.status).toBe(405);
    expect((await api.rowCounts()).article).toBe(0);
  });

  it("refuses a query 50 levels deep before running any resolver", async () => {
    let inner = "id";
    for (let i = 0; i < 25; i++) inner = `quotes { article { ${inner} } }`;
    const res = await post({ query: `{ articles(first: 1) { nodes { ${inner} } } }` });
    expect(res.status).toBe(400);
    // Whichever limit trips first (depth or cost), the answer is a 400 before execution.
    expect(res.body.errors[0].message).toMatch(/depth|cost/i);
  });

  it("refuses a cost bomb through nested connections with 400 QUERY_TOO_COMPLEX", async () => {
    const res = await post({
      query: "query($n: Int) { persons(first: $n) { nodes { articles(first: $n) { nodes { quotes { article { persons { person { name } } } } } } } } }",
      variables: { n: 100 },
    });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe("QUERY_TOO_COMPLEX");
    expect(res.body.data).toBeUndefined();
  });

  it("prices the same document anew for other variables (the cost is remembered per document and variables)", async () => {
    const query = "query($n: Int) { persons(first: $n) { nodes { articles(first: $n) { nodes { quotes { article { persons { person { name } } } } } } } } }";
    const small = await post({ query, variables: { n: 1 } });
    expect(small.status).toBe(200);
    expect((await post({ query, variables: { n: 100 } })).status).toBe(400);
    expect((await post({ query, variables: { n: 1 } })).status).toBe(200);
    expect((await post({ query, variables: { n: 100 } })).body.errors[0].extensions.code).toBe("QUERY_TOO_COMPLEX");
  });

  it("refuses 1,000 aliases at parse time", async () => {
    const aliases = Array.from({ length: 1000 }, (_, i) => `a${i}: __typename`).join(" ");
    const res = await post({ query: `{ ${aliases} }` });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe("GRAPHQL_PARSE_FAILED");
  });

  it("refuses 16 aliases", async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: articles(first: 1) { pageInfo { hasNextPage } }`).join(" ");
    const res = await post({ query: `{ ${aliases} }` });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toMatch(/Aliases limit of 15/);
  });

  it("answers a syntax error with 400", async () => {
    const res = await post({ query: "{ articles(first: 1) { nodes { id } " });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe("GRAPHQL_PARSE_FAILED");
  });

  it("does not suggest field names for a typo", async () => {
    const res = await post({ query: "{ articls(first: 1) { nodes { id } } }" });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).not.toMatch(/Did you mean/);
  });

  it("answers wrong variable types with 400 and no stack trace", async () => {
    const res = await post({ query: "query($n: Int) { articles(first: $n) { nodes { id } } }", variables: { n: "many" } });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).not.toMatch(/stacktrace|at .*\.js/);
  });

  it("serves the dashboard for any page address, to browsers and to */*", async () => {
    for (const [path, accept] of [["/", "*/*"], ["/people/abc", "text/html"]]) {
      const res = await request(api.server.app).get(path!).set("accept", accept!);
      // 200 with the built dashboard, or 503 with instructions when apps/web has not been built.
      expect([200, 503]).toContain(res.status);
      expect(res.headers["content-type"]).toMatch(res.status === 200 ? /html/ : /text\/plain/);
    }
    const json = await request(api.server.app).get("/nowhere").set("accept", "application/json");
    expect(json.status).toBe(404);
  });

  it("puts no ETag on GraphQL answers (nobody revalidates a POST) but keeps the dashboard's files revalidatable", async () => {
    const answer = await post({ query: "{ __typename }" });
    expect(answer.status).toBe(200);
    expect(answer.headers.etag).toBeUndefined();
    const index = await request(api.server.app).get("/").set("accept", "text/html");
    // The built dashboard has an ETag; an unbuilt one answers 503 with instructions, nothing to revalidate.
    if (index.status === 200) expect(index.headers.etag).toBeDefined();
    else expect(index.status).toBe(503);
  });

  it("sends a Content-Security-Policy and answers health checks", async () => {
    const res = await request(api.server.app).get("/healthz");
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ok: true, store: api.store.kind });
    expect(res.headers["content-security-policy"]).toMatch(/script-src 'self'/);
  });
});
