/**
 * `npm run bench:api`: whosaid's GraphQL API under the dashboard's workload, against three baselines
 * measured in the same run, interleaved (see docs/benchmarks.md).
 */
import { API_NODE_FLAGS } from "@whosaid/api/dist/node-flags.js";
import autocannon from "autocannon";
import { fork, type ChildProcess } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import pg from "pg";
import { PGlite } from "@electric-sql/pglite";
import { TIERS, type Tier } from "./data/generate.js";
import { copyPglite, prepareStore } from "./load/prepare.js";
import type { ChildConfig, ChildKind } from "./servers/child.js";
import type { ChildMessage, ParentMessage, ServerStats } from "./servers/monitor.js";
import { Samples, type Summary } from "./stats.js";
import { buildSequence, MIX, readWebOperations, resolveMix, responseProblem, type Inputs, type Request } from "./workload.js";

const HELP = `API benchmark: whosaid's GraphQL API under the dashboard's workload, with baselines.

Usage: npm run bench:api [-- options]
  --quick            tier S, short phases (about a minute)
  --store KIND       postgres (default) or pglite
  --tier S|M         10,000 or 100,000 articles (default S)
  --seed N           data and workload seed (default 7)
  --duration SEC     seconds per measured slice (default 10; --quick 2)
  --rounds N         interleaved rounds per phase (default 3; --quick 1)
  --only LIST        comma-separated servers (whosaid,graphql-js,sql-floor,ceiling)
  --ops LIST         comma-separated operations of the mix, kept in their proportions, to study
                     one alone (articleList,articlePage,personPage,search:rare,search:medium,
                     search:common,typeahead); the ratio then is not the issue's mixed workload
  --fresh            reload the PostgreSQL data even when the database already holds it
Environment: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/whosaid_bench_api). It is
dropped and reloaded unless it already holds the same tier, seed, generator and migrations (the
workload only reads). PGlite stores are cached under bench/.data.
`;

const { values: args } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    store: { type: "string", default: "postgres" },
    tier: { type: "string", default: "S" },
    seed: { type: "string", default: "7" },
    duration: { type: "string" },
    rounds: { type: "string" },
    only: { type: "string" },
    ops: { type: "string" },
    fresh: { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
});
if (args.help) {
  process.stdout.write(HELP);
  process.exit(0);
}
if (args.store !== "pglite" && args.store !== "postgres") throw new Error(`--store must be postgres or pglite, not ${args.store}`);
const store: "postgres" | "pglite" = args.store;
const tier = (args.quick ? "S" : args.tier) as Tier;
if (!(tier in TIERS)) throw new Error(`--tier must be S or M`);
const seed = Number(args.seed);
const duration = Number(args.duration ?? (args.quick ? 2 : 10));
const rounds = Number(args.rounds ?? (args.quick ? 1 : 3));
const url = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/whosaid_bench_api";
const ALL: ChildKind[] = ["ceiling", "sql-floor", "graphql-js", "whosaid"];
const servers = args.only ? (args.only.split(",") as ChildKind[]) : ALL;
const mix = args.ops ? MIX.filter((m) => args.ops!.split(",").includes(m.key)) : MIX;
if (mix.length === 0) throw new Error(`--ops names none of ${MIX.map((m) => m.key).join(", ")}`);
const log = (s: string) => process.stderr.write(`[bench] ${s}\n`);
const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

interface Server {
  kind: ChildKind;
  child: ChildProcess;
  port: number;
  ask(m: ParentMessage): void;
  stats(): Promise<ServerStats>;
}

async function startServer(kind: ChildKind, config: ChildConfig): Promise<Server> {
  // whosaid runs as `npm start` runs it; the baselines with node's defaults.
  const execArgv = kind === "whosaid" ? [...process.execArgv, ...API_NODE_FLAGS] : process.execArgv;
  const child = fork(here("./servers/child.js"), [], { execArgv, env: { ...process.env, NODE_ENV: "production", BENCH_CHILD: JSON.stringify(config) }, stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const waiters: ((s: ServerStats) => void)[] = [];
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${kind}: no answer in 120 s`)), 120_000);
    child.on("message", (m: ChildMessage) => {
      if (m.type === "ready") {
        clearTimeout(timer);
        resolve(m.port);
      } else if (m.type === "error") reject(new Error(`${kind} failed to start: ${m.message}`));
      else if (m.type === "stats") waiters.shift()?.(m.stats);
    });
    child.on("exit", (code) => reject(new Error(`${kind} exited with ${code}`)));
  });
  const ask = (m: ParentMessage) => child.send(m);
  return {
    kind,
    child,
    port,
    ask,
    stats: () =>
      new Promise<ServerStats>((resolve) => {
        waiters.push(resolve);
        ask({ type: "stats" });
      }),
  };
}

async function inputsFrom(query: (sql: string) => Promise<any[]>): Promise<Inputs> {
  const articles = await query("select id from article order by id");
  const persons = await query("select id, name from person where mention_count > 0 order by mention_count desc, id limit 5000");
  return { articleIds: articles.map((r) => Number(r.id)), personIdsByPopularity: persons.map((r) => Number(r.id)), personNames: persons.map((r) => String(r.name)) };
}

async function post(port: number, r: Request): Promise<{ status: number; body: string }> {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, { method: "POST", headers: { "content-type": "application/json", "x-bench-op": r.key }, body: r.body });
  return { status: res.status, body: await res.text() };
}

interface Slice {
  samples: Map<string, Samples>;
  requests: number;
  seconds: number;
  errors: number;
  firstError: string | null;
  stats: ServerStats;
}

let cursor = 0;
async function measure(server: Server, sequence: Request[], connections: number, seconds: number, overallRate?: number): Promise<Slice> {
  const samples = new Map<string, Samples>(mix.map((m) => [m.key, new Samples()]));
  let errors = 0;
  let firstError: string | null = null;
  server.ask({ type: "reset" });
  const result = await autocannon({
    url: `http://127.0.0.1:${server.port}/graphql`,
    connections,
    duration: seconds,
    ...(overallRate ? { overallRate: Math.max(1, Math.round(overallRate)) } : {}),
    timeout: 30,
    requests: [
      {
        method: "POST",
        setupRequest: (req: Record<string, unknown>, context: Record<string, unknown>) => {
          const r = sequence[cursor++ % sequence.length]!;
          context.key = r.key;
          return { ...req, body: r.body, headers: { "content-type": "application/json", "x-bench-op": r.key } };
        },
        onResponse: (status: number, body: string, context: Record<string, unknown>) => {
          const problem = responseProblem(status, body);
          context.lastKey = context.key;
          if (problem) {
            errors++;
            firstError ??= `${String(context.key)}: ${problem}`;
          }
        },
      },
    ],
    // autocannon's histogram has whole milliseconds; keep each response's own hrtime duration.
    setupClient: (client: { on(e: string, f: (...a: any[]) => void): void; requestIterator: { context: Record<string, unknown> } }) => {
      client.on("response", (_status: number, _bytes: number, responseTime: number) => {
        samples.get(String(client.requestIterator.context.lastKey))?.add(responseTime);
      });
    },
  });
  const stats = await server.stats();
  return { samples, requests: result.requests.total, seconds: result.duration, errors: errors + result.errors + result.timeouts, firstError, stats };
}

/** Requests per operation in the serial pass that checks answers and counts statements. */
const CENSUS_REQUESTS = 20;

interface Phase {
  name: string;
  connections: number;
  rateOf?: number;
}
const PHASES: Phase[] = [
  { name: "c10", connections: 10 },
  { name: "c50", connections: 50 },
  { name: "rate50", connections: 10, rateOf: 0.5 },
  { name: "rate80", connections: 10, rateOf: 0.8 },
];

interface Agg {
  samples: Map<string, Samples>;
  all: Samples;
  requests: number;
  seconds: number;
  errors: number;
  firstError: string | null;
  cpuMs: number;
  wallMs: number;
  peakRssMb: number;
  loopP99: number;
  loopMax: number;
}

function aggregate(slices: Slice[]): Agg {
  const samples = new Map<string, Samples>(mix.map((m) => [m.key, new Samples()]));
  const all = new Samples();
  const a: Agg = { samples, all, requests: 0, seconds: 0, errors: 0, firstError: null, cpuMs: 0, wallMs: 0, peakRssMb: 0, loopP99: 0, loopMax: 0 };
  for (const s of slices) {
    for (const [k, v] of s.samples) {
      samples.get(k)!.merge(v);
      all.merge(v);
    }
    a.requests += s.requests;
    a.seconds += s.seconds;
    a.errors += s.errors;
    a.firstError ??= s.firstError;
    a.cpuMs += s.stats.cpuUserMs + s.stats.cpuSystemMs;
    a.wallMs += s.stats.wallMs;
    a.peakRssMb = Math.max(a.peakRssMb, s.stats.peakRssMb);
    a.loopP99 = Math.max(a.loopP99, s.stats.eventLoopDelayMs.p99);
    a.loopMax = Math.max(a.loopMax, s.stats.eventLoopDelayMs.max);
  }
  return a;
}

const rps = (a: Agg) => (a.seconds ? a.requests / a.seconds : 0);
const fmt = (n: number, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : "–");

async function main(): Promise<void> {
  const started = performance.now();
  const ops = readWebOperations(fileURLToPath(new URL("../../apps/web/src/gql/graphql.ts", import.meta.url)));
  const texts = resolveMix(ops);
  log(`tier ${tier} (${TIERS[tier]} articles) on ${store}, seed ${seed}; ${rounds} round(s) of ${duration} s per phase and server`);

  const prepared = await prepareStore({ store, tier, seed, url, cacheDir: here("../.data"), fresh: args.fresh });
  log(`store ready in ${fmt(prepared.loadSeconds)} s${prepared.cached ? " (cached)" : ""}: ${JSON.stringify(prepared.counts)}`);

  let inputs: Inputs;
  const runDir = join(os.tmpdir(), `whosaid-bench-${process.pid}`);
  if (store === "postgres") {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    inputs = await inputsFrom(async (q) => (await client.query(q)).rows);
    await client.end();
  } else {
    mkdirSync(runDir, { recursive: true });
    const lite = await PGlite.create(copyPglite(prepared.dataDir!, join(runDir, "inputs")));
    inputs = await inputsFrom(async (q) => (await lite.query(q)).rows as any[]);
    await lite.close();
  }
  const sequence = buildSequence(texts, inputs, seed, 20_000, mix);

  const started2 = performance.now();
  const running: Server[] = [];
  const stopAll = () => {
    for (const s of running) s.child.kill();
    rmSync(runDir, { recursive: true, force: true });
  };
  process.on("exit", stopAll);
  try {
    for (const kind of servers) {
      const storeConfig: ChildConfig["store"] =
        store === "postgres" ? { kind: "postgres", url } : { kind: "pglite", dataDir: kind === "ceiling" ? "" : copyPglite(prepared.dataDir!, join(runDir, kind)) };
      running.push(await startServer(kind, { kind, store: storeConfig, poolSize: 10 }));
    }
    log(`servers up in ${fmt((performance.now() - started2) / 1000)} s`);

    // Every operation answered without errors by every server, and whosaid's bytes for the ceiling.
    // The requests go one at a time, so each server's statement counts are exact here: this pass is
    // the census of SQL statements per request (during the timed phases nobody counts).
    const bodies: Record<string, string> = {};
    const census = new Map<ChildKind, ServerStats["statements"]>();
    const sampleOf = new Map<string, Request[]>();
    for (const r of sequence) if ((sampleOf.get(r.key) ?? sampleOf.set(r.key, []).get(r.key)!).length < CENSUS_REQUESTS) sampleOf.get(r.key)!.push(r);
    for (const server of running.filter((s) => s.kind !== "ceiling")) {
      server.ask({ type: "reset" });
      for (const [key, reqs] of sampleOf) {
        for (const r of reqs) {
          const res = await post(server.port, r);
          const problem = responseProblem(res.status, res.body);
          if (problem) throw new Error(`${server.kind} fails ${key}: ${problem}`);
          if (server.kind === "whosaid") bodies[key] ??= res.body;
        }
      }
      census.set(server.kind, (await server.stats()).statements);
    }
    running.find((s) => s.kind === "ceiling")?.ask({ type: "responses", bodies });
    // Warm-up: JIT, caches, connection pools.
    for (const s of running) await measure(s, sequence, 10, args.quick ? 1 : 3);

    const results = new Map<string, Map<ChildKind, Agg>>();
    for (const phase of PHASES) {
      const slices = new Map<ChildKind, Slice[]>(running.map((s) => [s.kind, []]));
      for (let round = 0; round < rounds; round++) {
        // Rotate who goes first so no server always follows the same neighbour.
        const order = running.map((_, i) => running[(i + round) % running.length]!);
        for (const s of order) {
          let rate: number | undefined;
          if (phase.rateOf) {
            const max = Math.max(rps(results.get("c10")!.get(s.kind)!), rps(results.get("c50")!.get(s.kind)!));
            rate = max * phase.rateOf;
          }
          slices.get(s.kind)!.push(await measure(s, sequence, phase.connections, duration, rate));
        }
      }
      results.set(phase.name, new Map([...slices].map(([k, v]) => [k, aggregate(v)])));
      log(`phase ${phase.name}: ${[...results.get(phase.name)!].map(([k, a]) => `${k} ${fmt(rps(a), 0)} req/s`).join(", ")}`);
    }
    report(results, census, prepared, (performance.now() - started) / 1000);
  } finally {
    for (const s of running) s.ask({ type: "stop" });
    await new Promise((r) => setTimeout(r, 300));
    stopAll();
  }
}

function report(results: Map<string, Map<ChildKind, Agg>>, census: Map<ChildKind, ServerStats["statements"]>, prepared: Awaited<ReturnType<typeof prepareStore>>, seconds: number): void {
  const kinds = [...results.get("c10")!.keys()];
  const max = (k: ChildKind) => Math.max(rps(results.get("c10")!.get(k)!), rps(results.get("c50")!.get(k)!));
  const lines: string[] = [];
  lines.push(`\nwhosaid API benchmark — tier ${tier} (${prepared.counts.articles} articles, ${prepared.counts.persons} persons, ${prepared.counts.quotes} quotes, ${prepared.counts.claims} claims) on ${store}`);
  lines.push(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "?"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}, node ${process.version}\n`);
  lines.push("server       phase    req/s   p50 ms  p90 ms  p99 ms   CPU %  CPU ms/req  peak RSS MB  loop p99/max ms  errors");
  for (const phase of PHASES) {
    for (const k of kinds) {
      const a = results.get(phase.name)!.get(k)!;
      const s = a.all.summary();
      lines.push(
        `${k.padEnd(12)} ${phase.name.padEnd(7)} ${fmt(rps(a), 0).padStart(6)} ${fmt(s.p50, 2).padStart(8)} ${fmt(s.p90, 2).padStart(7)} ${fmt(s.p99, 2).padStart(7)} ${fmt((a.cpuMs / a.wallMs) * 100, 0).padStart(7)} ${fmt(a.cpuMs / a.requests, 2).padStart(11)} ${String(a.peakRssMb).padStart(12)} ${`${fmt(a.loopP99, 1)}/${fmt(a.loopMax, 1)}`.padStart(16)} ${String(a.errors).padStart(7)}`,
      );
    }
  }
  lines.push(`\nper operation at 10 connections (p50 / p99 ms; SQL statements per request, from ${CENSUS_REQUESTS} requests each sent alone):`);
  lines.push(`${"operation".padEnd(15)}${kinds.map((k) => k.padStart(26)).join("")}`);
  const perOp: Record<string, Record<string, Summary & { sql: number }>> = {};
  for (const m of mix) {
    const cells = kinds.map((k) => {
      const a = results.get("c10")!.get(k)!;
      const s = a.samples.get(m.key)!.summary();
      const st = census.get(k)?.[m.key];
      const sql = st && st.requests ? st.statements / st.requests : Number.NaN;
      (perOp[k] ??= {})[m.key] = { ...s, sql: Math.round(sql * 100) / 100 };
      return `${fmt(s.p50, 2)} / ${fmt(s.p99, 2)}  sql ${fmt(sql, 1)}`.padStart(26);
    });
    lines.push(`${m.key.padEnd(15)}${cells.join("")}`);
  }
  process.stdout.write(`${lines.join("\n")}\n\n`);
  const errors = [...results.values()].flatMap((m) => [...m.entries()].filter(([, a]) => a.errors > 0).map(([k, a]) => `${k}: ${a.errors} (${a.firstError})`));
  if (errors.length) process.stdout.write(`ERRORS:\n${errors.join("\n")}\n\n`);
  const whosaid = kinds.includes("whosaid") ? "whosaid" : null;
  const ratio = (k: ChildKind) => (whosaid && kinds.includes(k) ? Math.round((max("whosaid") / max(k)) * 1000) / 1000 : null);
  const summary = {
    tier,
    store,
    articles: prepared.counts.articles,
    ratio_vs_graphql_js: ratio("graphql-js"),
    ratio_vs_sql_floor: ratio("sql-floor"),
    ratio_vs_http_ceiling: ratio("ceiling"),
    max_rps: Object.fromEntries(kinds.map((k) => [k, Math.round(max(k))])),
    p99_ms: whosaid ? Object.fromEntries(Object.entries(perOp.whosaid!).map(([op, s]) => [op, s.p99])) : {},
    p99_ms_graphql_js: perOp["graphql-js"] ? Object.fromEntries(Object.entries(perOp["graphql-js"]).map(([op, s]) => [op, s.p99])) : {},
    sql_per_request: whosaid ? Object.fromEntries(Object.entries(perOp.whosaid!).map(([op, s]) => [op, s.sql])) : {},
    event_loop_max_ms: whosaid ? Math.max(...PHASES.map((p) => results.get(p.name)!.get("whosaid")!.loopMax)) : null,
    peak_rss_mb: whosaid ? Math.max(...PHASES.map((p) => results.get(p.name)!.get("whosaid")!.peakRssMb)) : null,
    errors: [...results.values()].reduce((n, m) => n + [...m.values()].reduce((x, a) => x + a.errors, 0), 0),
    load_seconds: Math.round(prepared.loadSeconds * 10) / 10,
    run_seconds: Math.round(seconds),
  };
  process.stdout.write(`${JSON.stringify(summary)}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
