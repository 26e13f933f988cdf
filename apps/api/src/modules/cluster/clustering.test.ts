import type { Extraction } from "@whosaid/domain";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../../db/store.js";
import { article } from "../../db/schema.js";
import { openTestStore } from "../../test/harness.js";
import { storeExtraction, writeExtraction, type ArticleFacts } from "../ingest/store-extraction.js";

let store: Store;
beforeAll(async () => {
  store = await openTestStore();
});
afterAll(() => store.close());

/**
 * An article in which the organisation `name` says `claim`, with its extraction written by hand. No
 * persons: person resolution's own locks would serialise the articles and hide clustering's.
 */
function report(
  name: string,
  claim: string,
  publisher: string,
  options: { kind?: "organization" | "anonymous"; about?: string } = {},
): { facts: ArticleFacts; extraction: Extraction } {
  const text = `${name} said that ${claim}.`;
  const start = name.length + " said that ".length;
  // `about`: a person named in the claim, who becomes its subject.
  const at = options.about ? text.indexOf(options.about) : -1;
  const persons = at < 0 ? [] : [{ id: "p1", name: options.about!, aliases: [], roles: [], mentions: [{ start: at, end: at + options.about!.length, text: options.about! }] }];
  const extraction: Extraction = {
    extractor: { name: "test", version: "1" },
    title: null,
    text,
    persons,
    quotes: [],
    claims: [
      {
        id: "c1",
        text: claim,
        start,
        end: start + claim.length,
        claimant: { name, kind: options.kind ?? "organization" },
        via: [],
        source: { start: 0, end: name.length, text: name },
        cue: null,
        hedged: false,
        hedges: [],
        subjects: persons.map((p) => p.id),
        relations: [],
        confidence: 0.9,
      },
    ],
  };
  const facts: ArticleFacts = {
    text,
    contentHash: `${publisher}:${text}`,
    wordCount: text.split(/\s+/).length,
    extractorVersion: "1",
    url: null,
    canonicalUrl: null,
    title: null,
    publisher,
    authors: [],
    byline: null,
    publishedAt: null,
    language: null,
  };
  return { facts, extraction };
}

async function clusterOfClaims(): Promise<(number | null)[]> {
  const { rows } = (await store.db.execute(sql`select cluster_id from claim order by id`)) as unknown as { rows: { cluster_id: number | null }[] };
  return rows.map((r) => (r.cluster_id === null ? null : Number(r.cluster_id)));
}

describe("clustering on ingest", () => {
  it("makes an article stored while another is still being written wait for it and join its claim", async () => {
    const claim = "the harbour dredging contract was awarded without any public tender";
    const first = report("The Harbour Authority", claim, "Morning Star");
    const second = report("The Harbour Authority", `${claim} last year`, "Daily Planet");

    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let reached!: () => void;
    const written = new Promise<void>((resolve) => (reached = resolve));
    const pending = store.db.transaction(async (tx) => {
      const [row] = await tx.insert(article).values(first.facts).returning({ id: article.id });
      await writeExtraction(tx, row!.id, first.extraction);
      reached();
      await gate;
    });
    await written;
    let secondDone = false;
    const storingSecond = storeExtraction(store.db, second.facts, second.extraction).then(() => (secondDone = true));
    await new Promise((resolve) => setTimeout(resolve, 300));
    // On PostgreSQL the second waits on the claimant's clustering lock; PGlite runs one transaction at a time anyway.
    expect(secondDone).toBe(false);
    release();
    await pending;
    await storingSecond;

    const clusters = await clusterOfClaims();
    expect(clusters).toHaveLength(2);
    expect(clusters[0]).not.toBeNull();
    expect(clusters[1]).toBe(clusters[0]);
  });
});

describe("clustering claimants", () => {
  it("keeps apart what different claimants said about one person, and joins one claimant's repeat (PolNeAR: Trump's Muslim ban)", async () => {
    await store.db.execute(sql`truncate claim_fingerprint, claim, claim_cluster, claim_subject, mention, article_person, person, article restart identity cascade`);
    const call = "Republican presidential candidate Donald Trump's call for a ban on Muslims entering the United States was wrong";
    await storeExtraction(store.db, ...args(report("The St. Paul City Council", call, "Huffington Post", { about: "Donald Trump" })));
    await storeExtraction(store.db, ...args(report("the rally", call.replace("a ban on", "a total and complete shutdown of"), "Politico", { kind: "anonymous", about: "Donald Trump" })));
    await storeExtraction(store.db, ...args(report("Republicans", call.replace("a ban", "a temporary ban"), "New York Times", { about: "Donald Trump" })));
    expect(await clusterOfClaims()).toEqual([null, null, null]);

    await storeExtraction(store.db, ...args(report("the St. Paul City Council", call, "Star Tribune", { about: "Donald Trump" })));
    const clusters = await clusterOfClaims();
    expect(clusters[3]).not.toBeNull();
    expect(clusters).toEqual([clusters[3], null, null, clusters[3]]);
  });
});

const args = (r: ReturnType<typeof report>) => [r.facts, r.extraction] as const;
