import "reflect-metadata";
import { readdirSync, readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { Worker } from "node:worker_threads";
import pg from "pg";
import { openStore } from "../db/store.js";
import { createApiKey } from "../modules/access/access.service.js";
import { createPooledExtractor, defaultExtractionThreads } from "../modules/ingest/extraction-pool.js";
import { createServer } from "../server.js";
import type { LoadMessage, LoadPlan, Phase } from "./ingest-load.js";
import { Latencies, percentileRatioInterval } from "./latency.js";
import { LoadMeter, type PhaseLoad } from "./machine-load.js";
import { profileTransactions, type TransactionProfile } from "./statement-profile.js";

const DEFAULT_DATABASE = "postgres://postgres@127.0.0.1:5432/whosaid_bench_ingest";

const HELP = `Bulk-ingest benchmark: the PolNeAR train texts ingested through the HTTP API into PostgreSQL,
with the dashboard's article-list query measured before (idle) and during the ingest.

Usage: npm run bench:ingest [-- --rate R | --concurrency N] [--threads N] [--limit N] [--idle SEC] [--quick] [--statements]

  --rate R         open loop: send R articles a second on a fixed schedule, whether or not earlier
                   ones are answered (reports the rate actually achieved and the most in flight)
  --concurrency N  closed loop instead: N ingest requests in flight (default 4; ignored with --rate)
  --threads N      extraction worker threads (default: the server's own, ${defaultExtractionThreads()} on this machine)
  --limit N        ingest at most N articles, the first 40 as sequential warm-up (default: all 840)
  --idle SEC       how long to measure reads before the ingest (default 10, --quick 5)
  --quick          --limit 120 --idle 5
  --statements     also time every statement of the ingest transactions after the warm-up (client
                   round trips, per connection) and print where a transaction's time goes
Output: a table, then one JSON line (read p50/p90/p99 idle and during, their p99 ratio with a 95 %
bootstrap interval, the achieved ingest rate, CPU of this process and of the machine, load average,
event-loop delay). The clients run in a worker thread of this process, not on the server's event loop.
Environment: BENCH_DATABASE_URL (default ${DEFAULT_DATABASE}; the database is
dropped and created anew), WHOSAID_SHARED (default ../shared beside the checkout).
`;

const WARMUP = 40;
const READ_GAP_MS = 20;

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

function positive(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!(n > 0)) throw new Error(`--${name} must be a positive number, not ${value}`);
  return n;
}

async function main() {
  const { values } = parseArgs({
    options: {
      help: { type: "boolean" },
      limit: { type: "string" },
      quick: { type: "boolean" },
      concurrency: { type: "string" },
      rate: { type: "string" },
      threads: { type: "string" },
      idle: { type: "string" },
      statements: { type: "boolean" },
    },
  });
  if (values.help) return void process.stdout.write(HELP);
  const rate = positive("rate", values.rate);
  const concurrency = Math.floor(positive("concurrency", values.concurrency) ?? 4);
  const threads = Math.floor(positive("threads", values.threads) ?? defaultExtractionThreads());
  const idleSeconds = positive("idle", values.idle) ?? (values.quick ? 5 : 10);
  const limit = values.quick ? 120 : (positive("limit", values.limit) ?? Infinity);

  const shared = resolve(process.env.WHOSAID_SHARED ?? new URL("../../../../../shared", import.meta.url).pathname);
  const dir = join(shared, "data/polnear/train/text");
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .slice(0, limit)
    .map((f) => readFileSync(join(dir, f), "utf8"));
  const url = process.env.BENCH_DATABASE_URL ?? DEFAULT_DATABASE;
  await recreateDatabase(url);
  const profile = values.statements ? profileTransactions(/^insert into "article" /) : null;
  const store = await openStore({ kind: "postgres", url });
  const extractor = createPooledExtractor({ threads, postgresUrl: store.postgresUrl });
  const server = await createServer({ store, extractor });
  await new Promise<void>((r) => server.httpServer.listen(0, "127.0.0.1", r));
  const endpoint = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}/graphql`;
  const { key } = await createApiKey(store.db, { name: "bench:ingest", role: "EDITOR", createdBy: "bench:ingest" });
  const warmup = Math.min(WARMUP, texts.length);
  const plan: LoadPlan = { endpoint, key, texts, warmup, idleSeconds, rate, concurrency, readGapMs: READ_GAP_MS };
  const meters = new Map<Phase, LoadMeter>();
  const loads = new Map<Phase, PhaseLoad>();
  const samples = await new Promise<Extract<LoadMessage, { done: unknown }>["done"]>((resolve, reject) => {
    const clients = new Worker(new URL("./ingest-load.js", import.meta.url), { workerData: plan });
    clients.on("error", reject);
    clients.on("message", (m: LoadMessage) => {
      if ("start" in m) {
        if (m.start === "during") profile?.reset();
        meters.set(m.start, new LoadMeter());
      } else if ("end" in m) loads.set(m.end, meters.get(m.end)!.stop());
      else if ("done" in m) void clients.terminate().then(() => resolve(m.done));
      else reject(new Error(m.failed));
    });
  });
  const idle = Latencies.of(samples.idle);
  const during = Latencies.of(samples.during);
  const ingestLatency = Latencies.of(samples.ingest);
  const run = samples.run;
  const rest = texts.slice(warmup);
  const idleLoad = loads.get("idle")!;
  const duringLoad = loads.get("during")!;
  const statements = profile?.report();
  profile?.uninstall();
  await server.stop();
  await extractor.close();
  await store.close();

  const achieved = rest.length / run.seconds;
  const idleS = idle.summary();
  const duringS = during.summary();
  const ingestS = ingestLatency.summary();
  const ratio = duringS.p99 / idleS.p99;
  const interval = percentileRatioInterval(samples.idle, samples.during, 99);
  const mode = rate ? `open loop at ${rate}/s (most in flight ${run.maxInFlight})` : `closed loop, ${concurrency} in flight`;
  const loadCell = (l: PhaseLoad) => `${l.load_avg.start}→${l.load_avg.end} (max ${l.load_avg.max})`;
  const row = (name: string, s: typeof idleS, l: PhaseLoad) =>
    `| ${name.padEnd(6)} | ${String(s.n).padStart(5)} | ${fmt(s.p50)} | ${fmt(s.p90)} | ${fmt(s.p99)} | ${String(l.process_cpu_pct).padStart(5)} | ${String(l.machine_cpu_pct).padStart(5)} | ${fmt(l.event_loop_p99_ms)} | ${loadCell(l)}`;
  console.log(`bench:ingest — ${rest.length} PolNeAR train articles through POST /graphql into PostgreSQL (${warmup} ingested first as warm-up)`);
  console.log(`machine: ${os.availableParallelism()} cores, extraction threads ${threads}, node ${process.version}`);
  console.log(`ingest: ${mode}: ${achieved.toFixed(1)} articles/s achieved (${run.seconds.toFixed(1)} s); ingest latency p50 ${ingestS.p50} ms, p99 ${ingestS.p99} ms`);
  console.log(`| reads  |     n | p50 ms | p90 ms | p99 ms | proc% | mach% | loop99 | load average 1-min`);
  console.log(row("idle", idleS, idleLoad));
  console.log(row("during", duringS, duringLoad));
  console.log(
    `read p99 during/idle: ${ratio.toFixed(2)}× (95 % bootstrap interval ${interval.low.toFixed(2)}–${interval.high.toFixed(2)})  (proc% = this process's CPU, 100 = one core; mach% = all cores busy)`,
  );
  if (statements) printProfile(statements);
  console.log(
    JSON.stringify({
      articles: rest.length,
      mode: rate ? "rate" : "concurrency",
      target_rate: rate ?? null,
      concurrency: rate ? null : concurrency,
      extraction_threads: threads,
      articles_per_s: round(achieved, 1),
      max_in_flight: run.maxInFlight,
      send_lag_ms: round(run.sendLagMs, 1),
      ingest_ms: ingestS,
      read_idle_ms: idleS,
      read_during_ms: duringS,
      p99_ratio: round(ratio, 2),
      p99_ratio_interval: [round(interval.low, 2), round(interval.high, 2)],
      idle: idleLoad,
      during: duringLoad,
      ...(statements ? { transactions: statements } : {}),
    }),
  );
}

function printProfile(p: TransactionProfile) {
  console.log(
    `ingest transactions: ${p.transactions}, ${p.statements} statements each; begin → commit mean ${p.meanMs} ms (p50 ${p.p50Ms}, p99 ${p.p99Ms}), of which ${p.betweenMs} ms between statements (this process)`,
  );
  console.log(`| ms/tx  | runs/tx | max ms | before | statement (before: ms/tx in this process since the previous statement's answer)`);
  for (const s of p.byStatement)
    console.log(`| ${fmt(s.msPerTx)} | ${String(s.perTx).padStart(7)} | ${fmt(s.maxMs)} | ${fmt(s.beforeMs)} | ${s.statement.slice(0, 70)}`);
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;
const fmt = (n: number) => n.toFixed(1).padStart(6);

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
