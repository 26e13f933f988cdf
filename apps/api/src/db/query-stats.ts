import { AsyncLocalStorage } from "node:async_hooks";

/** Per-request SQL statement counter, fed by the Drizzle logger; tests and benchmarks read it. */
export interface QueryStats {
  statements: number;
}

const storage = new AsyncLocalStorage<QueryStats>();

/** Runs `fn` with a fresh statement counter and returns both. */
export async function withQueryStats<T>(fn: () => Promise<T>): Promise<{ result: T; stats: QueryStats }> {
  const stats: QueryStats = { statements: 0 };
  const result = await storage.run(stats, fn);
  return { result, stats };
}

/** Starts counting for the rest of the current async context (an Express request). */
export function enterQueryStats(): QueryStats {
  const stats: QueryStats = { statements: 0 };
  storage.enterWith(stats);
  return stats;
}

export const countingLogger = {
  logQuery(): void {
    const stats = storage.getStore();
    if (stats) stats.statements++;
  },
};
