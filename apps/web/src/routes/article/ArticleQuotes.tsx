import { Stack, Switch } from "@mantine/core";
import type { FragmentType } from "@apollo/client";
import { useSuspenseFragment } from "@apollo/client/react";
import { ClaimItem } from "../../components/ClaimItem";
import { Empty } from "../../components/Empty";
import { QuoteItem } from "../../components/QuoteItem";
import { graphql } from "../../gql";
import { speakerColors, speakerKey } from "../../lib/palette";
import { HIDE_DOUBTFUL_PARAM, isDoubtful } from "../../lib/doubtful";
import { withParams } from "../../lib/filterParams";
import { useSearchParams } from "react-router";

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
      confidence
      reviewed
      ...ClaimItem_claim
    }
  }
`);

/** The article's claims in reading order; those the extractor doubts can be hidden. */
export function ArticleClaims({ article }: { article: FragmentType<typeof ArticleClaims_article> }) {
  const { data } = useSuspenseFragment({ fragment: ArticleClaims_article, fragmentName: "ArticleClaims_article", from: article });
  const [params, setParams] = useSearchParams();
  if (data.claims.length === 0) return <Empty title="No claims found in this article" />;
  const hide = params.get(HIDE_DOUBTFUL_PARAM) === "1";
  const doubtful = data.claims.filter(isDoubtful).length;
  const claims = [...data.claims].filter((c) => !hide || !isDoubtful(c)).sort((a, b) => a.start - b.start);
  const toggle = (on: boolean) => setParams((prev) => withParams(prev, { [HIDE_DOUBTFUL_PARAM]: on ? "1" : null }), { replace: true });
  return (
    <Stack gap="xs">
      {doubtful > 0 && (
        <Switch
          label={`Hide doubtful claims (${doubtful})`}
          description="The extractor's confidence under 50 %; reviewed claims stay"
          checked={hide}
          onChange={(e) => toggle(e.currentTarget.checked)}
        />
      )}
      {claims.map((claim) => (
        <ClaimItem key={claim.id} claim={claim} textHref={`#claim-${claim.id}`} editable />
      ))}
    </Stack>
  );
}
