import { useMutation } from "@apollo/client/react";
import { graphql } from "../gql";

const UnlinkClaimsMutation = graphql(`
  mutation UnlinkClaimsMutation($input: LinkClaimsInput!) {
    unlinkClaims(input: $input) {
      from {
        id
        ...ClaimItem_claim
      }
      to {
        id
        ...ClaimItem_claim
      }
    }
  }
`);

/** Removes a link between two claims; both come back without it. */
export function useUnlinkClaimsMutation() {
  return useMutation(UnlinkClaimsMutation, { refetchQueries: "active" });
}
