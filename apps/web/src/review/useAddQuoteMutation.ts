import { useMutation } from "@apollo/client/react";
import { graphql } from "../gql";
import { forgetListsOf } from "./cache";

const AddQuoteMutation = graphql(`
  mutation AddQuoteMutation($input: AddQuoteInput!) {
    addQuote(input: $input) {
      quote {
        id
        start
        end
        cue
        confidence
        speaker {
          name
          kind
          person {
            id
            quoteCount
          }
        }
        ...QuoteItem_quote
        article {
          id
          quotes {
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
 * Adds a missed quote. The result brings the article's quotes (in reading order, with the new one),
 * its people and the speaker's count, so the article page updates from it without asking again.
 */
export function useAddQuoteMutation() {
  return useMutation(AddQuoteMutation, {
    update(cache, { data }) {
      if (data) forgetListsOf(cache, "quotes", [data.addQuote.quote.speaker?.person]);
    },
  });
}
