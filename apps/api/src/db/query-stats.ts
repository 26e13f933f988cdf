import { AsyncLocalStorage } from "node:async_hooks";

/** Per-request SQL statement counter, fed by the Drizzle logger; tests and benchmarks read it. */
export interface QueryStats {
  statements: number;
}

const storage = new AsyncLocalStorage<QueryStats>();
let statementsInProcess = 0;

/** Runs `fn` with a fresh statement counter and returns both. */
export async function withQueryStats<T>(fn: () => Promise<T>): Promise<{ result: T; stats: QueryStats }> {
  const stats: QueryStats = { statements: 0 };
  const result = await storage.run(stats, fn);
  return { result, stats };
}

/**
 * Statements this process has run so far. Read before and after a request that runs alone, the
 * difference is its count, without AsyncLocalStorage: once used, its promise hooks tax every
 * promise of the process, which a benchmark must not charge to the server it measures.
 */
export function statementsRun(): number {
  return statementsInProcess;
}

export const countingLogger = {
  logQuery(): void {
    statementsInProcess++;
    const stats = storage.getStore();
    if (stats) stats.statements++;
  },
};
