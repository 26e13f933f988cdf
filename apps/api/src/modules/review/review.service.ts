import { canonicalNameKey, matchKnownPerson, surnameKey } from "@whosaid/domain";
import { and, asc, eq, inArray, or, sql } from "drizzle-orm";
import type { GraphQLError } from "graphql";
import type { Db } from "../../db/store.js";
import { queryRows } from "../../db/sql-helpers.js";
import {
  article,
  articlePerson,
  claim,
  claimRelation,
  claimSubject,
  mention,
  person,
  quote,
  type ClaimRow,
  type PersonRow,
  type QuoteRow,
  type StoredSource,
} from "../../db/schema.js";
import { SourceKind, type QuoteKind, type RelationType, type Verdict } from "../../graphql/enums.js";
import { badInput, notFound, userError } from "../../graphql/errors.js";
import { dbIdOf, toGlobalId, type NodeTypeName } from "../../graphql/ids.js";
import { claimColumns } from "../claim/claim.service.js";
import { joinRepeats } from "../cluster/clustering.js";
import { recordEdits, type EditEntry } from "../history/history.service.js";
import { recountPersons } from "../person/person-counters.js";
import { quoteColumns } from "../quote/quote.service.js";
import type { SourceInput } from "./review.input.js";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

type QuoteValues = Omit<QuoteRow, "search">;
type ClaimValues = Omit<ClaimRow, "search">;

/** Longest stretch of text an editor may turn into a quote or claim. */
export const MAX_SPAN_CHARS = 5000;

// ── ids ─────────────────────────────────────────────────────────────────────────────────────────

/** The database id behind a global id; NOT_FOUND for a malformed id or one of another type, as the queries answer. */
function idOf(globalId: string, type: NodeTypeName): number {
  const id = dbIdOf(globalId, type);
  if (id === null) throw notFound(type.toLowerCase(), globalId);
  return id;
}

/** Mentions are not nodes, but a split can name them: "Mention:<id>" in base64url. */
export function toMentionId(id: number): string {
  return Buffer.from(`Mention:${id}`, "utf8").toString("base64url");
}

function mentionIdOf(globalId: string): number {
  const match = globalId.length <= 64 && /^[A-Za-z0-9_-]+$/.test(globalId)
    ? /^Mention:([1-9][0-9]{0,15})$/.exec(Buffer.from(globalId, "base64url").toString("utf8"))
    : null;
  if (!match) throw notFound("mention", globalId);
  return Number(match[1]);
}

const personGid = (id: number | null) => (id === null ? null : toGlobalId("Person", id));
const nonNull = <T>(v: T | null | undefined): v is T => v !== null && v !== undefined;

// ── snapshots for the edit history ──────────────────────────────────────────────────────────────

function sourceSnapshot(name: string | null, kind: string | null, personId: number | null) {
  return name === null || kind === null ? null : { name, kind, personId: personGid(personId) };
}

function quoteSnapshot(q: QuoteValues) {
  return {
    text: q.text,
    kind: q.kind,
    start: q.start,
    end: q.end,
    speaker: sourceSnapshot(q.speakerName, q.speakerKind, q.speakerPersonId),
    reviewed: q.reviewed,
  };
}

function claimSnapshot(c: ClaimValues, subjectIds: readonly number[]) {
  return {
    text: c.text,
    start: c.start,
    end: c.end,
    claimant: sourceSnapshot(c.claimantName, c.claimantKind, c.claimantPersonId),
    subjects: subjectIds.map((id) => personGid(id)),
    hedged: c.hedged,
    verdict: c.verdict,
    verdictNote: c.verdictNote,
    reviewed: c.reviewed,
  };
}

function personSnapshot(p: PersonRow) {
  return {
    name: p.name,
    aliases: p.aliases,
    roles: p.roles,
    mentionCount: p.mentionCount,
    quoteCount: p.quoteCount,
    claimCount: p.claimCount,
  };
}

// ── reads under lock ────────────────────────────────────────────────────────────────────────────

async function lockQuote(tx: Tx, globalId: string): Promise<QuoteValues> {
  const [row] = await tx.select(quoteColumns).from(quote).where(eq(quote.id, idOf(globalId, "Quote"))).for("update");
  if (!row) throw notFound("quote", globalId);
  return row;
}

async function lockClaim(tx: Tx, globalId: string): Promise<ClaimValues> {
  const [row] = await tx.select(claimColumns).from(claim).where(eq(claim.id, idOf(globalId, "Claim"))).for("update");
  if (!row) throw notFound("claim", globalId);
  return row;
}

async function lockPerson(tx: Tx, globalId: string): Promise<PersonRow> {
  const [row] = await tx.select().from(person).where(eq(person.id, idOf(globalId, "Person"))).for("update");
  if (!row) throw notFound("person", globalId);
  return row;
}

async function subjectIdsOf(tx: Tx, claimId: number): Promise<number[]> {
  const rows = await tx
    .select({ id: claimSubject.personId })
    .from(claimSubject)
    .where(eq(claimSubject.claimId, claimId))
    .orderBy(asc(claimSubject.personId));
  return rows.map((r) => r.id);
}

/** The database ids of persons given by global id, every one of which must exist. */
async function existingPersonIds(tx: Tx, globalIds: readonly string[]): Promise<number[]> {
  const ids = [...new Set(globalIds.map((g) => idOf(g, "Person")))];
  if (ids.length === 0) return [];
  const found = new Set((await tx.select({ id: person.id }).from(person).where(inArray(person.id, ids))).map((r) => r.id));
  const missing = globalIds.find((g) => !found.has(dbIdOf(g, "Person")!));
  if (missing !== undefined) throw notFound("person", missing);
  return ids.sort((a, b) => a - b);
}

// ── sources ─────────────────────────────────────────────────────────────────────────────────────

/**
 * Turns an editor's speaker or claimant into what a quote or claim stores. A PERSON name is matched
 * to a known person with ingestion's rules (under the same lock, so the two cannot create twins),
 * else a new person is created.
 */
async function resolveSource(tx: Tx, input: SourceInput, field: string): Promise<StoredSource> {
  const name = input.name?.trim() ?? "";
  if (input.personId != null) {
    if (name) throw badInput(`Give \`${field}.personId\` or \`${field}.name\`, not both.`);
    const [row] = await tx.select().from(person).where(eq(person.id, idOf(input.personId, "Person")));
    if (!row) throw notFound("person", input.personId);
    return { name: row.name, kind: "PERSON", personId: row.id };
  }
  if (!name) throw badInput(`\`${field}\` needs a \`personId\` or a \`name\`.`);
  const kind = input.kind ?? SourceKind.PERSON;
  if (kind !== SourceKind.PERSON) return { name, kind, personId: null };

  const key = canonicalNameKey(name);
  if (!key) throw badInput(`\`${field}.name\` is not a name.`);
  const surname = surnameKey(name);
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${surname ?? key}))`);
  const candidates = await tx
    .select({ id: person.id, name: person.name, aliases: person.aliases })
    .from(person)
    .where(or(eq(person.nameKey, key), surname ? eq(person.surnameKey, surname) : undefined))
    .orderBy(asc(person.id))
    .limit(200);
  const match = matchKnownPerson(
    { name, aliases: [] },
    candidates.map((c) => ({ id: String(c.id), name: c.name, aliases: c.aliases })),
  );
  if (match) {
    // The quote or claim shows the person's name; what the editor typed joins their aliases.
    const known = candidates.find((c) => String(c.id) === match.id)!;
    if (!known.aliases.includes(name) && known.name !== name) {
      await tx.update(person).set({ aliases: uniqueSorted([...known.aliases, name]) }).where(eq(person.id, known.id));
    }
    return { name: known.name, kind: "PERSON", personId: known.id };
  }
  const [created] = await tx
    .insert(person)
    .values({ name, nameKey: key, surnameKey: surname, aliases: [name] })
    .returning({ id: person.id });
  return { name, kind: "PERSON", personId: created!.id };
}

/** Lists a person among an article's people (after their last one) if they are not there yet. */
async function ensureArticlePerson(tx: Tx, articleId: number, personId: number | null): Promise<void> {
  if (personId === null) return;
  await tx.execute(sql`
    insert into ${articlePerson} (article_id, person_id, mention_count, roles, position)
    select ${articleId}, ${personId}, 0, '{}',
      coalesce((select max(position) + 1 from ${articlePerson} where article_id = ${articleId}), 0)
    on conflict do nothing`);
}

// ── spans ───────────────────────────────────────────────────────────────────────────────────────

const QUOTE_EDGE = /[\s"“”„‘’'«»]/;
const SPACE = /\s/;

/** The article's text at [start, end), trimmed of white space (and, for quotes, quotation marks), with the trimmed offsets. */
async function spanOfArticle(tx: Tx, articleGlobalId: string, start: number, end: number, trimMarks: boolean) {
  const [row] = await tx.select({ id: article.id, text: article.text }).from(article).where(eq(article.id, idOf(articleGlobalId, "Article")));
  if (!row) throw notFound("article", articleGlobalId);
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= row.text.length)) {
    throw badInput(`The span ${start}–${end} is not inside the article's text (0–${row.text.length}).`);
  }
  if (end - start > MAX_SPAN_CHARS) throw badInput(`A span may be at most ${MAX_SPAN_CHARS} characters long.`);
  const edge = trimMarks ? QUOTE_EDGE : SPACE;
  let from = start;
  let to = end;
  while (from < to && edge.test(row.text[from]!)) from++;
  while (to > from && edge.test(row.text[to - 1]!)) to--;
  if (from === to) throw badInput("The span holds no words.");
  return { articleId: row.id, start: from, end: to, text: row.text.slice(from, to) };
}

// ── mutations ───────────────────────────────────────────────────────────────────────────────────

/** Runs an edit in one transaction: a thrown user error rolls everything back, history included. */
function inTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(work);
}

export async function updateQuoteSpeaker(db: Db, actor: string, globalId: string, speakerInput: SourceInput): Promise<number> {
  return inTransaction(db, async (tx) => {
    const before = await lockQuote(tx, globalId);
    const speaker = await resolveSource(tx, speakerInput, "speaker");
    const [after] = await tx
      .update(quote)
      .set({
        speakerPersonId: speaker.personId,
        speakerName: speaker.name,
        speakerKind: speaker.kind,
        // The span that named the old speaker no longer names this one.
        sourceStart: null,
        sourceEnd: null,
        sourceText: null,
        reviewed: true,
      })
      .where(eq(quote.id, before.id))
      .returning(quoteColumns);
    await ensureArticlePerson(tx, before.articleId, speaker.personId);
    await recountPersons(tx, [before.speakerPersonId, speaker.personId].filter(nonNull));
    await recordEdits(tx, actor, [
      { entityType: "Quote", entityId: before.id, action: "UPDATE_SPEAKER", before: quoteSnapshot(before), after: quoteSnapshot(after!) },
    ]);
    return before.id;
  });
}

export async function updateClaim(
  db: Db,
  actor: string,
  input: { id: string; claimant?: SourceInput | null; subjectIds?: string[] | null },
): Promise<number> {
  if (input.claimant == null && input.subjectIds == null) throw badInput("Give a `claimant`, `subjectIds`, or both.");
  return inTransaction(db, async (tx) => {
    const before = await lockClaim(tx, input.id);
    const subjectsBefore = await subjectIdsOf(tx, before.id);
    let after = before;
    if (input.claimant != null) {
      const claimant = await resolveSource(tx, input.claimant, "claimant");
      [after] = (await tx
        .update(claim)
        .set({
          claimantPersonId: claimant.personId,
          claimantName: claimant.name,
          claimantKind: claimant.kind,
          sourceStart: null,
          sourceEnd: null,
          sourceText: null,
          reviewed: true,
        })
        .where(eq(claim.id, before.id))
        .returning(claimColumns)) as [ClaimValues];
      await ensureArticlePerson(tx, before.articleId, claimant.personId);
      await recountPersons(tx, [before.claimantPersonId, claimant.personId].filter(nonNull));
    }
    let subjectsAfter = subjectsBefore;
    if (input.subjectIds != null) {
      subjectsAfter = await existingPersonIds(tx, input.subjectIds);
      await tx.delete(claimSubject).where(eq(claimSubject.claimId, before.id));
      if (subjectsAfter.length) await tx.insert(claimSubject).values(subjectsAfter.map((personId) => ({ claimId: before.id, personId })));
      [after] = (await tx.update(claim).set({ reviewed: true }).where(eq(claim.id, before.id)).returning(claimColumns)) as [ClaimValues];
    }
    const action = input.claimant == null ? "UPDATE_SUBJECTS" : input.subjectIds == null ? "UPDATE_CLAIMANT" : "UPDATE_CLAIM";
    await recordEdits(tx, actor, [
      { entityType: "Claim", entityId: before.id, action, before: claimSnapshot(before, subjectsBefore), after: claimSnapshot(after, subjectsAfter) },
    ]);
    return before.id;
  });
}

export async function deleteQuote(db: Db, actor: string, globalId: string): Promise<void> {
  await inTransaction(db, async (tx) => {
    const before = await lockQuote(tx, globalId);
    await tx.delete(quote).where(eq(quote.id, before.id));
    await recountPersons(tx, [before.speakerPersonId].filter(nonNull));
    await recordEdits(tx, actor, [{ entityType: "Quote", entityId: before.id, action: "DELETE", before: quoteSnapshot(before), after: null }]);
  });
}

export async function deleteClaim(db: Db, actor: string, globalId: string): Promise<void> {
  await inTransaction(db, async (tx) => {
    const before = await lockClaim(tx, globalId);
    const subjects = await subjectIdsOf(tx, before.id);
    const relations = await tx
      .select()
      .from(claimRelation)
      .where(or(eq(claimRelation.claimId, before.id), eq(claimRelation.targetClaimId, before.id)));
    await tx.delete(claim).where(eq(claim.id, before.id));
    await recountPersons(tx, [before.claimantPersonId].filter(nonNull));
    const snapshot = {
      ...claimSnapshot(before, subjects),
      relations: relations.map((r) => ({ type: r.type, from: toGlobalId("Claim", r.claimId), to: toGlobalId("Claim", r.targetClaimId) })),
    };
    await recordEdits(tx, actor, [{ entityType: "Claim", entityId: before.id, action: "DELETE", before: snapshot, after: null }]);
  });
}

export async function addQuote(
  db: Db,
  actor: string,
  input: { articleId: string; start: number; end: number; speaker: SourceInput; kind?: QuoteKind | null },
): Promise<number> {
  return inTransaction(db, async (tx) => {
    const span = await spanOfArticle(tx, input.articleId, input.start, input.end, true);
    const [same] = await tx
      .select({ id: quote.id })
      .from(quote)
      .where(and(eq(quote.articleId, span.articleId), eq(quote.start, span.start), eq(quote.end, span.end)));
    if (same) throw badInput("That quote is already stored.", { existingId: toGlobalId("Quote", same.id) });
    const speaker = await resolveSource(tx, input.speaker, "speaker");
    const [row] = await tx
      .insert(quote)
      .values({
        articleId: span.articleId,
        text: span.text,
        kind: input.kind ?? "DIRECT",
        start: span.start,
        end: span.end,
        speakerPersonId: speaker.personId,
        speakerName: speaker.name,
        speakerKind: speaker.kind,
        confidence: 1,
        reviewed: true,
      })
      .returning(quoteColumns);
    await ensureArticlePerson(tx, span.articleId, speaker.personId);
    await recountPersons(tx, [speaker.personId].filter(nonNull));
    await recordEdits(tx, actor, [{ entityType: "Quote", entityId: row!.id, action: "ADD", before: null, after: quoteSnapshot(row!) }]);
    return row!.id;
  });
}

export async function addClaim(
  db: Db,
  actor: string,
  input: { articleId: string; start: number; end: number; claimant?: SourceInput | null; subjectIds?: string[] | null; hedged?: boolean | null },
): Promise<number> {
  return inTransaction(db, async (tx) => {
    const span = await spanOfArticle(tx, input.articleId, input.start, input.end, false);
    const [same] = await tx
      .select({ id: claim.id })
      .from(claim)
      .where(and(eq(claim.articleId, span.articleId), eq(claim.start, span.start), eq(claim.end, span.end)));
    if (same) throw badInput("That claim is already stored.", { existingId: toGlobalId("Claim", same.id) });
    const claimant = input.claimant ? await resolveSource(tx, input.claimant, "claimant") : null;
    const subjects = await existingPersonIds(tx, input.subjectIds ?? []);
    const [row] = await tx
      .insert(claim)
      .values({
        articleId: span.articleId,
        text: span.text,
        start: span.start,
        end: span.end,
        claimantPersonId: claimant?.personId ?? null,
        claimantName: claimant?.name ?? null,
        claimantKind: claimant?.kind ?? null,
        hedged: input.hedged ?? false,
        confidence: 1,
        reviewed: true,
      })
      .returning(claimColumns);
    if (subjects.length) await tx.insert(claimSubject).values(subjects.map((personId) => ({ claimId: row!.id, personId })));
    await ensureArticlePerson(tx, span.articleId, claimant?.personId ?? null);
    await recountPersons(tx, [claimant?.personId].filter(nonNull));
    await recordEdits(tx, actor, [{ entityType: "Claim", entityId: row!.id, action: "ADD", before: null, after: claimSnapshot(row!, subjects) }]);
    return row!.id;
  });
}

/**
 * Rewrites the attribution chains (`claim.via`) that name `from` so they name `to`, within `where`;
 * with `name`, the entries take that name too.
 */
function moveVia(tx: Tx, from: number, to: number, where = sql`true`, name?: string) {
  const moved = sql`jsonb_set(e, '{personId}', to_jsonb(${to}::bigint))`;
  const renamed = name === undefined ? moved : sql`jsonb_set(${moved}, '{name}', to_jsonb(${name}::text))`;
  return tx.execute(sql`
    update ${claim} set via = (
      select jsonb_agg(case when (e->>'personId')::bigint = ${from} then ${renamed} else e end order by i)
      from jsonb_array_elements(via) with ordinality as x(e, i))
    where via @> ${JSON.stringify([{ personId: from }])}::jsonb and ${where}`);
}

const uniqueSorted = (values: readonly string[]) => [...new Set(values)].sort((a, b) => a.localeCompare(b));

export async function mergePersons(db: Db, actor: string, targetGid: string, sourceGid: string): Promise<number> {
  return inTransaction(db, async (tx) => {
    const targetId = idOf(targetGid, "Person");
    const sourceId = idOf(sourceGid, "Person");
    if (targetId === sourceId) throw badInput("A person cannot be merged into themselves.");
    // Lock in id order, so two merges of the same pair cannot deadlock.
    const [first, second] = targetId < sourceId ? [targetGid, sourceGid] : [sourceGid, targetGid];
    const a = await lockPerson(tx, first);
    const b = await lockPerson(tx, second);
    const target = a.id === targetId ? a : b;
    const source = a.id === sourceId ? a : b;

    // Quotes and claims name who they are attributed to: the absorbed person's names (a name an
    // editor typed, a spelling an article used) give way to the target's, and live on as its aliases.
    // The article's own words for the speaker stay in the source span.
    await tx.update(mention).set({ personId: targetId }).where(eq(mention.personId, sourceId));
    await tx.update(quote).set({ speakerPersonId: targetId, speakerName: target.name }).where(eq(quote.speakerPersonId, sourceId));
    await tx.update(claim).set({ claimantPersonId: targetId, claimantName: target.name }).where(eq(claim.claimantPersonId, sourceId));
    await moveVia(tx, sourceId, targetId, sql`true`, target.name);
    await tx.execute(sql`
      insert into ${claimSubject} (claim_id, person_id)
      select claim_id, ${targetId} from ${claimSubject} where person_id = ${sourceId}
      on conflict do nothing`);
    await tx.execute(sql`
      insert into ${articlePerson} as ap (article_id, person_id, mention_count, roles, position)
      select article_id, ${targetId}, mention_count, roles, position from ${articlePerson} where person_id = ${sourceId}
      on conflict (article_id, person_id) do update set
        mention_count = ap.mention_count + excluded.mention_count,
        roles = array(select distinct r from unnest(ap.roles || excluded.roles) r order by r),
        position = least(ap.position, excluded.position)`);
    await tx.delete(person).where(eq(person.id, sourceId));
    await tx
      .update(person)
      .set({
        aliases: uniqueSorted([...target.aliases, source.name, ...source.aliases]),
        roles: uniqueSorted([...target.roles, ...source.roles]),
      })
      .where(eq(person.id, targetId));
    await recountPersons(tx, [targetId]);
    const [after] = await tx.select().from(person).where(eq(person.id, targetId));
    await recordEdits(tx, actor, [
      {
        entityType: "Person",
        entityId: targetId,
        action: "MERGE",
        before: { ...personSnapshot(target), absorbed: { id: personGid(sourceId), ...personSnapshot(source) } },
        after: personSnapshot(after!),
      },
      { entityType: "Person", entityId: sourceId, action: "MERGED_INTO", before: personSnapshot(source), after: { mergedInto: personGid(targetId) } },
    ]);
    return targetId;
  });
}

export async function splitPerson(
  db: Db,
  actor: string,
  input: { id: string; name: string; aliases?: string[] | null; mentionIds?: string[] | null; articleIds?: string[] | null },
): Promise<{ personId: number; createdId: number }> {
  return inTransaction(db, async (tx) => {
    const before = await lockPerson(tx, input.id);
    const name = input.name.trim();
    const key = canonicalNameKey(name);
    if (!key) throw badInput("`name` is not a name.");
    const aliases = uniqueSorted((input.aliases ?? []).map((a) => a.trim()).filter(Boolean));
    const foreign = aliases.find((a) => !before.aliases.includes(a));
    if (foreign !== undefined) throw badInput(`“${foreign.slice(0, 60)}” is not one of ${before.name}'s aliases.`);
    if (aliases.includes(before.name)) throw badInput(`${before.name} keeps their own name; choose other aliases.`);

    const mentionIds = [...new Set((input.mentionIds ?? []).map(mentionIdOf))];
    if (mentionIds.length) {
      const owned = await tx
        .select({ id: mention.id })
        .from(mention)
        .where(and(inArray(mention.id, mentionIds), eq(mention.personId, before.id)));
      if (owned.length !== mentionIds.length) throw badInput(`Every mention to move must be one of ${before.name}'s.`);
    }
    const articleIds = [...new Set((input.articleIds ?? []).map((g) => idOf(g, "Article")))];
    if (articleIds.length) {
      const linked = await tx
        .select({ id: articlePerson.articleId })
        .from(articlePerson)
        .where(and(inArray(articlePerson.articleId, articleIds), eq(articlePerson.personId, before.id)));
      if (linked.length !== articleIds.length) throw badInput(`Every article to move must mention ${before.name}.`);
    }
    if (!aliases.length && !mentionIds.length && !articleIds.length) {
      throw badInput("Choose aliases, mentions or articles to move to the new person.");
    }

    const [created] = await tx
      .insert(person)
      .values({ name, nameKey: key, surnameKey: surnameKey(name), aliases: uniqueSorted([name, ...aliases]) })
      .returning();
    const oldId = before.id;
    const newId = created!.id;
    const articles = sql`${sql.param(articleIds)}::bigint[]`;
    const lowered = sql`${sql.param(aliases.map((a) => a.toLowerCase()))}::text[]`;

    await tx.execute(sql`
      update ${mention} set person_id = ${newId}
      where person_id = ${oldId}
        and (article_id = any(${articles}) or id = any(${sql.param(mentionIds)}::bigint[]) or lower(text) = any(${lowered}))`);
    await tx.execute(sql`
      update ${quote} set speaker_person_id = ${newId}, speaker_name = ${name}
      where speaker_person_id = ${oldId}
        and (article_id = any(${articles}) or lower(speaker_name) = any(${lowered}) or lower(source_text) = any(${lowered}))`);
    await tx.execute(sql`
      update ${claim} set claimant_person_id = ${newId}, claimant_name = ${name}
      where claimant_person_id = ${oldId}
        and (article_id = any(${articles}) or lower(claimant_name) = any(${lowered}) or lower(source_text) = any(${lowered}))`);
    await moveVia(tx, oldId, newId, sql`article_id = any(${articles})`, name);
    await tx.execute(sql`
      update ${claimSubject} set person_id = ${newId}
      where person_id = ${oldId} and claim_id in (select id from ${claim} where article_id = any(${articles}))`);

    // Rebuild both persons' article links where anything moved.
    const touched = await queryRows<{ article_id: number }>(tx, sql`
      select article_id from ${mention} where person_id = ${newId}
      union select article_id from ${quote} where speaker_person_id = ${newId}
      union select article_id from ${claim} where claimant_person_id = ${newId}
      union select unnest(${articles})`);
    const affected = sql`${sql.param(touched.map((r) => Number(r.article_id)))}::bigint[]`;
    await tx.execute(sql`
      insert into ${articlePerson} (article_id, person_id, mention_count, roles, position)
      select a.id, ${newId},
        (select count(*) from ${mention} m where m.article_id = a.id and m.person_id = ${newId}),
        case when a.id = any(${articles}) then coalesce(old.roles, '{}') else '{}' end,
        coalesce(old.position, (select coalesce(max(position) + 1, 0) from ${articlePerson} p where p.article_id = a.id))
      from unnest(${affected}) as a(id)
      left join ${articlePerson} old on old.article_id = a.id and old.person_id = ${oldId}
      on conflict do nothing`);
    await tx.execute(sql`
      update ${articlePerson} ap set mention_count = (select count(*) from ${mention} m where m.article_id = ap.article_id and m.person_id = ${oldId})
      where ap.person_id = ${oldId} and ap.article_id = any(${affected})`);
    await tx.execute(sql`
      delete from ${articlePerson} ap
      where ap.person_id = ${oldId} and ap.article_id = any(${affected})
        and not exists (select 1 from ${mention} m where m.article_id = ap.article_id and m.person_id = ${oldId})
        and not exists (select 1 from ${quote} q where q.article_id = ap.article_id and q.speaker_person_id = ${oldId})
        and not exists (select 1 from ${claim} c where c.article_id = ap.article_id and c.claimant_person_id = ${oldId})
        and not exists (select 1 from ${claimSubject} s join ${claim} c on c.id = s.claim_id where c.article_id = ap.article_id and s.person_id = ${oldId})`);
    await tx.execute(sql`
      update ${person} set roles = array(
        select distinct r from ${articlePerson} ap, unnest(ap.roles) r where ap.person_id = ${newId} order by r)
      where id = ${newId}`);
    await tx
      .update(person)
      .set({ aliases: before.aliases.filter((a) => !aliases.includes(a)) })
      .where(eq(person.id, oldId));
    await recountPersons(tx, [oldId, newId]);

    const [oldAfter] = await tx.select().from(person).where(eq(person.id, oldId));
    const [newAfter] = await tx.select().from(person).where(eq(person.id, newId));
    await recordEdits(tx, actor, [
      { entityType: "Person", entityId: oldId, action: "SPLIT", before: personSnapshot(before), after: { ...personSnapshot(oldAfter!), splitInto: personGid(newId) } },
      { entityType: "Person", entityId: newId, action: "SPLIT_FROM", before: null, after: { ...personSnapshot(newAfter!), splitFrom: personGid(oldId) } },
    ]);
    return { personId: oldId, createdId: newId };
  });
}

export async function setClaimVerdict(db: Db, actor: string, globalId: string, verdict: Verdict, note: string | null | undefined): Promise<number> {
  return inTransaction(db, async (tx) => {
    const before = await lockClaim(tx, globalId);
    const subjects = await subjectIdsOf(tx, before.id);
    const [after] = await tx
      .update(claim)
      .set({ verdict, verdictNote: note?.trim() || null, reviewed: true })
      .where(eq(claim.id, before.id))
      .returning(claimColumns);
    await recordEdits(tx, actor, [
      { entityType: "Claim", entityId: before.id, action: "SET_VERDICT", before: claimSnapshot(before, subjects), after: claimSnapshot(after!, subjects) },
    ]);
    return before.id;
  });
}

export interface LinkResult {
  fromId: number;
  toId: number;
  relation: typeof claimRelation.$inferSelect | null;
}

/** Links two claims; linking them the same way again changes nothing. Both become reviewed, so re-extraction keeps the link. */
export async function linkClaims(db: Db, actor: string, fromGid: string, toGid: string, type: RelationType): Promise<LinkResult> {
  return inTransaction(db, async (tx) => {
    const [from, to] = await lockClaimPair(tx, fromGid, toGid);
    const [existing] = await tx
      .select()
      .from(claimRelation)
      .where(and(eq(claimRelation.claimId, from.id), eq(claimRelation.targetClaimId, to.id), eq(claimRelation.type, type)));
    if (existing) return { fromId: from.id, toId: to.id, relation: existing };
    const [relation] = await tx.insert(claimRelation).values({ claimId: from.id, targetClaimId: to.id, type }).returning();
    await tx.update(claim).set({ reviewed: true }).where(inArray(claim.id, [from.id, to.id]));
    // An editor saying two claims are the same claim puts them in one cluster now, not at the next rebuild.
    if (type === "REPEATS") await joinRepeats(tx, from.id, to.id);
    const link = { type, from: toGlobalId("Claim", from.id), to: toGlobalId("Claim", to.id) };
    await recordEdits(tx, actor, [
      { entityType: "Claim", entityId: from.id, action: "LINK", before: null, after: link },
      { entityType: "Claim", entityId: to.id, action: "LINK", before: null, after: link },
    ]);
    return { fromId: from.id, toId: to.id, relation: relation! };
  });
}

export async function unlinkClaims(db: Db, actor: string, fromGid: string, toGid: string, type: RelationType): Promise<LinkResult> {
  return inTransaction(db, async (tx) => {
    const [from, to] = await lockClaimPair(tx, fromGid, toGid);
    const removed = await tx
      .delete(claimRelation)
      .where(and(eq(claimRelation.claimId, from.id), eq(claimRelation.targetClaimId, to.id), eq(claimRelation.type, type)))
      .returning({ id: claimRelation.id });
    if (removed.length === 0) throw notFoundRelation();
    const link = { type, from: toGlobalId("Claim", from.id), to: toGlobalId("Claim", to.id) };
    await recordEdits(tx, actor, [
      { entityType: "Claim", entityId: from.id, action: "UNLINK", before: link, after: null },
      { entityType: "Claim", entityId: to.id, action: "UNLINK", before: link, after: null },
    ] satisfies EditEntry[]);
    return { fromId: from.id, toId: to.id, relation: null };
  });
}

async function lockClaimPair(tx: Tx, fromGid: string, toGid: string): Promise<[ClaimValues, ClaimValues]> {
  const fromId = idOf(fromGid, "Claim");
  const toId = idOf(toGid, "Claim");
  if (fromId === toId) throw badInput("A claim cannot be linked to itself.");
  const rows = await tx.select(claimColumns).from(claim).where(inArray(claim.id, [fromId, toId])).orderBy(asc(claim.id)).for("update");
  const from = rows.find((r) => r.id === fromId);
  const to = rows.find((r) => r.id === toId);
  if (!from) throw notFound("claim", fromGid);
  if (!to) throw notFound("claim", toGid);
  return [from, to];
}

function notFoundRelation(): GraphQLError {
  return userError("NOT_FOUND", "These claims are not linked that way.");
}
