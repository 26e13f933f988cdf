import { parse } from "csv-parse/sync";
import { sql } from "drizzle-orm";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseJsonlRecord } from "../../cli/ingest-sources.js";
import { openStore } from "../../db/store.js";
import { INGEST, newsText, seedText, startTestApi, type TestApi } from "../../test/harness.js";
import { DEFAULT_FETCH_POLICY } from "../ingest/fetch-page.js";
import { ingestArticle } from "../ingest/ingest.service.js";

let api: TestApi;
let quoteCount = 0;
beforeAll(async () => {
  api = await startTestApi();
  await api.gql(INGEST, { input: { text: seedText(), title: "Woodward book", publisher: "Seed News", url: "https://news.example/woodward", publishedAt: "2024-09-20T10:00:00Z" } });
  await api.gql(INGEST, { input: { text: newsText("export-1"), publisher: "Other Post" } });
  await api.store.db.execute(sql`update claim set verdict = 'FALSE', verdict_note = 'No record of such calls.' where text like 'Trump secretly sent%'`);
  const { data } = await api.gql(`{ quotes(first: 100) { nodes { id } } }`);
  quoteCount = data!.quotes.nodes.length;
});
afterAll(() => api.close());

const get = (path: string) => request(api.server.app).get(path).buffer(true).parse((res, done) => {
  let body = "";
  res.setEncoding("utf8");
  res.on("data", (c: string) => (body += c));
  res.on("end", () => done(null, body));
});

describe("exports", () => {
  it("streams every quote as CSV, and filters by speaker", async () => {
    const res = await get("/export/quotes.csv");
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toMatch(/text\/csv/);
    const rows = parse(res.body as string, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(quoteCount);
    const putin = rows.find((r) => r.text!.startsWith("I don’t want you"));
    expect(putin).toMatchObject({ speaker: "Vladimir Putin", article_title: "Woodward book", publisher: "Seed News" });

    const miller = await api.gql(`{ persons(first: 1, filter: { search: "Jason Miller" }) { nodes { id } } }`);
    const filtered = await get(`/export/quotes.csv?speakerId=${miller.data!.persons.nodes[0].id}`);
    const millerRows = parse(filtered.body as string, { columns: true }) as Record<string, string>[];
    expect(millerRows.length).toBeGreaterThan(0);
    expect(millerRows.every((r) => r.speaker === "Jason Miller")).toBe(true);
  });

  it("streams claims as CSV with the GraphQL filters", async () => {
    const res = await get("/export/claims.csv?hedged=true");
    const rows = parse(res.body as string, { columns: true }) as Record<string, string>[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.hedged === "true")).toBe(true);
    expect(rows.find((r) => r.text!.includes("had numerous conversations"))?.via).toBe("The New York Times");
  });

  it("answers a malformed filter with 400", async () => {
    const res = await get("/export/claims.csv?claimantId=nonsense");
    expect(res.status).toBe(400);
    expect((await get("/export/claims.csv?minConfidence=high")).status).toBe(400);
  });

  it("leaves out of the claims CSV the claims the extractor doubts, when asked", async () => {
    const all = parse((await get("/export/claims.csv")).body as string, { columns: true }) as Record<string, string>[];
    const sure = parse((await get("/export/claims.csv?minConfidence=0.5")).body as string, { columns: true }) as Record<string, string>[];
    expect(all.some((r) => Number(r.confidence) < 0.5)).toBe(true);
    expect(sure.length).toBeGreaterThan(0);
    expect(sure.every((r) => Number(r.confidence) >= 0.5)).toBe(true);
    expect(sure.length).toBe(all.filter((r) => Number(r.confidence) >= 0.5).length);
  });

  it("publishes reviewed claims as schema.org ClaimReview that uses only the vocabulary's types and properties", async () => {
    const res = await get("/export/claims.jsonld");
    expect(res.status).toBe(200);
    const reviews = JSON.parse(res.body as string);
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      claimReviewed: expect.stringContaining("testing kits"),
      reviewBody: "No record of such calls.",
      reviewRating: { "@type": "Rating", ratingValue: 1, alternateName: "False" },
      itemReviewed: { "@type": "Claim", appearance: { "@type": "NewsArticle", url: "https://news.example/woodward" } },
    });
    // The schema.org vocabulary as shipped by schema-dts: every @type and property we emit must exist in it.
    const vocabulary = readFileSync(createRequire(import.meta.url).resolve("schema-dts/dist/schema.d.ts"), "utf8");
    const walk = (node: unknown): void => {
      if (!node || typeof node !== "object") return;
      for (const [key, value] of Object.entries(node)) {
        if (key === "@type") expect(vocabulary, `type ${value}`).toContain(`"@type": "${value}"`);
        else if (key !== "@context") expect(vocabulary, `property ${key}`).toContain(`"${key}"?:`);
        walk(value);
      }
    };
    walk(reviews[0]);
  });

  it("exports articles as JSONL that re-ingests into the same articles", async () => {
    const res = await get("/export/articles.jsonl");
    const lines = (res.body as string).trim().split("\n");
    expect(lines).toHaveLength(2);
    const fresh = await openStore({ kind: "pglite", dataDir: null });
    try {
      const deps = { extractor: { version: "test", extract: (text: string) => ({ extractor: { name: "t", version: "t" }, title: null, text, persons: [], quotes: [], claims: [] }), extractFromHtml: () => null }, fetchPolicy: DEFAULT_FETCH_POLICY };
      for (const [i, line] of lines.entries()) {
        const result = await ingestArticle(fresh.db, deps, parseJsonlRecord(line, `line ${i + 1}`));
        expect(result.created).toBe(true);
      }
      const hashes = async (db: typeof fresh.db) =>
        ((await db.execute(sql`select content_hash, title, publisher from article order by content_hash`)) as unknown as { rows: unknown[] }).rows;
      expect(await hashes(fresh.db)).toEqual(await hashes(api.store.db));
    } finally {
      await fresh.close();
    }
  });
});
