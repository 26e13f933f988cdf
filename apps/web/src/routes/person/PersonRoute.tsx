import { Badge, Group, SimpleGrid, Stack, Switch, Text, Title } from "@mantine/core";
import { useSuspenseQuery } from "@apollo/client/react";
import { useDeferredValue } from "react";
import { useParams, useSearchParams } from "react-router";
import { ArticleCard } from "../../components/ArticleCard";
import { ClaimItem } from "../../components/ClaimItem";
import { Empty } from "../../components/Empty";
import { LoadMore } from "../../components/LoadMore";
import { QuoteItem } from "../../components/QuoteItem";
import { graphql } from "../../gql";
import { plural } from "../../lib/format";
import { useDocumentTitle } from "../../lib/useDocumentTitle";
import { DOUBTFUL_BELOW, HIDE_DOUBTFUL_PARAM } from "../../lib/doubtful";
import { withParams } from "../../lib/filterParams";
import { HistoryList } from "../../components/History";
import { Timeline } from "../overview/Timeline";
import { CoOccurrenceGraph } from "./CoOccurrenceGraph";
import { MergePersonButton, SplitPersonButton } from "./PersonEditing";
import {
  PersonArticlesPageQuery,
  PersonClaimsAboutPageQuery,
  PersonClaimsPageQuery,
  PersonQuotesPageQuery,
} from "./personPages";

const PAGE = 10;

const PersonRouteQuery = graphql(`
  query PersonRouteQuery($id: ID!, $first: Int!, $minConfidence: Float) {
    person(id: $id) {
      id
      name
      aliases
      roles
      mentionCount
      quoteCount
      claimCount
      timeline(days: 90) {
        day
        articles
        quotes
        claims
      }
      quotes(first: $first) {
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
      claims(first: $first, minConfidence: $minConfidence) {
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
      claimsAbout(first: $first, minConfidence: $minConfidence) {
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
      coOccurrence(first: 12) {
        people {
          sharedArticles
          person {
            id
            name
          }
        }
        links {
          source
          target
          sharedArticles
        }
      }
      history {
        action
        actor
        at
        before
        after
      }
      articles(first: $first) {
        edges {
          cursor
          node {
            id
            title
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

export function PersonRoute() {
  const { id = "" } = useParams();
  const [params, setParams] = useSearchParams();
  const hideDoubtful = params.get(HIDE_DOUBTFUL_PARAM) === "1";
  // Keep showing the page while the claim lists without doubtful claims load.
  const minConfidence = useDeferredValue(hideDoubtful) ? DOUBTFUL_BELOW : null;
  const { data, fetchMore } = useSuspenseQuery(PersonRouteQuery, { variables: { id, first: PAGE, minConfidence } });
  const person = data.person;
  useDocumentTitle(person.name);

  const page = { id, first: PAGE, minConfidence };
  const toggleDoubtful = (on: boolean) => setParams((prev) => withParams(prev, { [HIDE_DOUBTFUL_PARAM]: on ? "1" : null }), { replace: true });
  const aliases = person.aliases.filter((a) => a !== person.name);
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Group justify="space-between" wrap="wrap">
          <Title order={2}>{person.name}</Title>
          <Group gap="xs">
            <MergePersonButton person={person} />
            <SplitPersonButton person={person} articles={person.articles.edges.map((e) => e.node)} />
          </Group>
        </Group>
        {person.roles.length > 0 && <Text c="dimmed">{person.roles.join(" · ")}</Text>}
        {aliases.length > 0 && (
          <Group gap={6}>
            <Text size="sm" c="dimmed">
              Also called
            </Text>
            {aliases.map((alias) => (
              <Badge key={alias} variant="outline" color="gray" tt="none">
                {alias}
              </Badge>
            ))}
          </Group>
        )}
        <Group gap="xs">
          <Badge variant="light">{plural(person.mentionCount, "mention")}</Badge>
          <Badge variant="light">{plural(person.quoteCount, "quote")}</Badge>
          <Badge variant="light">{plural(person.claimCount, "claim")}</Badge>
        </Group>
      </Stack>

      <Stack gap="xs" component="section" aria-labelledby="section-timeline">
        <Title order={3} size="h4" id="section-timeline">
          Quotes and claims per day{" "}
          <Text span c="dimmed" inherit fw={400}>
            (last 90 days of their news)
          </Text>
        </Title>
        {person.timeline.length === 0 ? <Empty title={`Nothing dated for ${person.name} yet`} /> : <Timeline days={person.timeline} />}
      </Stack>

      <Switch
        label="Hide doubtful claims"
        description="In the claims they make and the claims about them: the extractor's confidence under 50 %; reviewed claims stay"
        checked={hideDoubtful}
        onChange={(e) => toggleDoubtful(e.currentTarget.checked)}
      />

      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="xl">
        <Section title="Appears with" count={person.coOccurrence.people.length} more={false}>
          {person.coOccurrence.people.length === 0 ? (
            <Empty title={`Nobody else appears in ${person.name}'s articles`} />
          ) : (
            <CoOccurrenceGraph center={person} people={person.coOccurrence.people} links={person.coOccurrence.links} />
          )}
        </Section>
        <Section title="Edit history" count={person.history.length} more={false}>
          <HistoryList edits={person.history} />
        </Section>

        <Section title="Quotes" count={person.quotes.edges.length} more={person.quotes.pageInfo.hasNextPage}>
          {person.quotes.edges.length === 0 ? (
            <Empty title={`No quotes by ${person.name}`} />
          ) : (
            person.quotes.edges.map((edge) => <QuoteItem key={edge.node.id} quote={edge.node} showArticle editable />)
          )}
          <LoadMore
            hasMore={person.quotes.pageInfo.hasNextPage}
            onLoad={() => fetchMore({ query: PersonQuotesPageQuery, variables: { ...page, after: person.quotes.pageInfo.endCursor } })}
            label="More quotes"
          />
        </Section>

        <Section title="Claims they make" count={person.claims.edges.length} more={person.claims.pageInfo.hasNextPage}>
          {person.claims.edges.length === 0 ? (
            <Empty title={`No claims attributed to ${person.name}`} />
          ) : (
            person.claims.edges.map((edge) => <ClaimItem key={edge.node.id} claim={edge.node} showArticle />)
          )}
          <LoadMore
            hasMore={person.claims.pageInfo.hasNextPage}
            onLoad={() => fetchMore({ query: PersonClaimsPageQuery, variables: { ...page, after: person.claims.pageInfo.endCursor } })}
            label="More claims"
          />
        </Section>

        <Section title="Claims about them" count={person.claimsAbout.edges.length} more={person.claimsAbout.pageInfo.hasNextPage}>
          {person.claimsAbout.edges.length === 0 ? (
            <Empty title={`No claims about ${person.name}`} />
          ) : (
            person.claimsAbout.edges.map((edge) => <ClaimItem key={edge.node.id} claim={edge.node} showArticle />)
          )}
          <LoadMore
            hasMore={person.claimsAbout.pageInfo.hasNextPage}
            onLoad={() => fetchMore({ query: PersonClaimsAboutPageQuery, variables: { ...page, after: person.claimsAbout.pageInfo.endCursor } })}
            label="More claims about them"
          />
        </Section>

        <Section title="Articles" count={person.articles.edges.length} more={person.articles.pageInfo.hasNextPage}>
          {person.articles.edges.length === 0 ? (
            <Empty title={`No articles mention ${person.name}`} />
          ) : (
            person.articles.edges.map((edge) => <ArticleCard key={edge.node.id} article={edge.node} />)
          )}
          <LoadMore
            hasMore={person.articles.pageInfo.hasNextPage}
            onLoad={() => fetchMore({ query: PersonArticlesPageQuery, variables: { ...page, after: person.articles.pageInfo.endCursor } })}
            label="More articles"
          />
        </Section>
      </SimpleGrid>
    </Stack>
  );
}

function Section({ title, count, more, children }: { title: string; count: number; more: boolean; children: React.ReactNode }) {
  const id = `section-${title.toLowerCase().replace(/\W+/g, "-")}`;
  return (
    <Stack gap="xs" component="section" aria-labelledby={id}>
      <Title order={3} size="h4" id={id}>
        {title}{" "}
        <Text span c="dimmed" inherit fw={400}>
          ({count}
          {more ? "+" : ""})
        </Text>
      </Title>
      {children}
    </Stack>
  );
}
