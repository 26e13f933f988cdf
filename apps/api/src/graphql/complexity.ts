import type { ApolloServerPlugin } from "@apollo/server";
import { getNamedType, getNullableType, GraphQLError, isListType, type DocumentNode, type GraphQLSchema } from "graphql";
import type { ComplexityEstimator } from "graphql-query-complexity";
import { createRequire } from "node:module";

// The package's ESM build imports graphql's .mjs files, a second copy of graphql beside the CommonJS
// one type-graphql builds the schema with ("from another module or realm"); its CommonJS build shares ours.
const { getComplexity, simpleEstimator } = createRequire(import.meta.url)(
  "graphql-query-complexity",
) as typeof import("graphql-query-complexity");

/** The most a single operation may cost; the dashboard's heaviest page costs a small fraction of it. */
export const MAX_COMPLEXITY = 20_000;

/** Lists without a `first` argument (an article's quotes, a claim's subjects) count as this many items. */
const UNBOUNDED_LIST_SIZE = 5;

/** Connections cost `first` × their items: this is what makes a nested-connection bomb expensive. */
const connectionEstimator: ComplexityEstimator = ({ args, childComplexity }) =>
  typeof args.first === "number" ? 1 + childComplexity * Math.max(1, args.first) : undefined;

const listEstimator: ComplexityEstimator = ({ field, childComplexity }) => {
  if (!isListType(getNullableType(field.type))) return undefined;
  // A connection's edges/nodes are already counted `first` times by the connection itself.
  if ((field.name === "edges" || field.name === "nodes") && getNamedType(field.type).name.match(/(Edge|Article|Person|Quote|Claim)$/))
    return 1 + childComplexity;
  return 1 + childComplexity * UNBOUNDED_LIST_SIZE;
};

/** Estimated cost of an operation with its variables (exported for tests of the dashboard's own queries). */
export function operationComplexity(
  schema: GraphQLSchema,
  query: import("graphql").DocumentNode,
  variables: Record<string, unknown> = {},
  operationName?: string,
): number {
  return getComplexity({
    schema,
    query,
    variables,
    operationName,
    estimators: [connectionEstimator, listEstimator, simpleEstimator({ defaultComplexity: 1 })],
  });
}

/**
 * What of the variables a cost can depend on: the estimators read only numbers (`first`) and
 * booleans (`@include`), never strings, so ids, cursors and search terms that change with every
 * request do not make it a new entry. A string where a number belongs fails coercion and is never cached.
 */
const costShape = (_key: string, value: unknown) => (typeof value === "string" ? "" : value);

/** Variable sets remembered per document; beyond that the memory starts over. */
const MAX_CACHED_VARIABLE_SETS = 256;

/**
 * Refuses operations costing more than MAX_COMPLEXITY with 400 QUERY_TOO_COMPLEX, after the
 * operation is resolved (so variables such as `first: $n` count) and before any resolver runs.
 */
export function complexityLimitPlugin(schema: GraphQLSchema, max = MAX_COMPLEXITY): ApolloServerPlugin {
  // Apollo's document store hands back the same parsed document for the same query text, so the cost
  // of a document with the same operation and variables is computed once (the walk was 2.6–5 % of a request).
  const known = new WeakMap<DocumentNode, Map<string, number>>();
  const costOf = (document: DocumentNode, variables: Record<string, unknown>, operationName: string | undefined): number => {
    const key = `${operationName ?? ""}\u0000${JSON.stringify(variables, costShape)}`;
    let costs = known.get(document);
    const cached = costs?.get(key);
    if (cached !== undefined) return cached;
    const cost = operationComplexity(schema, document, variables, operationName);
    if (!costs) known.set(document, (costs = new Map()));
    if (costs.size >= MAX_CACHED_VARIABLE_SETS) costs.clear();
    costs.set(key, cost);
    return cost;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let cost: number;
          try {
            cost = costOf(document, request.variables ?? {}, request.operationName ?? undefined);
          } catch {
            // Variables that do not fit their types: Apollo's own coercion answers that with a 400 next.
            return;
          }
          if (cost > max)
            throw new GraphQLError(`The query is too complex (cost ${cost}, limit ${max}): ask for fewer items or less nesting.`, {
              extensions: { code: "QUERY_TOO_COMPLEX", cost, limit: max, http: { status: 400 } },
            });
        },
      };
    },
  };
}
