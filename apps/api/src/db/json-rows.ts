import { getTableColumns, getTableName, sql, type Column, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { queryRows } from "./sql-helpers.js";

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

/** A lone surrogate's escape in JSON.stringify's output (a whole pair is written as itself), not after an escaped backslash. */
const LONE_SURROGATE_ESCAPE = /(?<=(?:^|[^\\])(?:\\\\)*)\\ud[89a-f][0-9a-f]{2}/gu;

/**
 * `insert into <table> (<columns>)` of `rows` sent as ONE jsonb parameter, inserted in the rows'
 * order. Drizzle's `.values()` builds a VALUES list at ~20 µs a value on the event loop (1.5 ms for
 * an article's claims, while the dashboard's reads wait); this builds one short statement whatever
 * the row count, and has no parameter limit. Every row must have the keys of the first (the columns
 * written); the other columns take their defaults. A lone surrogate becomes U+FFFD, as the driver
 * would send it.
 */
export function insertJsonRows<T extends PgTable>(
  table: T,
  rows: readonly Partial<T["$inferInsert"]>[],
  options: { onConflict?: SQL; returningId?: boolean } = {},
): SQL {
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  const keys = Object.keys(rows[0] ?? {});
  const columnOf = (key: string): PgColumn => {
    const column = columns[key];
    if (!column) throw new Error(`insertJsonRows: table ${getTableName(table)} has no column ${key}`);
    return column;
  };
  const list = (items: string[]) => sql.raw(items.join(", "));
  const json = JSON.stringify(rows).replace(LONE_SURROGATE_ESCAPE, "\\ufffd");
  return sql`insert into ${table} (${list(keys.map((k) => `"${columnOf(k).name}"`))})
    select ${list(keys.map((k) => `v."${k}"`))}
    from rows from (jsonb_to_recordset(${json}::jsonb) as (${list(keys.map((k) => `"${k}" ${columnOf(k).getSQLType()}`))}))
      with ordinality as v(${list([...keys.map((k) => `"${k}"`), "ord"])})
    order by v.ord${options.onConflict ? sql` ${options.onConflict}` : sql``}${options.returningId ? sql` returning id` : sql``}`;
}

/** `insertJsonRows` of rows that get an identity `id`: their ids, in the rows' order. */
export async function insertJsonRowsReturningIds<T extends PgTable>(
  db: { execute(query: SQL): PromiseLike<unknown> },
  table: T,
  rows: readonly Partial<T["$inferInsert"]>[],
): Promise<number[]> {
  const inserted = await queryRows<{ id: number | string }>(db, insertJsonRows(table, rows, { returningId: true }));
  return inserted.map((r) => Number(r.id));
}
