import { useMutation } from "@apollo/client/react";
import { graphql } from "../gql";

const SetClaimVerdictMutation = graphql(`
  mutation SetClaimVerdictMutation($input: SetClaimVerdictInput!) {
    setClaimVerdict(input: $input) {
      claim {
        id
        verdict
        verdictNote
        reviewed
        history {
          action
          actor
          at
          before
          after
        }
      }
    }
  }
`);

/** Sets a claim's verdict; the claim (and its history) update in place. Lists filtered by verdict refetch. */
export function useSetClaimVerdictMutation() {
  return useMutation(SetClaimVerdictMutation, {
    update(cache) {
      cache.evict({ id: "ROOT_QUERY", fieldName: "claims" });
      cache.evict({ id: "ROOT_QUERY", fieldName: "overview" });
    },
  });
}
