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
