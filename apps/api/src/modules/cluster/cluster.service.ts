import { and, desc, inArray, sql, type SQL } from "drizzle-orm";
import type { Db } from "../../db/store.js";
import { claimCluster } from "../../db/schema.js";
import { byIds, groupBy, queryRows } from "../../db/sql-helpers.js";
import { toPage, type Page } from "../../graphql/cursor.js";
import { everyDay } from "../overview/overview.service.js";
import { toClaimClusterModel, type ClaimClusterModel } from "./cluster.type.js";

/** A cluster has to hold two claims to be one; a cluster left with one claim (the rest deleted) is not shown. */
const SHOWN = sql`${claimCluster.size} >= 2`;

/** The article time a claim counts for, to the millisecond (what cursors and cluster dates hold). */
const claimAt = sql`date_trunc('milliseconds', coalesce(a.published_at, a.ingested_at))`;

export async function findClustersByIds(db: Db, ids: readonly number[]): Promise<(ClaimClusterModel | null)[]> {
  const rows = await db.select().from(claimCluster).where(and(inArray(claimCluster.id, [...ids]), SHOWN));
  return byIds(ids, rows.map(toClaimClusterModel), (c) => c.dbId);
}

export interface ClusterListQuery {
  first: number;
  after: { size: number; lastAt: Date; id: number } | null;
  /** Only clusters this person makes or is the subject of. */
  personId?: number | null;
}

/** Biggest clusters first, then the most recently repeated (rank index; the person filter uses the person-ids GIN index). */
export async function listClusters(db: Db, q: ClusterListQuery): Promise<Page<ClaimClusterModel>> {
  const conditions: (SQL | undefined)[] = [
    SHOWN,
    q.after
      ? sql`(${claimCluster.size}, ${claimCluster.lastAt}, ${claimCluster.id}) < (${q.after.size}, ${q.after.lastAt.toISOString()}::timestamptz, ${q.after.id})`
      : undefined,
    q.personId != null ? sql`${claimCluster.personIds} @> array[${q.personId}]::bigint[]` : undefined,
  ];
  const rows = await db
    .select()
    .from(claimCluster)
    .where(and(...conditions))
    .orderBy(desc(claimCluster.size), desc(claimCluster.lastAt), desc(claimCluster.id))
    .limit(q.first + 1);
  return toPage(rows.map(toClaimClusterModel), q.first);
}

/** A claim's place in its cluster's order of appearance. */
export interface ClaimRef {
  id: number;
  at: Date;
}

/** Longest list of claims one cluster or one repeats list loads at once. */
export const MAX_LISTED = 100;

/** The first MAX_LISTED + 1 claims of each cluster in order of appearance (first pages of `ClaimCluster.claims`). */
export async function findClusterClaimRefs(db: Db, clusterIds: readonly number[]): Promise<ClaimRef[][]> {
  const rows = await queryRows<{ cluster_id: number; id: number; at: string | Date }>(db, sql`
    select cluster_id, id, at from (
      select c.cluster_id, c.id, ${claimAt} as at,
        row_number() over (partition by c.cluster_id order by ${claimAt}, c.id) as n
      from claim c join article a on a.id = c.article_id
      where c.cluster_id = any(${sql.param([...clusterIds])}::bigint[])
    ) ranked
    where n <= ${MAX_LISTED + 1}
    order by cluster_id, at, id`);
  return groupBy(clusterIds, rows, (r) => Number(r.cluster_id)).map((g) => g.map(toRef));
}

/** A later page of one cluster's claims, after the claim at `after`. */
export async function listClusterClaimRefs(db: Db, clusterId: number, first: number, after: ClaimRef): Promise<ClaimRef[]> {
  const rows = await queryRows<{ id: number; at: string | Date }>(db, sql`
    select c.id, ${claimAt} as at
    from claim c join article a on a.id = c.article_id
    where c.cluster_id = ${clusterId} and (${claimAt}, c.id) > (${after.at.toISOString()}::timestamptz, ${after.id})
    order by ${claimAt}, c.id
    limit ${first + 1}`);
  return rows.map(toRef);
}

/**
 * For each claim, the other claims reporting the same thing, in order of appearance (at most
 * MAX_LISTED): the rest of its cluster, and claims an editor linked to it as REPEATS (either way).
 */
export async function findRepeatRefs(db: Db, claimIds: readonly number[]): Promise<ClaimRef[][]> {
  const rows = await queryRows<{ of: number; id: number; at: string | Date }>(db, sql`
    select of, id, at from (
      select me.id as of, c.id, ${claimAt} as at,
        row_number() over (partition by me.id order by ${claimAt}, c.id) as n
      from unnest(${sql.param([...claimIds])}::bigint[]) as me(id)
      join lateral (
        select other.id from claim self join claim other on other.cluster_id = self.cluster_id and other.id <> self.id
        where self.id = me.id
        union
        select case when r.claim_id = me.id then r.target_claim_id else r.claim_id end
        from claim_relation r
        where r.type = 'REPEATS' and (r.claim_id = me.id or r.target_claim_id = me.id)
      ) o on true
      join claim c on c.id = o.id
      join article a on a.id = c.article_id
    ) ranked
    where n <= ${MAX_LISTED}
    order by of, at, id`);
  return groupBy(claimIds, rows, (r) => Number(r.of)).map((g) => g.map(toRef));
}

export interface ClusterSpread {
  /** Distinct publishers, in order of first appearance (articles without one left out). */
  outlets: string[];
  /** Distinct article days (UTC, YYYY-MM-DD), oldest first. */
  days: string[];
  articleCount: number;
}

/** Outlets, days and article count of each cluster, from its claims' articles. */
export async function findClusterSpreads(db: Db, clusterIds: readonly number[]): Promise<ClusterSpread[]> {
  const rows = await queryRows<{ cluster_id: number; article_id: number; publisher: string | null; day: string }>(db, sql`
    select distinct c.cluster_id, a.id as article_id, a.publisher, ${claimAt} as at,
      to_char(coalesce(a.published_at, a.ingested_at) at time zone 'UTC', 'YYYY-MM-DD') as day
    from claim c join article a on a.id = c.article_id
    where c.cluster_id = any(${sql.param([...clusterIds])}::bigint[])
    order by c.cluster_id, at, a.id`);
  return groupBy(clusterIds, rows, (r) => Number(r.cluster_id)).map((articles) => ({
    outlets: [...new Set(articles.map((a) => a.publisher).filter((p): p is string => p !== null && p !== ""))],
    days: [...new Set(articles.map((a) => a.day))].sort(),
    articleCount: new Set(articles.map((a) => Number(a.article_id))).size,
  }));
}

export interface ClaimDayCountRow {
  day: string;
  articles: number;
  claims: number;
}

/** A cluster's reports per day over the `days` days ending at its latest day (zeros included). */
export async function clusterTimeline(db: Db, clusterId: number, days: number): Promise<ClaimDayCountRow[]> {
  const rows = await queryRows<ClaimDayCountRow>(db, sql`
    with dated as (
      select coalesce(a.published_at, a.ingested_at) as at, c.article_id
      from claim c join article a on a.id = c.article_id
      where c.cluster_id = ${clusterId}
    ), bounds as (select max(at) as last from dated)
    select to_char(at at time zone 'UTC', 'YYYY-MM-DD') as day, count(distinct article_id)::int as articles, count(*)::int as claims
    from dated, bounds
    where at >= date_trunc('day', bounds.last at time zone 'UTC') at time zone 'UTC' - make_interval(days => ${days - 1})
    group by 1
    order by 1`);
  return everyDay(
    rows.map((r) => ({ day: r.day, articles: Number(r.articles), claims: Number(r.claims) })),
    (day) => ({ day, articles: 0, claims: 0 }),
  );
}

const toRef = (r: { id: number; at: string | Date }): ClaimRef => ({ id: Number(r.id), at: new Date(r.at) });
