import { useMutation } from "@apollo/client/react";
import { graphql } from "../gql";
import { forgetDeleted } from "./cache";

const DeleteQuoteMutation = graphql(`
  mutation DeleteQuoteMutation($input: DeleteInput!) {
    deleteQuote(input: $input) {
      deletedId
    }
  }
`);

/** Deletes a quote: it leaves every cached list, its speaker's count drops, lists counted on the server reload when next shown. */
export function useDeleteQuoteMutation() {
  return useMutation(DeleteQuoteMutation, {
    update(cache, { data }) {
      if (data) forgetDeleted(cache, "Quote", data.deleteQuote.deletedId);
    },
  });
}
