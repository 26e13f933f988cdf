import { useMutation } from "@apollo/client/react";
import { graphql } from "../gql";

const SplitPersonMutation = graphql(`
  mutation SplitPersonMutation($input: SplitPersonInput!) {
    splitPerson(input: $input) {
      person {
        id
        aliases
        mentionCount
        quoteCount
        claimCount
      }
      created {
        id
        name
      }
    }
  }
`);

/** Splits a person in two; views holding them refetch. */
export function useSplitPersonMutation() {
  return useMutation(SplitPersonMutation, { refetchQueries: "active", awaitRefetchQueries: true });
}
