import {
  agreementKeys,
  claimKeys,
  claimTerms,
  compareClaims,
  nameWordsOf,
  type ClusterableClaim,
} from "@whosaid/domain";
import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/store.js";
import { insertJsonRows } from "../../db/json-rows.js";
import { queryRows } from "../../db/sql-helpers.js";
import { article, claim, claimCluster, claimFingerprint, claimRelation } from "../../db/schema.js";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** Namespace of clustering's advisory locks (the two-key form never meets the one-key person locks). */
const CLUSTER_LOCK_SPACE = 0x636c7573;
/** Candidates read per claim: enough for any real repeat, bounded for boilerplate repeated everywhere. */
const CANDIDATES_PER_CLAIM = 100;

interface Clusterable extends ClusterableClaim {
  id: number;
  keys: number[];
}

interface Candidate extends Clusterable {
  clusterId: number | null;
}

/**
 * Clusters claims an article just received (inside the transaction that wrote them): each is
 * fingerprinted, compared with the claims of other articles that share a fingerprint key and agree
 * on claimant or subject (with compatible claimants: `compareClaims` in @whosaid/domain decides), and
 * joins the cluster of the most similar one that is the same claim (a new cluster when that one had
 * none). Returns how many of the claims joined a cluster.
 *
 * Concurrency: advisory locks on the claims' claimants and subjects serialise articles that could
 * repeat each other, so a second article sees the first one's claims; candidate rows and then
 * clusters are locked in id order before they change, so two articles never build two clusters
 * around the same claim.
 */
export async function clusterClaims(tx: Tx, articleId: number, claimIds: readonly number[], written?: WrittenClaims): Promise<number> {
  if (claimIds.length === 0) return 0;
  const claims = written ? reduce(written.names, written.claims) : await analyse(tx, articleId, claimIds);
  const keyed = claims.filter((c) => c.keys.length > 0);
  if (keyed.length === 0) return 0;

  // Claims with neither claimant nor subject cannot be the same as any other: nothing to look up.
  const lockKeys = [...new Set(keyed.flatMap(agreementKeys))];
  if (lockKeys.length) {
    await tx.execute(sql`
      select pg_advisory_xact_lock(${CLUSTER_LOCK_SPACE}, k)
      from (select distinct hashtext(x) as k from unnest(${sql.param(lockKeys)}::text[]) x) s order by k`);
  }
  const candidates = lockKeys.length ? await findCandidates(tx, articleId, keyed) : new Map<number, Candidate[]>();
  await storeFingerprints(tx, keyed);

  const chosen = new Map<number, number>();
  for (const c of keyed) {
    let best: { id: number; score: number } | null = null;
    for (const other of candidates.get(c.id) ?? []) {
      const verdict = compareClaims(c, other);
      if (verdict.same && (best === null || verdict.score! > best.score)) best = { id: other.id, score: verdict.score! };
    }
    if (best) chosen.set(c.id, best.id);
  }
  if (chosen.size === 0) return 0;

  const targets = [...new Set(chosen.values())].sort((a, b) => a - b);
  const current = await queryRows<{ id: number; cluster_id: number | null }>(tx, sql`
    select id, cluster_id from ${claim} where id = any(${sql.param(targets)}::bigint[]) order by id for no key update`);
  const clusterOf = new Map(current.map((r) => [Number(r.id), r.cluster_id === null ? null : Number(r.cluster_id)]));
  const existing = [...new Set([...clusterOf.values()].filter((id): id is number => id !== null))].sort((a, b) => a - b);
  if (existing.length) {
    await tx.execute(sql`select id from ${claimCluster} where id = any(${sql.param(existing)}::bigint[]) order by id for no key update`);
  }
  // A target deleted meanwhile is simply not joined.
  const unclustered = targets.filter((id) => clusterOf.has(id) && clusterOf.get(id) === null);
  const created = await createClusters(tx, unclustered.length);
  unclustered.forEach((id, i) => clusterOf.set(id, created[i]!));

  const assignments = new Map<number, number>();
  for (const id of unclustered) assignments.set(id, clusterOf.get(id)!);
  for (const [claimId, target] of chosen) {
    const cluster = clusterOf.get(target);
    if (cluster != null) assignments.set(claimId, cluster);
  }
  await assign(tx, assignments);
  return [...chosen.keys()].filter((id) => assignments.has(id)).length;
}

/**
 * What the transaction that just wrote an article's claims knows without reading them back: the names
 * of the article's people (their Person names and the non-pronoun mentions) and the claims as stored,
 * subjects in person id order.
 */
export interface WrittenClaims {
  names: Iterable<string>;
  claims: readonly ClaimFacts[];
}

/** Reads an article's claims and the names of its people, and reduces each claim to what comparison needs. */
async function analyse(tx: Tx, articleId: number, claimIds: readonly number[]): Promise<Clusterable[]> {
  const names = await queryRows<{ name: string }>(tx, sql`
    select p.name from article_person ap join person p on p.id = ap.person_id where ap.article_id = ${articleId}
    union
    select m.text from mention m where m.article_id = ${articleId} and not m.pronoun`);
  const rows = await queryRows<ClaimFacts>(tx, sql`
    select c.id, c.text, c.claimant_person_id, c.claimant_name, c.claimant_kind,
      coalesce((select array_agg(s.person_id order by s.person_id) from claim_subject s where s.claim_id = c.id), '{}') as subjects
    from ${claim} c where c.id = any(${sql.param([...claimIds])}::bigint[]) order by c.id`);
  return reduce(names.map((n) => n.name), rows);
}

function reduce(names: Iterable<string>, rows: readonly ClaimFacts[]): Clusterable[] {
  const nameWords = nameWordsOf(names);
  return [...rows].sort((a, b) => Number(a.id) - Number(b.id)).map((r) => {
    const terms = claimTerms(r.text, nameWords);
    return { ...toClusterable(r, terms.terms, terms.negated), keys: claimKeys(terms.terms) };
  });
}

/** Stores the fingerprints of claims long enough to be clustered (after looking up theirs' candidates, so they do not meet themselves). */
async function storeFingerprints(tx: Tx, claims: readonly Clusterable[]): Promise<void> {
  if (claims.length === 0) return;
  await tx.execute(
    insertJsonRows(
      claimFingerprint,
      claims.map((c) => ({ claimId: c.id, keys: c.keys, terms: c.terms, negated: c.negated })),
      { onConflict: sql`on conflict (claim_id) do update set keys = excluded.keys, terms = excluded.terms, negated = excluded.negated` },
    ),
  );
}

export interface ClaimFacts {
  id: number;
  text: string;
  claimant_person_id: number | null;
  claimant_name: string | null;
  claimant_kind: string | null;
  subjects: (number | string)[];
}

function toClusterable(r: ClaimFacts, terms: string[], negated: boolean): Omit<Clusterable, "keys"> {
  return {
    id: Number(r.id),
    text: r.text,
    terms,
    numbers: terms.filter((t) => /^\p{N}/u.test(t)),
    negated,
    claimant: r.claimant_name === null && r.claimant_person_id === null
      ? null
      : { personId: r.claimant_person_id === null ? null : Number(r.claimant_person_id), name: r.claimant_name, kind: r.claimant_kind },
    subjectIds: r.subjects.map(Number),
  };
}

/**
 * Claims of other articles sharing a fingerprint key with each claim, oldest first, at most
 * CANDIDATES_PER_CLAIM each, in two index lookups: the fingerprints sharing any of the article's keys
 * (GIN), then their claims by id.
 */
async function findCandidates(tx: Tx, articleId: number, claims: readonly Clusterable[]): Promise<Map<number, Candidate[]>> {
  const allKeys = [...new Set(claims.flatMap((c) => c.keys))];
  // Through the GIN index whatever the planner's statistics (migration 0009): the embedded store never
  // analyses its tables, and a scan would compare every fingerprint with hundreds of keys.
  const matches = await queryRows<{ claim_id: number; keys: number[]; terms: string[]; negated: boolean }>(tx, sql`
    select claim_id, keys, terms, negated
    from claim_fingerprints_sharing(${sql.param(allKeys)}::int[], ${CANDIDATES_PER_CLAIM * claims.length})`);
  const byClaim = new Map<number, (typeof matches)[number][]>();
  for (const m of matches.sort((a, b) => Number(a.claim_id) - Number(b.claim_id))) {
    const keys = new Set(m.keys);
    for (const c of claims) {
      const list = byClaim.get(c.id) ?? byClaim.set(c.id, []).get(c.id)!;
      if (list.length < CANDIDATES_PER_CLAIM && c.keys.some((k) => keys.has(k))) list.push(m);
    }
  }
  const ids = [...new Set([...byClaim.values()].flat().map((m) => Number(m.claim_id)))];
  if (ids.length === 0) return new Map();
  const facts = await queryRows<ClaimFacts & { article_id: number; cluster_id: number | null }>(tx, sql`
    select c.id, c.article_id, c.text, c.claimant_person_id, c.claimant_name, c.claimant_kind, c.cluster_id,
      coalesce((select array_agg(s.person_id order by s.person_id) from claim_subject s where s.claim_id = c.id), '{}') as subjects
    from ${claim} c where c.id = any(${sql.param(ids)}::bigint[])`);
  const factsOf = new Map(facts.map((f) => [Number(f.id), f]));
  const candidates = new Map<number, Candidate[]>();
  for (const [claimId, list] of byClaim) {
    candidates.set(
      claimId,
      list.flatMap((m) => {
        const f = factsOf.get(Number(m.claim_id));
        if (!f || Number(f.article_id) === articleId) return [];
        return [{ ...toClusterable(f, m.terms, m.negated), keys: m.keys, clusterId: f.cluster_id === null ? null : Number(f.cluster_id) }];
      }),
    );
  }
  return candidates;
}

async function createClusters(tx: Tx, count: number): Promise<number[]> {
  if (count === 0) return [];
  const rows = await queryRows<{ id: number }>(tx, sql`
    insert into ${claimCluster} (size) select 0 from generate_series(1, ${count}) returning id`);
  return rows.map((r) => Number(r.id));
}

/** Sets claims' clusters in one statement (the triggers then recount each touched cluster once all are in). */
async function assign(tx: Tx, assignments: ReadonlyMap<number, number>): Promise<void> {
  if (assignments.size === 0) return;
  const ids = [...assignments.keys()];
  await tx.execute(sql`
    update ${claim} set cluster_id = v.cluster_id
    from unnest(${sql.param(ids)}::bigint[], ${sql.param(ids.map((id) => assignments.get(id)!))}::bigint[]) as v(id, cluster_id)
    where ${claim.id} = v.id and ${claim.clusterId} is distinct from v.cluster_id`);
}

/**
 * Puts two claims an editor linked as REPEATS in one cluster: the one of either, or a new one; when
 * both have clusters, the smaller joins the larger.
 */
export async function joinRepeats(tx: Tx, claimId: number, otherId: number): Promise<void> {
  const rows = await queryRows<{ id: number; cluster_id: number | null; size: number | null }>(tx, sql`
    select c.id, c.cluster_id, cc.size from ${claim} c left join ${claimCluster} cc on cc.id = c.cluster_id
    where c.id in (${claimId}, ${otherId}) order by c.id for no key update of c`);
  if (rows.length < 2) return;
  const [a, b] = rows.map((r) => ({ id: Number(r.id), cluster: r.cluster_id === null ? null : Number(r.cluster_id), size: Number(r.size ?? 0) }));
  if (a!.cluster !== null && a!.cluster === b!.cluster) return;
  const clusters = [a!.cluster, b!.cluster].filter((id): id is number => id !== null).sort((x, y) => x - y);
  if (clusters.length) await tx.execute(sql`select id from ${claimCluster} where id = any(${sql.param(clusters)}::bigint[]) order by id for no key update`);
  if (a!.cluster === null && b!.cluster === null) {
    const [created] = await createClusters(tx, 1);
    await assign(tx, new Map([[a!.id, created!], [b!.id, created!]]));
  } else if (a!.cluster === null || b!.cluster === null) {
    const target = (a!.cluster ?? b!.cluster)!;
    await assign(tx, new Map([[a!.cluster === null ? a!.id : b!.id, target]]));
  } else {
    const [into, from] = a!.size >= b!.size ? [a!.cluster, b!.cluster] : [b!.cluster, a!.cluster];
    await tx.update(claim).set({ clusterId: into }).where(eq(claim.clusterId, from));
  }
}

export interface ReclusterOptions {
  /** Called after each article with the milliseconds its clustering took. */
  onArticle?: (done: number, total: number, ms: number) => void;
  shouldStop?: () => boolean;
}

export interface ReclusterSummary {
  articles: number;
  clusters: number;
  clustered: number;
  repeatsLinks: number;
}

/**
 * Rebuilds every fingerprint and cluster from the stored claims: clusters are dropped, then the
 * articles are clustered one by one in the order they appeared (article day, then id) as ingest would
 * have done, each in its own transaction, and finally the editors' REPEATS links join their claims'
 * clusters. Readers see clusters fill up again while it runs.
 */
export async function reclusterAll(db: Db, options: ReclusterOptions = {}): Promise<ReclusterSummary> {
  await db.transaction(async (tx) => {
    await tx.delete(claimFingerprint);
    await tx.delete(claimCluster);
  });
  const articles = await db
    .select({ id: article.id })
    .from(article)
    .orderBy(sql`coalesce(${article.publishedAt}, ${article.ingestedAt})`, asc(article.id));
  let done = 0;
  for (const { id } of articles) {
    if (options.shouldStop?.()) break;
    const started = performance.now();
    await db.transaction(async (tx) => {
      const claims = await tx.select({ id: claim.id }).from(claim).where(eq(claim.articleId, id)).orderBy(asc(claim.id));
      await clusterClaims(tx, id, claims.map((c) => c.id));
    });
    options.onArticle?.(++done, articles.length, performance.now() - started);
  }
  const links = await db
    .select({ from: claimRelation.claimId, to: claimRelation.targetClaimId })
    .from(claimRelation)
    .where(and(eq(claimRelation.type, "REPEATS")))
    .orderBy(asc(claimRelation.id));
  for (const link of links) await db.transaction((tx) => joinRepeats(tx, link.from, link.to));
  const [counts] = await queryRows<{ clusters: number; clustered: number }>(db, sql`
    select (select count(*) from ${claimCluster} where size >= 2)::int as clusters,
      (select count(*) from ${claim} c join ${claimCluster} cc on cc.id = c.cluster_id where cc.size >= 2)::int as clustered`);
  return { articles: done, clusters: Number(counts!.clusters), clustered: Number(counts!.clustered), repeatsLinks: links.length };
}
