import { sql, type Column, type SQL } from "drizzle-orm";

export type ColumnMap = Record<string, Column>;

/**
 * The `select` list of a column map under a table alias, by the columns' own names (what the keys
 * of the rows aggregated to JSON will be).
 */
export function selectList(alias: string, columns: ColumnMap): SQL {
  return sql.raw(
    Object.values(columns)
      .map((c) => `${alias}."${c.name}"`)
      .join(", "),
  );
}

/** A row aggregated to JSON (keys = column names) back into the row Drizzle would have returned: keys and types. */
export function fromJsonRow<T>(columns: ColumnMap, json: Record<string, unknown>): T {
  const row: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(columns)) {
    const v = json[column.name];
    row[key] = v === null || v === undefined ? null : column.mapFromDriverValue(v);
  }
  return row as T;
}

/**
 * Several independent reads in ONE statement: each part a subquery aggregated to a JSON array (in
 * `order`), the parts joined by `union all`; returns each part's rows, in the parts' order.
 */
export async function readParts(
  db: { execute(query: SQL): PromiseLike<unknown> },
  parts: readonly { body: SQL; order: SQL }[],
): Promise<Record<string, unknown>[][]> {
  const selects = parts.map(
    (p, i) => sql`select ${i}::int as i, (select coalesce(json_agg(x order by ${p.order}), '[]')::text from (${p.body}) x) as rows`,
  );
  const result = (await db.execute(sql.join(selects, sql` union all `))) as { rows: { i: number; rows: string }[] };
  const out: Record<string, unknown>[][] = parts.map(() => []);
  for (const r of result.rows) out[Number(r.i)] = JSON.parse(r.rows) as Record<string, unknown>[];
  return out;
}
