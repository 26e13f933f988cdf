import {
  canonicalNameKey,
  isFullName,
  matchKnownPerson,
  surnameKey,
  type ExtractedSource,
  type Extraction,
  type KnownPerson,
} from "@whosaid/domain";
import { asc, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "../../db/store.js";
import {
  article,
  articlePerson,
  claim,
  claimRelation,
  claimSubject,
  mention,
  person,
  quote,
  type StoredSource,
} from "../../db/schema.js";
import { insertJsonRows, insertJsonRowsReturningIds } from "../../db/json-rows.js";
import { asOneStatement, queryRows } from "../../db/sql-helpers.js";
import { slotsPerStore } from "../../db/write-slots.js";
import { clusterClaims, type ClaimFacts } from "../cluster/clustering.js";

export interface ArticleFacts {
  text: string;
  contentHash: string;
  wordCount: number;
  extractorVersion: string;
  url: string | null;
  canonicalUrl: string | null;
  title: string | null;
  publisher: string | null;
  authors: string[];
  byline: string | null;
  publishedAt: Date | null;
  language: string | null;
}

export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/**
 * Ingest transactions that share a person's surname wait on each other's advisory lock while holding
 * a pooled connection; in a bulk ingest they would take every connection and reads would queue behind
 * them for seconds. Two at a time keeps the rest of the pool for reads; the others wait here instead.
 */
const inWriteSlot = slotsPerStore(2);

/**
 * Writes an article and its extraction in one transaction. Returns the new article id, or null when
 * an article with the same content hash or URL was stored first (nothing is written then).
 */
export async function storeExtraction(db: Db, facts: ArticleFacts, extraction: Extraction): Promise<number | null> {
  const clean = withValidSpans(extraction);
  return inWriteSlot(db, () =>
    db.transaction(async (tx) => {
      const [inserted] = await tx.insert(article).values(facts).onConflictDoNothing().returning({ id: article.id });
      if (!inserted) return null;
      await writeExtraction(tx, inserted.id, clean);
      return inserted.id;
    }),
  );
}

/**
 * Writes an extraction's persons, mentions, quotes and claims for a stored article, and clusters the
 * claims with the repeats other articles reported; returns the person ids used.
 *
 * Concurrency: persons are looked up without a lock; only the families (surnames) in which this article
 * creates or renames someone are locked (advisory, until commit), then read again, so two ingests
 * cannot create the same person while ingests that only name known people never wait on each other
 * here. The person counters are added last: their row locks, which ingests naming the same person
 * wait on, are held only from there to commit.
 */
export async function writeExtraction(tx: Tx, articleId: number, extraction: Extraction): Promise<number[]> {
  const { personIdOf, nameOf } = await resolvePersons(tx, extraction.persons);
  const { counters, writes } = personsOfArticle(articleId, extraction, personIdOf);
  const both = asOneStatement([...writes, ...quotesOf(articleId, extraction, personIdOf)]);
  if (both) await tx.execute(both);
  const claims = await insertClaims(tx, articleId, extraction, personIdOf);
  const names = [...nameOf.values(), ...extraction.persons.flatMap((p) => p.mentions.filter((m) => !m.pronoun).map((m) => m.text))];
  await clusterClaims(tx, articleId, claims.map((c) => c.id), { names, claims });
  await addToPersons(tx, counters);
  return [...personIdOf.values()];
}

/** The family a person is resolved in, and locked by when created or renamed: the surname, else the whole name. */
const familyOf = (name: string): string => surnameKey(name) ?? canonicalNameKey(name);

interface PersonRow extends KnownPerson {
  family: string;
}

/** What resolution decided for one extracted person. */
type Decision = { known: KnownPerson; upgradeTo: string | null } | { create: KnownPerson };

/**
 * Maps each extracted person (local id) to a Person row, reusing known people and creating the rest;
 * also gives each Person's name as it now stands.
 */
async function resolvePersons(tx: Tx, persons: Extraction["persons"]): Promise<{ personIdOf: Map<string, number>; nameOf: Map<number, string> }> {
  const ids = new Map<string, number>();
  const nameOf = new Map<number, string>();
  if (persons.length === 0) return { personIdOf: ids, nameOf };
  const articleKeys = [...new Set(persons.map((p) => canonicalNameKey(p.name)))];
  let rows = await readFamilies(tx, persons, articleKeys);
  let decisions = decide(persons, rows, articleKeys);
  // Families this article writes in: locked in sorted order (no deadlock), then read again, since
  // another ingest may have created or renamed someone there meanwhile. Matching never looks outside
  // a person's family, so the other families' decisions stand and one round suffices; the loop only
  // guarantees that nothing is written in a family this transaction has not locked.
  const locked = new Set<string>();
  for (let needed = familiesWritten(decisions, locked); needed.length > 0; needed = familiesWritten(decisions, locked)) {
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtext(k)) from (select k from unnest(${sql.param(needed)}::text[]) k order by k) s`,
    );
    needed.forEach((f) => locked.add(f));
    const fresh = await readFamilies(tx, persons.filter((p) => needed.includes(familyOf(p.name))), articleKeys);
    rows = [...rows.filter((r) => !needed.includes(r.family)), ...fresh.filter((r) => needed.includes(r.family))].sort(
      (a, b) => Number(a.id) - Number(b.id),
    );
    decisions = decide(persons, rows, articleKeys);
  }

  const creates = [...new Set([...decisions.values()].flatMap((d) => ("create" in d ? [d.create] : [])))];
  const created = creates.length
    ? await insertJsonRowsReturningIds(
        tx,
        person,
        creates.map((c) => ({ name: c.name, nameKey: canonicalNameKey(c.name), surnameKey: surnameKey(c.name), aliases: [...c.aliases], roles: [...(c.roles ?? [])] })),
      )
    : [];
  const idOfCreated = new Map(creates.map((c, i) => [c, created[i]!]));
  for (const [localId, d] of decisions) {
    const id = "create" in d ? idOfCreated.get(d.create)! : Number(d.known.id);
    ids.set(localId, id);
    nameOf.set(id, "create" in d ? d.create.name : d.known.name);
  }
  for (const d of new Set(decisions.values())) if ("known" in d && d.upgradeTo) await upgradeName(tx, Number(d.known.id), d.upgradeTo);
  return { personIdOf: ids, nameOf };
}

/**
 * Matches the article's persons in order against the known rows, as if each new person were created
 * on the spot (later names in the article may match it). Nothing is written.
 */
function decide(persons: Extraction["persons"], rows: readonly PersonRow[], articleKeys: readonly string[]): Map<string, Decision> {
  const known: KnownPerson[] = rows.map((r) => ({ ...r }));
  const decisions = new Map<string, Decision>();
  const decisionOf = new Map<KnownPerson, Decision>();
  for (const p of persons) {
    const own = canonicalNameKey(p.name);
    const others = articleKeys.filter((k) => k !== own);
    const match = matchKnownPerson({ name: p.name, aliases: p.aliases, roles: p.roles, coMentions: others }, known);
    if (match) {
      const d = decisionOf.get(match) ?? { known: match, upgradeTo: null };
      if (isFullName(p.name) && !isFullName(match.name)) {
        if ("known" in d) d.upgradeTo = p.name;
        (match as { name: string }).name = p.name;
      }
      decisionOf.set(match, d);
      decisions.set(p.id, d);
      continue;
    }
    const fresh: KnownPerson = { id: `new:${p.id}`, name: p.name, aliases: p.aliases, roles: p.roles, mentionCount: 0 };
    const d: Decision = { create: fresh };
    decisionOf.set(fresh, d);
    decisions.set(p.id, d);
    known.push(fresh);
  }
  return decisions;
}

/** Families in which the decisions create or rename someone, not yet locked, sorted. */
function familiesWritten(decisions: ReadonlyMap<string, Decision>, locked: ReadonlySet<string>): string[] {
  const families = new Set<string>();
  for (const d of decisions.values()) {
    if ("create" in d) families.add(familyOf(d.create.name));
    else if (d.upgradeTo) families.add(familyOf(d.upgradeTo));
  }
  return [...families].filter((f) => !locked.has(f)).sort();
}

/**
 * The known persons who could be any of `persons`: the same full name or the same surname, each with
 * the names of this article's people they appeared with before when they have a namesake among them.
 */
async function readFamilies(tx: Tx, persons: Extraction["persons"], articleKeys: readonly string[]): Promise<PersonRow[]> {
  const nameKeys = [...new Set(persons.map((p) => canonicalNameKey(p.name)))];
  const surnames = [...new Set(persons.map((p) => surnameKey(p.name)).filter((s): s is string => s !== null))];
  if (nameKeys.length === 0) return [];
  const rows = await tx
    .select({ id: person.id, name: person.name, aliases: person.aliases, roles: person.roles, mentionCount: person.mentionCount, surnameKey: person.surnameKey })
    .from(person)
    .where(or(inArray(person.nameKey, nameKeys), surnames.length ? inArray(person.surnameKey, surnames) : undefined))
    .orderBy(asc(person.id));
  const coMentions = await coMentionsOfNamesakes(tx, rows, articleKeys);
  return rows.map((r) => ({
    id: String(r.id),
    name: r.name,
    aliases: r.aliases,
    roles: r.roles,
    mentionCount: r.mentionCount,
    coMentions: coMentions.get(r.id) ?? [],
    family: familyOf(r.name),
  }));
}

/**
 * For people who share a surname with another known person, the names of people they appeared with
 * that this article also mentions: the context that tells namesakes apart.
 */
async function coMentionsOfNamesakes(
  tx: Tx,
  rows: readonly { id: number; surnameKey: string | null }[],
  articleKeys: readonly string[],
): Promise<Map<number, string[]>> {
  const bySurname = new Map<string, number[]>();
  for (const r of rows) if (r.surnameKey) bySurname.set(r.surnameKey, [...(bySurname.get(r.surnameKey) ?? []), r.id]);
  const namesakes = [...bySurname.values()].filter((group) => group.length > 1).flat();
  const result = new Map<number, string[]>();
  if (namesakes.length === 0 || articleKeys.length < 2) return result;
  const pairs = await queryRows<{ person_id: number; name_key: string }>(tx, sql`
    select distinct ap.person_id, other.name_key
    from ${articlePerson} ap
    join ${articlePerson} ap2 on ap2.article_id = ap.article_id and ap2.person_id <> ap.person_id
    join ${person} other on other.id = ap2.person_id
    where ap.person_id = any(${sql.param(namesakes)}::bigint[]) and other.name_key = any(${sql.param([...articleKeys])}::text[])`);
  for (const p of pairs) result.set(Number(p.person_id), [...(result.get(Number(p.person_id)) ?? []), p.name_key]);
  return result;
}

/** A person first known by surname alone gets the full name when an article gives it. */
async function upgradeName(tx: Tx, id: number, fullName: string): Promise<void> {
  await tx
    .update(person)
    .set({ name: fullName, nameKey: canonicalNameKey(fullName), surnameKey: surnameKey(fullName) })
    .where(eq(person.id, id));
}

interface PersonCounters {
  id: number;
  aliases: string[];
  roles: string[];
  mentions: number;
  quotes: number;
  claims: number;
}

/** The writes that link the article's persons and store their mentions, and what their counters and names gain. */
function personsOfArticle(articleId: number, x: Extraction, personIdOf: Map<string, number>): { counters: PersonCounters[]; writes: SQL[] } {
  const perPerson = new Map<number, { aliases: Set<string>; roles: Set<string>; mentions: number; firstAt: number; quotes: number; claims: number }>();
  const stats = (id: number) =>
    perPerson.get(id) ??
    perPerson
      .set(id, { aliases: new Set(), roles: new Set(), mentions: 0, firstAt: Number.MAX_SAFE_INTEGER, quotes: 0, claims: 0 })
      .get(id)!;
  const mentions: (typeof mention.$inferInsert)[] = [];
  for (const p of x.persons) {
    const id = personIdOf.get(p.id)!;
    const s = stats(id);
    [p.name, ...p.aliases].forEach((a) => s.aliases.add(a));
    p.roles.forEach((r) => s.roles.add(r));
    s.mentions += p.mentions.length;
    for (const m of p.mentions) {
      s.firstAt = Math.min(s.firstAt, m.start);
      mentions.push({ articleId, personId: id, start: m.start, end: m.end, text: m.text, pronoun: m.pronoun ?? false });
    }
  }
  for (const q of x.quotes) if (q.speaker?.personId && personIdOf.has(q.speaker.personId)) stats(personIdOf.get(q.speaker.personId)!).quotes++;
  for (const c of x.claims) if (c.claimant?.personId && personIdOf.has(c.claimant.personId)) stats(personIdOf.get(c.claimant.personId)!).claims++;

  const ordered = [...perPerson.entries()].sort((a, b) => a[1].firstAt - b[1].firstAt);
  if (ordered.length === 0) return { counters: [], writes: [] };
  const writes = [
    insertJsonRows(
      articlePerson,
      ordered.map(([personId, s], position) => ({ articleId, personId, mentionCount: s.mentions, roles: [...s.roles], position })),
    ),
  ];
  if (mentions.length) writes.push(insertJsonRows(mention, mentions));
  const counters = ordered.map(([id, s]) => ({
    id,
    aliases: [...s.aliases],
    roles: [...s.roles],
    mentions: s.mentions,
    quotes: s.quotes,
    claims: s.claims,
  }));
  return { counters, writes };
}

/**
 * Adds an article's aliases, roles and counts to its persons, locking their rows in id order: ingests
 * naming the same people wait for each other here, and must never lock them in opposite orders.
 */
async function addToPersons(tx: Tx, updates: readonly PersonCounters[]): Promise<void> {
  if (updates.length === 0) return;
  await tx.execute(sql`
    with locked as materialized (
      select id from ${person} where id = any(${sql.param(updates.map((u) => u.id))}::bigint[]) order by id for no key update
    )
    update ${person} p set
      aliases = array(select distinct a from unnest(p.aliases || array(select jsonb_array_elements_text(v.aliases))) a order by a),
      roles = array(select distinct r from unnest(p.roles || array(select jsonb_array_elements_text(v.roles))) r order by r),
      mention_count = p.mention_count + v.mentions,
      quote_count = p.quote_count + v.quotes,
      claim_count = p.claim_count + v.claims
    from jsonb_to_recordset(${JSON.stringify(updates)}::jsonb)
      as v(id bigint, aliases jsonb, roles jsonb, mentions int, quotes int, claims int)
    where p.id = v.id and p.id in (select id from locked)`);
}

function storedSource(s: ExtractedSource | null, personIdOf: Map<string, number>): StoredSource | null {
  if (!s) return null;
  return {
    name: s.name,
    kind: s.kind.toUpperCase() as StoredSource["kind"],
    personId: s.personId ? (personIdOf.get(s.personId) ?? null) : null,
  };
}

/** The source and cue spans of a quote or claim, as their columns. */
function spanColumns(item: Pick<Extraction["quotes"][number], "source" | "cue">) {
  return {
    sourceStart: item.source?.start ?? null,
    sourceEnd: item.source?.end ?? null,
    sourceText: item.source?.text ?? null,
    cueStart: item.cue?.start ?? null,
    cueEnd: item.cue?.end ?? null,
    cueText: item.cue?.text ?? null,
  };
}

/** The write that stores the article's quotes (none when it has none). */
function quotesOf(articleId: number, x: Extraction, personIdOf: Map<string, number>): SQL[] {
  const rows = x.quotes.map((q) => {
    const speaker = storedSource(q.speaker, personIdOf);
    return {
      articleId,
      text: q.text,
      kind: q.kind === "partial" ? ("PARTIAL" as const) : ("DIRECT" as const),
      start: q.start,
      end: q.end,
      speakerPersonId: speaker?.personId ?? null,
      speakerName: speaker?.name ?? null,
      speakerKind: speaker?.kind ?? null,
      ...spanColumns(q),
      confidence: clamp01(q.confidence),
    };
  });
  return rows.length ? [insertJsonRows(quote, rows)] : [];
}

/** Writes the claims with their subjects and relations; returns them as stored, in id order. */
async function insertClaims(tx: Tx, articleId: number, x: Extraction, personIdOf: Map<string, number>): Promise<ClaimFacts[]> {
  if (x.claims.length === 0) return [];
  const rows = x.claims.map((c) => {
    const claimant = storedSource(c.claimant, personIdOf);
    return {
      articleId,
      text: c.text,
      start: c.start,
      end: c.end,
      claimantPersonId: claimant?.personId ?? null,
      claimantName: claimant?.name ?? null,
      claimantKind: claimant?.kind ?? null,
      via: c.via.map((v) => storedSource(v, personIdOf)!),
      ...spanColumns(c),
      hedged: c.hedged,
      hedges: c.hedges,
      confidence: clamp01(c.confidence),
    };
  });
  const inserted = await insertJsonRowsReturningIds(tx, claim, rows);
  const dbIdOfClaim = new Map(x.claims.map((c, i) => [c.id, inserted[i]!]));
  const subjects = x.claims.flatMap((c) =>
    [...new Set(c.subjects.map((s) => personIdOf.get(s)).filter((id): id is number => id !== undefined))].map((personId) => ({
      claimId: dbIdOfClaim.get(c.id)!,
      personId,
    })),
  );
  if (subjects.length) await tx.execute(insertJsonRows(claimSubject, subjects, { onConflict: sql`on conflict do nothing` }));
  const relations = x.claims.flatMap((c) =>
    c.relations
      .filter((r) => dbIdOfClaim.has(r.claimId) && r.claimId !== c.id)
      .map((r) => ({ claimId: dbIdOfClaim.get(c.id)!, targetClaimId: dbIdOfClaim.get(r.claimId)!, type: r.type })),
  );
  if (relations.length) await tx.execute(insertJsonRows(claimRelation, relations));
  const subjectsOf = new Map<number, number[]>();
  for (const s of subjects) subjectsOf.set(s.claimId, [...(subjectsOf.get(s.claimId) ?? []), s.personId]);
  return x.claims
    .map((c) => {
      const id = dbIdOfClaim.get(c.id)!;
      const claimant = storedSource(c.claimant, personIdOf);
      return {
        id,
        text: c.text,
        claimant_person_id: claimant?.personId ?? null,
        claimant_name: claimant?.name ?? null,
        claimant_kind: claimant?.kind ?? null,
        subjects: (subjectsOf.get(id) ?? []).sort((a, b) => a - b),
      };
    })
    .sort((a, b) => a.id - b.id);
}

function clamp01(n: number): number {
  return Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0;
}

/** Drops spans that do not fit the text, so an extractor bug can never store offsets the reader cannot show. */
export function withValidSpans(x: Extraction): Extraction {
  const fits = (s: { start: number; end: number } | null) =>
    s === null || (Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= x.text.length);
  const persons = x.persons.map((p) => ({ ...p, mentions: p.mentions.filter(fits) }));
  const personIds = new Set(persons.map((p) => p.id));
  const knownPerson = <T extends { personId?: string } | null>(s: T): T =>
    s && s.personId && !personIds.has(s.personId) ? ({ ...s, personId: undefined } as T) : s;
  return {
    ...x,
    persons,
    quotes: x.quotes
      .filter(fits)
      .map((q) => ({ ...q, speaker: knownPerson(q.speaker), source: fits(q.source) ? q.source : null, cue: fits(q.cue) ? q.cue : null })),
    claims: x.claims.filter(fits).map((c) => ({
      ...c,
      claimant: knownPerson(c.claimant),
      via: c.via.map(knownPerson),
      source: fits(c.source) ? c.source : null,
      cue: fits(c.cue) ? c.cue : null,
    })),
  };
}
