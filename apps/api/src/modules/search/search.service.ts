import { desc, ilike, or, sql, type Placeholder, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { preparedPerStore } from "../../db/prepared.js";
import type { Db } from "../../db/store.js";
import { claim, person, quote } from "../../db/schema.js";
import { containsPattern, wordsRank } from "../../db/sql-helpers.js";
import { articleSummaryColumns } from "../article/article.service.js";
import { article } from "../../db/schema.js";
import { toArticleModel, type ArticleModel } from "../article/article.type.js";
import { claimColumns } from "../claim/claim.service.js";
import { toClaimModel, type ClaimModel } from "../claim/claim.type.js";
import { toPersonModel, type PersonModel } from "../person/person.type.js";
import { quoteColumns } from "../quote/quote.service.js";
import { toQuoteModel, type QuoteModel } from "../quote/quote.type.js";

export type SearchHitModel = ArticleModel | PersonModel | QuoteModel | ClaimModel;


/**
 * How many of the newest matches of each kind are ranked. A word in most articles ("said") would
 * otherwise rank the whole archive; this bounds every search's cost, and a rare word (fewer matches)
 * is ranked over all of them.
 */
export const RANKED_CANDIDATES = 200;

/**
 * Everything matching `query`, best first: articles, quotes and claims by full-text rank among their
 * newest RANKED_CANDIDATES matches, people by name similarity. Each kind is capped at `first` before
 * merging, so one kind cannot crowd the rest out of the candidates.
 */
export async function searchEverything(db: Db, query: string, first: number): Promise<SearchHitModel[]> {
  const args = { query, pattern: containsPattern(query), first };
  const [articles, persons, quotes, claims] = await Promise.all([
    rankedArticles(db).execute(args),
    personsByName(db).execute(args),
    rankedQuotes(db).execute(args),
    rankedClaims(db).execute(args),
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

// Each kind's statement is built once per store and prepared: the dashboard's search runs all four on every keystroke.
const query = sql.placeholder("query");
const first = sql.placeholder("first");

/** The newest matches of one kind, ranked by full-text rank: the same statement for articles, quotes and claims. */
function rankedMatches<T extends typeof article | typeof quote | typeof claim, C extends Record<string, AnyPgColumn>>(table: T, columns: C, kind: keyof typeof MAX_WALK) {
  return preparedPerStore((db) =>
    db
      .select({ row: columns, score: wordsRank(table.search, query) })
      .from(table as typeof article)
      .where(newestMatches(table, kind, query))
      .orderBy(({ score }) => desc(score))
      .limit(first)
      .prepare(`whosaid_search_${kind}s`),
  );
}

const rankedArticles = rankedMatches(article, articleSummaryColumns, "article");
const rankedQuotes = rankedMatches(quote, quoteColumns, "quote");
const rankedClaims = rankedMatches(claim, claimColumns, "claim");
const personsByName = preparedPerStore((db) =>
  db
    .select({ row: person, score: sql<number>`similarity(${person.name}, ${query})` })
    .from(person)
    .where(or(ilike(person.name, sql.placeholder("pattern")), sql`${person.name} % ${query}`))
    .orderBy(({ score }) => desc(score))
    .limit(first)
    .prepare("whosaid_search_persons"),
);

/**
 * How many rows the primary-key walk may be expected to read before newest_matches takes the GIN
 * index instead: an article's vector is large (detoasted for every row read), a quote's or claim's small.
 */
const MAX_WALK = { article: 800, quote: 5000, claim: 5000 } as const;

/**
 * `id in` the newest RANKED_CANDIDATES matches, through newest_matches (migration 0008): the same rows
 * as `where search @@ q order by id desc limit n`, by the primary-key walk for words in many rows and
 * by GIN bitmap scans over growing id windows for the others, so no word reads thousands of vectors.
 */
function newestMatches(table: typeof article | typeof quote | typeof claim, name: keyof typeof MAX_WALK, words: Placeholder): SQL {
  return sql`${table.id} in (select newest_matches(${sql.raw(`'${name}'`)}::regclass, websearch_to_tsquery('english', ${words}), ${sql.raw(String(RANKED_CANDIDATES))}, ${sql.raw(String(MAX_WALK[name]))}))`;
}
