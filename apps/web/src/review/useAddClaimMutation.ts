import { useMutation } from "@apollo/client/react";
import { graphql } from "../gql";

const AddClaimMutation = graphql(`
  mutation AddClaimMutation($input: AddClaimInput!) {
    addClaim(input: $input) {
      claim {
        id
        ...ClaimItem_claim
      }
    }
  }
`);

/** Adds a missed claim; the article's lists are refetched to take it in order. */
export function useAddClaimMutation() {
  return useMutation(AddClaimMutation, { refetchQueries: "active", awaitRefetchQueries: true });
}
