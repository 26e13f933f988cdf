import "reflect-metadata";
import { readdirSync, readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { openStore } from "../db/store.js";
import { createApiKey } from "../modules/access/access.service.js";
import { createServer } from "../server.js";
import { Latencies } from "./latency.js";

const HELP = `Bulk-ingest benchmark: the PolNeAR train texts ingested through the HTTP API into PostgreSQL,
with the dashboard's article-list query measured before (idle) and during the run.

Usage: npm run bench:ingest [-- --limit N] [--concurrency N] [--quick]

  --limit N        ingest at most N articles (default: all 840)
  --quick          --limit 120
  --concurrency N  ingest requests in flight (default 4)
Environment: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/whosaid_bench; the database
is dropped and created anew), WHOSAID_SHARED (default ../shared beside the checkout).
`;

const READ = JSON.stringify({
  query: `query RecentArticles { articles(first: 20) { nodes { id title publisher ingestedAt persons { person { id name } mentionCount } } pageInfo { hasNextPage endCursor } } }`,
});
const INGEST = `mutation Ingest($input: IngestArticleInput!) { ingestArticle(input: $input) { created article { id } } }`;

async function recreateDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = target.pathname.slice(1);
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unexpected database name ${name}`);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.href });
  await client.connect();
  await client.query(`drop database if exists ${name} with (force)`);
  await client.query(`create database ${name}`);
  await client.end();
}

async function main() {
  const { values } = parseArgs({
    options: { help: { type: "boolean" }, limit: { type: "string" }, quick: { type: "boolean" }, concurrency: { type: "string" } },
  });
  if (values.help) return void process.stdout.write(HELP);
  const shared = resolve(process.env.WHOSAID_SHARED ?? new URL("../../../../../shared", import.meta.url).pathname);
  const dir = join(shared, "data/polnear/train/text");
  const limit = values.quick ? 120 : Number(values.limit ?? Infinity);
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .slice(0, limit)
    .map((f) => readFileSync(join(dir, f), "utf8"));
  const url = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/whosaid_bench";
  await recreateDatabase(url);
  const store = await openStore({ kind: "postgres", url });
  const server = await createServer({ store });
  await new Promise<void>((r) => server.httpServer.listen(0, "127.0.0.1", r));
  const endpoint = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}/graphql`;
  const { key } = await createApiKey(store.db, { name: "bench:ingest", role: "EDITOR", createdBy: "bench:ingest" });
  const post = (body: string) =>
    fetch(endpoint, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${key}` }, body });

  const ingestOne = async (text: string) => {
    const res = await post(JSON.stringify({ query: INGEST, variables: { input: { text } } }));
    const body = (await res.json()) as { errors?: { message: string }[] };
    if (body.errors) throw new Error(body.errors[0]!.message);
  };
  const warmup = Math.min(40, texts.length);
  for (const t of texts.slice(0, warmup)) await ingestOne(t);

  const readLoop = (latencies: Latencies, until: () => boolean) =>
    (async () => {
      while (!until()) {
        const started = performance.now();
        const res = await post(READ);
        const body = (await res.json()) as { errors?: unknown };
        if (body.errors || !res.ok) throw new Error(`read failed: ${JSON.stringify(body)}`);
        latencies.add(performance.now() - started);
        await new Promise((r) => setTimeout(r, 20));
      }
    })();

  const idle = new Latencies();
  const idleUntil = performance.now() + 5000;
  await readLoop(idle, () => performance.now() > idleUntil);

  const during = new Latencies();
  const rest = texts.slice(warmup);
  let next = 0;
  let finished = false;
  const started = performance.now();
  const reader = readLoop(during, () => finished);
  const concurrency = Math.max(1, Number(values.concurrency ?? 4));
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < rest.length) await ingestOne(rest[next++]!);
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  finished = true;
  await reader;
  await server.stop();
  await store.close();

  const rate = rest.length / seconds;
  const idleS = idle.summary();
  const duringS = during.summary();
  console.log(`bench:ingest — ${rest.length} PolNeAR train articles through POST /graphql into PostgreSQL (${warmup} ingested first as warm-up)`);
  console.log(`  ingest:          ${rate.toFixed(1)} articles/s (${seconds.toFixed(1)} s, ${concurrency} requests in flight)`);
  console.log(`  reads idle:      p50 ${idleS.p50} ms  p90 ${idleS.p90} ms  p99 ${idleS.p99} ms  (${idleS.n} requests)`);
  console.log(`  reads during:    p50 ${duringS.p50} ms  p90 ${duringS.p90} ms  p99 ${duringS.p99} ms  (${duringS.n} requests)`);
  console.log(`  p99 during/idle: ${(duringS.p99 / idleS.p99).toFixed(2)}×`);
  console.log(
    JSON.stringify({
      articles: rest.length,
      articles_per_s: Math.round(rate * 10) / 10,
      read_idle_ms: idleS,
      read_during_ms: duringS,
      p99_ratio: Math.round((duringS.p99 / idleS.p99) * 100) / 100,
    }),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
