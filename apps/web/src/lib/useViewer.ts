import { useQuery } from "@apollo/client/react";
import { graphql } from "../gql";

export const ViewerQuery = graphql(`
  query ViewerQuery {
    viewer {
      signedIn
      name
      role
      readAccess
    }
  }
`);

/** Who the dashboard is signed in as (null while loading or when the API cannot be reached). */
export function useViewer() {
  const { data } = useQuery(ViewerQuery, { fetchPolicy: "cache-first" });
  return data?.viewer ?? null;
}
