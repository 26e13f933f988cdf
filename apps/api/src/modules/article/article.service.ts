import { and, desc, eq, getTableColumns, gte, lt, lte, sql, type AnyColumn, type SQL } from "drizzle-orm";
import type { Db } from "../../db/store.js";
import { article, articlePerson } from "../../db/schema.js";
import { byIds, matchesWords } from "../../db/sql-helpers.js";
import { toPage, type Page } from "../../graphql/cursor.js";
import { toArticleModel, type ArticleModel } from "./article.type.js";
import { anyOfIds, preparedPerStore } from "../../db/prepared.js";

const { search: _vector, ...columns } = getTableColumns(article);
/** Every article column except the search vector. */
export const articleColumns = columns;
const { text: _text, ...summary } = columns;
/** What lists need: everything but the text (a list of 20 articles would otherwise carry ~100 KB). */
export const articleSummaryColumns = summary;

export interface ArticleListQuery {
  first: number;
  afterId: number | null;
  search?: string | null;
  publisher?: string | null;
  personId?: number | null;
  from?: Date | null;
  to?: Date | null;
}

/**
 * A condition on the article a quote or claim is in: its publisher, and its day (published, else
 * ingested) from/to. Undefined when nothing is asked.
 */
export function inArticleWhere(
  articleId: AnyColumn,
  q: { publisher?: string | null; from?: Date | null; to?: Date | null },
): SQL | undefined {
  if (!q.publisher && !q.from && !q.to) return undefined;
  const day = sql`coalesce(${article.publishedAt}, ${article.ingestedAt})`;
  return sql`exists (select 1 from ${article} where ${article.id} = ${articleId}${q.publisher ? sql` and ${article.publisher} = ${q.publisher}` : sql``}${
    q.from ? sql` and ${day} >= ${q.from.toISOString()}` : sql``
  }${q.to ? sql` and ${day} <= ${q.to.toISOString()}` : sql``})`;
}

/**
 * The unfiltered list (the dashboard's home page, a third of its requests): built and planned once
 * per connection, as the loaders' statements are.
 */
const newestArticles = preparedPerStore((db) =>
  db
    .select(articleSummaryColumns)
    .from(article)
    .where(sql`${article.id} < ${sql.placeholder("before")}`)
    .orderBy(desc(article.id))
    .limit(sql.placeholder("limit"))
    .prepare("whosaid_newest_articles"),
);

/** Newest-first articles matching the filter, a keyset page at a time. */
export async function listArticles(db: Db, q: ArticleListQuery): Promise<Page<ArticleModel>> {
  if (!q.search && !q.publisher && !q.from && !q.to && q.personId == null) {
    const rows = await newestArticles(db).execute({ before: q.afterId ?? Number.MAX_SAFE_INTEGER, limit: q.first + 1 });
    return toPage(rows.map(toArticleModel), q.first);
  }
  const conditions: (SQL | undefined)[] = [
    q.afterId !== null ? lt(article.id, q.afterId) : undefined,
    q.search ? matchesWords(article.search, q.search) : undefined,
    q.publisher ? eq(article.publisher, q.publisher) : undefined,
    q.from ? gte(article.publishedAt, q.from) : undefined,
    q.to ? lte(article.publishedAt, q.to) : undefined,
    q.personId != null
      ? sql`exists (select 1 from ${articlePerson} where ${articlePerson.articleId} = ${article.id} and ${articlePerson.personId} = ${q.personId})`
      : undefined,
  ];
  const rows = await db
    .select(articleSummaryColumns)
    .from(article)
    .where(and(...conditions))
    .orderBy(desc(article.id))
    .limit(q.first + 1);
  return toPage(rows.map(toArticleModel), q.first);
}

const articlesByIds = preparedPerStore((db) => db.select(articleColumns).from(article).where(anyOfIds(article.id)).prepare("whosaid_articles_by_ids"));

export async function findArticlesByIds(db: Db, ids: readonly number[]): Promise<(ArticleModel | null)[]> {
  const rows = await articlesByIds(db).execute({ ids: [...ids] });
  return byIds(ids, rows.map(toArticleModel), (a) => a.dbId);
}

/** The stored article with this content hash or URL, if any. */
export async function findExistingArticle(db: Db, contentHash: string | null, url: string | null): Promise<ArticleModel | null> {
  if (contentHash) {
    const byHash = await db.select(articleColumns).from(article).where(eq(article.contentHash, contentHash)).limit(1);
    if (byHash[0]) return toArticleModel(byHash[0]);
  }
  if (!url) return null;
  const byUrl = await db.select(articleColumns).from(article).where(eq(article.url, url)).limit(1);
  return byUrl[0] ? toArticleModel(byUrl[0]) : null;
}
