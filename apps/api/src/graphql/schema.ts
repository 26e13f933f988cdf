import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { ArticleResolver } from "../modules/article/article.resolver.js";
import { ClaimRelationResolver, ClaimResolver } from "../modules/claim/claim.resolver.js";
import { IngestResolver } from "../modules/ingest/ingest.resolver.js";
import { NodeResolver } from "../modules/node/node.resolver.js";
import { ArticlePersonResolver, PersonResolver } from "../modules/person/person.resolver.js";
import { QuoteResolver, SourceResolver } from "../modules/quote/quote.resolver.js";
import { SearchResolver } from "../modules/search/search.resolver.js";

let built: Promise<GraphQLSchema> | undefined;

/** The whosaid GraphQL schema (built once per process: type-graphql metadata is global). */
export function whosaidSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [
      NodeResolver,
      ArticleResolver,
      PersonResolver,
      ArticlePersonResolver,
      QuoteResolver,
      SourceResolver,
      ClaimResolver,
      ClaimRelationResolver,
      SearchResolver,
      IngestResolver,
    ],
    // Submitted values never travel back in validation errors.
    validate: { forbidUnknownValues: false, validationError: { target: false, value: false } },
  });
  return built;
}
