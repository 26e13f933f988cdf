import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import express, { type ErrorRequestHandler, type Request } from "express";
import helmet from "helmet";
import { existsSync } from "node:fs";
import http from "node:http";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import type { Store } from "./db/store.js";
import { createContext, type AccessDeps, type Context } from "./graphql/context.js";
import { complexityLimitPlugin } from "./graphql/complexity.js";
import { formatError } from "./graphql/format-error.js";
import { whosaidSchema } from "./graphql/schema.js";
import { accessGate, callerOf } from "./http/access-gate.js";
import { createRateLimiter, type RateLimitOptions } from "./http/rate-limit.js";
import type { Caller } from "./modules/access/api-key.js";
import { Authenticator, OPEN_ACCESS, type AccessPolicy } from "./modules/access/authenticator.js";
import { exportRouter } from "./modules/export/export.routes.js";
import { createPooledExtractor } from "./modules/ingest/extraction-pool.js";
import { fetchPolicyFromEnv, type FetchPolicy } from "./modules/ingest/fetch-page.js";
import type { Extractor, IngestDeps } from "./modules/ingest/ingest.service.js";

export interface ServerOptions {
  store: Store;
  /** Extraction engine; by default a pool of worker threads running `@whosaid/extract`. */
  extractor?: Extractor;
  /** What URL ingestion may fetch; by default read from WHOSAID_FETCH_* variables. */
  fetchPolicy?: FetchPolicy;
  /** The built dashboard (apps/web/dist). */
  webDist?: string;
  /** Largest request body accepted, in bytes. */
  bodyLimit?: number;
  /** Who may read and the bootstrap admin key; by default reading is open and only keys in the store count. */
  access?: AccessPolicy;
  /** Requests per minute per IP / per key; by default none. */
  rateLimits?: RateLimitOptions | false;
  /** Express's `trust proxy` setting, so rate limits see the client's address behind a proxy. */
  trustProxy?: boolean | number | string;
}

export interface WhosaidServer {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
  /** Builds a request context, for running operations without HTTP (tests, scripts). */
  context(caller?: Caller): Context;
  stop(): Promise<void>;
}

const defaultWebDist = fileURLToPath(new URL("../../web/dist", import.meta.url));

/** Limits on incoming documents; tuned for the dashboard's own queries and GraphiQL's introspection. */
const armor = new ApolloArmor({
  maxDepth: { n: 12, ignoreIntrospection: true },
  maxAliases: { n: 15 },
  maxDirectives: { n: 10 },
  // graphql-js's own parse limit (parseOptions) answers 400; armor's token plugin answers parse errors with 500.
  maxTokens: { enabled: false },
  // Cost is ours (graphql/complexity.ts): it multiplies by `first` and sees variables.
  costLimit: { enabled: false },
  blockFieldSuggestion: { enabled: true },
});

/** Builds the HTTP server: GraphQL at /graphql (the playground for browsers), the dashboard at /. */
export async function createServer(options: ServerOptions): Promise<WhosaidServer> {
  const { store, webDist = defaultWebDist, bodyLimit = 2 * 1024 * 1024 } = options;
  const pool = options.extractor ? null : createPooledExtractor({ postgresUrl: store.postgresUrl });
  const ingest: IngestDeps = {
    extractor: options.extractor ?? pool!,
    fetchPolicy: options.fetchPolicy ?? fetchPolicyFromEnv(process.env),
  };
  const access: AccessDeps = {
    policy: options.access ?? OPEN_ACCESS,
    authenticator: new Authenticator(store.db, options.access?.adminKey),
  };
  const gate = accessGate(access.authenticator, access.policy, options.rateLimits ? createRateLimiter(options.rateLimits) : null);
  const app = express();
  const httpServer = http.createServer(app);
  const protection = armor.protect();
  const schema = await whosaidSchema();
  const apollo = new ApolloServer<Context>({
    schema,
    plugins: [
      // graphql-armor is typed against Apollo's CommonJS build; the plugin objects are the same.
      ...(protection.plugins as ApolloServerPlugin<Context>[]),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // No HTTP caching of GraphQL answers; its per-field hook would wrap every resolver for nothing.
      ApolloServerPluginCacheControlDisabled(),
      complexityLimitPlugin(schema),
    ],
    validationRules: protection.validationRules,
    validationOptions: { maxErrors: 10 },
    parseOptions: { maxTokens: 2000 },
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: true,
    introspection: true,
    formatError,
  });
  await apollo.start();

  app.disable("x-powered-by");
  if (options.trustProxy !== undefined) app.set("trust proxy", options.trustProxy);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", "data:"],
          fontSrc: ["'self'", "data:"],
          workerSrc: ["'self'", "blob:"],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: null,
        },
      },
    }),
  );

  app.get("/healthz", async (_req, res) => {
    try {
      await store.db.execute(sql`select 1`);
      res.json({ ok: true, store: store.kind });
    } catch {
      res.status(503).json({ ok: false, store: store.kind });
    }
  });

  const playground = join(webDist, "playground.html");
  app.get("/graphql", (req, res, next) => {
    if (!wantsHtml(req)) return next();
    if (!existsSync(playground)) return res.status(503).type("text/plain").send(notBuilt);
    res.sendFile(playground);
  });
  // Its own app so that its answers carry no ETag: Express would hash every GraphQL answer for a tag
  // no POST ever revalidates (the dashboard's files keep theirs).
  const graphqlApp = express();
  graphqlApp.set("etag", false);
  graphqlApp.use(
    gate,
    express.json({ limit: bodyLimit }),
    expressMiddleware(apollo, { context: async ({ res }) => createContext(store, ingest, access, callerOf(res)) }),
  );
  app.use("/graphql", graphqlApp);

  app.use("/export", gate, exportRouter(store.db));

  app.use(express.static(webDist, { index: false, maxAge: "1h" }));
  app.get(/.*/, (req, res, next) => {
    // Any page address gets the dashboard (curl's */* included); only explicit non-HTML asks fall through.
    if (!req.accepts("html")) return next();
    const index = join(webDist, "index.html");
    if (!existsSync(index)) return res.status(503).type("text/plain").send(notBuilt);
    res.set("Cache-Control", "no-cache").sendFile(index);
  });
  app.use(jsonErrors);

  return {
    app,
    httpServer,
    apollo,
    context: (caller?: Caller) => createContext(store, ingest, access, caller),
    async stop() {
      await apollo.stop();
      await pool?.close();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}

const notBuilt = "The dashboard is not built. Run `npm start` (or `npm run build`) at the repository root.";

function wantsHtml(req: Request): boolean {
  return req.method === "GET" && req.accepts(["application/json", "text/html"]) === "text/html" && !req.query.query;
}

/** Body-parser and other HTTP-level errors as GraphQL-shaped JSON, never Express's HTML page. */
const jsonErrors: ErrorRequestHandler = (error, _req, res, _next) => {
  const status = typeof error?.status === "number" ? error.status : 500;
  const [code, message] =
    error?.type === "entity.too.large"
      ? ["PAYLOAD_TOO_LARGE", "Payload too large: the request body is over the limit."]
      : status >= 400 && status < 500
        ? ["BAD_REQUEST", "The request body is not valid JSON."]
        : ["INTERNAL_SERVER_ERROR", "Internal server error"];
  if (status >= 500) console.error("[http] unexpected error:", error);
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
};
