import DataLoader from "dataloader";
import { getTableColumns, sql, type SQL } from "drizzle-orm";
import { fromJsonRow, readParts, selectList } from "../../db/json-rows.js";
import { articlePerson, claim, quote, type ArticlePersonRow } from "../../db/schema.js";
import type { Context } from "../../graphql/context.js";
import { requestScoped } from "../../graphql/request-scoped.js";
import { claimColumns } from "../claim/claim.service.js";
import { quoteColumns } from "../quote/quote.service.js";
import { toClaimModel, type ClaimModel } from "../claim/claim.type.js";
import { toQuoteModel, type QuoteModel } from "../quote/quote.type.js";

/**
 * An article's persons, quotes and claims, asked for by sibling fields in the same tick (for one
 * article or a list of them), read with ONE statement: each kind a subquery over all the articles
 * asked, aggregated to JSON, the kinds joined by `union all` — one statement where the per-kind
 * loaders took three (docs/benchmarks.md: statements per request ≤ 1 + depth). A kind asked alone
 * (an article list's persons) keeps its prepared per-kind statement.
 */
type Kind = "persons" | "quotes" | "claims";
type Part = { kind: Kind; articleId: number };

const articlePersonColumns = getTableColumns(articlePerson);

const ids = (articleIds: number[]) => sql`${sql.param(articleIds)}::bigint[]`;
const bodies: Record<Kind, (articleIds: number[]) => { body: SQL; order: SQL }> = {
  persons: (a) => ({
    body: sql`select ${selectList("ap", articlePersonColumns)} from ${articlePerson} ap where ap.article_id = any(${ids(a)})`,
    order: sql`x.article_id, x.position`,
  }),
  quotes: (a) => ({
    body: sql`select ${selectList("q", quoteColumns)} from ${quote} q where q.article_id = any(${ids(a)})`,
    order: sql`x.article_id, x.start, x.id`,
  }),
  claims: (a) => ({
    body: sql`select ${selectList("c", claimColumns)} from ${claim} c where c.article_id = any(${ids(a)})`,
    order: sql`x.article_id, x.start, x.id`,
  }),
};

async function loadParts(ctx: Context, parts: readonly Part[]): Promise<unknown[][]> {
  const kinds = [...new Set(parts.map((p) => p.kind))];
  if (kinds.length === 1) {
    // One kind alone (an article list's persons): its own prepared statement is cheaper than JSON.
    const loader = { persons: ctx.loaders.articlePersons, quotes: ctx.loaders.quotesByArticle, claims: ctx.loaders.claimsByArticle }[kinds[0]!];
    return (await (loader as DataLoader<number, unknown[]>).loadMany(parts.map((p) => p.articleId))).map((r) => {
      if (r instanceof Error) throw r;
      return r;
    });
  }
  const asked = kinds.map((kind) => [...new Set(parts.filter((p) => p.kind === kind).map((p) => p.articleId))]);
  const rows = await readParts(
    ctx.store.db,
    kinds.map((kind, i) => bodies[kind](asked[i]!)),
  );
  const byKey = new Map<string, unknown[]>();
  kinds.forEach((kind, i) => {
    for (const json of rows[i]!) {
      const row =
        kind === "persons"
          ? fromJsonRow<ArticlePersonRow>(articlePersonColumns, json)
          : kind === "quotes"
            ? toQuoteModel(fromJsonRow(quoteColumns, json))
            : toClaimModel(fromJsonRow(claimColumns, json));
      const key = `${kind}:${(row as { articleId: number }).articleId}`;
      (byKey.get(key) ?? byKey.set(key, []).get(key)!).push(row);
    }
  });
  return parts.map((p) => byKey.get(`${p.kind}:${p.articleId}`) ?? []);
}

const partsLoader = requestScoped(
  (ctx) => new DataLoader((parts: readonly Part[]) => loadParts(ctx, parts), { cacheKeyFn: (p: Part) => `${p.kind}:${p.articleId}` }),
);

export const articlePersonsOf = (ctx: Context, articleId: number) =>
  partsLoader(ctx).load({ kind: "persons", articleId }) as Promise<ArticlePersonRow[]>;
export const articleQuotesOf = (ctx: Context, articleId: number) => partsLoader(ctx).load({ kind: "quotes", articleId }) as Promise<QuoteModel[]>;
export const articleClaimsOf = (ctx: Context, articleId: number) => partsLoader(ctx).load({ kind: "claims", articleId }) as Promise<ClaimModel[]>;
