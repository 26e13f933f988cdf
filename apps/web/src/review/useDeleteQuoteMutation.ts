import { useMutation } from "@apollo/client/react";
import { graphql } from "../gql";

const DeleteQuoteMutation = graphql(`
  mutation DeleteQuoteMutation($input: DeleteInput!) {
    deleteQuote(input: $input) {
      deletedId
    }
  }
`);

/** Deletes a quote and drops it from every cached list. */
export function useDeleteQuoteMutation() {
  return useMutation(DeleteQuoteMutation, {
    update(cache, { data }) {
      if (!data) return;
      cache.evict({ id: cache.identify({ __typename: "Quote", id: data.deleteQuote.deletedId }) });
      cache.gc();
    },
    refetchQueries: "active",
  });
}
