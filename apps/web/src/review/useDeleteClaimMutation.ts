import { useMutation } from "@apollo/client/react";
import { graphql } from "../gql";
import { forgetDeleted } from "./cache";

const DeleteClaimMutation = graphql(`
  mutation DeleteClaimMutation($input: DeleteInput!) {
    deleteClaim(input: $input) {
      deletedId
    }
  }
`);

/** Deletes a claim: it leaves every cached list, its claimant's count drops, lists counted on the server reload when next shown. */
export function useDeleteClaimMutation() {
  return useMutation(DeleteClaimMutation, {
    update(cache, { data }) {
      if (data) forgetDeleted(cache, "Claim", data.deleteClaim.deletedId);
    },
  });
}
