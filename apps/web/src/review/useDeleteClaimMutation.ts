import { useMutation } from "@apollo/client/react";
import { graphql } from "../gql";

const DeleteClaimMutation = graphql(`
  mutation DeleteClaimMutation($input: DeleteInput!) {
    deleteClaim(input: $input) {
      deletedId
    }
  }
`);

/** Deletes a claim and drops it from every cached list. */
export function useDeleteClaimMutation() {
  return useMutation(DeleteClaimMutation, {
    update(cache, { data }) {
      if (!data) return;
      cache.evict({ id: cache.identify({ __typename: "Claim", id: data.deleteClaim.deletedId }) });
      cache.gc();
    },
    refetchQueries: "active",
  });
}
