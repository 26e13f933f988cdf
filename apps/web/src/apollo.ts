import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";
import { SetContextLink } from "@apollo/client/link/context";
import { relayStylePagination } from "@apollo/client/utilities";
import { possibleTypes } from "./gql/possibleTypes";
import { authorizationHeader, currentApiKey } from "./lib/apiKey";

/** The dashboard's client: same-origin /graphql, masked fragments, cursor lists merged page by page. */
export function createApolloClient(uri = "/graphql"): ApolloClient {
  return new ApolloClient({
    // The API key is read at each request, so signing in or out needs no new client. An operation
    // may bring its own (the sign-in page checks a key before keeping it).
    link: new SetContextLink((prev) => ({ headers: { ...authorizationHeader(currentApiKey()), ...prev.headers } })).concat(
      new HttpLink({ uri }),
    ),
    dataMasking: true,
    cache: new InMemoryCache({
      possibleTypes,
      typePolicies: {
        Query: {
          fields: {
            articles: relayStylePagination(["filter"]),
            persons: relayStylePagination(["filter"]),
            quotes: relayStylePagination(["filter"]),
            claims: relayStylePagination(["filter"]),
            search: { keyArgs: ["query", "first"] },
          },
        },
        Person: {
          fields: {
            articles: relayStylePagination(),
            quotes: relayStylePagination(),
            // Hiding doubtful claims is another list, not a filter over the loaded one.
            claims: relayStylePagination(["minConfidence"]),
            claimsAbout: relayStylePagination(["minConfidence"]),
          },
        },
      },
    }),
  });
}
