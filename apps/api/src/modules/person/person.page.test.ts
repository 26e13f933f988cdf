import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../../db/sql-helpers.js";
import { toGlobalId } from "../../graphql/ids.js";
import { INGEST, newsText, seedText, startTestApi, type TestApi } from "../../test/harness.js";

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
  await api.gql(INGEST, { input: { text: seedText(), publishedAt: "2024-10-09T12:00:00Z" } });
  const others = ["Vladimir Putin", "Jason Miller", "Kamala Harris", "Bob Woodward"];
  for (let n = 0; n < 8; n++) {
    const extra = `President Donald Trump met ${others[n % 4]} and ${others[(n + 1) % 4]} on day ${n}.`;
    const r = await api.gql(INGEST, { input: { text: newsText(`page-${n}`, extra), publishedAt: `2024-10-${String(10 + n).padStart(2, "0")}T09:00:00Z` } });
    expect(r.errors).toBeUndefined();
  }
});
afterAll(() => api.close());

const NETWORK = `query ($id: ID!, $first: Int) { person(id: $id) { coOccurrence(first: $first) {
  people { person { id name mentionCount aliases } sharedArticles } links { source target sharedArticles } } } }`;

/** The network computed from all article links in JavaScript (the test store is far below 500 articles a person). */
async function expectedNetwork(personId: number, first: number) {
  const links = await queryRows<{ article_id: number; person_id: number }>(api.store.db, sql`select article_id::int, person_id::int from article_person`);
  const mine = new Set(links.filter((l) => Number(l.person_id) === personId).map((l) => Number(l.article_id)));
  const shared = new Map<number, number>();
  for (const l of links) if (mine.has(Number(l.article_id)) && Number(l.person_id) !== personId) shared.set(Number(l.person_id), (shared.get(Number(l.person_id)) ?? 0) + 1);
  const top = [...shared].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, first);
  const topIds = new Set(top.map(([id]) => id));
  const pairs = new Map<string, number>();
  for (const art of mine) {
    const here = links.filter((l) => Number(l.article_id) === art && topIds.has(Number(l.person_id))).map((l) => Number(l.person_id)).sort((a, b) => a - b);
    for (let i = 0; i < here.length; i++) for (let j = i + 1; j < here.length; j++) pairs.set(`${here[i]}:${here[j]}`, (pairs.get(`${here[i]}:${here[j]}`) ?? 0) + 1);
  }
  return {
    people: top.map(([id, n]) => ({ id: toGlobalId("Person", id), n })),
    links: [
      ...top.map(([id, n]) => ({ source: toGlobalId("Person", personId), target: toGlobalId("Person", id), sharedArticles: n })),
      ...[...pairs].map(([k, n]) => {
        const [a, b] = k.split(":").map(Number);
        return { source: toGlobalId("Person", a!), target: toGlobalId("Person", b!), sharedArticles: n };
      }),
    ],
  };
}

describe("the person page", () => {
  it("co-occurrence network: the people sharing most articles, with their links, in one statement", async () => {
    const persons = await queryRows<{ id: number }>(api.store.db, sql`select id::int from person order by mention_count desc, id`);
    expect(persons.length).toBeGreaterThan(4);
    for (const { id } of persons.slice(0, 6)) {
      for (const first of [2, 12]) {
        const { result, statements } = await api.gqlCounted<any>(NETWORK, { id: toGlobalId("Person", Number(id)), first });
        expect(result.errors).toBeUndefined();
        const net = result.data!.person.coOccurrence;
        const want = await expectedNetwork(Number(id), first);
        expect(net.people.map((p: any) => ({ id: p.person.id, n: p.sharedArticles }))).toEqual(want.people);
        expect(net.people.every((p: any) => typeof p.person.name === "string" && p.person.mentionCount > 0 && Array.isArray(p.person.aliases))).toBe(true);
        const order = (l: any[]) => [...l].sort((a, b) => `${a.source}${a.target}`.localeCompare(`${b.source}${b.target}`));
        expect(order(net.links)).toEqual(order(want.links));
        expect(statements).toBe(2); // the person, then the network
      }
    }
  });
});

describe("the person page's parts in one statement", () => {
  it("gives the same rows, types included, as the one-list queries, page after page", async () => {
    const { listQuotes } = await import("../quote/quote.service.js");
    const { listClaims } = await import("../claim/claim.service.js");
    const { listPersonArticles } = await import("./person.service.js");
    const { personArticles, personClaims, personQuotes } = await import("./person-parts.js");
    const db = api.store.db;
    const persons = await queryRows<{ id: number }>(db, sql`select id::int from person order by mention_count desc, id limit 6`);
    let compared = 0;
    for (const { id } of persons) {
      const pid = Number(id);
      for (const first of [1, 3, 50]) {
        let after: number | null = null;
        for (let page = 0; page < 3; page++) {
          const ctx = { store: api.store, loaders: {} } as any; // a fresh request
          const [q, c, ca, a] = await Promise.all([
            personQuotes(ctx, pid, first, after),
            personClaims(ctx, "claims", pid, first, after),
            personClaims(ctx, "claimsAbout", pid, first, after),
            personArticles(ctx, pid, first, after),
          ]);
          expect(q).toEqual(await listQuotes(db, { first, afterId: after, speakerId: pid }));
          expect(c).toEqual(await listClaims(db, { first, afterId: after, claimantId: pid }));
          expect(ca).toEqual(await listClaims(db, { first, afterId: after, subjectId: pid }));
          expect(a).toEqual(await listPersonArticles(db, pid, first, after));
          compared += q.items.length + c.items.length + ca.items.length + a.items.length;
          const last = [q, c, ca, a].flatMap((p) => p.items.map((i) => i.dbId));
          if (last.length === 0) break;
          after = Math.max(...last); // any id works as a cursor; a mid-list one checks `after` everywhere
        }
      }
    }
    expect(compared).toBeGreaterThan(50);
  });

  it("costs at most 1 + depth statements for the dashboard's person page", async () => {
    const PAGE = `query ($id: ID!, $first: Int!) { person(id: $id) {
      id name timeline(days: 90) { day articles quotes claims }
      quotes(first: $first) { edges { cursor node { id text speaker { name person { id name } } article { id title } } } pageInfo { hasNextPage } }
      claims(first: $first) { edges { node { id text claimant { name person { id } } via { name } subjects { id name }
        relations { type from { id text claimant { name } } to { id } } article { id title } } } pageInfo { hasNextPage } }
      claimsAbout(first: $first) { edges { node { id subjects { id } } } }
      coOccurrence(first: 12) { people { sharedArticles person { id name } } links { source target sharedArticles } }
      history { action }
      articles(first: $first) { edges { node { id title publishedAt } } pageInfo { hasNextPage endCursor } }
    } }`;
    const depth = 8; // person > claims > edges > node > relations > from > claimant > name
    const persons = await queryRows<{ id: number }>(api.store.db, sql`select id::int from person order by mention_count desc, id limit 3`);
    for (const { id } of persons) {
      const { result, statements } = await api.gqlCounted<any>(PAGE, { id: toGlobalId("Person", Number(id)), first: 10 });
      expect(result.errors).toBeUndefined();
      expect(result.data!.person.quotes.edges.length + result.data!.person.articles.edges.length).toBeGreaterThan(0);
      expect(statements).toBeLessThanOrEqual(1 + depth);
    }
  });
});
