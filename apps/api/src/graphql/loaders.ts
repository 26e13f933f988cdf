import DataLoader from "dataloader";
import type { Db } from "../db/store.js";
import { findArticlesByIds } from "../modules/article/article.service.js";
import {
  findClaimRelations,
  findClaimsByArticleIds,
  findClaimsByIds,
  findClaimSubjects,
} from "../modules/claim/claim.service.js";
import { findClusterClaimRefs, findClusterSpreads, findClustersByIds, findRepeatRefs } from "../modules/cluster/cluster.service.js";
import { findHistory } from "../modules/history/history.service.js";
import { findArticlePersons, findMentionsByArticleIds, findPersonsByIds } from "../modules/person/person.service.js";
import { findQuotesByArticleIds, findQuotesByIds } from "../modules/quote/quote.service.js";

/** Per-request batching: every field below costs one statement per request level, not one per row. */
export function createLoaders(db: Db) {
  return {
    article: new DataLoader((ids: readonly number[]) => findArticlesByIds(db, ids)),
    person: new DataLoader((ids: readonly number[]) => findPersonsByIds(db, ids)),
    quote: new DataLoader((ids: readonly number[]) => findQuotesByIds(db, ids)),
    claim: new DataLoader((ids: readonly number[]) => findClaimsByIds(db, ids)),
    articlePersons: new DataLoader((ids: readonly number[]) => findArticlePersons(db, ids)),
    mentionsByArticle: new DataLoader((ids: readonly number[]) => findMentionsByArticleIds(db, ids)),
    quotesByArticle: new DataLoader((ids: readonly number[]) => findQuotesByArticleIds(db, ids)),
    claimsByArticle: new DataLoader((ids: readonly number[]) => findClaimsByArticleIds(db, ids)),
    claimSubjects: new DataLoader((ids: readonly number[]) => findClaimSubjects(db, ids)),
    claimRelations: new DataLoader((ids: readonly number[]) => findClaimRelations(db, ids)),
    claimCluster: new DataLoader((ids: readonly number[]) => findClustersByIds(db, ids)),
    clusterClaimRefs: new DataLoader((ids: readonly number[]) => findClusterClaimRefs(db, ids)),
    clusterSpread: new DataLoader((ids: readonly number[]) => findClusterSpreads(db, ids)),
    repeatRefs: new DataLoader((ids: readonly number[]) => findRepeatRefs(db, ids)),
    quoteHistory: new DataLoader((ids: readonly number[]) => findHistory(db, "Quote", ids)),
    claimHistory: new DataLoader((ids: readonly number[]) => findHistory(db, "Claim", ids)),
    personHistory: new DataLoader((ids: readonly number[]) => findHistory(db, "Person", ids)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
