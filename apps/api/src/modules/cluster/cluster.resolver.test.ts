import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INGEST, startTestApi, type TestApi } from "../../test/harness.js";
import { reclusterAll } from "./clustering.js";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const BILL_MORNING =
  'Governor Jane Doe said on Monday that Senator Bill Clinton had raised taxes on family farms three times in four years. The crowd in Ames cheered. "We will fix this," Doe told reporters.';
const BILL_PLANET =
  "Jane Doe, the governor, claimed on Tuesday that Bill Clinton raised taxes on family farms three times in four years. Farmers in the county were unimpressed.";
const HILLARY =
  "Governor Jane Doe said on Monday that Senator Hillary Clinton had raised taxes on family farms three times in four years. The crowd in Ames cheered.";
const BRIDGE =
  "Governor Jane Doe said on Wednesday that the new bridge over the Cedar River would open to traffic next spring. Work began in May.";

const CLAIMS_OF = /* GraphQL */ `
  query ($id: ID!) {
    article(id: $id) {
      claims {
        id
        text
        cluster {
          id size articleCount outlets dates
          firstAppearance { at claim { id } article { id publisher } }
          claims(first: 10) { nodes { id article { publisher } } }
        }
        repeats { id }
      }
    }
  }
`;

async function ingest(text: string, publisher: string, publishedAt: string): Promise<string> {
  const res = await api.gql(INGEST, { input: { text, publisher, publishedAt } });
  expect(res.errors).toBeUndefined();
  return res.data!.ingestArticle.article.id;
}

async function claimsOf(articleId: string): Promise<any[]> {
  const res = await api.gql(CLAIMS_OF, { id: articleId });
  expect(res.errors).toBeUndefined();
  return res.data!.article.claims;
}

describe("claim clusters", () => {
  let planet: string;
  let morning: string;
  let hillary: string;
  let bridge: string;

  beforeAll(async () => {
    // The later report is ingested first: first appearance follows article dates, not ingest order.
    planet = await ingest(BILL_PLANET, "Daily Planet", "2024-03-03T09:00:00Z");
    morning = await ingest(BILL_MORNING, "Morning Star", "2024-03-01T09:00:00Z");
    hillary = await ingest(HILLARY, "Evening Post", "2024-03-02T09:00:00Z");
    bridge = await ingest(BRIDGE, "Morning Star", "2024-03-03T18:00:00Z");
  });

  it("groups the same claim from two outlets in one cluster, the earliest report first", async () => {
    const [fromMorning] = await claimsOf(morning);
    const [fromPlanet] = await claimsOf(planet);
    expect(fromMorning.cluster).not.toBeNull();
    expect(fromPlanet.cluster.id).toBe(fromMorning.cluster.id);
    const cluster = fromMorning.cluster;
    expect(cluster.size).toBe(2);
    expect(cluster.articleCount).toBe(2);
    expect(cluster.outlets).toEqual(["Morning Star", "Daily Planet"]);
    expect(cluster.dates).toEqual(["2024-03-01", "2024-03-03"]);
    expect(cluster.firstAppearance.claim.id).toBe(fromMorning.id);
    expect(cluster.firstAppearance.article).toEqual({ id: morning, publisher: "Morning Star" });
    expect(cluster.firstAppearance.at).toBe("2024-03-01T09:00:00.000Z");
    expect(cluster.claims.nodes.map((c: any) => c.id)).toEqual([fromMorning.id, fromPlanet.id]);
    expect(fromMorning.repeats).toEqual([{ id: fromPlanet.id }]);
    expect(fromPlanet.repeats).toEqual([{ id: fromMorning.id }]);
  });

  it("keeps a claim about Hillary Clinton apart from the same words about Bill Clinton", async () => {
    const [aboutHillary] = await claimsOf(hillary);
    expect(aboutHillary.text).toContain("Hillary Clinton");
    expect(aboutHillary.cluster).toBeNull();
    expect(aboutHillary.repeats).toEqual([]);
  });

  it("keeps an unrelated claim by the same person apart", async () => {
    const [aboutBridge] = await claimsOf(bridge);
    expect(aboutBridge.cluster).toBeNull();
  });

  it("lists clusters biggest first, pages them, filters them by person and fetches them as nodes", async () => {
    const roe1 = await ingest("Mayor John Roe said on Friday that the city budget deficit had tripled since the stadium deal was signed. The council meets next week.", "Morning Star", "2024-02-01T10:00:00Z");
    await ingest("John Roe, the mayor, said the city budget deficit had tripled since the stadium deal was signed. Residents packed the hall.", "Daily Planet", "2024-02-02T10:00:00Z");
    await ingest("Speaking to the council, Mayor John Roe warned that the city budget deficit has tripled since the stadium deal was signed. Nobody objected.", "Evening Post", "2024-02-03T10:00:00Z");
    const [roeClaim] = await claimsOf(roe1);
    expect(roeClaim.cluster.size).toBe(3);

    const LIST = `query ($first: Int, $after: String, $filter: ClaimClusterFilter) {
      claimClusters(first: $first, after: $after, filter: $filter) {
        edges { cursor node { id size firstAppearance { claim { text } } } }
        pageInfo { hasNextPage endCursor }
      }
    }`;
    const page1 = await api.gql(LIST, { first: 1 });
    expect(page1.errors).toBeUndefined();
    expect(page1.data!.claimClusters.edges.map((e: any) => e.node.id)).toEqual([roeClaim.cluster.id]);
    expect(page1.data!.claimClusters.pageInfo.hasNextPage).toBe(true);
    const page2 = await api.gql(LIST, { first: 1, after: page1.data!.claimClusters.pageInfo.endCursor });
    const [fromMorning] = await claimsOf(morning);
    expect(page2.data!.claimClusters.edges.map((e: any) => e.node.id)).toEqual([fromMorning.cluster.id]);
    expect(page2.data!.claimClusters.pageInfo.hasNextPage).toBe(false);

    const people = await api.gql(`{ persons(first: 10, filter: { search: "Bill Clinton" }) { nodes { id name } } }`);
    const bill = people.data!.persons.nodes.find((p: any) => p.name === "Bill Clinton");
    const aboutBill = await api.gql(LIST, { first: 10, filter: { personId: bill.id } });
    expect(aboutBill.data!.claimClusters.edges.map((e: any) => e.node.id)).toEqual([fromMorning.cluster.id]);

    const node = await api.gql(`query ($id: ID!) { node(id: $id) { ... on ClaimCluster { size } } claimCluster(id: $id) { size } }`, {
      id: roeClaim.cluster.id,
    });
    expect(node.data).toEqual({ node: { size: 3 }, claimCluster: { size: 3 } });
    const forged = await api.gql(LIST, { first: 1, after: "bm9wZQ" });
    expect(forged.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("joins two articles ingested at the same time into one cluster", async () => {
    const text = (who: string) => `${who} said on Thursday that the county jail had run out of beds for the third winter in a row. Officials declined to comment.`;
    const ids = await Promise.all([
      ingest(text("Sheriff Ann Smith"), "Morning Star", "2024-04-01T08:00:00Z"),
      ingest(text("Ann Smith, the sheriff,"), "Daily Planet", "2024-04-01T09:00:00Z"),
    ]);
    const [a] = await claimsOf(ids[0]);
    const [b] = await claimsOf(ids[1]);
    expect(a.cluster).not.toBeNull();
    expect(b.cluster?.id).toBe(a.cluster.id);
  });

  it("counts per day on the person and cluster timelines", async () => {
    const people = await api.gql(`{ persons(first: 5, filter: { search: "Jane Doe" }) { nodes { id } } }`);
    const doe = people.data!.persons.nodes[0].id;
    const res = await api.gql(
      `query ($id: ID!, $claim: ID!) {
        person(id: $id) { timeline(days: 7) { day articles quotes claims } }
        claim(id: $claim) { cluster { timeline { day articles claims } } }
      }`,
      { id: doe, claim: (await claimsOf(morning))[0].id },
    );
    expect(res.errors).toBeUndefined();
    // At least a week, so a few days of news still read as a timeline.
    expect(res.data!.person.timeline).toEqual([
      { day: "2024-02-26", articles: 0, quotes: 0, claims: 0 },
      { day: "2024-02-27", articles: 0, quotes: 0, claims: 0 },
      { day: "2024-02-28", articles: 0, quotes: 0, claims: 0 },
      { day: "2024-02-29", articles: 0, quotes: 0, claims: 0 },
      { day: "2024-03-01", articles: 1, quotes: 1, claims: 1 },
      { day: "2024-03-02", articles: 1, quotes: 0, claims: 1 },
      { day: "2024-03-03", articles: 2, quotes: 0, claims: 2 },
    ]);
    expect(res.data!.claim.cluster.timeline).toEqual([
      { day: "2024-02-26", articles: 0, claims: 0 },
      { day: "2024-02-27", articles: 0, claims: 0 },
      { day: "2024-02-28", articles: 0, claims: 0 },
      { day: "2024-02-29", articles: 0, claims: 0 },
      { day: "2024-03-01", articles: 1, claims: 1 },
      { day: "2024-03-02", articles: 0, claims: 0 },
      { day: "2024-03-03", articles: 1, claims: 1 },
    ]);
  });

  it("keeps cluster figures true when a claim is deleted, and hides a cluster left with one claim", async () => {
    const ids = [
      await ingest("Coach Tom Brady said on Sunday that the stadium roof had leaked during every home game this season. Fans were soaked.", "Morning Star", "2024-05-01T10:00:00Z"),
      await ingest("Tom Brady, the coach, said the stadium roof had leaked during every home game this season. The club said nothing.", "Daily Planet", "2024-05-02T10:00:00Z"),
      await ingest("Coach Tom Brady complained that the stadium roof leaked during every home game this season. Repairs are planned.", "Evening Post", "2024-05-03T10:00:00Z"),
    ];
    const claims = await Promise.all(ids.map(async (id) => (await claimsOf(id))[0]));
    expect(claims[0].cluster.size).toBe(3);
    const DELETE = `mutation ($input: DeleteInput!) { deleteClaim(input: $input) { deletedId } }`;
    expect((await api.gql(DELETE, { input: { id: claims[0].id } })).errors).toBeUndefined();
    const [second] = await claimsOf(ids[1]);
    expect(second.cluster.size).toBe(2);
    expect(second.cluster.firstAppearance.claim.id).toBe(second.id);
    expect(second.cluster.outlets).toEqual(["Daily Planet", "Evening Post"]);
    expect((await api.gql(DELETE, { input: { id: claims[2].id } })).errors).toBeUndefined();
    const [alone] = await claimsOf(ids[1]);
    expect(alone.cluster).toBeNull();
    expect(alone.repeats).toEqual([]);
  });

  it("rebuilds the same clusters from scratch and joins claims an editor linked as REPEATS", async () => {
    const before = await clusterMembers();
    const [aboutHillary] = await claimsOf(hillary);
    const [fromMorning] = await claimsOf(morning);
    const link = await api.gql(
      `mutation ($input: LinkClaimsInput!) { linkClaims(input: $input) { relation { type } } }`,
      { input: { fromId: aboutHillary.id, toId: fromMorning.id, type: "REPEATS" } },
    );
    expect(link.errors).toBeUndefined();
    // The link shows at once among the repeats, and the two claims share a cluster at once…
    expect((await claimsOf(hillary))[0].repeats.map((r: any) => r.id)).toContain(fromMorning.id);
    expect((await clusterMembers()).find((group) => group.includes(fromMorning.id))).toContain(aboutHillary.id);

    const summary = await reclusterAll(api.store.db);
    expect(summary.repeatsLinks).toBe(1);
    const after = await clusterMembers();
    // …and a rebuild keeps it in the cluster; everything else is as ingest left it.
    const linked = after.find((group) => group.includes(fromMorning.id))!;
    expect(linked).toContain(aboutHillary.id);
    expect(after.map((g) => g.filter((id) => id !== aboutHillary.id))).toEqual(before);
  });
});

/** Each cluster's claim ids (global), clusters in order of their first claim. */
async function clusterMembers(): Promise<string[][]> {
  const { rows } = (await api.store.db.execute(sql`
    select array_agg(c.id order by c.id) as ids from claim c join claim_cluster cc on cc.id = c.cluster_id
    where cc.size >= 2 group by cc.id order by min(c.id)`)) as unknown as { rows: { ids: (number | string)[] }[] };
  const toGid = (id: number | string) => Buffer.from(`Claim:${id}`).toString("base64url");
  return rows.map((r) => r.ids.map(toGid));
}
