/** Creates the store a run measures: PostgreSQL (dropped and recreated) or a cached PGlite directory. */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { Generator, GENERATOR_VERSION, TIERS, type Tier } from "../data/generate.js";
import { loadGenerated, type SqlClient } from "./load.js";

export interface Prepared {
  kind: "postgres" | "pglite";
  url?: string;
  dataDir?: string;
  loadSeconds: number;
  cached: boolean;
  counts: Record<string, number>;
}

const api = "@whosaid/api/dist/";
const migrations = fileURLToPath(new URL("../../../apps/api/drizzle", import.meta.url));

function migrationsHash(): string {
  const h = createHash("sha256");
  for (const f of readdirSync(migrations).filter((f) => f.endsWith(".sql")).sort()) h.update(f).update(readFileSync(join(migrations, f)));
  return h.digest("hex").slice(0, 12);
}

async function recreateDatabase(url: string): Promise<void> {
  const name = databaseName(url);
  await withAdmin(url, async (client) => {
    await client.query(`drop database if exists ${name} with (force)`);
    await client.query(`create database ${name}`);
  });
}

const progress = (p: { articles: number; total: number }) => {
  if (p.articles % 10_000 === 0 || p.articles === p.total) process.stderr.write(`  loaded ${p.articles}/${p.total} articles\n`);
};

/** What a loaded PostgreSQL database holds, kept as the database's comment so the next run can reuse it. */
interface Fingerprint {
  fingerprint: string;
  counts: Record<string, number>;
}

function databaseName(url: string): string {
  const name = new URL(url).pathname.slice(1);
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unexpected database name ${name}`);
  return name;
}

async function withAdmin<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.href });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

async function readFingerprint(url: string): Promise<Fingerprint | null> {
  const comment = await withAdmin(url, async (c) => {
    const { rows } = await c.query<{ d: string | null }>("select shobj_description(oid, 'pg_database') as d from pg_database where datname = $1", [databaseName(url)]);
    return rows[0]?.d ?? null;
  });
  try {
    return comment ? (JSON.parse(comment) as Fingerprint) : null;
  } catch {
    return null;
  }
}

export async function prepareStore(opts: {
  store: "postgres" | "pglite";
  tier: Tier;
  seed: number;
  url: string;
  cacheDir: string;
  /** Reload PostgreSQL even when it already holds this tier, seed, generator and migrations. */
  fresh?: boolean;
}): Promise<Prepared> {
  const { openStore } = (await import(`${api}db/store.js`)) as typeof import("@whosaid/api/dist/db/store.js");
  const gen = () => new Generator({ seed: opts.seed, articles: TIERS[opts.tier] });
  const t0 = performance.now();
  if (opts.store === "postgres") {
    // The workload only reads, so a database loaded by an earlier run with the same inputs is reused.
    const fingerprint = `tier=${opts.tier} seed=${opts.seed} generator=${GENERATOR_VERSION} migrations=${migrationsHash()}`;
    const found = opts.fresh ? null : await readFingerprint(opts.url).catch(() => null);
    if (found?.fingerprint === fingerprint) return { kind: "postgres", url: opts.url, loadSeconds: 0, cached: true, counts: found.counts };
    await recreateDatabase(opts.url);
    const store = await openStore({ kind: "postgres", url: opts.url }); // applies the project's migrations
    await store.close();
    const client = new pg.Client({ connectionString: opts.url });
    await client.connect();
    try {
      await client.query("set maintenance_work_mem = '256MB'");
      const counts = await loadGenerated(client as SqlClient, gen(), { onProgress: progress });
      const comment: Fingerprint = { fingerprint, counts };
      await client.query(`comment on database ${databaseName(opts.url)} is ${client.escapeLiteral(JSON.stringify(comment))}`);
      return { kind: "postgres", url: opts.url, loadSeconds: (performance.now() - t0) / 1000, cached: false, counts };
    } finally {
      await client.end();
    }
  }
  const dir = join(opts.cacheDir, `pglite-${opts.tier}-seed${opts.seed}-g${GENERATOR_VERSION}-m${migrationsHash()}`);
  const marker = join(dir, "..", `${dir.split("/").at(-1)}.json`);
  if (existsSync(marker) && existsSync(dir)) {
    const counts = JSON.parse(readFileSync(marker, "utf8")) as Record<string, number>;
    return { kind: "pglite", dataDir: dir, loadSeconds: 0, cached: true, counts };
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const store = await openStore({ kind: "pglite", dataDir: dir });
  try {
    const client = (store.db as unknown as { $client: SqlClient }).$client;
    const counts = await loadGenerated(client, gen(), { onProgress: progress });
    writeFileSync(marker, JSON.stringify(counts));
    return { kind: "pglite", dataDir: dir, loadSeconds: (performance.now() - t0) / 1000, cached: false, counts };
  } finally {
    await store.close();
  }
}

/** A private copy of a PGlite directory (one process per directory). */
export function copyPglite(dir: string, to: string): string {
  rmSync(to, { recursive: true, force: true });
  cpSync(dir, to, { recursive: true, filter: (src) => !src.endsWith(".lock") && !src.includes("whosaid.lock") });
  return to;
}
