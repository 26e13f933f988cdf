import { sql, type SQL } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigint,
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
} from "drizzle-orm/pg-core";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/** Full-text vector over a column; long texts are cut so a hostile input cannot overflow tsvector's 1 MB. */
const englishVector = (...parts: { column: string; weight: "A" | "B" }[]): SQL =>
  sql.raw(
    parts
      .map((p) => `setweight(to_tsvector('english', left(coalesce("${p.column}", ''), 100000)), '${p.weight}')`)
      .join(" || "),
  );

const id = () => bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity();
const ref = (name: string) => bigint(name, { mode: "number" });
const createdAt = () => timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow();

export const sourceKind = pgEnum("source_kind", ["PERSON", "ORGANIZATION", "WORK", "ANONYMOUS"]);
export const quoteKind = pgEnum("quote_kind", ["DIRECT", "PARTIAL"]);
export const verdict = pgEnum("verdict", ["UNREVIEWED", "SUPPORTED", "DISPUTED", "FALSE", "MISLEADING", "UNPROVEN"]);
export const relationType = pgEnum("relation_type", ["DISPUTES", "SUPPORTS", "REPEATS"]);
export const accessRole = pgEnum("access_role", ["VIEWER", "EDITOR", "ADMIN"]);

export const article = pgTable(
  "article",
  {
    id: id(),
    url: text("url").unique(),
    canonicalUrl: text("canonical_url"),
    title: text("title"),
    publisher: text("publisher"),
    authors: text("authors").array().notNull().default(sql`'{}'::text[]`),
    /** The byline as the page prints it ("By Jane Doe and John Roe"). */
    byline: text("byline"),
    publishedAt: timestamp("published_at", { withTimezone: true, mode: "date" }),
    language: text("language"),
    text: text("text").notNull(),
    contentHash: text("content_hash").notNull().unique(),
    wordCount: integer("word_count").notNull(),
    ingestedAt: timestamp("ingested_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    extractorVersion: text("extractor_version").notNull(),
    search: tsvector("search").generatedAlwaysAs(
      englishVector({ column: "title", weight: "A" }, { column: "text", weight: "B" }),
    ),
  },
  (t) => [
    index("article_search_idx").using("gin", t.search).with({ fastupdate: false }),
    index("article_publisher_idx").on(t.publisher, t.id),
    index("article_published_at_idx").on(t.publishedAt),
    /** The day an article counts for on the timeline: published, else ingested. */
    index("article_day_idx").on(sql`coalesce(${t.publishedAt}, ${t.ingestedAt})`),
  ],
);

export const person = pgTable(
  "person",
  {
    id: id(),
    name: text("name").notNull(),
    /** canonicalNameKey(name): the bare full name, for exact look-up on ingest. */
    nameKey: text("name_key").notNull(),
    /** surnameKey(name): candidates for alias matching on ingest. */
    surnameKey: text("surname_key"),
    aliases: text("aliases").array().notNull().default(sql`'{}'::text[]`),
    roles: text("roles").array().notNull().default(sql`'{}'::text[]`),
    mentionCount: integer("mention_count").notNull().default(0),
    quoteCount: integer("quote_count").notNull().default(0),
    claimCount: integer("claim_count").notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    index("person_name_key_idx").on(t.nameKey),
    index("person_surname_key_idx").on(t.surnameKey),
    index("person_name_trgm_idx").using("gin", t.name.op("gin_trgm_ops")).with({ fastupdate: false }),
    index("person_popularity_idx").on(t.mentionCount, t.id),
    index("person_quoted_idx").on(t.quoteCount, t.id),
  ],
);

export const articlePerson = pgTable(
  "article_person",
  {
    articleId: ref("article_id").notNull().references(() => article.id, { onDelete: "cascade" }),
    personId: ref("person_id").notNull().references(() => person.id, { onDelete: "cascade" }),
    mentionCount: integer("mention_count").notNull(),
    roles: text("roles").array().notNull().default(sql`'{}'::text[]`),
    /** Order of first appearance in the article. */
    position: integer("position").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.personId] }),
    index("article_person_person_idx").on(t.personId, t.articleId),
  ],
);

export const mention = pgTable(
  "mention",
  {
    id: id(),
    articleId: ref("article_id").notNull().references(() => article.id, { onDelete: "cascade" }),
    personId: ref("person_id").notNull().references(() => person.id, { onDelete: "cascade" }),
    start: integer("start").notNull(),
    end: integer("end").notNull(),
    text: text("text").notNull(),
    pronoun: boolean("pronoun").notNull().default(false),
  },
  (t) => [index("mention_article_idx").on(t.articleId, t.start), index("mention_person_idx").on(t.personId)],
);

export const quote = pgTable(
  "quote",
  {
    id: id(),
    articleId: ref("article_id").notNull().references(() => article.id, { onDelete: "cascade" }),
    text: text("text").notNull(),
    kind: quoteKind("kind").notNull(),
    start: integer("start").notNull(),
    end: integer("end").notNull(),
    speakerPersonId: ref("speaker_person_id").references(() => person.id, { onDelete: "set null" }),
    speakerName: text("speaker_name"),
    speakerKind: sourceKind("speaker_kind"),
    sourceStart: integer("source_start"),
    sourceEnd: integer("source_end"),
    sourceText: text("source_text"),
    cueStart: integer("cue_start"),
    cueEnd: integer("cue_end"),
    cueText: text("cue_text"),
    confidence: real("confidence").notNull(),
    reviewed: boolean("reviewed").notNull().default(false),
    search: tsvector("search").generatedAlwaysAs(englishVector({ column: "text", weight: "A" })),
  },
  (t) => [
    index("quote_article_idx").on(t.articleId, t.start),
    index("quote_speaker_idx").on(t.speakerPersonId, t.id),
    index("quote_search_idx").using("gin", t.search).with({ fastupdate: false }),
  ],
);

/** One link of an attribution chain, as stored in `claim.via`. */
export interface StoredSource {
  name: string;
  kind: "PERSON" | "ORGANIZATION" | "WORK" | "ANONYMOUS";
  personId: number | null;
}

export const claim = pgTable(
  "claim",
  {
    id: id(),
    articleId: ref("article_id").notNull().references(() => article.id, { onDelete: "cascade" }),
    text: text("text").notNull(),
    start: integer("start").notNull(),
    end: integer("end").notNull(),
    claimantPersonId: ref("claimant_person_id").references(() => person.id, { onDelete: "set null" }),
    claimantName: text("claimant_name"),
    claimantKind: sourceKind("claimant_kind"),
    via: jsonb("via").$type<StoredSource[]>().notNull().default(sql`'[]'::jsonb`),
    sourceStart: integer("source_start"),
    sourceEnd: integer("source_end"),
    sourceText: text("source_text"),
    cueStart: integer("cue_start"),
    cueEnd: integer("cue_end"),
    cueText: text("cue_text"),
    hedged: boolean("hedged").notNull().default(false),
    hedges: text("hedges").array().notNull().default(sql`'{}'::text[]`),
    confidence: real("confidence").notNull(),
    verdict: verdict("verdict").notNull().default("UNREVIEWED"),
    verdictNote: text("verdict_note"),
    reviewed: boolean("reviewed").notNull().default(false),
    search: tsvector("search").generatedAlwaysAs(englishVector({ column: "text", weight: "A" })),
    /** The cluster of claims this one is a repeat of (the same claim in other articles); null when none. */
    clusterId: ref("cluster_id").references((): AnyPgColumn => claimCluster.id, { onDelete: "set null" }),
  },
  (t) => [
    index("claim_article_idx").on(t.articleId, t.start),
    index("claim_cluster_idx").on(t.clusterId, t.id),
    index("claim_claimant_idx").on(t.claimantPersonId, t.id),
    index("claim_verdict_idx").on(t.verdict, t.id),
    index("claim_search_idx").using("gin", t.search).with({ fastupdate: false }),
  ],
);

export const claimSubject = pgTable(
  "claim_subject",
  {
    claimId: ref("claim_id").notNull().references(() => claim.id, { onDelete: "cascade" }),
    personId: ref("person_id").notNull().references(() => person.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.claimId, t.personId] }), index("claim_subject_person_idx").on(t.personId, t.claimId)],
);

export const claimRelation = pgTable(
  "claim_relation",
  {
    id: id(),
    /** The claim that disputes, supports or repeats… */
    claimId: ref("claim_id").notNull().references(() => claim.id, { onDelete: "cascade" }),
    /** …this one. */
    targetClaimId: ref("target_claim_id").notNull().references(() => claim.id, { onDelete: "cascade" }),
    type: relationType("type").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("claim_relation_claim_idx").on(t.claimId), index("claim_relation_target_idx").on(t.targetClaimId)],
);

/**
 * Who changed what and when: one row per edit of a quote, claim or person (review mutations).
 * Not tied to the edited row by a foreign key, so the history of a deleted or merged item survives it.
 */
export const editHistory = pgTable(
  "edit_history",
  {
    id: id(),
    /** "Quote" | "Claim" | "Person". */
    entityType: text("entity_type").notNull(),
    entityId: ref("entity_id").notNull(),
    /** What was done: UPDATE_SPEAKER, DELETE, MERGE, SPLIT, SET_VERDICT, LINK… */
    action: text("action").notNull(),
    /** Who did it: the name of the API key the edit was made with. */
    actor: text("actor").notNull(),
    at: timestamp("at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    before: jsonb("before"),
    after: jsonb("after"),
  },
  (t) => [index("edit_history_entity_idx").on(t.entityType, t.entityId, t.id)],
);

/**
 * API keys. Only a SHA-256 of each key is kept: keys are 256 random bits, so a fast hash is as safe
 * as a slow one and lets a request find its key by index. `prefix` lets people tell keys apart.
 */
export const apiKey = pgTable(
  "api_key",
  {
    id: id(),
    name: text("name").notNull(),
    role: accessRole("role").notNull(),
    prefix: text("prefix").notNull(),
    hash: text("hash").notNull().unique(),
    createdAt: createdAt(),
    createdBy: text("created_by").notNull(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true, mode: "date" }),
    revokedAt: timestamp("revoked_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [index("api_key_name_idx").on(t.name)],
);

/**
 * Claims that are the same claim reported by several articles. `size`, the first appearance, the dates
 * and `personIds` are kept by triggers on claim and claim_subject (migration 0005), so they stay true
 * however claims leave or change (editors' deletions, re-extraction, deleted articles, merged people).
 */
export const claimCluster = pgTable(
  "claim_cluster",
  {
    id: id(),
    size: integer("size").notNull().default(0),
    /** The claim that appeared first (earliest article day, then lowest id). */
    firstClaimId: ref("first_claim_id"),
    /** Article times (published, else ingested; to the millisecond) of the first and the latest claim. */
    firstAt: timestamp("first_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    lastAt: timestamp("last_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    /** Claimants and subjects of the claims, for filtering clusters by person. */
    personIds: bigint("person_ids", { mode: "number" }).array().notNull().default(sql`'{}'::bigint[]`),
    createdAt: createdAt(),
  },
  (t) => [
    index("claim_cluster_rank_idx").on(t.size, t.lastAt, t.id),
    // The embedded store never vacuums: a GIN pending list would grow to 4 MB and be scanned on every lookup.
    index("claim_cluster_person_idx").using("gin", t.personIds).with({ fastupdate: false }),
  ],
);

/**
 * What clustering compares of a claim (see claim-similarity in @whosaid/domain): MinHash keys of its
 * content words (GIN-indexed, so finding candidate repeats is an index lookup), the words themselves
 * and whether it is negated. Only claims long enough to be clustered have one.
 */
export const claimFingerprint = pgTable(
  "claim_fingerprint",
  {
    claimId: ref("claim_id").primaryKey().references(() => claim.id, { onDelete: "cascade" }),
    keys: integer("keys").array().notNull(),
    terms: text("terms").array().notNull(),
    negated: boolean("negated").notNull(),
  },
  (t) => [index("claim_fingerprint_keys_idx").using("gin", t.keys).with({ fastupdate: false })],
);

/**
 * Row counts the overview shows (`article`, `person`, `quote`, `claim`, and `claim:<VERDICT>` per
 * verdict), kept by triggers (migration 0006) so reading them costs the same at any size. A count is
 * spread over 16 shards (the writing transaction's id modulo 16, `count_shard()`, migration 0009), so
 * concurrent writers do not queue on one row; it is the sum of its shards.
 */
export const storeCount = pgTable(
  "store_count",
  {
    name: text("name").notNull(),
    shard: integer("shard").notNull(),
    n: bigint("n", { mode: "number" }).notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.name, t.shard] })],
);

/**
 * Articles, quotes and claims per day (the article's day: published, else ingested, in UTC) for the
 * overview's timeline, kept by the same triggers and sharded the same way.
 */
export const dayCount = pgTable(
  "day_count",
  {
    day: date("day", { mode: "string" }).notNull(),
    shard: integer("shard").notNull(),
    articles: integer("articles").notNull().default(0),
    quotes: integer("quotes").notNull().default(0),
    claims: integer("claims").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.day, t.shard] })],
);

/**
 * One person's articles (naming them), quotes (they said) and claims (they make) per day (the
 * article's day, as in `day_count`), for `Person.timeline`: kept by triggers (migration 0008) on
 * article_person, quote, claim, article and person, sharded the same way, so a person named in tens of
 * thousands of articles reads a few rows per day of the window instead of all their rows.
 */
export const personDayCount = pgTable(
  "person_day_count",
  {
    personId: ref("person_id").notNull(),
    day: date("day", { mode: "string" }).notNull(),
    shard: integer("shard").notNull(),
    articles: integer("articles").notNull().default(0),
    quotes: integer("quotes").notNull().default(0),
    claims: integer("claims").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.personId, t.day, t.shard] })],
);

export type ArticleRow = typeof article.$inferSelect;
export type PersonRow = typeof person.$inferSelect;
export type QuoteRow = typeof quote.$inferSelect;
export type ClaimRow = typeof claim.$inferSelect;
export type MentionRow = typeof mention.$inferSelect;
export type ArticlePersonRow = typeof articlePerson.$inferSelect;
export type ClaimRelationRow = typeof claimRelation.$inferSelect;
export type EditHistoryRow = typeof editHistory.$inferSelect;
export type ApiKeyRow = typeof apiKey.$inferSelect;
export type ClaimClusterRow = typeof claimCluster.$inferSelect;
