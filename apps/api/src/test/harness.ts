import type { GraphQLFormattedError } from "graphql";
import { sql } from "drizzle-orm";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { openStore, type Store } from "../db/store.js";
import { withQueryStats } from "../db/query-stats.js";
import { createServer, type ServerOptions, type WhosaidServer } from "../server.js";
import type { Caller, Role } from "../modules/access/api-key.js";

/** Tests act as an admin unless they say otherwise. */
export const keyCaller = (name = "test", role: Role = "ADMIN"): Caller => ({ kind: "key", keyId: null, name, role });

/** The shared data folder beside the checkout (tests may read it; the product never does). */
export const sharedData = (path: string) => fileURLToPath(new URL(`../../../../../shared/data/${path}`, import.meta.url));
export const seedText = () => readFileSync(sharedData("seed/woodward-trump-putin.txt"), "utf8");

const TABLES = ["api_key", "edit_history", "claim_relation", "claim_subject", "claim_fingerprint", "claim", "claim_cluster", "quote", "mention", "article_person", "person", "article"];

/**
 * A fresh, migrated store: in-memory PGlite, or the PostgreSQL database at DATABASE_URL emptied
 * first (the suite runs its files one at a time there).
 */
export async function openTestStore(): Promise<Store> {
  const url = process.env.DATABASE_URL;
  if (!url) return openStore({ kind: "pglite", dataDir: null });
  const store = await openStore({ kind: "postgres", url, poolSize: 4 });
  await store.db.execute(sql.raw(`truncate ${TABLES.join(", ")} restart identity cascade`));
  return store;
}

export interface GqlResult<T = Record<string, any>> {
  data?: T | null;
  errors?: readonly GraphQLFormattedError[];
}

export interface TestApi {
  server: WhosaidServer;
  store: Store;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>>;
  /** Same, as an admin key with the given name (edits are recorded under it). */
  gqlAs<T = Record<string, any>>(user: string, query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>>;
  /** Same, as the given caller (anonymous, or a key of some role). */
  gqlBy<T = Record<string, any>>(caller: Caller, query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>>;
  /** Same, and counts the SQL statements it cost. */
  gqlCounted<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<{ result: GqlResult<T>; statements: number }>;
  rowCounts(): Promise<Record<string, number>>;
  close(): Promise<void>;
}

/** Runs an operation on a server through the whole Apollo pipeline (validation, limits, error formatting). */
export async function execute<T = Record<string, any>>(
  server: WhosaidServer,
  query: string,
  variables?: Record<string, unknown>,
  caller: Caller = keyCaller(),
): Promise<GqlResult<T>> {
  const response = await server.apollo.executeOperation({ query, variables }, { contextValue: server.context(caller) });
  if (response.body.kind !== "single") throw new Error("unexpected incremental response");
  return response.body.singleResult as GqlResult<T>;
}

export async function startTestApi(options: Partial<ServerOptions> = {}): Promise<TestApi> {
  const store = await openTestStore();
  const server = await createServer({ store, ...options });
  const gql = <T,>(query: string, variables?: Record<string, unknown>) => execute<T>(server, query, variables);
  return {
    server,
    store,
    gql,
    gqlAs: <T,>(user: string, query: string, variables?: Record<string, unknown>) => execute<T>(server, query, variables, keyCaller(user)),
    gqlBy: <T,>(caller: Caller, query: string, variables?: Record<string, unknown>) => execute<T>(server, query, variables, caller),
    async gqlCounted<T>(query: string, variables?: Record<string, unknown>) {
      const { result, stats } = await withQueryStats(() => gql<T>(query, variables));
      return { result, statements: stats.statements };
    },
    async rowCounts() {
      const counts: Record<string, number> = {};
      for (const table of ["article", "person", "quote", "claim", "mention", "claim_subject", "claim_relation", "article_person", "edit_history"]) {
        const { rows } = await store.db.execute<{ n: number }>(sql.raw(`select count(*)::int as n from ${table}`));
        counts[table] = Number(rows[0]!.n);
      }
      return counts;
    },
    async close() {
      await server.stop();
      await store.close();
    },
  };
}

export const INGEST = /* GraphQL */ `
  mutation Ingest($input: IngestArticleInput!) {
    ingestArticle(input: $input) {
      created
      article { id title wordCount }
    }
  }
`;

/** A short, unique, ordinary news text. */
export function newsText(n: number | string, extra = ""): string {
  return (
    `Senator Jane Doe said on Monday that the spending bill number ${n} would pass before the recess. ` +
    `"We have the votes," Doe told reporters. "The other side knows it." ${extra}`
  );
}
