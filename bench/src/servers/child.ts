/**
 * One benchmarked server in its own process (started by api-bench.ts with `fork`):
 *   whosaid    — apps/api's createServer({ store }) as shipped, behind a thin counting wrapper
 *   graphql-js — the plain baseline (baseline/graphql.ts)
 *   sql-floor  — the same SQL without GraphQL (baseline/floor.ts)
 *   ceiling    — node:http answering precomputed bytes
 * Config comes as JSON in BENCH_CHILD; stats go to the parent over IPC (monitor.ts).
 */
import "reflect-metadata";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { execute, parse, validate, type DocumentNode } from "graphql";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { CountingDb, type Db } from "../baseline/data.js";
import { sqlFloor } from "../baseline/floor.js";
import { baselineSchema, createLoaders } from "../baseline/graphql.js";
import { Monitor, send } from "./monitor.js";

export type ChildKind = "whosaid" | "graphql-js" | "sql-floor" | "ceiling";
export interface ChildConfig {
  kind: ChildKind;
  store: { kind: "postgres"; url: string } | { kind: "pglite"; dataDir: string };
  /** Connections to PostgreSQL (whosaid's default pool is 10; the baselines get the same). */
  poolSize: number;
}

const config = JSON.parse(process.env.BENCH_CHILD ?? "{}") as ChildConfig;
const monitor = new Monitor();

/** Responses not yet finished: a server stops only after them, not under a request it is still answering. */
let inFlight = 0;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const QUIET_MS = 300;
/**
 * Waits for the responses still being written, then for the statements of requests whose client went
 * away (autocannon closes its sockets at the end of a slice, but the server goes on executing what
 * they asked, one statement after another): until no statement has started for QUIET_MS.
 */
async function settled(statementsStarted: () => number): Promise<void> {
  for (let waited = 0; inFlight > 0 && waited < 10_000; waited += 20) await sleep(20);
  for (let waited = 0, seen = -1; statementsStarted() !== seen && waited < 10_000; waited += QUIET_MS) {
    seen = statementsStarted();
    await sleep(QUIET_MS);
  }
}
const OP_HEADER = "x-bench-op";

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

const json = (res: http.ServerResponse, status: number, body: string) => {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(body) });
  res.end(body);
};

async function openBaselineDb(): Promise<{ db: Db; close(): Promise<void> }> {
  if (config.store.kind === "postgres") {
    pg.types.setTypeParser(20, Number); // bigint ids as numbers, as whosaid's Drizzle columns (mode: "number")
    const pool = new pg.Pool({ connectionString: config.store.url, max: config.poolSize });
    return { db: pool, close: () => pool.end() };
  }
  const lite = await PGlite.create(config.store.dataDir, { extensions: { pg_trgm }, parsers: { 20: (v: string) => Number(v) } });
  return { db: lite, close: () => lite.close() };
}

async function main(): Promise<void> {
  let handler: (req: http.IncomingMessage, res: http.ServerResponse) => void;
  let stop: () => Promise<void> = async () => {};

  if (config.kind === "ceiling") {
    let bodies: Record<string, Buffer> = {};
    monitor.listen(
      async () => {},
      (b) => (bodies = Object.fromEntries(Object.entries(b).map(([k, v]) => [k, Buffer.from(v)]))),
    );
    handler = (req, res) => {
      // Drain the request, then answer the bytes whosaid gave for this operation.
      req.resume();
      req.on("end", () => {
        const body = bodies[String(req.headers[OP_HEADER])] ?? Buffer.from('{"data":{}}');
        res.writeHead(200, { "content-type": "application/json; charset=utf-8", "content-length": body.length });
        res.end(body);
        monitor.record(String(req.headers[OP_HEADER]), 0);
      });
    };
  } else if (config.kind === "whosaid") {
    const api = "@whosaid/api/dist/";
    const { openStore } = (await import(`${api}db/store.js`)) as typeof import("@whosaid/api/dist/db/store.js");
    const { createServer } = (await import(`${api}server.js`)) as typeof import("@whosaid/api/dist/server.js");
    const { statementsRun } = (await import(`${api}db/query-stats.js`)) as typeof import("@whosaid/api/dist/db/query-stats.js");
    const store = await openStore(config.store.kind === "postgres" ? { kind: "postgres", url: config.store.url, poolSize: config.poolSize } : { kind: "pglite", dataDir: config.store.dataDir });
    // No ingestion happens in this workload: a stub extractor keeps the worker pool from starting.
    const server = await createServer({
      store,
      extractor: { version: "bench", extract: () => ({ persons: [], quotes: [], claims: [] }) as never, extractFromHtml: () => null },
    });
    stop = async () => {
      await settled(statementsRun);
      await server.stop();
      await store.close();
    };
    monitor.listen(stop);
    handler = (req, res) => {
      const op = String(req.headers[OP_HEADER] ?? "unknown");
      // The body is read here and handed to Express as already parsed (body-parser skips `_body`).
      // Statements are the process's count before and after: exact for the parent's serial census
      // (api-bench.ts), meaningless under concurrency, where nobody reads them.
      void readBody(req).then(async (raw) => {
        try {
          (req as any).body = JSON.parse(raw);
          (req as any)._body = true;
        } catch {
          // leave it to Express to answer
        }
        const before = statementsRun();
        await new Promise<void>((resolve) => {
          res.on("finish", resolve);
          res.on("close", resolve);
          server.app(req as any, res as any);
        });
        monitor.record(op, statementsRun() - before);
      });
    };
  } else {
    const { db: opened, close } = await openBaselineDb();
    let started = 0;
    const raw: Db = { query: (text, params) => (started++, opened.query(text, params)) };
    stop = async () => {
      await settled(() => started);
      await close();
    };
    monitor.listen(stop);
    if (config.kind === "sql-floor") {
      handler = (req, res) => {
        const op = String(req.headers[OP_HEADER] ?? "unknown");
        void readBody(req).then(async (body) => {
          const db = new CountingDb(raw);
          try {
            const { variables } = JSON.parse(body) as { variables?: Record<string, unknown> };
            json(res, 200, JSON.stringify({ data: await sqlFloor(db, op, variables ?? {}) }));
          } catch (error) {
            json(res, 500, JSON.stringify({ errors: [{ message: String(error) }] }));
          }
          monitor.record(op, db.statements);
        });
      };
    } else {
      const schemaPath = fileURLToPath(new URL("../../../apps/api/schema.graphql", import.meta.url));
      const schema = baselineSchema(schemaPath);
      // Parse and validate once per distinct document, as any production server would.
      const documents = new Map<string, DocumentNode>();
      handler = (req, res) => {
        const op = String(req.headers[OP_HEADER] ?? "unknown");
        void readBody(req).then(async (body) => {
          const db = new CountingDb(raw);
          try {
            const { query, variables, operationName } = JSON.parse(body) as { query: string; variables?: Record<string, unknown>; operationName?: string };
            let document = documents.get(query);
            if (!document) {
              document = parse(query);
              const errors = validate(schema, document);
              if (errors.length) return json(res, 400, JSON.stringify({ errors }));
              documents.set(query, document);
            }
            const result = await execute({ schema, document, variableValues: variables, operationName, contextValue: { db, loaders: createLoaders(db) } });
            json(res, 200, JSON.stringify(result));
          } catch (error) {
            json(res, 500, JSON.stringify({ errors: [{ message: String(error) }] }));
          } finally {
            monitor.record(op, db.statements);
          }
        });
      };
    }
  }

  const server = http.createServer((req, res) => {
    inFlight++;
    res.on("close", () => inFlight--);
    handler(req, res);
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  send({ type: "ready", port: (server.address() as AddressInfo).port });
}

main().catch((error: unknown) => {
  send({ type: "error", message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  process.exit(1);
});
