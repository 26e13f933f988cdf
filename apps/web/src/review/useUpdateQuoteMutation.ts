import { useMutation } from "@apollo/client/react";
import { graphql } from "../gql";

const UpdateQuoteMutation = graphql(`
  mutation UpdateQuoteMutation($input: UpdateQuoteInput!) {
    updateQuote(input: $input) {
      quote {
        id
        reviewed
        ...QuoteItem_quote
      }
    }
  }
`);

/** Re-attributes a quote; the quote updates in place, and active views refetch for the speakers' counts and colours. */
export function useUpdateQuoteMutation() {
  return useMutation(UpdateQuoteMutation, { refetchQueries: "active", awaitRefetchQueries: true });
}
