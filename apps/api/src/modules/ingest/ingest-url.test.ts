import { JSDOM } from "jsdom";
import { readdirSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_FETCH_POLICY } from "./fetch-page.js";
import { startHostileServer, type HostileServer } from "../../test/hostile-server.js";
import { sharedData, startTestApi, type TestApi } from "../../test/harness.js";

const INGEST_URL = /* GraphQL */ `
  mutation IngestUrl($url: String!) {
    ingestArticle(input: { url: $url }) {
      created
      article { id title byline text url quotes { id } }
    }
  }
`;

const pageNames = readdirSync(sharedData("pages")).filter((name) => !name.includes("."));
let server: HostileServer;
let api: TestApi;

beforeAll(async () => {
  server = await startHostileServer();
  for (const name of pageNames) server.page(`/${name}`, readFileSync(sharedData(`pages/${name}/source.html`), "utf8"));
  api = await startTestApi({ fetchPolicy: { ...DEFAULT_FETCH_POLICY, allowHosts: new Set([`127.0.0.1:${server.port}`]) } });
});
afterAll(async () => {
  await api.close();
  await server.close();
});

/** Text without any whitespace: how paragraphs are separated is ours to choose, the characters are not. */
const letters = (text: string) => text.replace(/\s+/g, "");
const expectedText = (name: string) =>
  new JSDOM(readFileSync(sharedData(`pages/${name}/expected.html`), "utf8")).window.document.body.textContent ?? "";

describe("ingesting real saved news pages by URL", () => {
  it.each(pageNames)("%s: title, byline and main text match Readability's", async (name) => {
    const url = `${server.origin}/${name}`;
    const res = await api.gql(INGEST_URL, { url });
    const expected = JSON.parse(readFileSync(sharedData(`pages/${name}/expected-metadata.json`), "utf8"));
    if (letters(expectedText(name)).length < 40) {
      // Readability finds (next to) no article in this page: whosaid must say so, not store noise.
      expect(res.errors?.[0]?.extensions?.code).toBe("NO_ARTICLE_FOUND");
      return;
    }
    expect(res.errors).toBeUndefined();
    const article = res.data!.ingestArticle.article;
    expect(article.title).toBe(expected.title);
    expect(article.byline).toBe(expected.byline ?? null);
    expect(article.url).toBe(url);
    expect(letters(article.text)).toBe(letters(expectedText(name)));

    const again = await api.gql(INGEST_URL, { url });
    expect(again.data!.ingestArticle).toMatchObject({ created: false, article: { id: article.id } });
  });
});

describe("URL ingestion refuses what it must not fetch", () => {
  it.each([
    ["http://169.254.169.254/latest/meta-data/", "URL_NOT_ALLOWED"],
    ["http://10.0.0.1/", "URL_NOT_ALLOWED"],
    ["http://127.0.0.1:22/", "URL_NOT_ALLOWED"],
  ])("%s → %s, nothing stored, no connection made", async (url, code) => {
    const before = await api.rowCounts();
    const connections = server.connections();
    const res = await api.gql(INGEST_URL, { url });
    expect(res.errors?.[0]?.extensions?.code).toBe(code);
    expect(res.errors?.[0]?.message).toMatch(/private|reserved|ports/);
    expect(await api.rowCounts()).toEqual(before);
    expect(server.connections()).toBe(connections);
  });

  it("answers a page that is not HTML with UNSUPPORTED_CONTENT_TYPE", async () => {
    const res = await api.gql(INGEST_URL, { url: `${server.origin}/png` });
    expect(res.errors?.[0]?.extensions?.code).toBe("UNSUPPORTED_CONTENT_TYPE");
  });
});
