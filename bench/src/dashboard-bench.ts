/**
 * `npm run bench:dashboard`: how long each dashboard page waits for its data on a big store. It
 * starts the real server (apps/api/dist/main.js) on an already loaded PostgreSQL database, sends
 * every page's operations as the dashboard sends them (read by name from the web app's generated
 * documents; a page's operations in parallel, as the browser does), one request at a time, and
 * reports per page the first (cold) time and the median and worst of the repeats. See
 * docs/benchmarks.md, "Dashboard at 100k articles".
 */
import { API_NODE_FLAGS } from "@whosaid/api/dist/node-flags.js";
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import pg from "pg";
import { TIERS, type Tier } from "./data/generate.js";
import { contentWord } from "./data/vocabulary.js";
import { prepareStore } from "./load/prepare.js";
import { asSent, readWebOperations, responseProblem, SEARCH_BUCKETS } from "./workload.js";

const HELP = `Dashboard benchmark: time to data of every dashboard page on a loaded PostgreSQL store.

Usage: npm run bench:dashboard -- --database URL [options]
  --database URL   a PostgreSQL database holding a store (required)
  --load S|M       first (re)create it with the seeded tier S (10k) or M (100k) articles: DROPS it
  --runs N         timed repeats per page after the cold one (default 5)
  --only WORDS     only the pages whose name holds one of these comma-separated words
`;

const { values: args } = parseArgs({
  options: {
    database: { type: "string" },
    load: { type: "string" },
    runs: { type: "string", default: "5" },
    only: { type: "string" },
    help: { type: "boolean", default: false },
  },
});
if (args.help || !args.database) {
  process.stdout.write(HELP);
  process.exit(args.help ? 0 : 2);
}
const database = args.database;
const runs = Number(args.runs);
const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const log = (s: string) => process.stderr.write(`[dashboard] ${s}\n`);

if (args.load) {
  if (!(args.load in TIERS)) throw new Error("--load must be S or M");
  log(`loading tier ${args.load} into ${database} (dropped first)…`);
  const prepared = await prepareStore({ store: "postgres", tier: args.load as Tier, seed: 7, url: database, cacheDir: here("../.data") });
  log(`loaded in ${prepared.loadSeconds.toFixed(0)} s: ${JSON.stringify(prepared.counts)}`);
}

const globalId = (type: string, id: number | string) => Buffer.from(`${type}:${id}`, "utf8").toString("base64url");

// ── what the pages ask for ──────────────────────────────────────────────────────────────────────

const db = new pg.Client({ connectionString: database });
await db.connect();
const one = async <T = Record<string, unknown>>(sql: string) => (await db.query(sql)).rows[0] as T;
const counts = await one<{ articles: string; persons: string; quotes: string; claims: string }>(
  `select (select count(*) from article) articles, (select count(*) from person) persons,
          (select count(*) from quote) quotes, (select count(*) from claim) claims`,
);
const popular = await one<{ id: string; name: string }>("select id, name from person order by mention_count desc, id limit 1");
const median = await one<{ id: string }>(
  "select id from person where mention_count > 0 order by mention_count desc, id offset (select count(*) / 2 from person where mention_count > 0) limit 1",
);
const articles = (await db.query("select id from article order by id")).rows.map((r) => String(r.id));
const articleSample = [0.1, 0.3, 0.5, 0.7, 0.9].map((f) => articles[Math.floor(f * (articles.length - 1))]!);
const longest = await one<{ id: string }>("select id from article order by length(text) desc limit 1");
const claim = await one<{ id: string }>(`select id from claim where article_id = ${articleSample[2]} order by id limit 1`);
const publisher = await one<{ publisher: string }>("select publisher from article where publisher is not null group by 1 order by count(*) desc limit 1");
const newest = await one<{ at: Date }>("select max(coalesce(published_at, ingested_at)) at from article");
await db.end();

const day = (d: Date, offsetDays = 0) => new Date(d.getTime() + offsetDays * 86_400_000).toISOString().slice(0, 10);
const common = contentWord(SEARCH_BUCKETS.common.from + 3);
const mediumWord = contentWord(SEARCH_BUCKETS.medium.from + 50);
const rare = contentWord(SEARCH_BUCKETS.rare.from + 500);
const person = { popular: globalId("Person", popular.id), median: globalId("Person", median.id) };
const lastWeek = { from: `${day(newest.at, -7)}T00:00:00.000Z`, to: `${day(newest.at)}T23:59:59.999Z` };
const quoteFilter = (f: Record<string, unknown>) => ({ search: null, speakerId: null, publisher: null, from: null, to: null, ...f });
const claimFilter = (f: Record<string, unknown>) => ({ ...f });

interface Op {
  operation: string;
  variables: Record<string, unknown>;
}
interface Page {
  name: string;
  ops: Op[];
}
const viewer: Op = { operation: "ViewerQuery", variables: {} };
const pages: Page[] = [
  { name: "overview /", ops: [viewer, { operation: "OverviewRouteQuery", variables: { first: 10, query: "", searching: false } }, { operation: "OverviewStatsQuery", variables: {} }] },
  { name: `overview search, common word (${common})`, ops: [{ operation: "OverviewRouteQuery", variables: { first: 10, query: common, searching: true } }] },
  { name: `overview search, medium word (${mediumWord})`, ops: [{ operation: "OverviewRouteQuery", variables: { first: 10, query: mediumWord, searching: true } }] },
  { name: `overview search, rare word (${rare})`, ops: [{ operation: "OverviewRouteQuery", variables: { first: 10, query: rare, searching: true } }] },
  ...articleSample.map((id, i) => ({ name: `article /articles/:id (sample ${i + 1})`, ops: [viewer, { operation: "ArticleRouteQuery", variables: { id: globalId("Article", id) } }] })),
  { name: "article /articles/:id (longest text)", ops: [viewer, { operation: "ArticleRouteQuery", variables: { id: globalId("Article", longest.id) } }] },
  { name: `person /people/:id (most mentioned: ${popular.name})`, ops: [viewer, { operation: "PersonRouteQuery", variables: { id: person.popular, first: 10 } }] },
  { name: "person /people/:id (median person)", ops: [viewer, { operation: "PersonRouteQuery", variables: { id: person.median, first: 10 } }] },
  { name: "claims /claims", ops: [viewer, { operation: "ClaimsRouteQuery", variables: { first: 20, filter: claimFilter({}) } }] },
  { name: "claims ?verdict=SUPPORTED (none)", ops: [{ operation: "ClaimsRouteQuery", variables: { first: 20, filter: claimFilter({ verdict: "SUPPORTED" }) } }] },
  { name: "claims ?hedged=true", ops: [{ operation: "ClaimsRouteQuery", variables: { first: 20, filter: claimFilter({ hedged: true }) } }] },
  { name: "claims ?claimant=most mentioned", ops: [{ operation: "ClaimsRouteQuery", variables: { first: 20, filter: claimFilter({ claimantId: person.popular }) } }] },
  { name: "claims ?subject=most mentioned", ops: [{ operation: "ClaimsRouteQuery", variables: { first: 20, filter: claimFilter({ subjectId: person.popular }) } }] },
  { name: "claims ?publisher=", ops: [{ operation: "ClaimsRouteQuery", variables: { first: 20, filter: claimFilter({ publisher: publisher.publisher }) } }] },
  { name: "claims ?from=&to= (last week)", ops: [{ operation: "ClaimsRouteQuery", variables: { first: 20, filter: claimFilter(lastWeek) } }] },
  { name: `claims ?q= common word`, ops: [{ operation: "ClaimsRouteQuery", variables: { first: 20, filter: claimFilter({ search: common }) } }] },
  { name: "claims ?hedged&claimant&publisher", ops: [{ operation: "ClaimsRouteQuery", variables: { first: 20, filter: claimFilter({ hedged: true, claimantId: person.median, publisher: publisher.publisher }) } }] },
  { name: "claim /claims/:id", ops: [viewer, { operation: "ClaimRouteQuery", variables: { id: globalId("Claim", claim.id) } }] },
  { name: "quotes /quotes", ops: [viewer, { operation: "QuotesRouteQuery", variables: { first: 20, filter: quoteFilter({}) } }] },
  { name: "quotes ?q= common word", ops: [{ operation: "QuotesRouteQuery", variables: { first: 20, filter: quoteFilter({ search: common }) } }] },
  { name: "quotes ?q= rare word", ops: [{ operation: "QuotesRouteQuery", variables: { first: 20, filter: quoteFilter({ search: rare }) } }] },
  { name: "quotes ?speaker=most mentioned", ops: [{ operation: "QuotesRouteQuery", variables: { first: 20, filter: quoteFilter({ speakerId: person.popular }) } }] },
  { name: "quotes ?publisher=", ops: [{ operation: "QuotesRouteQuery", variables: { first: 20, filter: quoteFilter({ publisher: publisher.publisher }) } }] },
  { name: "quotes ?from=&to= (last week)", ops: [{ operation: "QuotesRouteQuery", variables: { first: 20, filter: quoteFilter(lastWeek) } }] },
  { name: "person picker (typeahead)", ops: [{ operation: "PersonPickerQuery", variables: { search: popular.name.slice(0, 3).toLowerCase() } }] },
  { name: "link claim search (claim page)", ops: [{ operation: "LinkClaimSearchQuery", variables: { search: common } }] },
  { name: "edit history (claim)", ops: [{ operation: "HistoryQuery", variables: { id: globalId("Claim", claim.id) } }] },
];

// "Load more" on the person page: each list's second page, from the first page's cursors.
const LISTS = [
  ["quotes", "PersonQuotesPageQuery"],
  ["claims", "PersonClaimsPageQuery"],
  ["claimsAbout", "PersonClaimsAboutPageQuery"],
  ["articles", "PersonArticlesPageQuery"],
] as const;

// ── the server ──────────────────────────────────────────────────────────────────────────────────

const documents = readWebOperations(here("../../apps/web/src/gql/graphql.ts"));
const textOf = (operation: string) => {
  const doc = documents.get(operation);
  if (!doc) throw new Error(`the web app has no operation named ${operation}; known: ${[...documents.keys()].sort().join(", ")}`);
  return asSent(doc);
};

async function startServer(): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, [...API_NODE_FLAGS, here("../../apps/api/dist/main.js")], {
    env: { ...process.env, DATABASE_URL: database, PORT: "0", HOST: "127.0.0.1", NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/(?:localhost|127\.0\.0\.1):(\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${match[1]}`);
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.on("exit", (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  return { child, base };
}

const { child, base } = await startServer();
log(`server at ${base}; store: ${JSON.stringify(counts)}`);

async function send(op: Op): Promise<{ ms: number; bytes: number; data: any }> {
  const t0 = performance.now();
  const res = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ operationName: op.operation, query: textOf(op.operation), variables: op.variables }),
  });
  const body = await res.text();
  const ms = performance.now() - t0;
  const problem = responseProblem(res.status, body);
  if (problem) throw new Error(`${op.operation} ${JSON.stringify(op.variables)}: ${problem}`);
  return { ms, bytes: body.length, data: (JSON.parse(body) as { data: unknown }).data };
}

/** A page's time to data: all its operations sent together, until the last answer. */
async function load(page: Page) {
  const t0 = performance.now();
  const answers = await Promise.all(page.ops.map(send));
  return { ms: performance.now() - t0, answers };
}

interface Row {
  page: string;
  cold: number;
  median: number;
  max: number;
  slowest: string;
  kb: number;
}
const rows: Row[] = [];
const only = args.only?.split(",").map((w) => w.trim().toLowerCase()).filter(Boolean);
const wanted = (name: string) => !only || only.some((w) => name.toLowerCase().includes(w));

async function measure(page: Page) {
  const first = await load(page);
  const times: number[] = [];
  const perOp = page.ops.map(() => [] as number[]);
  for (let i = 0; i < runs; i++) {
    const r = await load(page);
    times.push(r.ms);
    r.answers.forEach((a, k) => perOp[k]!.push(a.ms));
  }
  times.sort((a, b) => a - b);
  const medians = perOp.map((t) => t.sort((a, b) => a - b)[Math.floor(t.length / 2)] ?? 0);
  const slowestAt = medians.indexOf(Math.max(...medians));
  rows.push({
    page: page.name,
    cold: first.ms,
    median: times[Math.floor(times.length / 2)] ?? first.ms,
    max: times.at(-1) ?? first.ms,
    slowest: page.ops[slowestAt]!.operation,
    kb: first.answers.reduce((n, a) => n + a.bytes, 0) / 1024,
  });
  log(`${page.name}: cold ${first.ms.toFixed(0)} ms, median ${rows.at(-1)!.median.toFixed(0)} ms`);
  return first;
}

try {
  // One throwaway request, so the first page does not pay for the server's own warm-up.
  await send({ operation: "ViewerQuery", variables: {} });
  for (const page of pages) {
    if (!wanted(page.name)) continue;
    const first = await measure(page);
    if (page.name.startsWith("person /people/:id")) {
      const p = first.answers[1]!.data.person;
      for (const [field, operation] of LISTS) {
        const after = p[field]?.pageInfo?.endCursor;
        if (!p[field]?.pageInfo?.hasNextPage || !after) continue;
        await measure({ name: `  ${page.name.replace("person /people/:id", "person")}: more ${field}`, ops: [{ operation, variables: { id: p.id, first: 10, after } }] });
      }
    }
  }
} finally {
  child.kill("SIGTERM");
}

const pad = (s: string, n: number) => (s.length >= n ? s : s + " ".repeat(n - s.length));
const width = Math.max(...rows.map((r) => r.page.length));
process.stdout.write(`\n${pad("page", width)}  cold ms  median ms  max ms     kB  slowest operation\n`);
for (const r of rows) {
  process.stdout.write(
    `${pad(r.page, width)}  ${r.cold.toFixed(0).padStart(7)}  ${r.median.toFixed(0).padStart(9)}  ${r.max.toFixed(0).padStart(6)}  ${r.kb.toFixed(1).padStart(5)}  ${r.slowest}\n`,
  );
}
process.stdout.write(`${JSON.stringify({ store: counts, runs, pages: rows.map((r) => ({ page: r.page, cold: Math.round(r.cold), median: Math.round(r.median), max: Math.round(r.max) })) })}\n`);
