import { useMutation } from "@apollo/client/react";
import { graphql } from "../gql";

const AddQuoteMutation = graphql(`
  mutation AddQuoteMutation($input: AddQuoteInput!) {
    addQuote(input: $input) {
      quote {
        id
        ...QuoteItem_quote
      }
    }
  }
`);

/** Adds a missed quote; the article's lists are refetched to take it in order. */
export function useAddQuoteMutation() {
  return useMutation(AddQuoteMutation, { refetchQueries: "active", awaitRefetchQueries: true });
}
