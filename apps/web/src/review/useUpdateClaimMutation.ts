import { useMutation } from "@apollo/client/react";
import { graphql } from "../gql";

const UpdateClaimMutation = graphql(`
  mutation UpdateClaimMutation($input: UpdateClaimInput!) {
    updateClaim(input: $input) {
      claim {
        id
        reviewed
        ...ClaimItem_claim
      }
    }
  }
`);

/** Corrects a claim's claimant or subjects; active views refetch for the people's counts. */
export function useUpdateClaimMutation() {
  return useMutation(UpdateClaimMutation, { refetchQueries: "active", awaitRefetchQueries: true });
}
