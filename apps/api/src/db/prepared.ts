import { sql, type AnyColumn, type SQL } from "drizzle-orm";
import type { Db } from "./store.js";

/**
 * `column = any($ids)`: one statement text for any number of ids, so a loader's query is built and
 * planned once instead of once per request (an `in (…)` list changes the text with every batch size).
 */
export function anyOfIds(column: AnyColumn, name = "ids"): SQL {
  return sql`${column} = any(${sql.placeholder(name)}::bigint[])`;
}

/**
 * A query built once per store and prepared under a name: PostgreSQL parses and plans it once per
 * connection, and Drizzle does not rebuild its SQL on every call.
 */
export function preparedPerStore<Q>(build: (db: Db) => Q): (db: Db) => Q {
  const built = new WeakMap<Db, Q>();
  return (db) => {
    let query = built.get(db);
    if (!query) {
      query = build(db);
      built.set(db, query);
    }
    return query;
  };
}
