import type { ApolloCache, Reference, StoreObject } from "@apollo/client";

/**
 * Cache edits the review mutations share. Each mutation writes what its result holds; what it cannot
 * know (lists filtered or counted on the server) is evicted, so the view that shows it asks again
 * when it is next read, instead of every active view refetching at once.
 */

/** Drops the lists and aggregates a new or deleted quote or claim changes, wherever they are cached. */
export function forgetListsOf(cache: ApolloCache, kind: "quotes" | "claims", people: readonly (Reference | StoreObject | null | undefined)[] = []) {
  cache.evict({ id: "ROOT_QUERY", fieldName: "overview" });
  cache.evict({ id: "ROOT_QUERY", fieldName: kind });
  cache.evict({ id: "ROOT_QUERY", fieldName: "search" });
  if (kind === "claims") cache.evict({ id: "ROOT_QUERY", fieldName: "claimClusters" });
  for (const person of people) {
    if (!person) continue;
    const id = cache.identify(person);
    cache.evict({ id, fieldName: kind });
    cache.evict({ id, fieldName: "timeline" });
  }
}

/** Takes a deleted quote or claim out of the cache, with the count of the person it was attributed to. */
export function forgetDeleted(cache: ApolloCache, typename: "Quote" | "Claim", id: string) {
  const entity = cache.identify({ __typename: typename, id });
  // Read (without changing) who it was attributed to and its cluster, before it goes.
  let person: Reference | undefined;
  let cluster: Reference | undefined;
  const sourceField = typename === "Quote" ? "speaker" : "claimant";
  cache.modify({
    id: entity,
    fields(value, { fieldName, readField, isReference }) {
      if (fieldName === sourceField && value && typeof value === "object" && !isReference(value)) {
        person = readField<Reference>("person", value as StoreObject);
      }
      if (fieldName === "cluster" && isReference(value)) cluster = value;
      return value;
    },
  });
  const counter = typename === "Quote" ? "quoteCount" : "claimCount";
  if (person) cache.modify({ id: cache.identify(person), fields: { [counter]: (n: number) => Math.max(0, n - 1) } });
  if (cluster) cache.evict({ id: cache.identify(cluster) });
  forgetListsOf(cache, typename === "Quote" ? "quotes" : "claims", [person]);
  cache.evict({ id: entity });
  cache.gc();
}
