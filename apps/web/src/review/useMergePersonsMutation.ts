import { useMutation } from "@apollo/client/react";
import { graphql } from "../gql";

const MergePersonsMutation = graphql(`
  mutation MergePersonsMutation($input: MergePersonsInput!) {
    mergePersons(input: $input) {
      removedId
      person {
        id
        name
        aliases
        mentionCount
        quoteCount
        claimCount
      }
    }
  }
`);

/** Merges two persons; the absorbed one leaves the cache, and views holding either refetch. */
export function useMergePersonsMutation() {
  return useMutation(MergePersonsMutation, {
    update(cache, { data }) {
      if (!data) return;
      cache.evict({ id: cache.identify({ __typename: "Person", id: data.mergePersons.removedId }) });
      cache.gc();
    },
    refetchQueries: "active",
    awaitRefetchQueries: true,
  });
}
