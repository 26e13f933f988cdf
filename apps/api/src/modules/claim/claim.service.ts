import { and, asc, desc, eq, getTableColumns, lt, or, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import type { Db } from "../../db/store.js";
import { claim, claimRelation, claimSubject, person } from "../../db/schema.js";
import { byIds, groupBy, matchesWords } from "../../db/sql-helpers.js";
import { inArticleWhere } from "../article/article.service.js";
import { toPage, type Page } from "../../graphql/cursor.js";
import type { Verdict } from "../../graphql/enums.js";
import { toPersonModel, type PersonModel } from "../person/person.type.js";
import { toClaimModel, type ClaimModel, type ClaimRelationModel } from "./claim.type.js";
import { anyOfIds, preparedPerStore } from "../../db/prepared.js";

/** A claim row's columns without its search vector: what every read of claims selects. */
export const { search: _vector, ...claimColumns } = getTableColumns(claim);

export interface ClaimListQuery {
  first: number;
  afterId: number | null;
  search?: string | null;
  claimantId?: number | null;
  subjectId?: number | null;
  articleId?: number | null;
  publisher?: string | null;
  from?: Date | null;
  to?: Date | null;
  hedged?: boolean | null;
  verdict?: Verdict | null;
  /** Only claims the extractor is at least this confident of, and those an editor reviewed. */
  minConfidence?: number | null;
}

/**
 * A claim the extractor is at least `minConfidence` sure of, or one an editor reviewed (whatever its
 * confidence): the claim list's filter and the person page's claims both read it so.
 */
export function sureClaim(confidence: SQLWrapper, reviewed: SQLWrapper, minConfidence: number): SQL {
  return sql`(${confidence} >= ${minConfidence} or ${reviewed})`;
}

/** Newest-first claims matching the filter. */
export async function listClaims(db: Db, q: ClaimListQuery): Promise<Page<ClaimModel>> {
  const conditions: (SQL | undefined)[] = [
    q.afterId !== null ? lt(claim.id, q.afterId) : undefined,
    q.search ? matchesWords(claim.search, q.search) : undefined,
    q.claimantId != null ? eq(claim.claimantPersonId, q.claimantId) : undefined,
    q.articleId != null ? eq(claim.articleId, q.articleId) : undefined,
    inArticleWhere(claim.articleId, q),
    q.hedged != null ? eq(claim.hedged, q.hedged) : undefined,
    q.verdict != null ? eq(claim.verdict, q.verdict) : undefined,
    q.minConfidence != null ? sureClaim(claim.confidence, claim.reviewed, q.minConfidence) : undefined,
    q.subjectId != null
      ? sql`exists (select 1 from ${claimSubject} where ${claimSubject.claimId} = ${claim.id} and ${claimSubject.personId} = ${q.subjectId})`
      : undefined,
  ];
  const rows = await db
    .select(claimColumns)
    .from(claim)
    .where(and(...conditions))
    .orderBy(desc(claim.id))
    .limit(q.first + 1);
  return toPage(rows.map(toClaimModel), q.first);
}

const claimsByIds = preparedPerStore((db) => db.select(claimColumns).from(claim).where(anyOfIds(claim.id)).prepare("whosaid_claims_by_ids"));
const claimsByArticleIds = preparedPerStore((db) =>
  db.select(claimColumns).from(claim).where(anyOfIds(claim.articleId)).orderBy(asc(claim.start), asc(claim.id)).prepare("whosaid_claims_by_article"),
);
const subjectsByClaimIds = preparedPerStore((db) =>
  db
    .select({ claimId: claimSubject.claimId, person })
    .from(claimSubject)
    .innerJoin(person, eq(person.id, claimSubject.personId))
    .where(anyOfIds(claimSubject.claimId))
    .orderBy(asc(person.id))
    .prepare("whosaid_claim_subjects"),
);
const relationsByClaimIds = preparedPerStore((db) =>
  db
    .select()
    .from(claimRelation)
    .where(or(anyOfIds(claimRelation.claimId), anyOfIds(claimRelation.targetClaimId)))
    .orderBy(asc(claimRelation.id))
    .prepare("whosaid_claim_relations"),
);

export async function findClaimsByIds(db: Db, ids: readonly number[]): Promise<(ClaimModel | null)[]> {
  const rows = await claimsByIds(db).execute({ ids: [...ids] });
  return byIds(ids, rows.map(toClaimModel), (c) => c.dbId);
}

/** Each article's claims in text order. */
export async function findClaimsByArticleIds(db: Db, articleIds: readonly number[]): Promise<ClaimModel[][]> {
  const rows = await claimsByArticleIds(db).execute({ ids: [...articleIds] });
  return groupBy(articleIds, rows.map(toClaimModel), (c) => c.articleId);
}

/** The persons each claim is about. */
export async function findClaimSubjects(db: Db, claimIds: readonly number[]): Promise<PersonModel[][]> {
  const rows = await subjectsByClaimIds(db).execute({ ids: [...claimIds] });
  const grouped = groupBy(claimIds, rows, (r) => r.claimId);
  return grouped.map((g) => g.map((r) => toPersonModel(r.person)));
}

/** Relations each claim takes part in, either side. */
export async function findClaimRelations(db: Db, claimIds: readonly number[]): Promise<ClaimRelationModel[][]> {
  const rows = await relationsByClaimIds(db).execute({ ids: [...claimIds] });
  return claimIds.map((id) => rows.filter((r) => r.claimId === id || r.targetClaimId === id));
}

