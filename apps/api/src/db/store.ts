import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { lockDataDir } from "./data-dir-lock.js";
import { countingLogger } from "./query-stats.js";
import * as schema from "./schema.js";

export type Schema = typeof schema;
/** The Drizzle database, whichever store is behind it. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export interface Store {
  db: Db;
  kind: "pglite" | "postgres";
  /** Where the data lives: the data directory, ":memory:", or the database URL without its password. */
  location: string;
  /** PostgreSQL only: the URL, for worker threads that open connections of their own. */
  postgresUrl?: string;
  close(): Promise<void>;
}

export type StoreOptions =
  | { kind: "postgres"; url: string; poolSize?: number }
  | { kind: "pglite"; dataDir: string | null /* null: in memory */ };

const migrationsFolder = fileURLToPath(new URL("../../drizzle", import.meta.url));

// Any constant works; it keeps two API replicas from migrating the same database at once.
const MIGRATION_LOCK_KEY = 7_274_960_123;

/** Opens the store and applies pending migrations (all in one transaction). */
export async function openStore(options: StoreOptions): Promise<Store> {
  return options.kind === "postgres" ? openPostgres(options.url, options.poolSize ?? 10) : openPglite(options.dataDir);
}

async function openPglite(dataDir: string | null): Promise<Store> {
  const unlock = dataDir ? lockDataDir(dataDir) : () => {};
  let client: PGlite | undefined;
  try {
    client = await PGlite.create(dataDir ?? undefined, { extensions: { pg_trgm } });
    const db = drizzlePglite(client, { schema, logger: countingLogger, casing: "snake_case" });
    await migratePglite(db, { migrationsFolder });
    const opened = client;
    return {
      db: db as unknown as Db,
      kind: "pglite",
      location: dataDir ?? ":memory:",
      async close() {
        try {
          if (!opened.closed) {
            await opened.query("CHECKPOINT");
            await opened.close();
          }
        } finally {
          unlock();
        }
      },
    };
  } catch (error) {
    await client?.close().catch(() => {});
    unlock();
    throw error;
  }
}

async function openPostgres(url: string, poolSize: number): Promise<Store> {
  await migratePostgres(url);
  const { db, close } = connectPostgres(url, poolSize);
  return { db, kind: "postgres", location: redactUrl(url), postgresUrl: url, close };
}

/** A pool of connections to an already migrated PostgreSQL database (worker threads open their own). */
export function connectPostgres(url: string, poolSize: number): { db: Db; close(): Promise<void> } {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // A connection dropped while idle must not crash the process; the next query reconnects.
  pool.on("error", (error) => console.error("[store] idle PostgreSQL connection failed:", error.message));
  const db = drizzlePg(pool, { schema, logger: countingLogger, casing: "snake_case" });
  return { db: db as unknown as Db, close: () => pool.end() };
}

async function migratePostgres(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    await migratePg(drizzlePg(client), { migrationsFolder });
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => {});
    await client.end();
  }
}

function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "postgres";
  }
}
