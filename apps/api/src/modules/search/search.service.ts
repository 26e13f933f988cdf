import { desc, getTableColumns, ilike, or, sql } from "drizzle-orm";
import type { Db } from "../../db/store.js";
import { claim, person, quote } from "../../db/schema.js";
import { containsPattern, matchesWords, wordsRank } from "../../db/sql-helpers.js";
import { articleSummaryColumns } from "../article/article.service.js";
import { article } from "../../db/schema.js";
import { toArticleModel, type ArticleModel } from "../article/article.type.js";
import { toClaimModel, type ClaimModel } from "../claim/claim.type.js";
import { toPersonModel, type PersonModel } from "../person/person.type.js";
import { toQuoteModel, type QuoteModel } from "../quote/quote.type.js";

export type SearchHitModel = ArticleModel | PersonModel | QuoteModel | ClaimModel;

const { search: _q, ...quoteColumns } = getTableColumns(quote);
const { search: _c, ...claimColumns } = getTableColumns(claim);

/**
 * Everything matching `query`, best first: articles, quotes and claims by full-text rank, people by
 * name similarity. Each kind is capped at `first` before merging, so one kind cannot crowd the rest out
 * of the candidates.
 */
export async function searchEverything(db: Db, query: string, first: number): Promise<SearchHitModel[]> {
  const [articles, persons, quotes, claims] = await Promise.all([
    db
      .select({ row: articleSummaryColumns, score: wordsRank(article.search, query) })
      .from(article)
      .where(matchesWords(article.search, query))
      .orderBy(({ score }) => desc(score))
      .limit(first),
    db
      .select({ row: person, score: sql<number>`similarity(${person.name}, ${query})` })
      .from(person)
      .where(or(ilike(person.name, containsPattern(query)), sql`${person.name} % ${query}`))
      .orderBy(({ score }) => desc(score))
      .limit(first),
    db
      .select({ row: quoteColumns, score: wordsRank(quote.search, query) })
      .from(quote)
      .where(matchesWords(quote.search, query))
      .orderBy(({ score }) => desc(score))
      .limit(first),
    db
      .select({ row: claimColumns, score: wordsRank(claim.search, query) })
      .from(claim)
      .where(matchesWords(claim.search, query))
      .orderBy(({ score }) => desc(score))
      .limit(first),
  ]);
  const scored: { hit: SearchHitModel; score: number }[] = [
    // A name match is what a user typing a name wants first.
    ...persons.map((r) => ({ hit: toPersonModel(r.row) as SearchHitModel, score: 1 + Number(r.score) })),
    ...articles.map((r) => ({ hit: toArticleModel(r.row), score: Number(r.score) })),
    ...quotes.map((r) => ({ hit: toQuoteModel(r.row), score: Number(r.score) })),
    ...claims.map((r) => ({ hit: toClaimModel(r.row), score: Number(r.score) })),
  ];
  return scored
    .sort((a, b) => b.score - a.score)
    .slice(0, first)
    .map((s) => s.hit);
}
