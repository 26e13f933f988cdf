/**
 * The plain baseline: graphql-js over the committed schema (apps/api/schema.graphql), hand-attached
 * resolvers with DataLoader batching, rows from `pg` (or PGlite) through baseline/data.ts. Only what
 * the dashboard's workload reads is implemented; other fields answer with an error.
 */
import DataLoader from "dataloader";
import { readFileSync } from "node:fs";
import {
  buildSchema,
  GraphQLObjectType,
  GraphQLScalarType,
  GraphQLInterfaceType,
  GraphQLUnionType,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from "graphql";
import { byIds, CountingDb, fromGlobalId, idCursor, sqlData, toGlobalId, type ArticlePart, type Db, type PersonPart, type Row } from "./data.js";

export interface BaselineContext {
  db: CountingDb;
  loaders: ReturnType<typeof createLoaders>;
}

export function createLoaders(db: Db) {
  return {
    article: new DataLoader((ids: readonly number[]) => sqlData.articlesByIds(db, ids)),
    person: new DataLoader((ids: readonly number[]) => sqlData.personsByIds(db, ids)),
    claim: new DataLoader((ids: readonly number[]) => sqlData.claimsByIds(db, ids)),
    /** As whosaid's article-parts: persons, quotes and claims asked in one tick, one statement. */
    articleParts: new DataLoader((parts: readonly ArticlePart[]) => sqlData.articleParts(db, parts), { cacheKeyFn: (p) => `${p.kind}:${p.id}` }),
    mentionsByArticle: new DataLoader((ids: readonly number[]) => sqlData.mentionsByArticle(db, ids)),
    quotesByArticle: new DataLoader((ids: readonly number[]) => sqlData.quotesByArticle(db, ids)),
    claimsByArticle: new DataLoader((ids: readonly number[]) => sqlData.claimsByArticle(db, ids)),
    claimSubjects: new DataLoader((ids: readonly number[]) => sqlData.claimSubjects(db, ids)),
    claimRelations: new DataLoader((ids: readonly number[]) => sqlData.claimRelations(db, ids)),
    personHistory: new DataLoader((ids: readonly number[]) => sqlData.history(db, "Person", ids)),
    /** As whosaid's person-parts: a person's lists, timeline and network asked in one tick, one statement. */
    personParts: new DataLoader((parts: readonly PersonPart[]) => sqlData.personParts(db, parts), { cacheKeyFn: (p) => JSON.stringify(p) }),
    quoteHistory: new DataLoader((ids: readonly number[]) => sqlData.history(db, "Quote", ids)),
    claimHistory: new DataLoader((ids: readonly number[]) => sqlData.history(db, "Claim", ids)),
  };
}

const tag = (type: string) => (r: Row | null): Row | null => (r ? { __typename: type, ...r } : null);
const snakeCache = new Map<string, string>();
const snake = (s: string) => snakeCache.get(s) ?? snakeCache.set(s, s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)).get(s)!;

/** Rows are snake_case; fields camelCase. */
const defaultResolver: GraphQLFieldResolver<any, BaselineContext> = (src, _args, _ctx, info) => {
  const v = src[info.fieldName];
  return v !== undefined ? v : src[snake(info.fieldName)];
};

function connection(rowsPlusOne: Row[], first: number, type: string) {
  const items = rowsPlusOne.slice(0, first).map(tag(type));
  return {
    edges: items.map((n) => ({ cursor: idCursor(n!.id), node: n })),
    nodes: items,
    pageInfo: { hasNextPage: rowsPlusOne.length > first, endCursor: items.length ? idCursor(items.at(-1)!.id) : null },
  };
}

function dbId(id: string, type: string): number {
  const g = fromGlobalId(id);
  if (!g || g.type !== type) throw new Error(`not a ${type} id`);
  return g.id;
}

const source = (name: string | null, kind: string | null, personId: number | null) => (name && kind ? { name, kind, personId } : null);

export function baselineSchema(sdlPath: string): GraphQLSchema {
  const schema = buildSchema(readFileSync(sdlPath, "utf8"));
  const resolvers: Record<string, Record<string, GraphQLFieldResolver<any, BaselineContext, any>>> = {
    Query: {
      articles: async (_s, a, c) => connection(await sqlData.articlesPage(c.db, a.first), a.first, "Article"),
      article: async (_s, a, c) => {
        const r = await c.loaders.article.load(dbId(a.id, "Article"));
        if (!r) throw new Error("NOT_FOUND");
        return tag("Article")(r);
      },
      person: async (_s, a, c) => {
        const r = await c.loaders.person.load(dbId(a.id, "Person"));
        if (!r) throw new Error("NOT_FOUND");
        return tag("Person")(r);
      },
      persons: async (_s, a, c) => connection(await sqlData.personsSearch(c.db, a.filter?.search ?? null, a.first), a.first, "Person"),
      search: (_s, a, c) => sqlData.search(c.db, a.query, a.first),
    },
    Article: {
      id: (s) => toGlobalId("Article", s.id),
      persons: (s, _a, c) => c.loaders.articleParts.load({ kind: "persons", id: s.id }),
      quotes: async (s, _a, c) => (await c.loaders.articleParts.load({ kind: "quotes", id: s.id })).map(tag("Quote")),
      claims: async (s, _a, c) => (await c.loaders.articleParts.load({ kind: "claims", id: s.id })).map(tag("Claim")),
    },
    ArticlePerson: {
      person: async (s, _a, c) => tag("Person")(await c.loaders.person.load(s.person_id)),
      mentions: async (s, _a, c) => (await c.loaders.mentionsByArticle.load(s.article_id)).filter((m) => m.person_id === s.person_id),
    },
    Mention: { id: (s) => Buffer.from(`Mention:${s.id}`).toString("base64url") },
    Person: {
      id: (s) => toGlobalId("Person", s.id),
      quotes: async (s, a, c) => connection((await c.loaders.personParts.load({ kind: "quotes", id: s.id, first: a.first })) as Row[], a.first, "Quote"),
      claims: async (s, a, c) => connection((await c.loaders.personParts.load({ kind: "claims", id: s.id, first: a.first })) as Row[], a.first, "Claim"),
      claimsAbout: async (s, a, c) =>
        connection((await c.loaders.personParts.load({ kind: "claimsAbout", id: s.id, first: a.first })) as Row[], a.first, "Claim"),
      articles: async (s, a, c) => connection((await c.loaders.personParts.load({ kind: "articles", id: s.id, first: a.first })) as Row[], a.first, "Article"),
      coOccurrence: (s, a, c) => c.loaders.personParts.load({ kind: "network", id: s.id, first: a.first }),
      timeline: (s, a, c) => c.loaders.personParts.load({ kind: "timeline", id: s.id, days: a.days ?? 90 }),
      history: (s, _a, c) => c.loaders.personHistory.load(s.id),
    },
    Quote: {
      id: (s) => toGlobalId("Quote", s.id),
      cue: (s) => s.cue_text,
      history: (s, _a, c) => c.loaders.quoteHistory.load(s.id),
      speaker: (s) => source(s.speaker_name, s.speaker_kind, s.speaker_person_id),
      article: async (s, _a, c) => tag("Article")(await c.loaders.article.load(s.article_id)),
    },
    Claim: {
      id: (s) => toGlobalId("Claim", s.id),
      cue: (s) => s.cue_text,
      history: (s, _a, c) => c.loaders.claimHistory.load(s.id),
      claimant: (s) => source(s.claimant_name, s.claimant_kind, s.claimant_person_id),
      via: (s) => (s.via as { name: string; kind: string; personId: number | null }[]).map((v) => source(v.name, v.kind, v.personId)),
      subjects: async (s, _a, c) => (await c.loaders.claimSubjects.load(s.id)).map(tag("Person")),
      relations: async (s, _a, c) =>
        (await c.loaders.claimRelations.load(s.id)).map((r) => ({ type: r.type, fromId: r.claim_id, toId: r.target_claim_id })),
      article: async (s, _a, c) => tag("Article")(await c.loaders.article.load(s.article_id)),
    },
    ClaimRelation: {
      from: async (s, _a, c) => tag("Claim")(await c.loaders.claim.load(s.fromId)),
      to: async (s, _a, c) => tag("Claim")(await c.loaders.claim.load(s.toId)),
    },
    Source: {
      person: async (s, _a, c) => (s.personId ? tag("Person")(await c.loaders.person.load(s.personId)) : null),
    },
  };
  for (const [typeName, fields] of Object.entries(resolvers)) {
    const type = schema.getType(typeName);
    if (!(type instanceof GraphQLObjectType)) throw new Error(`baseline: ${typeName} is not an object type in the schema`);
    const defined = type.getFields();
    for (const [field, resolve] of Object.entries(fields)) {
      if (!defined[field]) throw new Error(`baseline: ${typeName}.${field} is not in the schema`);
      defined[field].resolve = resolve;
    }
  }
  for (const type of Object.values(schema.getTypeMap())) {
    if (type instanceof GraphQLInterfaceType || type instanceof GraphQLUnionType) type.resolveType = (v: Row) => v.__typename;
    if (type instanceof GraphQLObjectType && !type.name.startsWith("__"))
      for (const f of Object.values(type.getFields())) f.resolve ??= defaultResolver;
  }
  const dateTime = schema.getType("DateTimeISO");
  if (dateTime instanceof GraphQLScalarType) dateTime.serialize = (v: unknown) => (v instanceof Date ? v.toISOString() : v);
  return schema;
}

export { byIds };
