import { and, asc, desc, eq, ilike, lt, sql, type SQL } from "drizzle-orm";
import type { Db } from "../../db/store.js";
import { article, articlePerson, mention, person } from "../../db/schema.js";
import { byIds, containsPattern, groupBy } from "../../db/sql-helpers.js";
import { toPage, type Page } from "../../graphql/cursor.js";
import { articleSummaryColumns } from "../article/article.service.js";
import { toArticleModel, type ArticleModel } from "../article/article.type.js";
import { toPersonModel, type ArticlePersonModel, type MentionModel, type PersonModel } from "./person.type.js";
import { anyOfIds, preparedPerStore } from "../../db/prepared.js";

const personsByIds = preparedPerStore((db) => db.select().from(person).where(anyOfIds(person.id)).prepare("whosaid_persons_by_ids"));

export async function findPersonsByIds(db: Db, ids: readonly number[]): Promise<(PersonModel | null)[]> {
  const rows = await personsByIds(db).execute({ ids: [...ids] });
  return byIds(ids, rows.map(toPersonModel), (p) => p.dbId);
}

export interface PersonListQuery {
  first: number;
  after: { mentionCount: number; id: number } | null;
  search?: string | null;
}

/** Most-mentioned first; `search` matches any part of the name (trigram index). */
export async function listPersons(db: Db, q: PersonListQuery): Promise<Page<PersonModel>> {
  const conditions: (SQL | undefined)[] = [
    q.after ? sql`(${person.mentionCount}, ${person.id}) < (${q.after.mentionCount}, ${q.after.id})` : undefined,
    q.search ? ilike(person.name, containsPattern(q.search)) : undefined,
  ];
  const rows = await db
    .select()
    .from(person)
    .where(and(...conditions))
    .orderBy(desc(person.mentionCount), desc(person.id))
    .limit(q.first + 1);
  return toPage(rows.map(toPersonModel), q.first);
}

/** Articles naming a person, newest first. */
export async function listPersonArticles(
  db: Db,
  personId: number,
  first: number,
  afterId: number | null,
): Promise<Page<ArticleModel>> {
  const rows = await db
    .select(articleSummaryColumns)
    .from(articlePerson)
    .innerJoin(article, eq(article.id, articlePerson.articleId))
    .where(and(eq(articlePerson.personId, personId), afterId !== null ? lt(articlePerson.articleId, afterId) : undefined))
    .orderBy(desc(articlePerson.articleId))
    .limit(first + 1);
  return toPage(rows.map(toArticleModel), first);
}

/** The persons of each article, in order of first appearance: one statement for any number of articles. */
const articlePersonsByArticleIds = preparedPerStore((db) =>
  db.select().from(articlePerson).where(anyOfIds(articlePerson.articleId)).orderBy(asc(articlePerson.position)).prepare("whosaid_article_persons"),
);

export async function findArticlePersons(db: Db, articleIds: readonly number[]): Promise<ArticlePersonModel[][]> {
  const links = await articlePersonsByArticleIds(db).execute({ ids: [...articleIds] });
  return groupBy(articleIds, links, (l) => l.articleId);
}

const mentionsByArticleIds = preparedPerStore((db) =>
  db.select().from(mention).where(anyOfIds(mention.articleId)).orderBy(asc(mention.start)).prepare("whosaid_mentions_by_article"),
);

/** Each article's person mentions in text order; read only when a query asks for mentions (a prepared statement). */
export async function findMentionsByArticleIds(db: Db, articleIds: readonly number[]): Promise<MentionModel[][]> {
  const rows = await mentionsByArticleIds(db).execute({ ids: [...articleIds] });
  return groupBy(articleIds, rows, (m) => m.articleId);
}
