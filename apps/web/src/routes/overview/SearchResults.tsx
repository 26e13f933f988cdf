import { Anchor, Badge, Group, List, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import type { FragmentType } from "@apollo/client";
import { useSuspenseFragment } from "@apollo/client/react";
import { Link } from "react-router";
import { Empty } from "../../components/Empty";
import { graphql } from "../../gql";

export const SearchHitItem_hit = graphql(`
  fragment SearchHitItem_hit on SearchHit {
    ... on Article {
      id
      title
      publisher
    }
    ... on Person {
      id
      name
      roles
    }
    ... on Quote {
      id
      text
      speaker {
        name
      }
      article {
        id
        title
      }
    }
    ... on Claim {
      id
      text
      hedged
      claimant {
        name
      }
      article {
        id
        title
      }
    }
  }
`);

type HitRef = FragmentType<typeof SearchHitItem_hit> & { __typename: string; id: string };

const GROUPS = [
  { typename: "Article", label: "Articles" },
  { typename: "Person", label: "People" },
  { typename: "Quote", label: "Quotes" },
  { typename: "Claim", label: "Claims" },
] as const;

/** Search hits grouped by type, in the API's ranking order within each group. */
export function SearchResults({ query, hits }: { query: string; hits: readonly HitRef[] }) {
  if (hits.length === 0) return <Empty title={`Nothing matches “${query}”`}>Try fewer or different words.</Empty>;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" data-testid="search-results">
      {GROUPS.map((group) => {
        const inGroup = hits.filter((h) => h.__typename === group.typename);
        const headingId = `search-${group.typename}`;
        return (
          <Stack key={group.typename} gap={6} component="section" aria-labelledby={headingId}>
            <Title order={3} size="h5" id={headingId}>
              {group.label} <Badge size="sm" variant="light" color="gray">{inGroup.length}</Badge>
            </Title>
            {inGroup.length === 0 ? (
              <Text size="sm" c="dimmed">
                None
              </Text>
            ) : (
              <List listStyleType="none" spacing={6}>
                {inGroup.map((hit) => (
                  <List.Item key={hit.id}>
                    <SearchHitItem hit={hit} />
                  </List.Item>
                ))}
              </List>
            )}
          </Stack>
        );
      })}
    </SimpleGrid>
  );
}

function SearchHitItem({ hit }: { hit: FragmentType<typeof SearchHitItem_hit> }) {
  const { data } = useSuspenseFragment({ fragment: SearchHitItem_hit, fragmentName: "SearchHitItem_hit", from: hit });
  switch (data.__typename) {
    case "Article":
      return (
        <Anchor component={Link} to={`/articles/${encodeURIComponent(data.id)}`}>
          {data.title || "Untitled article"}
          {data.publisher && <Text span c="dimmed" size="sm"> · {data.publisher}</Text>}
        </Anchor>
      );
    case "Person":
      return (
        <Group gap={6}>
          <Anchor component={Link} to={`/people/${encodeURIComponent(data.id)}`}>
            {data.name}
          </Anchor>
          {data.roles[0] && <Text span size="sm" c="dimmed">{data.roles[0]}</Text>}
        </Group>
      );
    case "Quote":
      return (
        <Text size="sm">
          <Text span fw={600} size="sm">{data.speaker?.name ?? "Unknown"}:</Text> “{data.text}”{" "}
          <Anchor component={Link} to={`/articles/${encodeURIComponent(data.article.id)}#quote-${data.id}`} size="sm">
            in {data.article.title || "article"}
          </Anchor>
        </Text>
      );
    case "Claim":
      return (
        <Text size="sm">
          <Text span fw={600} size="sm">{data.claimant?.name ?? "Unknown"}:</Text> {data.text}
          {data.hedged && <Badge ml={4} size="xs" variant="outline" color="orange">hedged</Badge>}{" "}
          <Anchor component={Link} to={`/articles/${encodeURIComponent(data.article.id)}#claim-${data.id}`} size="sm">
            in {data.article.title || "article"}
          </Anchor>
        </Text>
      );
    default:
      return null;
  }
}
