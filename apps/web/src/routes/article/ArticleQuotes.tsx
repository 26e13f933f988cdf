import { Stack } from "@mantine/core";
import type { FragmentType } from "@apollo/client";
import { useSuspenseFragment } from "@apollo/client/react";
import { ClaimItem } from "../../components/ClaimItem";
import { Empty } from "../../components/Empty";
import { QuoteItem } from "../../components/QuoteItem";
import { graphql } from "../../gql";
import { speakerColors, speakerKey } from "../../lib/palette";

export const ArticleQuotes_article = graphql(`
  fragment ArticleQuotes_article on Article {
    id
    quotes {
      id
      start
      speaker {
        name
      }
      ...QuoteItem_quote
    }
  }
`);

/** The article's quotes in reading order, coloured by speaker as in the text. */
export function ArticleQuotes({ article }: { article: FragmentType<typeof ArticleQuotes_article> }) {
  const { data } = useSuspenseFragment({ fragment: ArticleQuotes_article, fragmentName: "ArticleQuotes_article", from: article });
  if (data.quotes.length === 0) return <Empty title="No quotes found in this article" />;
  const quotes = [...data.quotes].sort((a, b) => a.start - b.start);
  const colors = speakerColors(quotes.map((q) => q.speaker?.name));
  return (
    <Stack gap="xs">
      {quotes.map((quote) => (
        <QuoteItem
          key={quote.id}
          quote={quote}
          color={colors.get(speakerKey(quote.speaker?.name))}
          textHref={`#quote-${quote.id}`}
          editable
        />
      ))}
    </Stack>
  );
}

export const ArticleClaims_article = graphql(`
  fragment ArticleClaims_article on Article {
    id
    claims {
      id
      start
      ...ClaimItem_claim
    }
  }
`);

/** The article's claims in reading order. */
export function ArticleClaims({ article }: { article: FragmentType<typeof ArticleClaims_article> }) {
  const { data } = useSuspenseFragment({ fragment: ArticleClaims_article, fragmentName: "ArticleClaims_article", from: article });
  if (data.claims.length === 0) return <Empty title="No claims found in this article" />;
  const claims = [...data.claims].sort((a, b) => a.start - b.start);
  return (
    <Stack gap="xs">
      {claims.map((claim) => (
        <ClaimItem key={claim.id} claim={claim} textHref={`#claim-${claim.id}`} editable />
      ))}
    </Stack>
  );
}
