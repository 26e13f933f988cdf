import { stringify } from "csv-stringify";
import { Router, type Request, type Response } from "express";
import { and, asc, eq, gt, inArray, ne } from "drizzle-orm";
import type { Db } from "../../db/store.js";
import { article, claim, claimSubject, person } from "../../db/schema.js";
import type { Verdict } from "../../graphql/enums.js";
import { badInput } from "../../graphql/errors.js";
import { filterId, toGlobalId } from "../../graphql/ids.js";
import { findArticlesByIds, listArticles } from "../article/article.service.js";
import type { ArticleModel } from "../article/article.type.js";
import { listClaims } from "../claim/claim.service.js";
import { listQuotes } from "../quote/quote.service.js";
import { toClaimReview } from "./claim-review.js";

const BATCH = 500;

/**
 * Streamed exports: /export/quotes.csv, /export/claims.csv, /export/articles.jsonl and
 * /export/claims.jsonld (reviewed claims as schema.org ClaimReview). Query parameters filter like
 * the GraphQL lists; rows are read in keyset batches, so memory stays flat for any store size.
 */
export function exportRouter(db: Db): Router {
  const router = Router();
  router.get("/quotes.csv", (req, res) => run(res, () => exportQuotes(db, req, res)));
  router.get("/claims.csv", (req, res) => run(res, () => exportClaims(db, req, res)));
  router.get("/articles.jsonl", (req, res) => run(res, () => exportArticles(db, req, res)));
  router.get("/claims.jsonld", (req, res) => run(res, () => exportClaimReviews(db, req, res)));
  return router;
}

async function run(res: Response, work: () => Promise<void>) {
  try {
    await work();
  } catch (error) {
    const status = (error as { extensions?: { code?: string } })?.extensions?.code === "BAD_USER_INPUT" ? 400 : 500;
    if (status === 500) console.error("[export] failed:", error);
    if (!res.headersSent) res.status(status).json({ errors: [{ message: status === 400 ? (error as Error).message : "Internal server error" }] });
    else res.destroy();
  }
}

const param = (req: Request, name: string): string | null => {
  const value = req.query[name];
  return typeof value === "string" && value !== "" ? value.slice(0, 200) : null;
};

const dateParam = (req: Request, name: string): Date | null => {
  const value = param(req, name);
  if (!value) return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw badInput(`${name} is not a date.`);
  return date;
};

const confidenceParam = (req: Request, name: string): number | null => {
  const value = param(req, name);
  if (value === null) return null;
  const n = Number(value);
  if (!(n >= 0 && n <= 1)) throw badInput(`${name} must be a number from 0 to 1.`);
  return n;
};

/** Writes a line, waiting when the client reads slower than we produce. */
async function write(res: Response, chunk: string): Promise<void> {
  if (!res.write(chunk)) await new Promise((resolve) => res.once("drain", resolve));
}

async function articleMap(db: Db, ids: number[]): Promise<Map<number, ArticleModel>> {
  const found = await findArticlesByIds(db, [...new Set(ids)]);
  return new Map(found.filter((a): a is ArticleModel => a !== null).map((a) => [a.dbId, a]));
}

async function pipeCsv(res: Response, filename: string, header: string[], rows: AsyncIterable<unknown[]>) {
  res.status(200).type("text/csv; charset=utf-8").attachment(filename);
  const csv = stringify({ header: true, columns: header, cast: { boolean: (v) => (v ? "true" : "false"), date: (d) => d.toISOString() } });
  csv.pipe(res);
  for await (const row of rows) if (!csv.write(row)) await new Promise((r) => csv.once("drain", r));
  csv.end();
  await new Promise((resolve) => res.once("finish", resolve));
}

async function exportQuotes(db: Db, req: Request, res: Response) {
  const filter = {
    search: param(req, "search"),
    speakerId: filterId(param(req, "speakerId"), "Person", "speakerId"),
    articleId: filterId(param(req, "articleId"), "Article", "articleId"),
  };
  async function* rows() {
    for (let afterId: number | null = null; ; ) {
      const page = await listQuotes(db, { first: BATCH, afterId, ...filter });
      const articles = await articleMap(db, page.items.map((q) => q.articleId));
      for (const q of page.items) {
        const a = articles.get(q.articleId);
        yield [q.id, q.text, q.kind, q.speakerName, q.speakerKind, q.speakerPersonId ? toGlobalId("Person", q.speakerPersonId) : null, q.cueText,
          a?.id, a?.title, a?.url, a?.publisher, a?.publishedAt?.toISOString(), q.start, q.end, q.confidence, q.reviewed];
      }
      if (!page.hasNextPage) return;
      afterId = page.items.at(-1)!.dbId;
    }
  }
  await pipeCsv(res, "quotes.csv", ["id", "text", "kind", "speaker", "speaker_kind", "speaker_id", "cue", "article_id", "article_title", "article_url", "publisher", "published_at", "start", "end", "confidence", "reviewed"], rows());
}

async function exportClaims(db: Db, req: Request, res: Response) {
  const hedged = param(req, "hedged");
  const filter = {
    search: param(req, "search"),
    claimantId: filterId(param(req, "claimantId"), "Person", "claimantId"),
    subjectId: filterId(param(req, "subjectId"), "Person", "subjectId"),
    articleId: filterId(param(req, "articleId"), "Article", "articleId"),
    hedged: hedged === null ? null : hedged === "true",
    verdict: (param(req, "verdict") as Verdict | null) ?? null,
    minConfidence: confidenceParam(req, "minConfidence"),
  };
  async function* rows() {
    for (let afterId: number | null = null; ; ) {
      const page = await listClaims(db, { first: BATCH, afterId, ...filter });
      const articles = await articleMap(db, page.items.map((c) => c.articleId));
      const subjects = await subjectNames(db, page.items.map((c) => c.dbId));
      for (const c of page.items) {
        const a = articles.get(c.articleId);
        yield [c.id, c.text, c.claimantName, c.claimantKind, c.claimantPersonId ? toGlobalId("Person", c.claimantPersonId) : null,
          c.via.map((v) => v.name).join(" > "), c.cueText, c.hedged, c.hedges.join("; "), (subjects.get(c.dbId) ?? []).join("; "),
          c.verdict, c.verdictNote, a?.id, a?.title, a?.url, a?.publisher, a?.publishedAt?.toISOString(), c.start, c.end, c.confidence];
      }
      if (!page.hasNextPage) return;
      afterId = page.items.at(-1)!.dbId;
    }
  }
  await pipeCsv(res, "claims.csv", ["id", "text", "claimant", "claimant_kind", "claimant_id", "via", "cue", "hedged", "hedges", "subjects", "verdict", "verdict_note", "article_id", "article_title", "article_url", "publisher", "published_at", "start", "end", "confidence"], rows());
}

async function subjectNames(db: Db, claimIds: number[]): Promise<Map<number, string[]>> {
  if (claimIds.length === 0) return new Map();
  const rows = await db
    .select({ claimId: claimSubject.claimId, name: person.name })
    .from(claimSubject)
    .innerJoin(person, eq(person.id, claimSubject.personId))
    .where(inArray(claimSubject.claimId, claimIds));
  const map = new Map<number, string[]>();
  for (const r of rows) map.set(r.claimId, [...(map.get(r.claimId) ?? []), r.name]);
  return map;
}

async function exportArticles(db: Db, req: Request, res: Response) {
  const filter = {
    search: param(req, "search"),
    publisher: param(req, "publisher"),
    personId: filterId(param(req, "personId"), "Person", "personId"),
    from: dateParam(req, "from"),
    to: dateParam(req, "to"),
  };
  res.status(200).type("application/x-ndjson; charset=utf-8").attachment("articles.jsonl");
  for (let afterId: number | null = null; ; ) {
    const page = await listArticles(db, { first: BATCH, afterId, ...filter });
    // Lists leave the text out; one batched read brings it for the page.
    const texts = await findArticlesByIds(db, page.items.map((a) => a.dbId));
    for (const [i, a] of page.items.entries()) {
      // The fields `npm run ingest` reads back (plus the id), so an export re-ingests as the same articles.
      await write(res, `${JSON.stringify({ id: a.id, url: a.url, title: a.title, publisher: a.publisher, authors: a.authors, publishedAt: a.publishedAt?.toISOString() ?? null, text: texts[i]?.text ?? "" })}\n`);
    }
    if (!page.hasNextPage) break;
    afterId = page.items.at(-1)!.dbId;
  }
  res.end();
}

async function exportClaimReviews(db: Db, req: Request, res: Response) {
  const baseUrl = `${req.protocol}://${req.get("host") ?? "localhost"}`;
  res.status(200).type("application/ld+json; charset=utf-8");
  await write(res, "[");
  let first = true;
  for (let after = 0; ; ) {
    const rows = await db
      .select({ id: claim.id, text: claim.text, verdict: claim.verdict, verdictNote: claim.verdictNote, claimantName: claim.claimantName, claimantKind: claim.claimantKind, articleUrl: article.url, articleTitle: article.title, publisher: article.publisher, publishedAt: article.publishedAt })
      .from(claim)
      .innerJoin(article, eq(article.id, claim.articleId))
      .where(and(gt(claim.id, after), ne(claim.verdict, "UNREVIEWED")))
      .orderBy(asc(claim.id))
      .limit(BATCH);
    for (const r of rows) {
      await write(res, `${first ? "\n" : ",\n"}${JSON.stringify(toClaimReview({ ...r, id: toGlobalId("Claim", r.id) }, baseUrl))}`);
      first = false;
    }
    if (rows.length < BATCH) break;
    after = rows.at(-1)!.id;
  }
  await write(res, "\n]\n");
  res.end();
}
