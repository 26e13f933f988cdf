import { asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestStore } from "../test/harness.js";
import { insertJsonRows } from "./json-rows.js";
import { article, claim, claimSubject, person } from "./schema.js";
import { asOneStatement, queryRows } from "./sql-helpers.js";
import type { Store } from "./store.js";

let store: Store;
let articleId: number;
beforeAll(async () => {
  store = await openTestStore();
  const text = "A text long enough to be an article, about nothing much at all.";
  const [row] = await store.db
    .insert(article)
    .values({ text, contentHash: `json-rows:${Date.now()}`, wordCount: 12, extractorVersion: "1", authors: [] })
    .returning({ id: article.id });
  articleId = row!.id;
});
afterAll(async () => {
  await store.db.delete(article).where(eq(article.id, articleId));
  await store.close();
});

const claimRow = (text: string, extra: Partial<typeof claim.$inferInsert> = {}) => ({
  articleId,
  text,
  start: 0,
  end: text.length,
  claimantName: null as string | null,
  claimantKind: null as "PERSON" | null,
  via: [] as { name: string; kind: "WORK"; personId: null }[],
  hedges: [] as string[],
  confidence: 0.5,
  ...extra,
});

describe("insertJsonRows", () => {
  it("writes arrays, JSON, enums and nulls as Drizzle would, and returns the ids in the rows' order", async () => {
    const rows = Array.from({ length: 40 }, (_, i) => claimRow(`claim ${i}`));
    rows[3] = claimRow("claim 3", {
      claimantName: "Jane Smith",
      claimantKind: "PERSON",
      via: [{ name: "The Times", kind: "WORK", personId: null }],
      hedges: ["reportedly", "it is said"],
    });
    const ids = await queryRows<{ id: string | number }>(store.db, insertJsonRows(claim, rows, { returningId: true }));
    const stored = await store.db.select().from(claim).where(eq(claim.articleId, articleId)).orderBy(asc(claim.id));
    expect(stored.map((c) => c.text)).toEqual(rows.map((r) => r.text));
    expect(ids.map((r) => Number(r.id))).toEqual(stored.map((c) => c.id));
    expect(stored[3]).toMatchObject({
      claimantName: "Jane Smith",
      claimantKind: "PERSON",
      via: [{ name: "The Times", kind: "WORK", personId: null }],
      hedges: ["reportedly", "it is said"],
      verdict: "UNREVIEWED",
      hedged: false,
    });
    expect(stored[0]).toMatchObject({ claimantName: null, claimantKind: null, via: [], hedges: [] });
    expect(stored[0]!.confidence).toBeCloseTo(0.5);
  });

  it("keeps backslashes, quotes and astral characters, and makes a lone surrogate U+FFFD", async () => {
    const texts = ['a "quoted" \\ud800 backslash', "an emoji 😀 and 中文", "a lone \ud800 surrogate", "\\\\\udc00 after two backslashes"];
    await store.db.execute(insertJsonRows(claim, texts.map((t) => claimRow(t))));
    const stored = await store.db.select({ text: claim.text }).from(claim).where(eq(claim.articleId, articleId)).orderBy(asc(claim.id));
    expect(stored.slice(-4).map((c) => c.text)).toEqual(['a "quoted" \\ud800 backslash', "an emoji 😀 and 中文", "a lone \ufffd surrogate", "\\\\\ufffd after two backslashes"]);
  });

  it("applies the conflict clause it is given", async () => {
    const [p] = await store.db.insert(person).values({ name: "Jane Json", nameKey: "jane json" }).returning({ id: person.id });
    const [c] = await store.db.select({ id: claim.id }).from(claim).where(eq(claim.articleId, articleId)).limit(1);
    const link = [{ claimId: c!.id, personId: p!.id }];
    await store.db.execute(insertJsonRows(claimSubject, link));
    await store.db.execute(insertJsonRows(claimSubject, link, { onConflict: sql`on conflict do nothing` }));
    await expect(store.db.execute(insertJsonRows(claimSubject, link))).rejects.toThrow();
    expect(await store.db.select().from(claimSubject).where(eq(claimSubject.personId, p!.id))).toHaveLength(1);
    await store.db.delete(person).where(eq(person.id, p!.id));
  });

  it("names a key that is no column of the table", () => {
    expect(() => insertJsonRows(claimSubject, [{ claimId: 1, personId: 2, nope: 3 } as never])).toThrow(/claim_subject has no column nope/u);
  });

  it("sends independent writes as one statement, all or none", async () => {
    const count = async () => (await store.db.select({ id: claim.id }).from(claim).where(eq(claim.articleId, articleId))).length;
    const before = await count();
    await store.db.execute(asOneStatement([insertJsonRows(claim, [claimRow("one of two")]), insertJsonRows(claim, [claimRow("two of two")])])!);
    expect(await count()).toBe(before + 2);
    const broken = insertJsonRows(claim, [claimRow("bad", { articleId: -1 })]);
    await expect(store.db.execute(asOneStatement([insertJsonRows(claim, [claimRow("lost with the bad one")]), broken])!)).rejects.toThrow();
    expect(await count()).toBe(before + 2);
    expect(asOneStatement([])).toBeNull();
  });
});
