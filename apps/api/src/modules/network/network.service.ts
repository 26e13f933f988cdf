import { sql, type SQL } from "drizzle-orm";
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

export interface CoOccurrenceRow {
  kind: "p" | "l";
  a: number;
  b: number | null;
  n: number;
  name: string | null;
  name_key: string | null;
  surname_key: string | null;
  aliases: string[] | null;
  roles: string[] | null;
  mention_count: number | null;
  quote_count: number | null;
  claim_count: number | null;
  created_at: string | Date | null;
}

/**
 * One statement: the person's latest NETWORK_ARTICLES articles (a backward walk of the
 * (person_id, article_id) index, stopped at the limit), their other persons (one primary-key lookup
 * per article), the `first` people sharing most of them with their person rows (kind 'p'), and the
 * links among those people within the same articles (kind 'l'): bounded by NETWORK_ARTICLES index
 * lookups whatever the size of the store or the fame of the person.
 */
export function coOccurrenceSql(personId: number, first: number): SQL {
  return sql`
    with mine as materialized (
      select article_id from ${articlePerson} where person_id = ${personId}
      order by person_id desc, article_id desc limit ${NETWORK_ARTICLES}
    ), shared as materialized (
      -- Per article, its other persons by the primary key (article_id, person_id); offset 0 keeps
      -- the planner from turning this into a hash join over the whole table.
      select mine.article_id, ap.person_id from mine
      cross join lateral (select person_id from ${articlePerson} ap where ap.article_id = mine.article_id and ap.person_id <> ${personId} offset 0) ap
    ), top as materialized (
      select person_id, count(*)::int as n from shared group by person_id order by n desc, person_id limit ${first}
    ), links as (
      select s.article_id, s.person_id from shared s where s.person_id in (select person_id from top)
    )
    select 'p' as kind, top.person_id as a, null::bigint as b, top.n, p.name, p.name_key, p.surname_key, p.aliases, p.roles,
      p.mention_count, p.quote_count, p.claim_count, p.created_at
    from top join ${person} p on p.id = top.person_id
    union all
    select 'l', x.person_id, y.person_id, count(*)::int, null, null, null, null, null, null, null, null, null
    from links x join links y on y.article_id = x.article_id and x.person_id < y.person_id
    group by x.person_id, y.person_id`;
}

export function coOccurrenceFromRows(personId: number, rows: readonly CoOccurrenceRow[]): CoOccurrenceModel {
  const people = rows
    .filter((r) => r.kind === "p")
    .map((r) => ({
      person: toPersonModel({
        id: Number(r.a),
        name: r.name!,
        nameKey: r.name_key!,
        surnameKey: r.surname_key,
        aliases: r.aliases ?? [],
        roles: r.roles ?? [],
        mentionCount: Number(r.mention_count),
        quoteCount: Number(r.quote_count),
        claimCount: Number(r.claim_count),
        createdAt: new Date(r.created_at!),
      }),
      sharedArticles: Number(r.n),
    }))
    .sort((x, y) => y.sharedArticles - x.sharedArticles || x.person.dbId - y.person.dbId);
  const self = toGlobalId("Person", personId);
  return {
    people,
    links: [
      ...people.map((p) => ({ source: self, target: p.person.id, sharedArticles: p.sharedArticles })),
      ...rows
        .filter((r) => r.kind === "l")
        .map((r) => ({ source: toGlobalId("Person", Number(r.a)), target: toGlobalId("Person", Number(r.b)), sharedArticles: Number(r.n) })),
    ],
  };
}

export async function coOccurrence(db: Db, personId: number, first: number): Promise<CoOccurrenceModel> {
  return coOccurrenceFromRows(personId, await queryRows<CoOccurrenceRow>(db, coOccurrenceSql(personId, first)));
}
