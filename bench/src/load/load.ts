/**
 * Writes generated rows into a migrated store with a few multi-row `INSERT … SELECT FROM unnest(…)`
 * statements per chunk (no per-article ingest), the same SQL for PGlite and PostgreSQL.
 */
import type { Chunk, Generator, PersonRow } from "../data/generate.js";

/** What both PGlite and node-postgres offer. */
export interface SqlClient {
  query(text: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
}

const EXTRACTOR_VERSION = "bench-generator";

const col = <T, V>(rows: readonly T[], f: (r: T) => V): V[] => rows.map(f);
/** Arrays of arrays go through a text column joined by a separator no generated value holds. */
const SEP = "\u001f";
const joined = (a: readonly string[]) => a.join(SEP);

export async function insertPersons(db: SqlClient, persons: readonly PersonRow[]): Promise<void> {
  for (let i = 0; i < persons.length; i += 20_000) {
    const rows = persons.slice(i, i + 20_000);
    await db.query(
      `insert into person (id, name, name_key, surname_key, aliases, roles) overriding system value
       select id, name, name_key, surname_key, string_to_array(aliases, E'\\x1f'), case when roles = '' then '{}'::text[] else string_to_array(roles, E'\\x1f') end
       from unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) as t(id, name, name_key, surname_key, aliases, roles)`,
      [col(rows, (r) => r.id), col(rows, (r) => r.name), col(rows, (r) => r.nameKey), col(rows, (r) => r.surnameKey), col(rows, (r) => joined(r.aliases)), col(rows, (r) => joined(r.roles))],
    );
  }
}

const arrayOf = (column: string) => `case when ${column} = '' then '{}'::text[] else string_to_array(${column}, E'\\x1f') end`;

export async function insertChunk(db: SqlClient, c: Chunk): Promise<void> {
  await db.query(
    `insert into article (id, url, title, publisher, authors, byline, published_at, language, text, content_hash, word_count, extractor_version) overriding system value
     select id, url, title, publisher, ${arrayOf("authors")}, byline, published_at, 'en', text, content_hash, word_count, $11
     from unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::timestamptz[], $8::text[], $9::text[], $10::int[])
       as t(id, url, title, publisher, authors, byline, published_at, text, content_hash, word_count)`,
    [
      col(c.articles, (a) => a.id),
      col(c.articles, (a) => a.url),
      col(c.articles, (a) => a.title),
      col(c.articles, (a) => a.publisher),
      col(c.articles, (a) => joined(a.authors)),
      col(c.articles, (a) => a.byline),
      col(c.articles, (a) => a.publishedAt.toISOString()),
      col(c.articles, (a) => a.text),
      col(c.articles, (a) => a.contentHash),
      col(c.articles, (a) => a.wordCount),
      EXTRACTOR_VERSION,
    ],
  );
  await db.query(
    `insert into article_person (article_id, person_id, mention_count, roles, position)
     select article_id, person_id, mention_count, ${arrayOf("roles")}, position
     from unnest($1::bigint[], $2::bigint[], $3::int[], $4::text[], $5::int[]) as t(article_id, person_id, mention_count, roles, position)`,
    [
      col(c.articlePersons, (r) => r.articleId),
      col(c.articlePersons, (r) => r.personId),
      col(c.articlePersons, (r) => r.mentionCount),
      col(c.articlePersons, (r) => joined(r.roles)),
      col(c.articlePersons, (r) => r.position),
    ],
  );
  await db.query(
    `insert into mention (id, article_id, person_id, start, "end", text, pronoun) overriding system value
     select * from unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::int[], $5::int[], $6::text[], $7::boolean[])`,
    [
      col(c.mentions, (m) => m.id),
      col(c.mentions, (m) => m.articleId),
      col(c.mentions, (m) => m.personId),
      col(c.mentions, (m) => m.start),
      col(c.mentions, (m) => m.end),
      col(c.mentions, (m) => m.text),
      col(c.mentions, (m) => m.pronoun),
    ],
  );
  await db.query(
    `insert into quote (id, article_id, text, kind, start, "end", speaker_person_id, speaker_name, speaker_kind,
       source_start, source_end, source_text, cue_start, cue_end, cue_text, confidence) overriding system value
     select id, article_id, text, kind::quote_kind, start, "end", speaker_person_id, speaker_name, speaker_kind::source_kind,
       source_start, source_end, source_text, cue_start, cue_end, cue_text, confidence
     from unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[], $5::int[], $6::int[], $7::bigint[], $8::text[], $9::text[],
       $10::int[], $11::int[], $12::text[], $13::int[], $14::int[], $15::text[], $16::real[])
       as t(id, article_id, text, kind, start, "end", speaker_person_id, speaker_name, speaker_kind,
         source_start, source_end, source_text, cue_start, cue_end, cue_text, confidence)`,
    [
      col(c.quotes, (q) => q.id),
      col(c.quotes, (q) => q.articleId),
      col(c.quotes, (q) => q.text),
      col(c.quotes, (q) => q.kind2),
      col(c.quotes, (q) => q.start),
      col(c.quotes, (q) => q.end),
      col(c.quotes, (q) => q.personId),
      col(c.quotes, (q) => q.name),
      col(c.quotes, (q) => q.kind),
      col(c.quotes, (q) => q.sourceStart),
      col(c.quotes, (q) => q.sourceEnd),
      col(c.quotes, (q) => q.sourceText),
      col(c.quotes, (q) => q.cueStart),
      col(c.quotes, (q) => q.cueEnd),
      col(c.quotes, (q) => q.cueText),
      col(c.quotes, (q) => q.confidence),
    ],
  );
  await db.query(
    `insert into claim (id, article_id, text, start, "end", claimant_person_id, claimant_name, claimant_kind,
       source_start, source_end, source_text, cue_start, cue_end, cue_text, hedged, hedges, confidence) overriding system value
     select id, article_id, text, start, "end", claimant_person_id, claimant_name, claimant_kind::source_kind,
       source_start, source_end, source_text, cue_start, cue_end, cue_text, hedged, ${arrayOf("hedges")}, confidence
     from unnest($1::bigint[], $2::bigint[], $3::text[], $4::int[], $5::int[], $6::bigint[], $7::text[], $8::text[],
       $9::int[], $10::int[], $11::text[], $12::int[], $13::int[], $14::text[], $15::boolean[], $16::text[], $17::real[])
       as t(id, article_id, text, start, "end", claimant_person_id, claimant_name, claimant_kind,
         source_start, source_end, source_text, cue_start, cue_end, cue_text, hedged, hedges, confidence)`,
    [
      col(c.claims, (q) => q.id),
      col(c.claims, (q) => q.articleId),
      col(c.claims, (q) => q.text),
      col(c.claims, (q) => q.start),
      col(c.claims, (q) => q.end),
      col(c.claims, (q) => q.personId),
      col(c.claims, (q) => q.name),
      col(c.claims, (q) => q.kind),
      col(c.claims, (q) => q.sourceStart),
      col(c.claims, (q) => q.sourceEnd),
      col(c.claims, (q) => q.sourceText),
      col(c.claims, (q) => q.cueStart),
      col(c.claims, (q) => q.cueEnd),
      col(c.claims, (q) => q.cueText),
      col(c.claims, (q) => q.hedged),
      col(c.claims, (q) => joined(q.hedges)),
      col(c.claims, (q) => q.confidence),
    ],
  );
  await db.query(`insert into claim_subject (claim_id, person_id) select * from unnest($1::bigint[], $2::bigint[])`, [
    col(c.claimSubjects, (s) => s.claimId),
    col(c.claimSubjects, (s) => s.personId),
  ]);
}

/** Person counters, identity sequences and planner statistics, once every row is in. */
export async function finishLoad(db: SqlClient): Promise<void> {
  await db.query(
    `update person p set mention_count = coalesce(m.n, 0), quote_count = coalesce(q.n, 0), claim_count = coalesce(c.n, 0)
     from person p2
     left join (select person_id, count(*)::int n from mention group by person_id) m on m.person_id = p2.id
     left join (select speaker_person_id, count(*)::int n from quote where speaker_person_id is not null group by speaker_person_id) q on q.speaker_person_id = p2.id
     left join (select claimant_person_id, count(*)::int n from claim where claimant_person_id is not null group by claimant_person_id) c on c.claimant_person_id = p2.id
     where p.id = p2.id`,
  );
  for (const table of ["article", "person", "mention", "quote", "claim"]) {
    await db.query(`select setval(pg_get_serial_sequence('${table}', 'id'), coalesce((select max(id) from ${table}), 0) + 1, false)`);
  }
  await db.query("analyze");
}

export interface LoadProgress {
  articles: number;
  total: number;
}

/** Generates and loads everything in chunks; one transaction per chunk. */
export async function loadGenerated(
  db: SqlClient,
  gen: Generator,
  options: { chunk?: number; onProgress?: (p: LoadProgress) => void } = {},
): Promise<{ articles: number; persons: number; mentions: number; quotes: number; claims: number; subjects: number }> {
  const totals = { articles: 0, persons: gen.persons.length, mentions: 0, quotes: 0, claims: 0, subjects: 0 };
  // Bulk-load practice: secondary indexes (GIN full-text and trigram included) are dropped and built
  // once at the end from the migrations' own definitions; primary keys, uniques and foreign keys stay.
  const indexes = (await db.query(
    `select i.indexname, i.indexdef from pg_indexes i
     where i.schemaname = 'public' and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`,
  )).rows as { indexname: string; indexdef: string }[];
  for (const i of indexes) await db.query(`drop index "${i.indexname}"`);
  await insertPersons(db, gen.persons);
  while (!gen.done) {
    const c = gen.nextChunk(options.chunk ?? 1000);
    await db.query("begin");
    try {
      await insertChunk(db, c);
      await db.query("commit");
    } catch (error) {
      await db.query("rollback");
      throw error;
    }
    totals.articles += c.articles.length;
    totals.mentions += c.mentions.length;
    totals.quotes += c.quotes.length;
    totals.claims += c.claims.length;
    totals.subjects += c.claimSubjects.length;
    options.onProgress?.({ articles: totals.articles, total: gen.options.articles });
  }
  for (const i of indexes) await db.query(i.indexdef);
  await finishLoad(db);
  return totals;
}
