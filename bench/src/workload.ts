/**
 * The dashboard's own operations, read from apps/web's generated typed documents
 * (apps/web/src/gql/graphql.ts) by operation name, and the weighted, rotating request mix.
 */
import { readFileSync } from "node:fs";
import { Kind, print, visit, type DocumentNode, type OperationDefinitionNode } from "graphql";
import { contentWord } from "./data/vocabulary.js";
import { createRng, randInt, weightedPick, Zipf } from "./data/rng.js";

export interface MixEntry {
  /** How the operation is reported. */
  key: string;
  /** The web app's operation name. */
  operation: string;
  /** Share of requests, percent. */
  weight: number;
}

/** The issue's mix: article list 35 %, article page 25 %, person page 15 %, search 15 % (three buckets), typeahead 10 %. */
export const MIX: readonly MixEntry[] = [
  { key: "articleList", operation: "OverviewRouteQuery", weight: 35 },
  { key: "articlePage", operation: "ArticleRouteQuery", weight: 25 },
  { key: "personPage", operation: "PersonRouteQuery", weight: 15 },
  { key: "search:rare", operation: "OverviewRouteQuery", weight: 5 },
  { key: "search:medium", operation: "OverviewRouteQuery", weight: 5 },
  { key: "search:common", operation: "OverviewRouteQuery", weight: 5 },
  { key: "typeahead", operation: "PersonPickerQuery", weight: 10 },
];

/** Page size the dashboard asks for (apps/web/src/routes/*: PAGE = 10). */
export const PAGE = 10;

/** Every operation in the web app's generated documents, by name. */
export function readWebOperations(graphqlTs: string): Map<string, DocumentNode> {
  const source = readFileSync(graphqlTs, "utf8");
  const out = new Map<string, DocumentNode>();
  for (const m of source.matchAll(/^export const (\w+) = (\{.*\}) as unknown as DocumentNode/gm)) {
    const doc = JSON.parse(m[2]!) as DocumentNode;
    const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    if (op?.name) out.set(op.name.value, doc);
  }
  return out;
}

/**
 * The query text as the dashboard's Apollo Client sends it: client-only `@unmask` removed and
 * `__typename` added to every selection set but the operation's root.
 */
export function asSent(doc: DocumentNode): string {
  const withoutClientDirectives = visit(doc, {
    Directive: (node) => (node.name.value === "unmask" ? null : undefined),
  });
  const withTypename = visit(withoutClientDirectives, {
    SelectionSet: (node, _key, parent) => {
      if (parent && !Array.isArray(parent) && (parent as { kind?: string }).kind === Kind.OPERATION_DEFINITION) return undefined;
      if (node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === "__typename")) return undefined;
      return { ...node, selections: [...node.selections, { kind: Kind.FIELD, name: { kind: Kind.NAME, value: "__typename" } }] };
    },
  });
  return print(withTypename);
}

/** The operations of the mix, with a clear error when the web app no longer has one. */
export function resolveMix(ops: Map<string, DocumentNode>, mix: readonly MixEntry[] = MIX): Map<string, string> {
  const texts = new Map<string, string>();
  for (const entry of mix) {
    const doc = ops.get(entry.operation);
    if (!doc)
      throw new Error(
        `workload: the web app has no operation named ${entry.operation} (for "${entry.key}"); ` +
          `known: ${[...ops.keys()].sort().join(", ")}. Update MIX in bench/src/workload.ts.`,
      );
    texts.set(entry.operation, asSent(doc));
  }
  return texts;
}

/** Search terms by how many articles hold them, from the generator's vocabulary ranks. */
export const SEARCH_BUCKETS = {
  /** Ranks 5–40: real news words in most articles. */
  common: { from: 5, to: 40 },
  /** Ranks 400–1,200: in a few percent of articles. */
  medium: { from: 400, to: 1200 },
  /** Ranks 8,000–11,999: in a handful of articles. */
  rare: { from: 8000, to: 11_999 },
} as const;

export interface Inputs {
  articleIds: number[];
  /** Person ids, most mentioned first. */
  personIdsByPopularity: number[];
  /** Person names, most mentioned first (typeahead prefixes come from them). */
  personNames: string[];
}

export interface Request {
  key: string;
  operationName: string;
  body: string;
}

const globalId = (type: string, id: number) => Buffer.from(`${type}:${id}`, "utf8").toString("base64url");

/** A seeded sequence of `length` requests in the mix's proportions; ids and terms rotate. */
export function buildSequence(texts: Map<string, string>, inputs: Inputs, seed: number, length: number, mix: readonly MixEntry[] = MIX): Request[] {
  const rng = createRng(seed);
  const people = new Zipf(Math.max(1, inputs.personIdsByPopularity.length), 1.0);
  const out: Request[] = [];
  for (let i = 0; i < length; i++) {
    const entry = weightedPick(rng, mix, mix.map((m) => m.weight));
    let variables: Record<string, unknown>;
    if (entry.key === "articleList") variables = { first: PAGE, query: "", searching: false };
    else if (entry.key === "articlePage") variables = { id: globalId("Article", inputs.articleIds[randInt(rng, inputs.articleIds.length)]!) };
    else if (entry.key === "personPage") variables = { id: globalId("Person", inputs.personIdsByPopularity[people.sample(rng)]!), first: PAGE };
    else if (entry.key.startsWith("search:")) {
      const b = SEARCH_BUCKETS[entry.key.slice(7) as keyof typeof SEARCH_BUCKETS];
      variables = { first: PAGE, query: contentWord(b.from + randInt(rng, b.to - b.from + 1)), searching: true };
    } else if (entry.key === "typeahead") {
      const name = inputs.personNames[people.sample(rng) % inputs.personNames.length]!.toLowerCase();
      variables = { search: name.slice(0, 2 + randInt(rng, 4)) };
    } else throw new Error(`workload: no variables for ${entry.key}`);
    out.push({ key: entry.key, operationName: entry.operation, body: JSON.stringify({ operationName: entry.operation, query: texts.get(entry.operation), variables }) });
  }
  return out;
}

/** A response the benchmark counts as good: HTTP 200, JSON with data and no `errors`. */
export function responseProblem(status: number, body: string): string | null {
  if (status !== 200) return `HTTP ${status}: ${body.slice(0, 200)}`;
  try {
    const parsed = JSON.parse(body) as { data?: unknown; errors?: { message?: string }[] };
    if (parsed.errors?.length) return `GraphQL error: ${parsed.errors.map((e) => e.message).join("; ").slice(0, 200)}`;
    if (parsed.data == null) return "no data";
    return null;
  } catch {
    return `not JSON: ${body.slice(0, 100)}`;
  }
}
