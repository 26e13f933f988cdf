import { resolve } from "node:path";
import type { StoreOptions } from "./db/store.js";

export interface Config {
  port: number;
  host: string;
  store: StoreOptions;
}

export const HELP = `whosaid API server: GraphQL at /graphql (a playground in the browser), the dashboard at /.

Usage: npm start            (from the repository root)
       node apps/api/dist/main.js [--help]

Environment:
  PORT               port to listen on (default 4000; 0 picks a free one)
  HOST               interface to listen on (default: all)
  DATABASE_URL       PostgreSQL connection string; without it whosaid uses its embedded store
  WHOSAID_DATA_DIR   where the embedded store keeps its data (default ./.whosaid)
  WHOSAID_FETCH_ALLOW_HOSTS   host:port list that URL ingestion may fetch even when private
                              (default none: only public addresses on ports 80/443)
  WHOSAID_FETCH_MAX_BYTES     largest page fetched, decoded (default 5242880)
  WHOSAID_FETCH_TIMEOUT_MS    overall deadline for one fetch, redirects included (default 15000)
`;

export class ConfigError extends Error {}

export function readConfig(env: NodeJS.ProcessEnv): Config {
  const port = env.PORT === undefined || env.PORT === "" ? 4000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`PORT must be a port number, not "${env.PORT}".`);
  const store: StoreOptions = env.DATABASE_URL
    ? { kind: "postgres", url: env.DATABASE_URL }
    : { kind: "pglite", dataDir: resolve(env.WHOSAID_DATA_DIR || ".whosaid") };
  return { port, host: env.HOST || "", store };
}
