import { sql } from "drizzle-orm";
import { RANKED_CANDIDATES } from "../search/search.service.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INGEST, newsText, seedText, startTestApi, type TestApi } from "../../test/harness.js";

let api: TestApi;
const ids: string[] = [];
beforeAll(async () => {
  api = await startTestApi();
  for (let i = 0; i < 25; i++) {
    const res = await api.gql(INGEST, { input: { text: newsText(`page-${i}`), publisher: i % 2 ? "Odd Times" : "Even Post" } });
    ids.push(res.data!.ingestArticle.article.id);
  }
  const seed = await api.gql(INGEST, { input: { text: seedText(), publisher: "Seed News" } });
  ids.push(seed.data!.ingestArticle.article.id);
});
afterAll(() => api.close());

const PAGE = /* GraphQL */ `
  query Page($first: Int, $after: String, $filter: ArticleFilter) {
    articles(first: $first, after: $after, filter: $filter) {
      edges { cursor node { id } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

describe("articles", () => {
  it("pages newest first with cursors, without gaps or repeats", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { data, errors } = await api.gql(PAGE, { first: 10, after });
      expect(errors).toBeUndefined();
      seen.push(...data!.articles.edges.map((e: any) => e.node.id));
      if (!data!.articles.pageInfo.hasNextPage) break;
      after = data!.articles.pageInfo.endCursor;
    }
    expect(seen).toEqual([...ids].reverse());
  });

  it("filters by publisher, words and person", async () => {
    const odd = await api.gql(PAGE, { first: 100, filter: { publisher: "Odd Times" } });
    expect(odd.data!.articles.edges).toHaveLength(12);
    const words = await api.gql(PAGE, { first: 100, filter: { search: "Woodward" } });
    expect(words.data!.articles.edges.map((e: any) => e.node.id)).toEqual([ids.at(-1)]);
    const persons = await api.gql(`{ persons(first: 1, filter: { search: "Putin" }) { nodes { id } } }`);
    const putin = persons.data!.persons.nodes[0].id;
    const withPutin = await api.gql(PAGE, { first: 100, filter: { personId: putin } });
    expect(withPutin.data!.articles.edges.map((e: any) => e.node.id)).toEqual([ids.at(-1)]);
  });

  it("pages persons most-mentioned first with cursors, searching or not, as one big page lists them", async () => {
    const PERSONS = /* GraphQL */ `
      query($first: Int, $after: String, $s: String) {
        persons(first: $first, after: $after, filter: { search: $s }) { nodes { id mentionCount } pageInfo { hasNextPage endCursor } }
      }
    `;
    for (const s of [null, "a"]) {
      const all = await api.gql(PERSONS, { first: 100, s });
      expect(all.errors).toBeUndefined();
      const everyone = all.data!.persons.nodes.map((n: any) => n.id);
      expect(everyone.length).toBeGreaterThan(3);
      const counts = all.data!.persons.nodes.map((n: any) => n.mentionCount);
      expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a));
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const { data, errors } = await api.gql(PERSONS, { first: 2, after, s });
        expect(errors).toBeUndefined();
        seen.push(...data!.persons.nodes.map((n: any) => n.id));
        if (!data!.persons.pageInfo.hasNextPage) break;
        after = data!.persons.pageInfo.endCursor;
      }
      expect(seen).toEqual(everyone);
    }
  });

  it("treats hostile filter strings as plain words", async () => {
    for (const search of ["' OR 1=1--", '"; DROP TABLE article;--', "$1", "\\", "%_", "(((", "!&|"]) {
      const res = await api.gql(PAGE, { first: 5, filter: { search, publisher: search } });
      expect(res.errors).toBeUndefined();
      expect(res.data!.articles.edges).toEqual([]);
    }
    const persons = await api.gql(`query($s: String) { persons(first: 5, filter: { search: $s }) { nodes { id } } }`, { s: "%_" });
    expect(persons.errors).toBeUndefined();
    expect(persons.data!.persons.nodes).toEqual([]);
  });

  it("rejects a forged cursor and an oversized page", async () => {
    const forged = await api.gql(PAGE, { first: 5, after: "not-a-cursor" });
    expect(forged.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const tooMany = await api.gql(PAGE, { first: 101 });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    // So large that the cost limit refuses it before validation runs.
    const huge = await api.gql(PAGE, { first: 99_999_999 });
    expect(huge.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COMPLEX");
  });

  it("answers NOT_FOUND for an unknown or malformed id", async () => {
    for (const id of ["QXJ0aWNsZTo5OTk5OTk", "nonsense", ids[0]!.replace(/^.{2}/, "UG")]) {
      const res = await api.gql(`query($id: ID!) { article(id: $id) { id } }`, { id });
      expect(res.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    }
  });

  it("loads a page of 20 articles with persons, quotes, claims and their people in a handful of statements", async () => {
    const PAGE_WITH_EVERYTHING = `query($n: Int) {
      articles(first: $n) {
        nodes {
          title
          persons { person { name } mentionCount mentions { start } }
          quotes { text speaker { name person { name quoteCount } } article { id } }
          claims { text claimant { person { name } } via { name } subjects { name } relations { type to { id } } }
        }
      }
    }`;
    const small = await api.gqlCounted(PAGE_WITH_EVERYTHING, { n: 5 });
    const { result, statements } = await api.gqlCounted(PAGE_WITH_EVERYTHING, { n: 20 });
    expect(result.errors).toBeUndefined();
    expect(result.data!.articles.nodes).toHaveLength(20);
    // One statement per kind of thing (articles; article_person + mention; quotes; claims; subjects;
    // relations; related claims; persons), give or take a DataLoader batch split by timing (PostgreSQL's
    // pool answers at different moments): never one per row, so 20 articles cost what 5 do.
    expect(statements).toBeLessThanOrEqual(14);
    expect(statements - small.statements).toBeLessThanOrEqual(2);
  });
});

describe("node", () => {
  it("resolves any global id to its type", async () => {
    const { data } = await api.gql(`query($id: ID!) {
      node(id: $id) { __typename id ... on Article { quotes { id } claims { id } persons { person { id } } } }
    }`, { id: ids.at(-1) });
    expect(data!.node.__typename).toBe("Article");
    const someQuote = data!.node.quotes[0].id;
    const somePerson = data!.node.persons[0].person.id;
    const someClaim = data!.node.claims[0].id;
    const typed = await api.gql(`query($q: ID!, $p: ID!, $c: ID!) {
      q: node(id: $q) { __typename } p: node(id: $p) { __typename } c: node(id: $c) { __typename } x: node(id: "bm9wZQ") { id }
    }`, { q: someQuote, p: somePerson, c: someClaim });
    expect(typed.data).toEqual({ q: { __typename: "Quote" }, p: { __typename: "Person" }, c: { __typename: "Claim" }, x: null });
  });
});

describe("search", () => {
  it("finds people by part of the name and quotes and claims by their words", async () => {
    const { data, errors } = await api.gql(`{
      search(query: "putin", first: 20) {
        __typename
        ... on Person { name }
        ... on Quote { text }
        ... on Claim { text }
        ... on Article { title }
      }
    }`);
    expect(errors).toBeUndefined();
    expect(data!.search[0]).toEqual({ __typename: "Person", name: "Vladimir Putin" });
    const kinds = new Set(data!.search.map((h: any) => h.__typename));
    expect(kinds).toContain("Claim");
    expect(kinds).toContain("Article");
  });

  it("ranks only the newest matches of a very common word, so its cost stays bounded", async () => {
    const rows = (n: number, text: string) =>
      api.store.db.execute(sql`
        insert into article (text, content_hash, word_count, extractor_version)
        select ${text} || ' ' || g, md5(${text} || g || random()), 8, 'test' from generate_series(1, ${n}) g`);
    await rows(1, "Aardvarks aardvarks aardvarks everywhere: aardvark aardvark season.");
    await rows(1, "One aardvark was seen, said the keeper, near the gate.");
    const best = async () =>
      (await api.gql(`{ search(query: "aardvark", first: 3) { ... on Article { text } } }`)).data!.search.map((h: any) => h.text);
    expect((await best())[0]).toMatch(/^Aardvarks aardvarks/);
    await rows(RANKED_CANDIDATES, "A single aardvark in a newer story.");
    const after = await best();
    expect(after).toHaveLength(3);
    expect(after.join(" ")).not.toMatch(/Aardvarks aardvarks/);
  });

  it("searches quotes with a filter by speaker", async () => {
    const miller = await api.gql(`{ persons(first: 1, filter: { search: "Jason Miller" }) { nodes { id } } }`);
    const id = miller.data!.persons.nodes[0].id;
    const { data } = await api.gql(`query($id: ID!) { quotes(first: 10, filter: { speakerId: $id }) { nodes { text } } }`, { id });
    expect(data!.quotes.nodes.map((q: any) => q.text).join(" ")).toContain("get in touch");
    const words = await api.gql(`{ quotes(first: 10, filter: { search: "anybody" }) { nodes { speaker { name } } } }`);
    expect(words.data!.quotes.nodes[0].speaker.name).toMatch(/Putin/);
  });

  it("filters claims by hedging and verdict", async () => {
    const hedged = await api.gql(`{ claims(first: 100, filter: { hedged: true }) { nodes { hedged } } }`);
    expect(hedged.data!.claims.nodes.length).toBeGreaterThan(0);
    expect(hedged.data!.claims.nodes.every((c: any) => c.hedged)).toBe(true);
    const unreviewed = await api.gql(`{ claims(first: 100, filter: { verdict: FALSE }) { nodes { id } } }`);
    expect(unreviewed.data!.claims.nodes).toEqual([]);
  });

  it("hides claims the extractor doubts unless an editor reviewed them", async () => {
    const all = await api.gql(`{ claims(first: 100) { nodes { id text } } }`);
    const [doubted, kept] = all.data!.claims.nodes.map((c: any) => c.text as string);
    await api.store.db.execute(sql`update claim set confidence = 0.2, reviewed = false where text = ${doubted}`);
    await api.store.db.execute(sql`update claim set confidence = 0.2, reviewed = true where text = ${kept}`);
    const sure = await api.gql(`{ claims(first: 100, filter: { minConfidence: 0.5 }) { nodes { text confidence reviewed } } }`);
    const texts = sure.data!.claims.nodes.map((c: any) => c.text);
    expect(texts).not.toContain(doubted);
    expect(texts).toContain(kept);
    expect(sure.data!.claims.nodes.every((c: any) => c.confidence >= 0.5 || c.reviewed)).toBe(true);
    const after = await api.gql(`{ claims(first: 100) { nodes { confidence reviewed } } }`);
    expect(texts.length).toBe(after.data!.claims.nodes.filter((c: any) => c.confidence >= 0.5 || c.reviewed).length);
    const bad = await api.gql(`{ claims(first: 5, filter: { minConfidence: 2 }) { nodes { id } } }`);
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("person", () => {
  it("hides the claims a person makes or is the subject of that the extractor doubts, unless reviewed", async () => {
    const { data } = await api.gql(`{ persons(first: 1, filter: { search: "Vladimir Putin" }) { nodes { id } } }`);
    const id = data!.persons.nodes[0].id;
    const claimsOf = async (args: string) => {
      const res = await api.gql(`query($id: ID!) { person(id: $id) { claims(first: 50${args}) { nodes { text confidence reviewed } } claimsAbout(first: 50${args}) { nodes { text confidence reviewed } } } }`, { id });
      expect(res.errors).toBeUndefined();
      return res.data!.person as { claims: { nodes: any[] }; claimsAbout: { nodes: any[] } };
    };
    const all = await claimsOf("");
    const doubted: string = all.claims.nodes[0].text;
    const kept: string = all.claimsAbout.nodes.find((c: any) => c.text !== doubted).text;
    await api.store.db.execute(sql`update claim set confidence = 0.2, reviewed = false where text = ${doubted}`);
    await api.store.db.execute(sql`update claim set confidence = 0.2, reviewed = true where text = ${kept}`);
    const sure = await claimsOf(", minConfidence: 0.5");
    expect(sure.claims.nodes.map((c: any) => c.text)).not.toContain(doubted);
    expect(sure.claimsAbout.nodes.map((c: any) => c.text)).toContain(kept);
    for (const list of [sure.claims.nodes, sure.claimsAbout.nodes]) expect(list.every((c: any) => c.confidence >= 0.5 || c.reviewed)).toBe(true);
    const everything = await claimsOf("");
    expect(sure.claimsAbout.nodes.length).toBe(everything.claimsAbout.nodes.filter((c: any) => c.confidence >= 0.5 || c.reviewed).length);
    const bad = await api.gql(`query($id: ID!) { person(id: $id) { claims(first: 5, minConfidence: -1) { nodes { id } } } }`, { id });
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("shows a person's quotes, claims and articles", async () => {
    const { data } = await api.gql(`{ persons(first: 1, filter: { search: "Donald Trump" }) { nodes { id } } }`);
    const res = await api.gql(`query($id: ID!) { person(id: $id) {
      name aliases roles mentionCount
      articles(first: 5) { nodes { id } }
      claimsAbout(first: 20) { nodes { text } }
    } }`, { id: data!.persons.nodes[0].id });
    expect(res.errors).toBeUndefined();
    expect(res.data!.person.name).toBe("Donald Trump");
    expect(res.data!.person.aliases).toContain("Trump");
    expect(res.data!.person.mentionCount).toBeGreaterThan(10);
    expect(res.data!.person.articles.nodes).toEqual([{ id: ids.at(-1) }]);
    expect(res.data!.person.claimsAbout.nodes.length).toBeGreaterThan(2);
  });
});
