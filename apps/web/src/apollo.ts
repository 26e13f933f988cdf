import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";
import { SetContextLink } from "@apollo/client/link/context";
import { relayStylePagination } from "@apollo/client/utilities";
import { possibleTypes } from "./gql/possibleTypes";
import { currentUser, headerSafe } from "./lib/user";

/** The dashboard's client: same-origin /graphql, masked fragments, cursor lists merged page by page. */
export function createApolloClient(uri = "/graphql"): ApolloClient {
  return new ApolloClient({
    // Edits are recorded under the name the user gave (X-Whosaid-User), read at each request.
    link: new SetContextLink((prev) => {
      const user = headerSafe(currentUser());
      return user ? { headers: { ...prev.headers, "x-whosaid-user": user } } : {};
    }).concat(new HttpLink({ uri })),
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
            claims: relayStylePagination(),
            claimsAbout: relayStylePagination(),
          },
        },
      },
    }),
  });
}
