import { sql } from "drizzle-orm";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INGEST, keyCaller, newsText, startTestApi, type TestApi } from "../../test/harness.js";
import { createApiKey } from "./access.service.js";

const ADMIN_KEY = "wsk_bootstrap-admin-key-for-tests-0123456789";

let api: TestApi;
const keys: Record<string, string> = {};
beforeAll(async () => {
  api = await startTestApi({ access: { readAccess: "OPEN", adminKey: ADMIN_KEY } });
  for (const role of ["VIEWER", "EDITOR", "ADMIN"] as const)
    keys[role] = (await createApiKey(api.store.db, { name: `${role.toLowerCase()} desk`, role, createdBy: "test" })).key;
});
afterAll(() => api.close());

const post = (body: object, key?: string) => {
  const req = request(api.server.app).post("/graphql").set("content-type", "application/json");
  return key === undefined ? req.send(body) : req.set("authorization", `Bearer ${key}`).send(body);
};
const ingest = (n: string, key?: string) => post({ query: INGEST, variables: { input: { text: newsText(n) } } }, key);
const articleCount = async () => Number((await api.store.db.execute<{ n: number }>(sql`select count(*)::int n from article`)).rows[0]!.n);
const DELETE_QUOTE = `mutation ($id: ID!) { deleteQuote(input: { id: $id }) { deletedId } }`;

describe("API keys over HTTP", () => {
  it("refuse a mutation without a key: UNAUTHENTICATED, nothing stored", async () => {
    const before = await articleCount();
    const res = await ingest("anonymous");
    expect(res.body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    expect(res.body.errors[0].message).toMatch(/Authorization: Bearer/);
    expect(await articleCount()).toBe(before);
  });

  it("let editors ingest and correct, viewers only read: FORBIDDEN", async () => {
    const viewer = await ingest("viewer", keys.VIEWER);
    expect(viewer.body.errors[0].extensions.code).toBe("FORBIDDEN");
    const editor = await ingest("editor", keys.EDITOR);
    expect(editor.body.errors).toBeUndefined();
    expect(editor.body.data.ingestArticle.created).toBe(true);
    const read = await post({ query: "{ articles(first: 5) { nodes { id } } }" }, keys.VIEWER);
    expect(read.body.data.articles.nodes.length).toBeGreaterThan(0);
  });

  it("keep deleting for admins", async () => {
    await ingest("to delete", keys.EDITOR);
    const { data } = await api.gql(`{ quotes(first: 1) { nodes { id } } }`);
    const id = data!.quotes.nodes[0].id;
    expect((await post({ query: DELETE_QUOTE, variables: { id } }, keys.EDITOR)).body.errors[0].extensions.code).toBe("FORBIDDEN");
    const admin = await post({ query: DELETE_QUOTE, variables: { id } }, keys.ADMIN);
    expect(admin.body.data.deleteQuote.deletedId).toBe(id);
  });

  it("answer 401 to unknown, malformed and revoked keys, even for reading", async () => {
    const unknown = await post({ query: "{ viewer { signedIn } }" }, "wsk_not-a-real-key");
    expect(unknown.status).toBe(401);
    expect(unknown.headers["www-authenticate"]).toMatch(/^Bearer/);
    expect(unknown.body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    const malformed = await request(api.server.app).post("/graphql").set("authorization", "Basic dXNlcjpwYXNz").send({ query: "{ viewer { signedIn } }" });
    expect(malformed.status).toBe(401);

    const { key } = await createApiKey(api.store.db, { name: "leaving", role: "EDITOR", createdBy: "test" });
    expect((await post({ query: "{ viewer { name role } }" }, key)).body.data.viewer).toEqual({ name: "leaving", role: "EDITOR" });
    const list = await post({ query: "{ apiKeys { id name } }" }, keys.ADMIN);
    const id = list.body.data.apiKeys.find((k: { name: string }) => k.name === "leaving").id;
    const revoked = await post({ query: `mutation ($id: ID!) { revokeApiKey(input: { id: $id }) { apiKey { revokedAt } } }`, variables: { id } }, keys.ADMIN);
    expect(revoked.body.data.revokeApiKey.apiKey.revokedAt).not.toBeNull();
    expect((await ingest("after revoke", key)).status).toBe(401);
  });

  it("store only a hash of each key", async () => {
    const { rows } = await api.store.db.execute<Record<string, unknown>>(sql`select * from api_key`);
    const stored = JSON.stringify(rows);
    for (const key of Object.values(keys)) {
      expect(stored).not.toContain(key);
      expect(stored).not.toContain(key.slice(12));
    }
  });

  it("accept the bootstrap admin key, which can create keys that work at once", async () => {
    const created = await post(
      { query: `mutation { createApiKey(input: { name: "night desk", role: EDITOR }) { key apiKey { name role prefix createdBy } } }` },
      ADMIN_KEY,
    );
    const { key, apiKey } = created.body.data.createApiKey;
    expect(apiKey).toMatchObject({ name: "night desk", role: "EDITOR", createdBy: "admin (WHOSAID_ADMIN_KEY)" });
    expect(key.startsWith(apiKey.prefix)).toBe(true);
    expect((await ingest("night desk", key)).body.data.ingestArticle.created).toBe(true);
    const byEditor = await post({ query: `mutation { createApiKey(input: { name: "x", role: ADMIN }) { key } }` }, key);
    expect(byEditor.body.errors[0].extensions.code).toBe("FORBIDDEN");
    expect(byEditor.body.data).toBeNull();
  });

  it("tell a caller who they are", async () => {
    expect((await post({ query: "{ viewer { signedIn name role readAccess } }" })).body.data.viewer).toEqual({
      signedIn: false,
      name: null,
      role: null,
      readAccess: "OPEN",
    });
    expect((await post({ query: "{ viewer { signedIn role } }" }, keys.EDITOR)).body.data.viewer).toEqual({ signedIn: true, role: "EDITOR" });
  });

  it("keep the key list to admins", async () => {
    const res = await api.gqlBy(keyCaller("ed", "EDITOR"), "{ apiKeys { id } }");
    expect(res.errors![0]!.extensions!.code).toBe("FORBIDDEN");
    const anon = await api.gqlBy({ kind: "anonymous" }, "{ apiKeys { id } }");
    expect(anon.errors![0]!.extensions!.code).toBe("UNAUTHENTICATED");
  });
});

describe("closed reading", () => {
  let closed: TestApi;
  let viewerKey: string;
  beforeAll(async () => {
    await api.close();
    closed = await startTestApi({ access: { readAccess: "KEY" } });
    viewerKey = (await createApiKey(closed.store.db, { name: "reader", role: "VIEWER", createdBy: "test" })).key;
  });
  afterAll(async () => {
    await closed.close();
    api = await startTestApi();
  });

  it("needs a key of any role for GraphQL and exports", async () => {
    const anon = await request(closed.server.app).post("/graphql").send({ query: "{ articles(first: 1) { nodes { id } } }" });
    expect(anon.status).toBe(401);
    expect(anon.body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    expect((await request(closed.server.app).get("/export/quotes.csv")).status).toBe(401);

    const read = await request(closed.server.app).post("/graphql").set("authorization", `Bearer ${viewerKey}`).send({ query: "{ viewer { readAccess role } }" });
    expect(read.body.data.viewer).toEqual({ readAccess: "KEY", role: "VIEWER" });
    const csv = await request(closed.server.app).get("/export/quotes.csv").set("authorization", `Bearer ${viewerKey}`);
    expect(csv.status).toBe(200);
  });

  it("still serves the dashboard and playground pages, which ask for the key", async () => {
    const page = await request(closed.server.app).get("/").set("accept", "text/html");
    expect(page.status).not.toBe(401);
  });
});
