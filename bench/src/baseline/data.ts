/**
 * The SQL the baselines run: the same statements whosaid's services issue (apps/api/src/modules/*
 * /*.service.ts), written out by hand, over a minimal client. Both the SQL-floor server and the plain
 * graphql-js server use these, so their difference is GraphQL's own cost.
 */
export interface Db {
  query(text: string, params?: unknown[]): Promise<{ rows: any[] }>;
}

export type Row = Record<string, any>;

const ARTICLE = `id, url, canonical_url, title, publisher, authors, byline, published_at, language, text, content_hash, word_count, ingested_at, extractor_version`;
/** Lists leave the text out, as whosaid's article.service does. */
const ARTICLE_SUMMARY = ARTICLE.replace(" text,", "");
const QUOTE = `id, article_id, text, kind, start, "end", speaker_person_id, speaker_name, speaker_kind, source_start, source_end, source_text, cue_start, cue_end, cue_text, confidence, reviewed`;
const CLAIM = `id, article_id, text, start, "end", claimant_person_id, claimant_name, claimant_kind, via, source_start, source_end, source_text, cue_start, cue_end, cue_text, hedged, hedges, confidence, verdict, verdict_note, reviewed`;
const PERSON = `id, name, name_key, surname_key, aliases, roles, mention_count, quote_count, claim_count, created_at`;

/** Counts statements, for "SQL statements per request". */
export class CountingDb implements Db {
  statements = 0;
  constructor(private readonly db: Db) {}
  query(text: string, params?: unknown[]) {
    this.statements++;
    return this.db.query(text, params);
  }
}

const rows = async (db: Db, text: string, params?: unknown[]) => (await db.query(text, params)).rows;

export function groupBy<K, T>(keys: readonly K[], items: readonly T[], keyOf: (t: T) => K): T[][] {
  const m = new Map<K, T[]>(keys.map((k) => [k, []]));
  for (const it of items) m.get(keyOf(it))?.push(it);
  return keys.map((k) => m.get(k)!);
}
export function byIds<T>(ids: readonly number[], items: readonly T[], idOf: (t: T) => number): (T | null)[] {
  const m = new Map(items.map((i) => [idOf(i), i]));
  return ids.map((id) => m.get(id) ?? null);
}

export const sqlData = {
  articlesPage: (db: Db, first: number) => rows(db, `select ${ARTICLE_SUMMARY} from article order by id desc limit $1`, [first + 1]),
  articlesByIds: async (db: Db, ids: readonly number[]) =>
    byIds(ids, await rows(db, `select ${ARTICLE} from article where id = any($1::bigint[])`, [ids]), (r) => r.id),
  personsByIds: async (db: Db, ids: readonly number[]) =>
    byIds(ids, await rows(db, `select ${PERSON} from person where id = any($1::bigint[])`, [ids]), (r) => r.id),
  claimsByIds: async (db: Db, ids: readonly number[]) =>
    byIds(ids, await rows(db, `select ${CLAIM} from claim where id = any($1::bigint[])`, [ids]), (r) => r.id),
  /** Two statements for any number of articles, as findArticlePersons. */
  articlePersons: async (db: Db, ids: readonly number[]) => {
    const [links, mentions] = await Promise.all([
      rows(db, `select article_id, person_id, mention_count, roles, position from article_person where article_id = any($1::bigint[]) order by position`, [ids]),
      rows(db, `select id, article_id, person_id, start, "end", text, pronoun from mention where article_id = any($1::bigint[]) order by start`, [ids]),
    ]);
    const of = new Map<string, Row[]>();
    for (const m of mentions) {
      const k = `${m.article_id}:${m.person_id}`;
      (of.get(k) ?? of.set(k, []).get(k)!).push(m);
    }
    const models = links.map((l) => ({ ...l, mentions: of.get(`${l.article_id}:${l.person_id}`) ?? [] }));
    return groupBy(ids, models, (m) => m.article_id);
  },
  /**
   * As whosaid's article-parts: an article's persons (links), quotes and claims asked together read in
   * one statement, each kind aggregated to JSON; a kind asked alone keeps its own statement.
   */
  articleParts: async (db: Db, parts: readonly ArticlePart[]): Promise<Row[][]> => {
    const kinds = [...new Set(parts.map((p) => p.kind))];
    const idsOf = (kind: ArticlePart["kind"]) => [...new Set(parts.filter((p) => p.kind === kind).map((p) => p.id))];
    const grouped = new Map<string, Row[]>();
    const add = (kind: string, r: Row) => {
      const key = `${kind}:${r.article_id}`;
      (grouped.get(key) ?? grouped.set(key, []).get(key)!).push(r);
    };
    if (kinds.length === 1) {
      const kind = kinds[0]!;
      for (const r of await rows(db, `select ${ARTICLE_PART[kind][0]} where article_id = any($1::bigint[]) order by ${ARTICLE_PART[kind][1]}`, [idsOf(kind)])) add(kind, r);
    } else {
      const params: unknown[] = [];
      const selects = kinds.map((kind, i) => {
        params.push(idsOf(kind));
        const order = ARTICLE_PART[kind][1].split(", ").map((c) => `x.${c}`).join(", ");
        return `select ${i}::int as i, (select coalesce(json_agg(x order by x.article_id, ${order}), '[]')::text
          from (select ${ARTICLE_PART[kind][0]} where article_id = any($${params.length}::bigint[])) x) as rows`;
      });
      for (const r of await rows(db, selects.join(" union all "), params)) for (const x of JSON.parse(r.rows as string) as Row[]) add(kinds[Number(r.i)]!, x);
    }
    return parts.map((p) => grouped.get(`${p.kind}:${p.id}`) ?? []);
  },
  mentionsByArticle: async (db: Db, ids: readonly number[]) =>
    groupBy(ids, await rows(db, `select id, article_id, person_id, start, "end", text, pronoun from mention where article_id = any($1::bigint[]) order by start`, [ids]), (r) => r.article_id),
  quotesByArticle: async (db: Db, ids: readonly number[]) =>
    groupBy(ids, await rows(db, `select ${QUOTE} from quote where article_id = any($1::bigint[]) order by start, id`, [ids]), (r) => r.article_id),
  claimsByArticle: async (db: Db, ids: readonly number[]) =>
    groupBy(ids, await rows(db, `select ${CLAIM} from claim where article_id = any($1::bigint[]) order by start, id`, [ids]), (r) => r.article_id),
  claimSubjects: async (db: Db, ids: readonly number[]) => {
    const r = await rows(
      db,
      `select cs.claim_id, p.id, p.name, p.name_key, p.surname_key, p.aliases, p.roles, p.mention_count, p.quote_count, p.claim_count, p.created_at
       from claim_subject cs join person p on p.id = cs.person_id where cs.claim_id = any($1::bigint[]) order by p.id`,
      [ids],
    );
    return groupBy(ids, r, (x) => x.claim_id);
  },
  claimRelations: async (db: Db, ids: readonly number[]) => {
    const r = await rows(db, `select id, claim_id, target_claim_id, type, created_at from claim_relation where claim_id = any($1::bigint[]) or target_claim_id = any($1::bigint[]) order by id`, [ids]);
    return ids.map((id) => r.filter((x) => x.claim_id === id || x.target_claim_id === id));
  },
  personQuotes: (db: Db, id: number, first: number) =>
    rows(db, `select ${QUOTE} from quote where speaker_person_id = $1 order by id desc limit $2`, [id, first + 1]),
  personClaims: (db: Db, id: number, first: number) =>
    rows(db, `select ${CLAIM} from claim where claimant_person_id = $1 order by id desc limit $2`, [id, first + 1]),
  personClaimsAbout: (db: Db, id: number, first: number) =>
    rows(
      db,
      `select ${CLAIM} from claim where exists (select 1 from claim_subject where claim_subject.claim_id = claim.id and claim_subject.person_id = $1) order by id desc limit $2`,
      [id, first + 1],
    ),
  personArticles: (db: Db, id: number, first: number) =>
    rows(
      db,
      `select ${ARTICLE_SUMMARY.split(", ").map((c) => `article.${c}`).join(", ")} from article_person join article on article.id = article_person.article_id
       where article_person.person_id = $1 order by article_person.article_id desc limit $2`,
      [id, first + 1],
    ),
  personsSearch: (db: Db, search: string | null, first: number) =>
    search
      ? rows(db, `select ${PERSON} from person where name ilike $1 order by mention_count desc, id desc limit $2`, [`%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`, first + 1])
      : rows(db, `select ${PERSON} from person order by mention_count desc, id desc limit $1`, [first + 1]),
  /** findHistory: newest edits per item (at most 50), one statement per type. */
  history: async (db: Db, type: string, ids: readonly number[]) => {
    const r = await rows(
      db,
      `select * from (select id, entity_type, entity_id, action, actor, at, before, after,
         row_number() over (partition by entity_id order by id desc) as rn
       from edit_history where entity_type = $1 and entity_id = any($2::bigint[])) h where rn <= 50 order by id desc`,
      [type, ids],
    );
    return groupBy(ids, r, (x) => x.entity_id);
  },
  /** personTimeline (overview.service): the person's kept per-day counts (person_day_count), gaps filled. */
  personTimeline: async (db: Db, personId: number, days: number) => fillDays(await rows(db, timelineSql("$1", "$2"), [personId, days])),
  /** coOccurrence (network.service), one statement: the person's latest 500 articles, the people sharing most of them, their links. */
  coOccurrence: async (db: Db, personId: number, first: number) => network(personId, await rows(db, networkSql("$1", "$2"), [personId, first])),
  /**
   * The person page's parts read by sibling fields (person-parts.ts): every part a subquery
   * aggregated to JSON, all of them in one `union all` statement.
   */
  personParts: async (db: Db, parts: readonly PersonPart[]): Promise<unknown[]> => {
    const params: unknown[] = [];
    const $ = (v: unknown) => `$${params.push(v)}`;
    const selects = parts.map((part, i) => {
      const [body, order] = partSql(part, $);
      return `select ${i}::int as i, (select coalesce(json_agg(x order by ${order}), '[]')::text from (${body}) x) as rows`;
    });
    const out: unknown[] = parts.map(() => null);
    for (const r of await rows(db, selects.join(" union all "), params)) {
      const part = parts[Number(r.i)]!;
      const got = JSON.parse(r.rows as string) as Row[];
      out[Number(r.i)] =
        part.kind === "timeline"
          ? fillDays(got)
          : part.kind === "network"
            ? network(part.id, got)
            : part.kind === "articles"
              ? got.map((a) => ({ ...a, published_at: a.published_at && new Date(a.published_at), ingested_at: new Date(a.ingested_at) }))
              : got;
    }
    return out;
  },
  /** searchEverything: four ranked statements, merged. */
  search: async (db: Db, q: string, first: number) => {
    const tsq = `websearch_to_tsquery('english', $1)`;
    // As whosaid's search.service: only the newest RANKED_CANDIDATES matches of each kind are ranked.
    // …found through newest_matches (migration 0008), as whosaid's search.service.
    const newest = (table: "article" | "quote" | "claim") => `select newest_matches('${table}'::regclass, ${tsq}, 200, ${table === "article" ? 800 : 5000})`;
    const [articles, persons, quotes, claims] = await Promise.all([
      rows(db, `select ${ARTICLE_SUMMARY}, ts_rank(search, ${tsq}, 32) as score from article where id in (${newest("article")}) order by score desc limit $2`, [q, first]),
      rows(
        db,
        `select ${PERSON}, similarity(name, $1) as score from person where name ilike $2 or name % $1 order by score desc limit $3`,
        [q, `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`, first],
      ),
      rows(db, `select ${QUOTE}, ts_rank(search, ${tsq}, 32) as score from quote where id in (${newest("quote")}) order by score desc limit $2`, [q, first]),
      rows(db, `select ${CLAIM}, ts_rank(search, ${tsq}, 32) as score from claim where id in (${newest("claim")}) order by score desc limit $2`, [q, first]),
    ]);
    const scored = [
      ...persons.map((r) => ({ hit: { __typename: "Person", ...r }, score: 1 + Number(r.score) })),
      ...articles.map((r) => ({ hit: { __typename: "Article", ...r }, score: Number(r.score) })),
      ...quotes.map((r) => ({ hit: { __typename: "Quote", ...r }, score: Number(r.score) })),
      ...claims.map((r) => ({ hit: { __typename: "Claim", ...r }, score: Number(r.score) })),
    ];
    return scored
      .sort((a, b) => b.score - a.score)
      .slice(0, first)
      .map((s) => s.hit);
  },
};

export type ArticlePart = { kind: "persons" | "quotes" | "claims"; id: number };
/** Each kind's `select … from`, and its order within an article. */
const ARTICLE_PART: Record<ArticlePart["kind"], [string, string]> = {
  persons: [`article_id, person_id, mention_count, roles, position from article_person`, "position"],
  quotes: [`${QUOTE} from quote`, "start, id"],
  claims: [`${CLAIM} from claim`, "start, id"],
};

export type PersonPart =
  | { kind: "quotes" | "claims" | "claimsAbout" | "articles"; id: number; first: number }
  | { kind: "timeline"; id: number; days: number }
  | { kind: "network"; id: number; first: number };

const timelineSql = (id: string, days: string) => `
  with last as (
    select day from person_day_count where person_id = ${id}
    group by day having sum(articles) > 0 or sum(quotes) > 0 or sum(claims) > 0
    order by day desc limit 1
  )
  select to_char(c.day, 'YYYY-MM-DD') as day,
    sum(c.articles)::int as articles, sum(c.quotes)::int as quotes, sum(c.claims)::int as claims
  from person_day_count c, last
  where c.person_id = ${id} and c.day > last.day - ${days}::int
  group by c.day
  having sum(c.articles) > 0 or sum(c.quotes) > 0 or sum(c.claims) > 0`;

const networkSql = (id: string, first: string) => `
  with mine as materialized (
    select article_id from article_person where person_id = ${id} order by person_id desc, article_id desc limit 500
  ), shared as materialized (
    select mine.article_id, ap.person_id from mine
    cross join lateral (select person_id from article_person ap where ap.article_id = mine.article_id and ap.person_id <> ${id} offset 0) ap
  ), top as materialized (
    select person_id, count(*)::int as n from shared group by person_id order by n desc, person_id limit ${first}
  ), links as (
    select s.article_id, s.person_id from shared s where s.person_id in (select person_id from top)
  )
  select 'p' as kind, top.person_id as a, null::bigint as b, top.n, p.name, p.name_key, p.surname_key, p.aliases, p.roles,
    p.mention_count, p.quote_count, p.claim_count, p.created_at
  from top join person p on p.id = top.person_id
  union all
  select 'l', x.person_id, y.person_id, count(*)::int, null, null, null, null, null, null, null, null, null
  from links x join links y on y.article_id = x.article_id and x.person_id < y.person_id
  group by x.person_id, y.person_id`;

function partSql(part: PersonPart, $: (v: unknown) => string): [string, string] {
  switch (part.kind) {
    case "quotes":
      return [`select ${QUOTE} from quote where speaker_person_id = ${$(part.id)} order by id desc limit ${$(part.first + 1)}`, "x.id desc"];
    case "claims":
      return [`select ${CLAIM} from claim where claimant_person_id = ${$(part.id)} order by id desc limit ${$(part.first + 1)}`, "x.id desc"];
    case "claimsAbout":
      return [
        `select ${CLAIM} from claim where exists (select 1 from claim_subject s where s.claim_id = claim.id and s.person_id = ${$(part.id)}) order by id desc limit ${$(part.first + 1)}`,
        "x.id desc",
      ];
    case "articles":
      return [
        `select ${ARTICLE_SUMMARY.split(", ").map((c) => `article.${c}`).join(", ")} from article_person join article on article.id = article_person.article_id
         where article_person.person_id = ${$(part.id)} order by article_person.article_id desc limit ${$(part.first + 1)}`,
        "x.id desc",
      ];
    case "timeline":
      return [timelineSql($(part.id), $(part.days)), "x.day"];
    case "network":
      return [networkSql($(part.id), $(part.first)), "x.kind"];
  }
}

function fillDays(r: Row[]) {
  if (!r.length) return [];
  r.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  const byDay = new Map(r.map((x) => [x.day as string, x]));
  const DAY = 86_400_000;
  const last = Date.parse(`${r.at(-1)!.day}T00:00:00Z`);
  const out = [];
  for (let t = Math.min(Date.parse(`${r[0]!.day}T00:00:00Z`), last - 6 * DAY); t <= last; t += DAY) {
    const day = new Date(t).toISOString().slice(0, 10);
    out.push(byDay.get(day) ?? { day, articles: 0, quotes: 0, claims: 0 });
  }
  return out;
}

function network(personId: number, r: Row[]) {
  const people = r
    .filter((x) => x.kind === "p")
    .map((x) => ({ person: { __typename: "Person", ...x, id: Number(x.a) }, sharedArticles: Number(x.n) }))
    .sort((x, y) => y.sharedArticles - x.sharedArticles || x.person.id - y.person.id);
  const self = toGlobalId("Person", personId);
  return {
    people,
    links: [
      ...people.map((p) => ({ source: self, target: toGlobalId("Person", p.person.id), sharedArticles: p.sharedArticles })),
      ...r
        .filter((x) => x.kind === "l")
        .map((p) => ({ source: toGlobalId("Person", Number(p.a)), target: toGlobalId("Person", Number(p.b)), sharedArticles: Number(p.n) })),
    ],
  };
}

export const toGlobalId = (type: string, id: number) => Buffer.from(`${type}:${id}`, "utf8").toString("base64url");
export function fromGlobalId(id: string): { type: string; id: number } | null {
  const m = /^([A-Za-z]+):([1-9][0-9]{0,15})$/.exec(Buffer.from(id, "base64url").toString("utf8"));
  return m ? { type: m[1]!, id: Number(m[2]) } : null;
}
export const idCursor = (id: number) => Buffer.from(JSON.stringify([id]), "utf8").toString("base64url");
