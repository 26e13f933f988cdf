import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { createServer } from "../../server.js";
import { execute, INGEST, newsText, seedText, sharedData, startTestApi, type TestApi } from "../../test/harness.js";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const SEED_ARTICLE = /* GraphQL */ `
  query SeedArticle($id: ID!) {
    article(id: $id) {
      title
      text
      persons { person { name } mentionCount roles mentions { start end text } }
      quotes { text kind start end speaker { name kind person { name } } cue }
      claims { text hedged hedges claimant { name kind } via { name kind } subjects { name } relations { type from { text } to { text } } }
    }
  }
`;

describe("ingestArticle", () => {
  it("stores the seed article with its persons, quotes with speakers and claims with claimants", async () => {
    const text = seedText();
    const res = await api.gql(INGEST, { input: { text, title: "Woodward book: Trump kept in touch with Putin", publisher: "Seed News" } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.ingestArticle.created).toBe(true);
    const { data } = await api.gql(SEED_ARTICLE, { id: res.data!.ingestArticle.article.id });
    const a = data!.article;
    expect(a.text).toBe(text);
    const names = a.persons.map((p: any) => p.person.name);
    expect(names).toEqual(expect.arrayContaining(["Donald Trump", "Vladimir Putin", "Bob Woodward", "Kamala Harris", "Jason Miller"]));
    for (const p of a.persons) for (const m of p.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);

    const speakerOf = (words: string) => a.quotes.find((q: any) => q.text.includes(words))?.speaker?.person?.name;
    expect(speakerOf("I don’t want you to tell anybody")).toBe("Vladimir Putin");
    expect(speakerOf("not heard that they’re talking")).toBe("Jason Miller");
    expect(speakerOf("I’m sure they’d know")).toBe("Jason Miller");
    for (const q of a.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);

    const testingKits = a.claims.find((c: any) => c.text.includes("testing kits"));
    expect(testingKits?.claimant).toMatchObject({ kind: "WORK" });
    expect(testingKits?.hedged).toBe(true);
    const talks = a.claims.find((c: any) => c.text.includes("had numerous conversations"));
    expect(talks?.via.map((v: any) => v.name)).toContain("The New York Times");
    const denial = a.claims.find((c: any) => c.relations.some((r: any) => r.type === "DISPUTES" && r.from.text === c.text));
    expect(denial?.text).toContain("not heard");
  });

  it("returns the stored article, not a copy, when the same text comes again (even re-spaced)", async () => {
    const text = newsText("dup");
    const first = await api.gql(INGEST, { input: { text } });
    const before = await api.rowCounts();
    const again = await api.gql(INGEST, { input: { text } });
    const respaced = await api.gql(INGEST, { input: { text: `  ${text.replace(/ /g, "  ")}\r\n` } });
    expect(again.data!.ingestArticle).toEqual({ ...first.data!.ingestArticle, created: false });
    expect(respaced.data!.ingestArticle.article.id).toBe(first.data!.ingestArticle.article.id);
    expect(await api.rowCounts()).toEqual(before);
  });

  it("stores exactly one article when the same text is ingested 20 times at once", async () => {
    const text = newsText("storm");
    const results = await Promise.all(Array.from({ length: 20 }, () => api.gql(INGEST, { input: { text } })));
    expect(results.every((r) => r.errors === undefined)).toBe(true);
    const ids = new Set(results.map((r) => r.data!.ingestArticle.article.id));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => r.data!.ingestArticle.created)).toHaveLength(1);
    const { data } = await api.gql(`{ articles(first: 100, filter: { search: "storm" }) { nodes { id quotes { id } } } }`);
    expect(data!.articles.nodes).toHaveLength(1);
  });

  it("reuses a person already known from another article", async () => {
    await api.gql(INGEST, { input: { text: newsText("reuse-1") } });
    await api.gql(INGEST, { input: { text: newsText("reuse-2") } });
    const { data } = await api.gql(`{ persons(first: 10, filter: { search: "Jane Doe" }) { nodes { name mentionCount articles(first: 10) { nodes { id } } } } }`);
    expect(data!.persons.nodes).toHaveLength(1);
    expect(data!.persons.nodes[0].articles.nodes.length).toBeGreaterThanOrEqual(2);
  });

  it("takes the main text and metadata out of a saved HTML page", async () => {
    const html = readFileSync(sharedData("pages/guardian-1/source.html"), "utf8");
    const res = await api.gql(INGEST, { input: { html, url: "https://www.theguardian.com/example" } });
    expect(res.errors).toBeUndefined();
    const { data } = await api.gql(`query($id: ID!) { article(id: $id) { title text url } }`, { id: res.data!.ingestArticle.article.id });
    const expected = JSON.parse(readFileSync(sharedData("pages/guardian-1/expected-metadata.json"), "utf8"));
    expect(data!.article.title).toBe(expected.title);
    expect(data!.article.text).not.toMatch(/<[a-z]+[\s>]/i);
    expect(data!.article.url).toBe("https://www.theguardian.com/example");
  });
});

describe("ingestArticle refuses bad input and stores nothing", () => {
  const refusals: [string, Record<string, unknown>, string, RegExp][] = [
    ["empty text", { text: "" }, "BAD_USER_INPUT", /empty/],
    ["whitespace", { text: " \n\t  " }, "BAD_USER_INPUT", /empty/],
    ["ten characters", { text: "ten chars!" }, "BAD_USER_INPUT", /too short/],
    ["a NUL byte", { text: newsText("nul", "\u0000") }, "BAD_USER_INPUT", /binary/],
    ["control characters", { text: newsText("ctl", "\u0007\u0008") }, "BAD_USER_INPUT", /binary/],
    ["a lone surrogate", { text: newsText("sur", "\uD800") }, "BAD_USER_INPUT", /binary/],
    ["neither text nor html", { title: "Just a title" }, "BAD_USER_INPUT", /text, its HTML, or its URL/],
    ["both text and html", { text: newsText("both"), html: "<p>x</p>" }, "BAD_USER_INPUT", /not both/],
    ["a page with no article", { html: "<html><body><nav>Home</nav></body></html>" }, "NO_ARTICLE_FOUND", /No article/],
    ["a non-http url", { text: newsText("url"), url: "javascript:alert(1)" }, "BAD_USER_INPUT", /http or https/],
  ];
  it.each(refusals)("refuses %s", async (_name, input, code, message) => {
    const before = await api.rowCounts();
    const res = await api.gql(INGEST, { input });
    expect(res.errors?.[0]?.extensions?.code).toBe(code);
    expect(res.errors?.[0]?.message).toMatch(message);
    expect(await api.rowCounts()).toEqual(before);
  });

  it("refuses text over the field limit without echoing it back", async () => {
    const text = "Secretword ".repeat(150_000);
    const res = await api.gql(INGEST, { input: { text } });
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(res.errors)).not.toContain("Secretword");
  });

  it("masks a failure in the middle of the write and leaves no half-written article", async () => {
    const before = await api.rowCounts();
    const broken = await createServer({
      store: api.store,
      extractor: {
        version: "broken",
        // PostgreSQL refuses NUL in text: the quote insert fails after the article row is written.
        extract: (text) => ({
          extractor: { name: "broken", version: "broken" },
          title: null,
          text,
          persons: [],
          quotes: [{ id: "q1", text: "secret internal detail\u0000", start: 0, end: 3, kind: "direct", speaker: null, source: null, cue: null, confidence: 1 }],
          claims: [],
        }),
        extractFromHtml: () => null,
      },
    });
    try {
      const res = await execute(broken, INGEST, { input: { text: newsText("broken") } });
      expect(res.errors?.[0]).toMatchObject({ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } });
      expect(JSON.stringify(res)).not.toContain("secret internal detail");
      expect(await api.rowCounts()).toEqual(before);
    } finally {
      await broken.apollo.stop();
    }
  });
});
