import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../../db/store.js";
import { editHistory } from "../../db/schema.js";
import type { EditModel } from "./history.type.js";

export type HistoryEntity = "Quote" | "Claim" | "Person";

/** How many edits `history` shows per item, newest first. */
export const HISTORY_LIMIT = 50;

type Executor = Pick<Db, "insert">;

export interface EditEntry {
  entityType: HistoryEntity;
  entityId: number;
  action: string;
  before: unknown;
  after: unknown;
}

/** Records edits by `actor`; runs inside the edit's own transaction, so an edit and its history stand or fall together. */
export async function recordEdits(db: Executor, actor: string, entries: readonly EditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db.insert(editHistory).values(
    entries.map((e) => ({
      entityType: e.entityType,
      entityId: e.entityId,
      action: e.action,
      actor,
      before: e.before ?? null,
      after: e.after ?? null,
    })),
  );
}

/** The newest edits of each item (at most HISTORY_LIMIT), one statement for any number of items of a type. */
export async function findHistory(db: Db, entityType: HistoryEntity, ids: readonly number[]): Promise<EditModel[][]> {
  const ranked = db
    .select({
      id: editHistory.id,
      entityType: editHistory.entityType,
      entityId: editHistory.entityId,
      action: editHistory.action,
      actor: editHistory.actor,
      at: editHistory.at,
      before: editHistory.before,
      after: editHistory.after,
      n: sql<number>`row_number() over (partition by ${editHistory.entityId} order by ${editHistory.id} desc)`.as("n"),
    })
    .from(editHistory)
    .where(and(eq(editHistory.entityType, entityType), inArray(editHistory.entityId, [...ids])))
    .as("ranked");
  const rows = await db.select().from(ranked).where(sql`${ranked.n} <= ${HISTORY_LIMIT}`).orderBy(sql`${ranked.id} desc`);
  const byId = new Map<number, EditModel[]>(ids.map((id) => [id, []]));
  for (const { n: _n, ...row } of rows) byId.get(Number(row.entityId))?.push({ ...row, entityId: Number(row.entityId), id: Number(row.id) });
  return ids.map((id) => byId.get(id)!);
}
