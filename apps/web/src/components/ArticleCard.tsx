import { Anchor, Card, Group, Text } from "@mantine/core";
import type { FragmentType } from "@apollo/client";
import { useSuspenseFragment } from "@apollo/client/react";
import { Link } from "react-router";
import { graphql } from "../gql";
import { formatDate, plural } from "../lib/format";

export const ArticleCard_article = graphql(`
  fragment ArticleCard_article on Article {
    id
    title
    publisher
    authors
    publishedAt
    ingestedAt
    wordCount
  }
`);

export function ArticleCard({ article }: { article: FragmentType<typeof ArticleCard_article> }) {
  const { data } = useSuspenseFragment({ fragment: ArticleCard_article, fragmentName: "ArticleCard_article", from: article });
  const date = formatDate(data.publishedAt ?? data.ingestedAt);
  return (
    <Card withBorder padding="sm" component="article" data-testid="article-card">
      <Anchor component={Link} to={`/articles/${encodeURIComponent(data.id)}`} fw={600}>
        {data.title || "Untitled article"}
      </Anchor>
      <Group gap="xs" mt={4}>
        {data.publisher && (
          <Text size="sm" c="dimmed">
            {data.publisher}
          </Text>
        )}
        {data.authors.length > 0 && (
          <Text size="sm" c="dimmed">
            by {data.authors.join(", ")}
          </Text>
        )}
        {date && (
          <Text size="sm" c="dimmed">
            {data.publishedAt ? date : `ingested ${date}`}
          </Text>
        )}
        <Text size="sm" c="dimmed">
          {plural(data.wordCount, "word")}
        </Text>
      </Group>
    </Card>
  );
}
