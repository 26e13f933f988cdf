import { and, asc, desc, eq, getTableColumns, lt, type SQL } from "drizzle-orm";
import type { Db } from "../../db/store.js";
import { quote } from "../../db/schema.js";
import { byIds, groupBy, matchesWords } from "../../db/sql-helpers.js";
import { inArticleWhere } from "../article/article.service.js";
import { toPage, type Page } from "../../graphql/cursor.js";
import { toQuoteModel, type QuoteModel } from "./quote.type.js";
import { anyOfIds, preparedPerStore } from "../../db/prepared.js";

/** A quote row's columns without its search vector: what every read of quotes selects. */
export const { search: _vector, ...quoteColumns } = getTableColumns(quote);

export interface QuoteListQuery {
  first: number;
  afterId: number | null;
  search?: string | null;
  speakerId?: number | null;
  articleId?: number | null;
  publisher?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/** Newest-first quotes matching the filter. */
export async function listQuotes(db: Db, q: QuoteListQuery): Promise<Page<QuoteModel>> {
  const conditions: (SQL | undefined)[] = [
    q.afterId !== null ? lt(quote.id, q.afterId) : undefined,
    q.search ? matchesWords(quote.search, q.search) : undefined,
    q.speakerId != null ? eq(quote.speakerPersonId, q.speakerId) : undefined,
    q.articleId != null ? eq(quote.articleId, q.articleId) : undefined,
    inArticleWhere(quote.articleId, q),
  ];
  const rows = await db
    .select(quoteColumns)
    .from(quote)
    .where(and(...conditions))
    .orderBy(desc(quote.id))
    .limit(q.first + 1);
  return toPage(rows.map(toQuoteModel), q.first);
}

const quotesByIds = preparedPerStore((db) => db.select(quoteColumns).from(quote).where(anyOfIds(quote.id)).prepare("whosaid_quotes_by_ids"));
const quotesByArticleIds = preparedPerStore((db) =>
  db.select(quoteColumns).from(quote).where(anyOfIds(quote.articleId)).orderBy(asc(quote.start), asc(quote.id)).prepare("whosaid_quotes_by_article"),
);

export async function findQuotesByIds(db: Db, ids: readonly number[]): Promise<(QuoteModel | null)[]> {
  const rows = await quotesByIds(db).execute({ ids: [...ids] });
  return byIds(ids, rows.map(toQuoteModel), (q) => q.dbId);
}

/** Each article's quotes in text order, one statement for any number of articles. */
export async function findQuotesByArticleIds(db: Db, articleIds: readonly number[]): Promise<QuoteModel[][]> {
  const rows = await quotesByArticleIds(db).execute({ ids: [...articleIds] });
  return groupBy(articleIds, rows.map(toQuoteModel), (q) => q.articleId);
}
