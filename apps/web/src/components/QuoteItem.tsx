import { Anchor, Badge, Blockquote, Group, Text } from "@mantine/core";
import type { FragmentType } from "@apollo/client";
import { useSuspenseFragment } from "@apollo/client/react";
import { Link } from "react-router";
import { graphql } from "../gql";
import { ReviewBadge } from "./ReviewBadge";
import { QuoteReview } from "./ReviewActions";
import { SourceLabel } from "./SourceLabel";

export const QuoteItem_quote = graphql(`
  fragment QuoteItem_quote on Quote {
    id
    text
    kind
    cue
    confidence
    reviewed
    speaker {
      ...SourceLabel_source @unmask
    }
    article {
      id
      title
    }
  }
`);

/** A quote as "speaker → words", with its cue and confidence; optionally the article it is from. */
export function QuoteItem({
  quote,
  color = "gray",
  showArticle = false,
  textHref,
  editable = false,
}: {
  quote: FragmentType<typeof QuoteItem_quote>;
  /** Show the review tools (change speaker, delete, history). */
  editable?: boolean;
  color?: string;
  showArticle?: boolean;
  /** Where the quote sits in the article text on the same page, if it is shown there. */
  textHref?: string;
}) {
  const { data } = useSuspenseFragment({ fragment: QuoteItem_quote, fragmentName: "QuoteItem_quote", from: quote });
  return (
    <Blockquote color={color} p="sm" m={0} data-testid="quote-item" cite={undefined} iconSize={0}>
      <Group gap={6} mb={4} wrap="wrap">
        <SourceLabel source={data.speaker} fallback="Unknown speaker" />
        <Text span c="dimmed" aria-hidden="true">
          →
        </Text>
        {data.cue && (
          <Text span size="sm" c="dimmed">
            {data.cue}
          </Text>
        )}
        {data.kind === "PARTIAL" && (
          <Badge size="xs" variant="light" color="gray">
            partial
          </Badge>
        )}
      </Group>
      <Text>“{data.text}”</Text>
      <Group gap="xs" mt={4}>
        <ReviewBadge reviewed={data.reviewed} confidence={data.confidence} />
        {textHref && (
          <Anchor href={textHref} size="xs">
            show in text
          </Anchor>
        )}
        {showArticle && (
          <Anchor component={Link} to={`/articles/${encodeURIComponent(data.article.id)}`} size="xs">
            {data.article.title || "Untitled article"}
          </Anchor>
        )}
        {editable && <QuoteReview id={data.id} summary={`${data.speaker?.name ?? "Unknown"}: “${data.text}”`} />}
      </Group>
    </Blockquote>
  );
}
