import { inArray, sql } from "drizzle-orm";
import type { Db } from "../../db/store.js";
import { queryRows } from "../../db/sql-helpers.js";
import { articlePerson, person } from "../../db/schema.js";
import { toGlobalId } from "../../graphql/ids.js";
import { toPersonModel, type PersonModel } from "../person/person.type.js";

/** Only a person's latest articles count, so the network of someone in 10,000 articles costs the same as anyone's. */
export const NETWORK_ARTICLES = 500;

export interface CoOccurrenceModel {
  people: { person: PersonModel; sharedArticles: number }[];
  links: { source: string; target: string; sharedArticles: number }[];
}

export async function coOccurrence(db: Db, personId: number, first: number): Promise<CoOccurrenceModel> {
  const mine = sql`select article_id from ${articlePerson} where person_id = ${personId} order by article_id desc limit ${NETWORK_ARTICLES}`;
  const top = await queryRows<{ person_id: number; n: number }>(db, sql`
    select ap.person_id, count(*)::int as n
    from ${articlePerson} ap join (${mine}) mine on mine.article_id = ap.article_id
    where ap.person_id <> ${personId}
    group by ap.person_id
    order by n desc, ap.person_id
    limit ${first}`);
  if (top.length === 0) return { people: [], links: [] };
  const ids = top.map((r) => Number(r.person_id));
  const [persons, pairs] = await Promise.all([
    db.select().from(person).where(inArray(person.id, ids)),
    queryRows<{ a: number; b: number; n: number }>(db, sql`
      select x.person_id as a, y.person_id as b, count(*)::int as n
      from (${mine}) mine
      join ${articlePerson} x on x.article_id = mine.article_id
      join ${articlePerson} y on y.article_id = mine.article_id and x.person_id < y.person_id
      where x.person_id = any(${sql.param(ids)}::bigint[]) and y.person_id = any(${sql.param(ids)}::bigint[])
      group by 1, 2`),
  ]);
  const byId = new Map(persons.map((p) => [p.id, toPersonModel(p)]));
  const self = toGlobalId("Person", personId);
  return {
    people: top.filter((r) => byId.has(Number(r.person_id))).map((r) => ({ person: byId.get(Number(r.person_id))!, sharedArticles: Number(r.n) })),
    links: [
      ...top.map((r) => ({ source: self, target: toGlobalId("Person", Number(r.person_id)), sharedArticles: Number(r.n) })),
      ...pairs.map((p) => ({ source: toGlobalId("Person", Number(p.a)), target: toGlobalId("Person", Number(p.b)), sharedArticles: Number(p.n) })),
    ],
  };
}
