import { Button, Group, Loader, Stack, TextInput, Title } from "@mantine/core";
import { useSuspenseQuery } from "@apollo/client/react";
import { useDebouncedValue } from "@mantine/hooks";
import { Suspense, useDeferredValue, useEffect, useState } from "react";
import { PageLoader } from "../../components/PageLoader";
import { OverviewStats } from "./OverviewStats";
import { Link, useSearchParams } from "react-router";
import { ArticleCard } from "../../components/ArticleCard";
import { Empty } from "../../components/Empty";
import { LoadMore } from "../../components/LoadMore";
import { graphql } from "../../gql";
import { useDocumentTitle } from "../../lib/useDocumentTitle";
import { SearchResults } from "./SearchResults";

const PAGE = 10;

const OverviewRouteQuery = graphql(`
  query OverviewRouteQuery($first: Int!, $after: String, $query: String!, $searching: Boolean!) {
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
    search(query: $query, first: 30) @include(if: $searching) {
      __typename
      ... on Node {
        id
      }
      ...SearchHitItem_hit
    }
  }
`);

export function OverviewRoute() {
  useDocumentTitle("Overview");
  const [params, setParams] = useSearchParams();
  const [input, setInput] = useState(params.get("q") ?? "");
  const [debounced] = useDebouncedValue(input.trim(), 300);
  // The URL holds the search so it can be shared and survives a reload.
  useEffect(() => {
    if ((params.get("q") ?? "") !== debounced) setParams(debounced ? { q: debounced } : {}, { replace: true });
  }, [debounced, params, setParams]);
  // Keep showing the previous results while the next ones load, rather than a spinner per keystroke.
  const query = useDeferredValue(params.get("q") ?? "");

  const { data, fetchMore } = useSuspenseQuery(OverviewRouteQuery, {
    variables: { first: PAGE, query, searching: query.length > 0 },
  });
  const articles = data.articles;

  return (
    <Stack gap="lg">
      <Title order={2}>
        Overview
      </Title>
      <Suspense fallback={<PageLoader label="Counting…" />}>
        <OverviewStats />
      </Suspense>
      <section aria-labelledby="search-heading">
        <Title order={2} id="search-heading" mb="xs">
          Search
        </Title>
        <TextInput
          type="search"
          label="Search articles, people, quotes and claims"
          placeholder="e.g. Putin, testing kits, Woodward"
          value={input}
          onChange={(e) => setInput(e.currentTarget.value)}
          rightSection={input.trim() !== query ? <Loader size="xs" aria-label="Searching" /> : null}
          maw={640}
        />
        {query && data.search && (
          <Stack mt="md" aria-live="polite">
            <SearchResults query={query} hits={data.search} />
          </Stack>
        )}
      </section>

      <section aria-labelledby="recent-heading">
        <Group justify="space-between" mb="xs">
          <Title order={2} id="recent-heading">
            Recent articles
          </Title>
          <Button component={Link} to="/ingest" variant="light" size="sm">
            Ingest an article
          </Button>
        </Group>
        {articles.edges.length === 0 ? (
          <Empty title="No articles yet">
            Paste one on the <Link to="/ingest">ingest page</Link>, or run <code>npm run extract</code> on a file.
          </Empty>
        ) : (
          <Stack gap="xs">
            {articles.edges.map((edge) => (
              <ArticleCard key={edge.node.id} article={edge.node} />
            ))}
            <LoadMore
              hasMore={articles.pageInfo.hasNextPage}
              onLoad={() => fetchMore({ variables: { after: articles.pageInfo.endCursor } })}
              label="Load more articles"
            />
          </Stack>
        )}
      </section>
    </Stack>
  );
}
