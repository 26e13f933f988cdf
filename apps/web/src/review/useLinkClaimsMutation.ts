import { useMutation } from "@apollo/client/react";
import { graphql } from "../gql";

const LinkClaimsMutation = graphql(`
  mutation LinkClaimsMutation($input: LinkClaimsInput!) {
    linkClaims(input: $input) {
      from {
        id
        reviewed
        ...ClaimItem_claim
      }
      to {
        id
        reviewed
        ...ClaimItem_claim
      }
    }
  }
`);

/** Links two claims; both come back with their relations, so every view of them updates. */
export function useLinkClaimsMutation() {
  return useMutation(LinkClaimsMutation, { refetchQueries: "active" });
}
