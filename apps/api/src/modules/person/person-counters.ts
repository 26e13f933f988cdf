import { sql } from "drizzle-orm";
import type { Db } from "../../db/store.js";
import { person } from "../../db/schema.js";

type Executor = Pick<Db, "execute">;

/**
 * Recomputes the denormalised counters (mentions, quotes, claims) of these persons from the rows
 * that reference them. Ingestion adds to the counters as it goes; anything that moves or deletes
 * mentions, quotes or claims (re-extraction, corrections, merges, splits) calls this afterwards.
 */
export async function recountPersons(db: Executor, personIds: readonly number[]): Promise<void> {
  if (personIds.length === 0) return;
  await db.execute(sql`
    update ${person} p set
      mention_count = (select count(*) from mention m where m.person_id = p.id),
      quote_count = (select count(*) from quote q where q.speaker_person_id = p.id),
      claim_count = (select count(*) from claim c where c.claimant_person_id = p.id)
    where p.id = any(${sql.param([...new Set(personIds)])}::bigint[])`);
}
