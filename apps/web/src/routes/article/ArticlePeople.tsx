import { Anchor, Badge, Group, List, Text } from "@mantine/core";
import type { FragmentType } from "@apollo/client";
import { useSuspenseFragment } from "@apollo/client/react";
import { Link } from "react-router";
import { Empty } from "../../components/Empty";
import { graphql } from "../../gql";
import { plural } from "../../lib/format";

export const ArticlePeople_article = graphql(`
  fragment ArticlePeople_article on Article {
    id
    persons {
      mentionCount
      roles
      person {
        id
        name
      }
    }
  }
`);

/** The people an article mentions, most mentioned first, with the roles the article gives them. */
export function ArticlePeople({ article }: { article: FragmentType<typeof ArticlePeople_article> }) {
  const { data } = useSuspenseFragment({ fragment: ArticlePeople_article, fragmentName: "ArticlePeople_article", from: article });
  if (data.persons.length === 0) return <Empty title="No people found in this article" />;
  const persons = [...data.persons].sort((a, b) => b.mentionCount - a.mentionCount);
  return (
    <List listStyleType="none" spacing="xs" data-testid="article-people">
      {persons.map(({ person, mentionCount, roles }) => (
        <List.Item key={person.id}>
          <Group gap={6} wrap="wrap">
            <Anchor component={Link} to={`/people/${encodeURIComponent(person.id)}`} fw={600}>
              {person.name}
            </Anchor>
            <Badge size="sm" variant="light" color="gray" title="Mentions in this article">
              {plural(mentionCount, "mention")}
            </Badge>
          </Group>
          {roles.length > 0 && (
            <Text size="sm" c="dimmed">
              {roles.join(" · ")}
            </Text>
          )}
        </List.Item>
      ))}
    </List>
  );
}
