import { graphql } from "../../gql";

// Each list on the person page loads its next page on its own: refetching the route query with
// one cursor would also reset the other lists to their first page.

export const PersonQuotesPageQuery = graphql(`
  query PersonQuotesPageQuery($id: ID!, $first: Int!, $after: String) {
    person(id: $id) {
      id
      quotes(first: $first, after: $after) {
        edges {
          cursor
          node {
            id
            ...QuoteItem_quote
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const PersonClaimsPageQuery = graphql(`
  query PersonClaimsPageQuery($id: ID!, $first: Int!, $after: String, $minConfidence: Float) {
    person(id: $id) {
      id
      claims(first: $first, after: $after, minConfidence: $minConfidence) {
        edges {
          cursor
          node {
            id
            ...ClaimItem_claim
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const PersonClaimsAboutPageQuery = graphql(`
  query PersonClaimsAboutPageQuery($id: ID!, $first: Int!, $after: String, $minConfidence: Float) {
    person(id: $id) {
      id
      claimsAbout(first: $first, after: $after, minConfidence: $minConfidence) {
        edges {
          cursor
          node {
            id
            ...ClaimItem_claim
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const PersonArticlesPageQuery = graphql(`
  query PersonArticlesPageQuery($id: ID!, $first: Int!, $after: String) {
    person(id: $id) {
      id
      articles(first: $first, after: $after) {
        edges {
          cursor
          node {
            id
            ...ArticleCard_article
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);
