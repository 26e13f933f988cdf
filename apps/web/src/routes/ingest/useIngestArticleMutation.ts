import { useMutation } from "@apollo/client/react";
import { graphql } from "../../gql";

const IngestArticleMutation = graphql(`
  mutation IngestArticleMutation($input: IngestArticleInput!) {
    ingestArticle(input: $input) {
      created
      article {
        id
        title
        wordCount
        persons {
          person {
            id
          }
        }
        quotes {
          id
        }
        claims {
          id
        }
        ...ArticleCard_article
      }
    }
  }
`);

/** Ingests an article; a new one drops the cached article lists so they show it on next view. */
export function useIngestArticleMutation() {
  return useMutation(IngestArticleMutation, {
    update(cache, { data }) {
      if (!data?.ingestArticle.created) return;
      for (const fieldName of ["articles", "persons", "quotes", "claims", "search"]) {
        cache.evict({ id: "ROOT_QUERY", fieldName });
      }
      cache.gc();
    },
  });
}
