import "reflect-metadata";
import { claimKeys, claimTerms } from "@whosaid/domain";
import { extract, EXTRACTOR_VERSION } from "@whosaid/extract";
import { sql } from "drizzle-orm";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { chunks, queryRows } from "../db/sql-helpers.js";
import { openStore } from "../db/store.js";
import { clusterClaims } from "../modules/cluster/clustering.js";
import { DEFAULT_FETCH_POLICY } from "../modules/ingest/fetch-page.js";
import { ingestArticle } from "../modules/ingest/ingest.service.js";

const HELP = `How claim clustering's cost per article grows with the store: fills a store with --articles
synthetic articles (${14} claims each, words drawn from PolNeAR's texts, claimants and subjects from a
pool of 5,000 people), ingests the PolNeAR dev texts on top, then times clustering each dev article
again (in a transaction rolled back) and prints mean, median and p95 in milliseconds.

Usage: node apps/api/dist/bench/cluster-scale.js [--articles 10000]
The store is an in-memory PGlite, or the PostgreSQL database at DATABASE_URL (emptied first: use a
scratch database).
`;

const CLAIMS_PER_ARTICLE = 14;
const PEOPLE = 5000;

async function main() {
  const { values } = parseArgs({ options: { help: { type: "boolean" }, articles: { type: "string", default: "10000" } } });
  if (values.help) return void process.stdout.write(HELP);
  const root = resolve(new URL("../../../..", import.meta.url).pathname);
  const polnear = join(process.env.WHOSAID_SHARED ?? join(root, "../shared"), "data/polnear");
  const url = process.env.DATABASE_URL;
  const store = url ? await openStore({ kind: "postgres", url, poolSize: 2 }) : await openStore({ kind: "pglite", dataDir: null });
  try {
    if (url) await store.db.execute(sql.raw("truncate claim_fingerprint, claim_cluster, claim_subject, claim_relation, claim, quote, mention, article_person, person, article restart identity cascade"));
    const words = readdirSync(join(polnear, "train/text")).flatMap((f) => readFileSync(join(polnear, "train/text", f), "utf8").split(/\s+/).filter(Boolean));
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const pick = (n: number) => Math.floor(random() * n);

    const articles = Number(values.articles);
    const started = performance.now();
    await store.db.execute(sql`insert into person (name, name_key, surname_key) select 'Person ' || i, 'person ' || i, 'p' || i from generate_series(1, ${PEOPLE}) i`);
    for (const batch of chunks(Array.from({ length: articles }, (_, i) => i), 500)) {
      const ids = await queryRows<{ id: number }>(store.db, sql`
        insert into article (text, content_hash, word_count, extractor_version, publisher, published_at)
        select 'synthetic ' || i, 'synthetic-' || i, 2, 'synthetic', 'Outlet ' || (i % 40), timestamptz '2015-01-01' + make_interval(hours => i)
        from unnest(${sql.param(batch)}::int[]) i returning id`);
      const claims = ids.flatMap(({ id }) =>
        Array.from({ length: CLAIMS_PER_ARTICLE }, () => {
          const length = 6 + pick(20);
          const at = pick(words.length - length);
          return { articleId: Number(id), text: words.slice(at, at + length).join(" "), claimant: 1 + pick(PEOPLE), subject: random() < 0.6 ? 1 + pick(PEOPLE) : null };
        }),
      );
      const claimIds = await queryRows<{ id: number }>(store.db, sql`
        insert into claim (article_id, text, start, "end", claimant_person_id, claimant_name, claimant_kind, confidence)
        select a, t, 0, 1, p, 'Person ' || p, 'PERSON', 0.5
        from unnest(${sql.param(claims.map((c) => c.articleId))}::bigint[], ${sql.param(claims.map((c) => c.text))}::text[], ${sql.param(claims.map((c) => c.claimant))}::bigint[]) as x(a, t, p)
        returning id`);
      const subjects = claims.flatMap((c, i) => (c.subject ? [{ claim: Number(claimIds[i]!.id), person: c.subject }] : []));
      await store.db.execute(sql`
        insert into claim_subject (claim_id, person_id)
        select * from unnest(${sql.param(subjects.map((s) => s.claim))}::bigint[], ${sql.param(subjects.map((s) => s.person))}::bigint[])`);
      const prints = claims.map((c, i) => ({ id: Number(claimIds[i]!.id), ...claimTerms(c.text) })).map((p) => ({ ...p, keys: claimKeys(p.terms) })).filter((p) => p.keys.length);
      await store.db.execute(sql`
        insert into claim_fingerprint (claim_id, keys, terms, negated)
        select x.id, array(select jsonb_array_elements_text(x.keys)::int), array(select jsonb_array_elements_text(x.terms)), x.negated
        from jsonb_to_recordset(${JSON.stringify(prints)}::jsonb) as x(id bigint, keys jsonb, terms jsonb, negated boolean)`);
    }
    if (url) await store.db.execute(sql`analyze`);
    console.error(`[whosaid] ${articles} synthetic articles in ${((performance.now() - started) / 1000).toFixed(0)} s`);

    const dir = join(polnear, "dev/text");
    const deps = { extractor: { version: EXTRACTOR_VERSION, extract: (t: string) => extract(t), extractFromHtml: () => null }, fetchPolicy: DEFAULT_FETCH_POLICY };
    const devIds: number[] = [];
    for (const f of readdirSync(dir).filter((x) => x.endsWith(".txt")).sort()) {
      devIds.push((await ingestArticle(store.db, deps, { text: readFileSync(join(dir, f), "utf8") })).article.dbId);
    }
    const ms: number[] = [];
    for (const id of devIds) {
      const claimIds = (await queryRows<{ id: number }>(store.db, sql`select id from claim where article_id = ${id} order by id`)).map((r) => Number(r.id));
      const t0 = performance.now();
      await store.db
        .transaction(async (tx) => {
          await clusterClaims(tx, id, claimIds);
          ms.push(performance.now() - t0);
          tx.rollback();
        })
        .catch(() => {});
    }
    const sorted = [...ms].sort((a, b) => a - b);
    const [counts] = await queryRows<{ claims: number; fingerprints: number }>(store.db, sql`
      select (select count(*) from claim)::int as claims, (select count(*) from claim_fingerprint)::int as fingerprints`);
    console.log(
      `${store.kind}: ${articles + devIds.length} articles, ${counts!.claims} claims (${counts!.fingerprints} fingerprinted): ` +
        `clustering one dev article takes mean ${(ms.reduce((s, v) => s + v, 0) / ms.length).toFixed(1)} ms, ` +
        `median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)} ms, p95 ${sorted[Math.floor(sorted.length * 0.95)]!.toFixed(1)} ms`,
    );
  } finally {
    await store.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
