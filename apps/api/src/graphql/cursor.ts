import { badInput } from "./errors.js";

/**
 * Keyset-pagination cursors: the sort key of the last row seen, opaque to clients.
 * Lists never use OFFSET; the next page starts strictly after the cursor's key.
 */
export type CursorKey = (number | string)[];

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key), "utf8").toString("base64url");
}

export function decodeCursor(cursor: string | null | undefined, arity: number): CursorKey | null {
  if (cursor == null || cursor === "") return null;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (
      Array.isArray(key) &&
      key.length === arity &&
      key.every((k) => (typeof k === "number" && Number.isSafeInteger(k)) || (typeof k === "string" && k.length < 100))
    )
      return key as CursorKey;
  } catch {
    // fall through to the user error
  }
  throw badInput("The `after` cursor is not valid; use an endCursor returned by this API.");
}

export interface Page<T> {
  items: T[];
  hasNextPage: boolean;
}

/** Splits a `first + 1` fetch into the page and whether more follow. */
export function toPage<T>(rows: T[], first: number): Page<T> {
  return { items: rows.slice(0, first), hasNextPage: rows.length > first };
}

/** The id in a cursor of an id-ordered list, or null for the first page. */
export function decodeIdCursor(cursor: string | null | undefined): number | null {
  const key = decodeCursor(cursor, 1);
  if (key === null) return null;
  if (typeof key[0] !== "number") throw badInput("The `after` cursor is not valid; use an endCursor returned by this API.");
  return key[0];
}
