import { desc, sql, type SQL } from "drizzle-orm";
import type { Db } from "../../db/store.js";
import { queryRows } from "../../db/sql-helpers.js";
import { article, dayCount, person, personDayCount, storeCount } from "../../db/schema.js";
import type { Verdict } from "../../graphql/enums.js";
import { toPersonModel, type PersonModel } from "../person/person.type.js";

type Counted = "article" | "person" | "quote" | "claim";

// The counts come from store_count and day_count, which triggers keep (migration 0006): reading them
// costs the same with ten articles or ten million, where counting the rows grew with the store.

export async function countRows(db: Db, table: Counted): Promise<number> {
  const rows = await queryRows<{ n: number }>(db, sql`select coalesce(sum(n), 0)::bigint as n from ${storeCount} where name = ${table}`);
  return Number(rows[0]!.n);
}

/** Claims per verdict, in the verdicts' order; verdicts no claim has are left out. */
export async function claimsByVerdict(db: Db): Promise<{ verdict: Verdict; count: number }[]> {
  const rows = await queryRows<{ verdict: Verdict; count: number }>(db, sql`
    select substr(name, 7) as verdict, sum(n)::int as count from ${storeCount}
    where name like 'claim:%'
    group by 1 having sum(n) > 0
    order by substr(name, 7)::verdict`);
  return rows.map((r) => ({ verdict: r.verdict, count: Number(r.count) }));
}

export async function mostQuoted(db: Db, first: number): Promise<PersonModel[]> {
  const rows = await db
    .select()
    .from(person)
    .where(sql`${person.quoteCount} > 0`)
    .orderBy(desc(person.quoteCount), desc(person.id))
    .limit(first);
  return rows.map(toPersonModel);
}

export interface DayCountRow {
  day: string;
  articles: number;
  quotes: number;
  claims: number;
}

const DAY_MS = 86_400_000;

/**
 * Articles, quotes and claims per day over the `days` days ending at the latest article's day, every
 * day present (zeros included) from the first day with articles. Reads the day counts (a few rows per
 * day), so the cost follows the window, not the store or how busy its days are.
 */
export async function timeline(db: Db, days: number): Promise<DayCountRow[]> {
  const rows = await queryRows<{ day: string; articles: number; quotes: number; claims: number }>(db, sql`
    with bounds as (select (max(coalesce(published_at, ingested_at)) at time zone 'UTC')::date as last from ${article})
    select to_char(d.day, 'YYYY-MM-DD') as day,
      sum(d.articles)::int as articles, sum(d.quotes)::int as quotes, sum(d.claims)::int as claims
    from ${dayCount} d, bounds
    where d.day > bounds.last - ${days}::int
    group by d.day
    having sum(d.articles) > 0
    order by d.day`);
  return everyDay(
    rows.map((r) => ({ day: r.day, articles: Number(r.articles), quotes: Number(r.quotes), claims: Number(r.claims) })),
    (day) => ({ day, articles: 0, quotes: 0, claims: 0 }),
  );
}

/**
 * Per-day rows (sorted by day) with the missing days filled in by `blank`, from the first row's day
 * to the last one's, and at least a week, so one day of activity still reads as a timeline.
 */
export function everyDay<T extends { day: string }>(rows: readonly T[], blank: (day: string) => T): T[] {
  if (rows.length === 0) return [];
  const byDay = new Map(rows.map((r) => [r.day, r]));
  const first = Date.parse(`${rows[0]!.day}T00:00:00Z`);
  const last = Date.parse(`${rows.at(-1)!.day}T00:00:00Z`);
  const start = Math.min(first, last - 6 * DAY_MS);
  const out: T[] = [];
  for (let t = start; t <= last; t += DAY_MS) {
    const day = new Date(t).toISOString().slice(0, 10);
    out.push(byDay.get(day) ?? blank(day));
  }
  return out;
}

/**
 * One person's days over the `days` days ending at their latest day: articles naming them, their
 * quotes and the claims they make. Reads person_day_count (kept by triggers, migration 0008): the
 * person's latest day found walking their days backwards, then a few rows per day of the window, so
 * a person named in tens of thousands of articles costs what anyone does.
 */
export function personTimelineSql(personId: number, days: number): SQL {
  return sql`
    with last as (
      select day from ${personDayCount} where person_id = ${personId}
      group by day having sum(articles) > 0 or sum(quotes) > 0 or sum(claims) > 0
      order by day desc limit 1
    )
    select to_char(c.day, 'YYYY-MM-DD') as day,
      sum(c.articles)::int as articles, sum(c.quotes)::int as quotes, sum(c.claims)::int as claims
    from ${personDayCount} c, last
    where c.person_id = ${personId} and c.day > last.day - ${days}::int
    group by c.day
    having sum(c.articles) > 0 or sum(c.quotes) > 0 or sum(c.claims) > 0`;
}

/** The rows of personTimelineSql (any order), every day of the window filled in. */
export function personTimelineFromRows(rows: readonly DayCountRow[]): DayCountRow[] {
  return everyDay(
    rows
      .map((r) => ({ day: r.day, articles: Number(r.articles), quotes: Number(r.quotes), claims: Number(r.claims) }))
      .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0)),
    (day) => ({ day, articles: 0, quotes: 0, claims: 0 }),
  );
}

export async function personTimeline(db: Db, personId: number, days: number): Promise<DayCountRow[]> {
  return personTimelineFromRows(await queryRows<DayCountRow>(db, personTimelineSql(personId, days)));
}
