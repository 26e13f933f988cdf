import "reflect-metadata";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { extract, EXTRACTOR_VERSION } from "@whosaid/extract";
import { markedSection, replaceSection } from "@whosaid/extract/accuracy-report";
import { sql } from "drizzle-orm";
import { queryRows } from "../db/sql-helpers.js";
import { openStore, type Store } from "../db/store.js";
import { reclusterAll } from "../modules/cluster/clustering.js";
import { DEFAULT_FETCH_POLICY } from "../modules/ingest/fetch-page.js";
import { ingestArticle } from "../modules/ingest/ingest.service.js";

const HELP = `Claim-cluster precision on PolNeAR: ingests a split into a fresh in-memory store (publisher,
date and title from PolNeAR's metadata), rebuilds the clusters as \`npm run clusters\` would (timing
each article), and samples up to --sample clustered claim pairs (two claims of one cluster from two
articles) in a fixed order. Precision is read from the hand judgements in
apps/api/src/bench/cluster-judgements.json; sampled pairs nobody judged yet are listed so someone can
judge them (--unjudged prints them as JSON to paste into that file).

Usage: npm run eval:clusters [-- --split dev|train|test] [--sample 50] [--unjudged] [--no-write]
Without --split, measures dev, test and train and writes docs/accuracy.md between the cluster
markers (unless --no-write).
`;

const JUDGEMENTS = "apps/api/src/bench/cluster-judgements.json";
const EXCERPT = 160;

interface Side {
  text: string;
  claimant: string | null;
}

interface Judgement {
  key: string;
  a: Side;
  b: Side;
  /** True when the two are the same claim. */
  same: boolean;
  note?: string;
}

interface Pair {
  key: string;
  a: Side & { publisher: string | null; day: string };
  b: Side & { publisher: string | null; day: string };
}

interface SplitResult {
  split: string;
  articles: number;
  claims: number;
  fingerprinted: number;
  clusters: number;
  clustered: number;
  sizes: number[];
  pairs: Pair[];
  sample: Pair[];
  rebuildAgrees: boolean;
  ms: number[];
}

/** The same key whoever judged the pair first: sides in a fixed order, whitespace made one space. */
function pairKey(a: Side, b: Side): { key: string; first: Side; second: Side } {
  const norm = (s: Side) => `${s.text.replace(/\s+/g, " ").trim()}\u0000${s.claimant ?? ""}`;
  const [first, second] = norm(a) <= norm(b) ? [a, b] : [b, a];
  return { key: createHash("sha256").update(`${norm(first)}\u0001${norm(second)}`).digest("hex").slice(0, 16), first, second };
}

const excerpt = (text: string) => (text.length > EXCERPT ? `${text.slice(0, EXCERPT - 1)}…` : text);

async function measure(root: string, split: string, sampleSize: number): Promise<SplitResult> {
  const shared = resolve(process.env.WHOSAID_SHARED ?? join(root, "../shared"));
  const dir = join(shared, `data/polnear/${split}/text`);
  const meta = new Map(
    readFileSync(join(shared, "data/polnear/metadata.tsv"), "utf8")
      .split("\n")
      .slice(1)
      .map((line) => line.split("\t"))
      .map((cols) => [cols[1]!, { publisher: cols[4] || null, date: cols[5] || null, title: cols[7] || null }] as const),
  );
  const files = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
  const store = await openStore({ kind: "pglite", dataDir: null });
  try {
    const deps = {
      extractor: { version: EXTRACTOR_VERSION, extract: (t: string) => extract(t), extractFromHtml: () => null },
      fetchPolicy: DEFAULT_FETCH_POLICY,
    };
    for (const f of files) {
      const m = meta.get(f.replace(/\.txt$/, ""));
      await ingestArticle(store.db, deps, {
        text: readFileSync(join(dir, f), "utf8"),
        title: m?.title ?? null,
        publisher: m?.publisher ?? null,
        publishedAt: m?.date ? new Date(`${m.date}T12:00:00Z`) : null,
      });
    }
    const onIngest = await members(store);
    const ms: number[] = [];
    await reclusterAll(store.db, { onArticle: (_done, _total, took) => ms.push(took) });
    const rebuilt = await members(store);
    const pairs = await clusteredPairs(store);
    const [counts] = await queryRows<{ claims: number; fingerprinted: number }>(store.db, sql`
      select (select count(*) from claim)::int as claims, (select count(*) from claim_fingerprint)::int as fingerprinted`);
    return {
      split,
      articles: files.length,
      claims: Number(counts!.claims),
      fingerprinted: Number(counts!.fingerprinted),
      clusters: rebuilt.length,
      clustered: rebuilt.reduce((n, m) => n + m.length, 0),
      sizes: rebuilt.map((m) => m.length).sort((x, y) => y - x),
      pairs,
      sample: [...pairs].sort((x, y) => x.key.localeCompare(y.key)).slice(0, sampleSize),
      rebuildAgrees: JSON.stringify(onIngest) === JSON.stringify(rebuilt),
      ms,
    };
  } finally {
    await store.close();
  }
}

/** Each cluster's claim ids, as a comparable value. */
async function members(store: Store): Promise<number[][]> {
  const rows = await queryRows<{ ids: (number | string)[] }>(store.db, sql`
    select array_agg(c.id order by c.id) as ids from claim c join claim_cluster cc on cc.id = c.cluster_id
    where cc.size >= 2 group by cc.id order by min(c.id)`);
  return rows.map((r) => r.ids.map(Number));
}

/** Every two claims of one cluster that come from two articles. */
async function clusteredPairs(store: Store): Promise<Pair[]> {
  const rows = await queryRows<{ cluster_id: number; article_id: number; text: string; claimant: string | null; publisher: string | null; day: string }>(
    store.db,
    sql`
      select c.cluster_id, c.article_id, c.text, coalesce(p.name, c.claimant_name) as claimant, a.publisher,
        to_char(coalesce(a.published_at, a.ingested_at), 'YYYY-MM-DD') as day
      from claim c join claim_cluster cc on cc.id = c.cluster_id join article a on a.id = c.article_id
      left join person p on p.id = c.claimant_person_id
      where cc.size >= 2
      order by c.cluster_id, c.id`,
  );
  const pairs: Pair[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < rows.length; i++) {
    for (let j = i + 1; j < rows.length && rows[j]!.cluster_id === rows[i]!.cluster_id; j++) {
      const [x, y] = [rows[i]!, rows[j]!];
      if (x.article_id === y.article_id) continue;
      const side = (r: typeof x) => ({ text: r.text, claimant: r.claimant, publisher: r.publisher, day: r.day });
      const { key, first, second } = pairKey(side(x), side(y));
      // An article stating the claim twice in the same words makes the same pair twice: count it once.
      if (!seen.has(key)) pairs.push({ key, a: first as Pair["a"], b: second as Pair["b"] });
      seen.add(key);
    }
  }
  return pairs;
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const mean = (values: number[]) => (values.length ? values.reduce((s, v) => s + v, 0) / values.length : 0);

async function main() {
  const { values } = parseArgs({
    options: {
      help: { type: "boolean" },
      split: { type: "string" },
      sample: { type: "string", default: "50" },
      unjudged: { type: "boolean" },
      "no-write": { type: "boolean" },
    },
  });
  if (values.help) return void process.stdout.write(HELP);
  const root = resolve(new URL("../../../..", import.meta.url).pathname);
  const sampleSize = Number(values.sample);
  const splits = values.split ? [values.split] : ["dev", "test", "train"];
  const judgementsPath = join(root, JUDGEMENTS);
  const judged = new Map(
    (existsSync(judgementsPath) ? (JSON.parse(readFileSync(judgementsPath, "utf8")) as { pairs: Judgement[] }).pairs : []).map((j) => [j.key, j]),
  );

  const results: SplitResult[] = [];
  for (const split of splits) {
    console.error(`[whosaid] ${split}: ingesting and clustering…`);
    results.push(await measure(root, split, sampleSize));
  }

  const lines: string[] = [];
  const unjudged: Judgement[] = [];
  const sampledKeys = new Set<string>();
  const rows = results.map((r) => {
    const verdicts = r.sample.map((p) => judged.get(p.key));
    r.sample.forEach((p) => sampledKeys.add(p.key));
    const correct = verdicts.filter((v) => v?.same === true).length;
    const known = verdicts.filter((v) => v !== undefined).length;
    const crossOutlet = r.sample.filter((p) => p.a.publisher !== p.b.publisher);
    const crossCorrect = crossOutlet.filter((p) => judged.get(p.key)?.same === true).length;
    for (const p of r.sample) {
      if (judged.has(p.key)) continue;
      unjudged.push({ key: p.key, same: false, a: { text: excerpt(p.a.text), claimant: p.a.claimant }, b: { text: excerpt(p.b.text), claimant: p.b.claimant }, note: "UNJUDGED" });
    }
    const half = Math.floor(r.ms.length / 2);
    return {
      r,
      row: `| ${r.split} | ${r.articles} | ${r.claims} (${r.fingerprinted} long enough) | ${r.clusters} holding ${r.clustered} claims (largest ${r.sizes.slice(0, 3).join(", ") || "–"}) | ${r.pairs.length} | ${r.sample.length} | ${known < r.sample.length ? `${known} judged of ${r.sample.length}: ` : ""}**${known ? (correct / known).toFixed(2) : "–"}** (${correct}/${known}) | ${crossOutlet.length ? `${crossCorrect}/${crossOutlet.length}` : "–"} | ${mean(r.ms).toFixed(1)} / ${percentile(r.ms, 95).toFixed(1)} ms (first half ${mean(r.ms.slice(0, half)).toFixed(1)}, second ${mean(r.ms.slice(half)).toFixed(1)}) |`,
    };
  });
  lines.push(
    "| Split | Articles | Claims | Clusters | Clustered pairs | Sampled | Precision (same claim / judged) | of which cross-outlet | Clustering per article: mean / p95 |",
    "|---|---|---|---|---|---|---|---|---|",
    ...rows.map((x) => x.row),
  );
  const stale = [...judged.keys()].filter((k) => !sampledKeys.has(k)).length;
  const section = markedSection("clusters", [
    `## Claim clusters (PolNeAR, extractor ${EXTRACTOR_VERSION}, ${new Date().toISOString().slice(0, 10)})`,
    "",
    "Measured by `npm run eval:clusters`: each split ingested into a fresh store with PolNeAR's publishers and dates, clusters rebuilt as `npm run clusters` does (timed per article), then up to 50 clustered pairs — two claims of one cluster from two articles — sampled in a fixed order and judged by hand (`apps/api/src/bench/cluster-judgements.json`): correct when both report the same claim.",
    "",
    ...lines,
    "",
    `Rebuild agrees with ingest (the same clusters whether articles arrive in file order or by date): ${results.map((r) => `${r.split} ${r.rebuildAgrees ? "yes" : "no"}`).join(", ")}.` +
      (values.split ? "" : ` Judgements on file no longer sampled: ${stale}.`),
    "",
    "PolNeAR spreads its articles over outlets and months, so a split rarely reports the same claim twice: dev and test yield a handful of pairs, and most of train's come from stories an outlet published twice (cross-outlet pairs are counted apart). " +
      "The thresholds were set on train; the rule asking for a fourth shared content word when only a subject ties two claims was added after dev's one wrong pair (“Mr. Trump should release his tax returns” / “him on his failure to release tax returns”), so dev is not a clean held-out figure, test is. " +
      "Timings are PGlite in memory, on a shared machine; `node apps/api/dist/bench/cluster-scale.js` measures how they grow with the store.",
  ]);
  console.log(section);

  for (const r of results) {
    console.log(`\n${r.split}: sampled pairs (key, verdict)`);
    for (const p of r.sample) {
      const v = judged.get(p.key);
      console.log(`  ${p.key} ${v === undefined ? "UNJUDGED" : v.same ? "same" : "DIFFERENT"}  [${p.a.publisher} ${p.a.day} ${p.a.claimant ?? "?"}] ${excerpt(p.a.text)}`);
      console.log(`  ${" ".repeat(p.key.length)} ${" ".repeat(9)} [${p.b.publisher} ${p.b.day} ${p.b.claimant ?? "?"}] ${excerpt(p.b.text)}`);
    }
  }
  if (unjudged.length) {
    console.error(`\n[whosaid] ${unjudged.length} sampled pairs are not judged yet${values.unjudged ? "" : " (--unjudged prints them as JSON)"}.`);
    // One pair a line, as the judgements file keeps them: judge, set "same", paste.
    if (values.unjudged) console.log(unjudged.map((j) => JSON.stringify(j)).join(",\n"));
  }
  if (!values["no-write"] && !values.split) {
    const path = join(root, "docs/accuracy.md");
    const current = existsSync(path) ? readFileSync(path, "utf8") : "# Accuracy\n";
    writeFileSync(path, replaceSection(current, "clusters", section));
    console.error(`[whosaid] wrote ${path}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
