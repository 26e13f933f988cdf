import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";
import { relayStylePagination } from "@apollo/client/utilities";
import { possibleTypes } from "./gql/possibleTypes";

/** The dashboard's client: same-origin /graphql, masked fragments, cursor lists merged page by page. */
export function createApolloClient(uri = "/graphql"): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri }),
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
