/**
 * The SQL floor: for each workload operation, the statements the batched graphql-js baseline issues
 * (same functions, same batching levels), results written as plain JSON — no parse, validate or execute.
 */
import { fromGlobalId, sqlData, type Db, type Row } from "./data.js";

const uniq = (xs: (number | null | undefined)[]) => [...new Set(xs.filter((x): x is number => x != null))];

async function claimExtras(db: Db, claims: Row[]) {
  const ids = claims.map((c) => c.id);
  if (!ids.length) return { subjects: [], relations: [], relatedClaims: [] };
  const [subjects, relations] = await Promise.all([sqlData.claimSubjects(db, ids), sqlData.claimRelations(db, ids)]);
  const related = uniq(relations.flat().flatMap((r) => [r.claim_id, r.target_claim_id]));
  const relatedClaims = related.length ? await sqlData.claimsByIds(db, related) : [];
  return { subjects, relations, relatedClaims };
}

const sourcePersons = (quotes: Row[], claims: Row[]) => [
  ...quotes.map((q) => q.speaker_person_id),
  ...claims.map((c) => c.claimant_person_id),
  ...claims.flatMap((c) => (c.via as { personId: number | null }[]).map((v) => v.personId)),
];

export async function sqlFloor(db: Db, key: string, variables: Record<string, any>): Promise<unknown> {
  const first = Number(variables.first ?? 10);
  if (key === "articleList") return { articles: await sqlData.articlesPage(db, first) };
  if (key.startsWith("search:")) {
    const [articles, hits] = await Promise.all([sqlData.articlesPage(db, first), sqlData.search(db, String(variables.query), 30)]);
    const articleIds = uniq(hits.filter((h) => h.__typename === "Quote" || h.__typename === "Claim").map((h) => h.article_id));
    return { articles, hits, hitArticles: articleIds.length ? await sqlData.articlesByIds(db, articleIds) : [] };
  }
  if (key === "typeahead") return { persons: await sqlData.personsSearch(db, variables.search ?? null, 15) };
  if (key === "articlePage") {
    const id = fromGlobalId(String(variables.id))!.id;
    const [article] = await sqlData.articlesByIds(db, [id]);
    // As whosaid's article-parts: links, quotes and claims in one statement; mentions (asked a level
    // deeper) in their own.
    const [[links, quotes, claims], [mentions]] = await Promise.all([
      sqlData.articleParts(db, [
        { kind: "persons", id },
        { kind: "quotes", id },
        { kind: "claims", id },
      ]),
      sqlData.mentionsByArticle(db, [id]),
    ]);
    const persons: Row[] = links!.map((l) => ({ ...l, mentions: mentions!.filter((m) => m.person_id === l.person_id) }));
    const personIds = uniq([...persons!.map((p) => p.person_id), ...sourcePersons(quotes!, claims!)]);
    const [people, extras] = await Promise.all([personIds.length ? sqlData.personsByIds(db, personIds) : [], claimExtras(db, claims!)]);
    return { article, persons, quotes, claims, people, ...extras };
  }
  if (key === "personPage") {
    const id = fromGlobalId(String(variables.id))!.id;
    const [person] = await sqlData.personsByIds(db, [id]);
    // As whosaid's person-parts: the lists, timeline and network in one statement.
    const [parts, history] = await Promise.all([
      sqlData.personParts(db, [
        { kind: "timeline", id, days: 90 },
        { kind: "quotes", id, first },
        { kind: "claims", id, first },
        { kind: "claimsAbout", id, first },
        { kind: "network", id, first: 12 },
        { kind: "articles", id, first },
      ]),
      sqlData.history(db, "Person", [id]),
    ]);
    const [timeline, quotes, claims, claimsAbout, coOccurrence, articles] = parts as [Row[], Row[], Row[], Row[], unknown, Row[]];
    const allClaims = [...claims.slice(0, first), ...claimsAbout.slice(0, first)];
    const q = quotes.slice(0, first);
    const personIds = uniq(sourcePersons(q, allClaims));
    const articleIds = uniq([...q, ...allClaims].map((r) => r.article_id));
    const [people, refArticles, extras] = await Promise.all([
      personIds.length ? sqlData.personsByIds(db, personIds) : [],
      articleIds.length ? sqlData.articlesByIds(db, articleIds) : [],
      claimExtras(db, allClaims),
    ]);
    return { person, quotes, claims, claimsAbout, articles, coOccurrence, history, timeline, people, refArticles, ...extras };
  }
  throw new Error(`sql floor: no plan for operation ${key}`);
}
