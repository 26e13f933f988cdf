import { useMutation } from "@apollo/client/react";
import { graphql } from "../gql";
import { forgetListsOf } from "./cache";

const AddClaimMutation = graphql(`
  mutation AddClaimMutation($input: AddClaimInput!) {
    addClaim(input: $input) {
      claim {
        id
        start
        end
        cue
        hedged
        hedges
        confidence
        claimant {
          name
          kind
          person {
            id
            claimCount
          }
        }
        via {
          name
          kind
        }
        ...ClaimItem_claim
        article {
          id
          claims {
            id
          }
          persons {
            mentionCount
            roles
            person {
              id
              name
            }
            mentions {
              start
              end
              text
              pronoun
            }
          }
        }
      }
    }
  }
`);

/**
 * Adds a missed claim. The result brings the article's claims (in reading order, with the new one),
 * its people and the claimant's count, so the article page updates from it without asking again.
 */
export function useAddClaimMutation() {
  return useMutation(AddClaimMutation, {
    update(cache, { data }) {
      if (data) forgetListsOf(cache, "claims", [data.addClaim.claim.claimant?.person]);
    },
  });
}
