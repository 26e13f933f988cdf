import { resolve } from "node:path";
import type { StoreOptions } from "./db/store.js";
import { rateLimitsFromEnv, type RateLimitOptions } from "./http/rate-limit.js";
import type { AccessPolicy } from "./modules/access/authenticator.js";

export interface Config {
  port: number;
  host: string;
  store: StoreOptions;
  access: AccessPolicy;
  rateLimits: RateLimitOptions | false;
  trustProxy: boolean | number | string | undefined;
  /** Print a sign-in link with a fresh admin key at start (local use). */
  signInLink: boolean;
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

Access (every change needs an API key: viewer < editor < admin; \`npm run keys -- --help\`):
  WHOSAID_READ_ACCESS      open (default: anyone may read) or key (reading needs a key too)
  WHOSAID_ADMIN_KEY        an admin key for a fresh install (not stored; at least 20 characters)
  WHOSAID_SIGN_IN_LINK     on/off: print a sign-in link holding a fresh admin key at start, revoking
                           the previous one (default on for the embedded store, off with DATABASE_URL)
  WHOSAID_RATE_LIMIT_ANON  requests per minute per IP address without a key (default 600; off)
  WHOSAID_RATE_LIMIT_KEY   requests per minute per API key (default 3000; off)
  WHOSAID_TRUST_PROXY      Express "trust proxy" (e.g. 1, loopback) so limits see client addresses
`;

export class ConfigError extends Error {}

export function readConfig(env: NodeJS.ProcessEnv): Config {
  const port = env.PORT === undefined || env.PORT === "" ? 4000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`PORT must be a port number, not "${env.PORT}".`);
  const store: StoreOptions = env.DATABASE_URL
    ? { kind: "postgres", url: env.DATABASE_URL }
    : { kind: "pglite", dataDir: resolve(env.WHOSAID_DATA_DIR || ".whosaid") };
  return {
    port,
    host: env.HOST || "",
    store,
    access: readAccessPolicy(env),
    rateLimits: guard(() => rateLimitsFromEnv(env)),
    trustProxy: readTrustProxy(env.WHOSAID_TRUST_PROXY),
    signInLink: readSwitch("WHOSAID_SIGN_IN_LINK", env.WHOSAID_SIGN_IN_LINK, store.kind === "pglite"),
  };
}

function readAccessPolicy(env: NodeJS.ProcessEnv): AccessPolicy {
  const read = (env.WHOSAID_READ_ACCESS || "open").toLowerCase();
  if (read !== "open" && read !== "key") throw new ConfigError(`WHOSAID_READ_ACCESS must be "open" or "key", not "${env.WHOSAID_READ_ACCESS}".`);
  const adminKey = env.WHOSAID_ADMIN_KEY || undefined;
  if (adminKey !== undefined && (adminKey.length < 20 || !/^[\x21-\x7e]+$/.test(adminKey)))
    throw new ConfigError("WHOSAID_ADMIN_KEY must be at least 20 printable characters without spaces (e.g. `openssl rand -base64 32`).");
  return { readAccess: read === "key" ? "KEY" : "OPEN", adminKey };
}

function readSwitch(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === "") return fallback;
  if (/^(on|true|1|yes)$/i.test(value)) return true;
  if (/^(off|false|0|no)$/i.test(value)) return false;
  throw new ConfigError(`${name} must be on or off, not "${value}".`);
}

function readTrustProxy(value: string | undefined): boolean | number | string | undefined {
  if (value === undefined || value === "") return undefined;
  if (/^(true|false)$/i.test(value)) return value.toLowerCase() === "true";
  return /^\d+$/.test(value) ? Number(value) : value;
}

function guard<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
}
