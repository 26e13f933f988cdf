import DataLoader from "dataloader";
import { sql, type SQL } from "drizzle-orm";
import { article, articlePerson, claim, claimSubject, quote } from "../../db/schema.js";
import type { Db } from "../../db/store.js";
import { fromJsonRow, readParts, selectList } from "../../db/json-rows.js";
import type { Context } from "../../graphql/context.js";
import { requestScoped } from "../../graphql/request-scoped.js";
import { claimColumns, sureClaim } from "../claim/claim.service.js";
import { quoteColumns } from "../quote/quote.service.js";
import { toPage, type Page } from "../../graphql/cursor.js";
import { articleSummaryColumns } from "../article/article.service.js";
import { toArticleModel, type ArticleModel } from "../article/article.type.js";
import { toClaimModel, type ClaimModel } from "../claim/claim.type.js";
import { toQuoteModel, type QuoteModel } from "../quote/quote.type.js";

/**
 * The lists and figures of a person's page — quotes, claims, claims about them, articles, timeline,
 * network — asked for by sibling fields in the same tick, read with ONE statement: each part is a
 * subquery aggregated to JSON, the parts joined by `union all`. A page then costs one statement for
 * all of them instead of one each (docs/benchmarks.md: statements per request ≤ 1 + depth).
 */
export type PersonPart =
  | { kind: "quotes" | "articles"; personId: number; first: number; afterId: number | null }
  | { kind: "claims" | "claimsAbout"; personId: number; first: number; afterId: number | null; minConfidence: number | null }
  | { kind: "sql"; sql: SQL; order: SQL; key: string };


function listSql(p: Extract<PersonPart, { first: number }>): SQL {
  const after = (id: SQL) => (p.afterId !== null ? sql` and ${id} < ${p.afterId}` : sql``);
  const sure = (minConfidence: number | null) => (minConfidence !== null ? sql` and ${sureClaim(sql`c.confidence`, sql`c.reviewed`, minConfidence)}` : sql``);
  const limit = p.first + 1;
  switch (p.kind) {
    case "quotes":
      return sql`select ${selectList("q", quoteColumns)} from ${quote} q where q.speaker_person_id = ${p.personId}${after(sql`q.id`)} order by q.id desc limit ${limit}`;
    case "claims":
      return sql`select ${selectList("c", claimColumns)} from ${claim} c where c.claimant_person_id = ${p.personId}${sure(p.minConfidence)}${after(sql`c.id`)} order by c.id desc limit ${limit}`;
    case "claimsAbout":
      return sql`select ${selectList("c", claimColumns)} from ${claim} c
        where exists (select 1 from ${claimSubject} s where s.claim_id = c.id and s.person_id = ${p.personId})${sure(p.minConfidence)}${after(sql`c.id`)}
        order by c.id desc limit ${limit}`;
    case "articles":
      return sql`select ${selectList("a", articleSummaryColumns)} from ${articlePerson} ap join ${article} a on a.id = ap.article_id
        where ap.person_id = ${p.personId}${after(sql`ap.article_id`)} order by ap.article_id desc limit ${limit}`;
  }
}

async function loadParts(db: Db, parts: readonly PersonPart[]): Promise<unknown[][]> {
  return readParts(
    db,
    parts.map((p) => (p.kind === "sql" ? { body: p.sql, order: p.order } : { body: listSql(p), order: sql`x.id desc` })),
  );
}

const partsLoader = requestScoped(
  (ctx) =>
    new DataLoader((parts: readonly PersonPart[]) => loadParts(ctx.store.db, parts), {
      cacheKeyFn: (p: PersonPart) => (p.kind === "sql" ? p.key : JSON.stringify(p)),
    }),
);

/** Rows of a raw part (keys as the statement names them), read together with the page's other parts. */
export function loadPersonPart<T>(ctx: Context, key: string, body: SQL, order: SQL): Promise<T[]> {
  return partsLoader(ctx).load({ kind: "sql", sql: body, order, key }) as Promise<T[]>;
}

export async function personQuotes(ctx: Context, personId: number, first: number, afterId: number | null): Promise<Page<QuoteModel>> {
  const rows = (await partsLoader(ctx).load({ kind: "quotes", personId, first, afterId })) as Record<string, unknown>[];
  return toPage(rows.map((r) => toQuoteModel(fromJsonRow(quoteColumns, r))), first);
}

export async function personClaims(
  ctx: Context,
  kind: "claims" | "claimsAbout",
  personId: number,
  first: number,
  afterId: number | null,
  minConfidence: number | null = null,
): Promise<Page<ClaimModel>> {
  const rows = (await partsLoader(ctx).load({ kind, personId, first, afterId, minConfidence })) as Record<string, unknown>[];
  return toPage(rows.map((r) => toClaimModel(fromJsonRow(claimColumns, r))), first);
}

export async function personArticles(ctx: Context, personId: number, first: number, afterId: number | null): Promise<Page<ArticleModel>> {
  const rows = (await partsLoader(ctx).load({ kind: "articles", personId, first, afterId })) as Record<string, unknown>[];
  return toPage(rows.map((r) => toArticleModel(fromJsonRow(articleSummaryColumns, r))), first);
}
