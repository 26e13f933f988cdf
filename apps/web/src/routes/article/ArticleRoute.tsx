import { Anchor, Badge, Grid, Group, Stack, Text, Title, VisuallyHidden } from "@mantine/core";
import { useSuspenseQuery } from "@apollo/client/react";
import { useParams } from "react-router";
import { graphql } from "../../gql";
import { formatDate, plural } from "../../lib/format";
import { useDocumentTitle } from "../../lib/useDocumentTitle";
import { ArticlePeople } from "./ArticlePeople";
import { ArticleClaims, ArticleQuotes } from "./ArticleQuotes";
import { AddByWordsButton } from "./AddByWords";
import { AddFromSelection, type TextSelection } from "./AddFromSelection";
import { ArticleText } from "./ArticleText";
import { useState } from "react";

const ArticleRouteQuery = graphql(`
  query ArticleRouteQuery($id: ID!) {
    article(id: $id) {
      id
      title
      url
      publisher
      authors
      publishedAt
      ingestedAt
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
      ...ArticleText_article
      ...AddByWords_article
      ...ArticlePeople_article
      ...ArticleQuotes_article
      ...ArticleClaims_article
    }
  }
`);

export function ArticleRoute() {
  const { id = "" } = useParams();
  const { data } = useSuspenseQuery(ArticleRouteQuery, { variables: { id } });
  const article = data.article;
  const [selection, setSelection] = useState<TextSelection | null>(null);
  useDocumentTitle(article.title ?? "Article");

  const date = formatDate(article.publishedAt);
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={2}>{article.title || "Untitled article"}</Title>
        <Group gap="xs" wrap="wrap">
          {article.publisher && <Text c="dimmed">{article.publisher}</Text>}
          {article.authors.length > 0 && <Text c="dimmed">by {article.authors.join(", ")}</Text>}
          {date && <Text c="dimmed">{date}</Text>}
          <Text c="dimmed">{plural(article.wordCount, "word")}</Text>
          {article.url && (
            <Anchor href={article.url} target="_blank" rel="noreferrer noopener">
              original
            </Anchor>
          )}
        </Group>
        <Group gap="xs">
          <Badge variant="light">{plural(article.persons.length, "person", "people")}</Badge>
          <Badge variant="light">{plural(article.quotes.length, "quote")}</Badge>
          <Badge variant="light">{plural(article.claims.length, "claim")}</Badge>
        </Group>
      </Stack>
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <section aria-label="Article text">
            <Stack gap="sm">
              {selection && <AddFromSelection key={`${selection.start}-${selection.end}`} articleId={article.id} selection={selection} onClose={() => setSelection(null)} />}
              <VisuallyHidden role="status">
                {selection ? `Selected ${plural(selection.text.trim().split(/\s+/).length, "word")}: the form to add them is above the article text.` : ""}
              </VisuallyHidden>
              <Group justify="space-between" gap="xs" wrap="wrap">
                <Text size="xs" c="dimmed">
                  Select words in the text to add a quote or claim the extractor missed, or find them by typing.
                </Text>
                <AddByWordsButton article={article} />
              </Group>
              <ArticleText article={article} onSelect={setSelection} />
            </Stack>
          </section>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="lg" component="aside" aria-label="People, quotes and claims">
            <section aria-labelledby="people-heading">
              <Title order={3} size="h4" id="people-heading" mb="xs">
                People ({article.persons.length})
              </Title>
              <ArticlePeople article={article} />
            </section>
            <section aria-labelledby="quotes-heading">
              <Title order={3} size="h4" id="quotes-heading" mb="xs">
                Quotes ({article.quotes.length})
              </Title>
              <ArticleQuotes article={article} />
            </section>
            <section aria-labelledby="claims-heading">
              <Title order={3} size="h4" id="claims-heading" mb="xs">
                Claims ({article.claims.length})
              </Title>
              <ArticleClaims article={article} />
            </section>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
