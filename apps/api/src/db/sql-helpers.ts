import { sql, type AnyColumn, type Placeholder, type SQL } from "drizzle-orm";

/** Full-text match of user words against a tsvector column; websearch syntax never raises on odd input. */
export function matchesWords(vector: AnyColumn | SQL, words: string): SQL {
  return sql`${vector} @@ websearch_to_tsquery('english', ${words})`;
}

/** Rank of a full-text match, 0–1 (normalised by rank / (rank + 1)). */
export function wordsRank(vector: AnyColumn | SQL, words: string | SQL | Placeholder): SQL<number> {
  return sql<number>`ts_rank(${vector}, websearch_to_tsquery('english', ${words}), 32)`;
}

/** A LIKE pattern that matches `text` literally anywhere (%, _ and \ escaped). */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Splits an array into chunks, keeping bulk inserts under PostgreSQL's 65,535 parameters. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Groups rows by a key, keeping each group's order and giving every requested key a (maybe empty) list. */
export function groupBy<K, T>(keys: readonly K[], rows: readonly T[], keyOf: (row: T) => K): T[][] {
  const groups = new Map<K, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((k) => groups.get(k)!);
}

/** Orders rows by the requested ids (DataLoader's contract), null for ids not found. */
export function byIds<T>(ids: readonly number[], rows: readonly T[], idOf: (row: T) => number): (T | null)[] {
  const map = new Map(rows.map((r) => [idOf(r), r]));
  return ids.map((id) => map.get(id) ?? null);
}

/** The rows of a raw statement; PGlite and node-postgres both answer `{ rows }`. */
export async function queryRows<T>(db: { execute(query: SQL): PromiseLike<unknown> }, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as { rows: T[] };
  return result.rows;
}

/**
 * Independent writes (statements on which nothing else in the list depends) as ONE statement, the
 * others as data-modifying CTEs before the last: one round trip instead of one each. Null for none.
 */
export function asOneStatement(writes: readonly SQL[]): SQL | null {
  if (writes.length <= 1) return writes[0] ?? null;
  const ctes = writes.slice(0, -1).map((w, i) => sql`${sql.raw(`write_${i}`)} as (${w})`);
  return sql`with ${sql.join(ctes, sql`, `)} ${writes.at(-1)!}`;
}
