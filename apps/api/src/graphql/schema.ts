import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { AccessResolver } from "../modules/access/access.resolver.js";
import { authChecker } from "../modules/access/auth-checker.js";
import { ArticleResolver } from "../modules/article/article.resolver.js";
import { ClaimRelationResolver, ClaimResolver } from "../modules/claim/claim.resolver.js";
import { ClaimClusterResolver, ClaimRepeatsResolver } from "../modules/cluster/cluster.resolver.js";
import { ClaimHistoryResolver, PersonHistoryResolver, QuoteHistoryResolver } from "../modules/history/history.resolver.js";
import { IngestResolver } from "../modules/ingest/ingest.resolver.js";
import { PersonNetworkResolver } from "../modules/network/network.resolver.js";
import { NodeResolver } from "../modules/node/node.resolver.js";
import { ArticlePersonResolver, PersonResolver } from "../modules/person/person.resolver.js";
import { OverviewResolver, PersonTimelineResolver } from "../modules/overview/overview.resolver.js";
import { QuoteResolver, SourceResolver } from "../modules/quote/quote.resolver.js";
import { MentionResolver, ReviewResolver } from "../modules/review/review.resolver.js";
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
      ReviewResolver,
      MentionResolver,
      QuoteHistoryResolver,
      ClaimHistoryResolver,
      PersonHistoryResolver,
      PersonNetworkResolver,
      OverviewResolver,
      PersonTimelineResolver,
      ClaimClusterResolver,
      ClaimRepeatsResolver,
      AccessResolver,
    ],
    authChecker,
    // Submitted values never travel back in validation errors.
    validate: { forbidUnknownValues: false, validationError: { target: false, value: false } },
  });
  return built;
}
