import type { Extraction } from "@whosaid/domain";
import { and, asc, eq, gt, isNotNull, ne, not, sql } from "drizzle-orm";
import type { Db } from "../../db/store.js";
import { article, articlePerson, claim, mention, quote } from "../../db/schema.js";
import { recountPersons } from "../person/person-counters.js";
import type { Extractor } from "./ingest.service.js";
import { withValidSpans, writeExtraction } from "./store-extraction.js";

export interface ReextractOptions {
  /** Re-run every article, not only those extracted by another extractor version. */
  all?: boolean;
  concurrency?: number;
  onProgress?: (done: number, total: number, failed: number) => void;
  shouldStop?: () => boolean;
}

export interface ReextractSummary {
  total: number;
  done: number;
  failed: { articleId: number; reason: string }[];
}

/** Articles whose extraction is stale: another extractor version, or all with `all`. */
async function staleArticleIds(db: Db, version: string, all: boolean): Promise<number[]> {
  const ids: number[] = [];
  for (let after = 0; ; ) {
    const rows = await db
      .select({ id: article.id })
      .from(article)
      .where(and(gt(article.id, after), all ? undefined : ne(article.extractorVersion, version)))
      .orderBy(asc(article.id))
      .limit(1000);
    if (rows.length === 0) return ids;
    ids.push(...rows.map((r) => r.id));
    after = rows.at(-1)!.id;
  }
}

/**
 * Re-runs extraction on stale articles. Everything a person reviewed or corrected stays as it is:
 * reviewed quotes and claims are kept, and new machine quotes or claims overlapping them are dropped.
 * Each article is replaced in its own transaction.
 */
export async function reextractArticles(db: Db, extractor: Extractor, options: ReextractOptions = {}): Promise<ReextractSummary> {
  const ids = await staleArticleIds(db, extractor.version, options.all ?? false);
  const summary: ReextractSummary = { total: ids.length, done: 0, failed: [] };
  let next = 0;
  const worker = async () => {
    while (next < ids.length && !options.shouldStop?.()) {
      const id = ids[next++]!;
      try {
        const [row] = await db.select({ text: article.text, title: article.title }).from(article).where(eq(article.id, id));
        if (row) await replaceExtraction(db, id, await extractor.extract(row.text, { title: row.title }), extractor.version);
      } catch (error) {
        summary.failed.push({ articleId: id, reason: error instanceof Error ? error.message : String(error) });
      }
      summary.done++;
      options.onProgress?.(summary.done, ids.length, summary.failed.length);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 2) }, worker));
  return summary;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Replaces an article's machine extraction with a new one, keeping reviewed items (one transaction). */
export async function replaceExtraction(db: Db, articleId: number, extraction: Extraction, version: string): Promise<void> {
  const fresh = withValidSpans(extraction);
  await db.transaction(async (tx) => {
    await tx.execute(sql`select 1 from ${article} where ${article.id} = ${articleId} for update`);
    const keptQuotes = await tx.select({ start: quote.start, end: quote.end }).from(quote).where(and(eq(quote.articleId, articleId), eq(quote.reviewed, true)));
    const keptClaims = await tx.select({ start: claim.start, end: claim.end }).from(claim).where(and(eq(claim.articleId, articleId), eq(claim.reviewed, true)));
    const before = await affectedPersons(tx, articleId);

    await tx.delete(mention).where(eq(mention.articleId, articleId));
    await tx.delete(articlePerson).where(eq(articlePerson.articleId, articleId));
    await tx.delete(quote).where(and(eq(quote.articleId, articleId), not(quote.reviewed)));
    await tx.delete(claim).where(and(eq(claim.articleId, articleId), not(claim.reviewed)));

    const kept: Extraction = {
      ...fresh,
      quotes: fresh.quotes.filter((q) => !keptQuotes.some((k) => overlaps(k, q))),
      claims: fresh.claims.filter((c) => !keptClaims.some((k) => overlaps(k, c))),
    };
    const used = await writeExtraction(tx, articleId, kept);
    await tx.update(article).set({ extractorVersion: version }).where(eq(article.id, articleId));
    await recountPersons(tx, [...before, ...used]);
  });
}

async function affectedPersons(tx: Pick<Db, "select">, articleId: number): Promise<number[]> {
  const [linked, speakers, claimants] = await Promise.all([
    tx.select({ id: articlePerson.personId }).from(articlePerson).where(eq(articlePerson.articleId, articleId)),
    tx.select({ id: quote.speakerPersonId }).from(quote).where(and(eq(quote.articleId, articleId), isNotNull(quote.speakerPersonId))),
    tx.select({ id: claim.claimantPersonId }).from(claim).where(and(eq(claim.articleId, articleId), isNotNull(claim.claimantPersonId))),
  ]);
  return [...linked, ...speakers, ...claimants].map((r) => r.id!).filter((id) => id !== null);
}

