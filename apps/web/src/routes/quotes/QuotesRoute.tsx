import { Loader, Stack, TextInput, Title } from "@mantine/core";
import { useSuspenseQuery } from "@apollo/client/react";
import { useDebouncedValue } from "@mantine/hooks";
import { useDeferredValue, useEffect, useState } from "react";
import { useSearchParams } from "react-router";
import { Empty } from "../../components/Empty";
import { LoadMore } from "../../components/LoadMore";
import { QuoteItem } from "../../components/QuoteItem";
import { graphql } from "../../gql";
import { useDocumentTitle } from "../../lib/useDocumentTitle";

const PAGE = 20;

const QuotesRouteQuery = graphql(`
  query QuotesRouteQuery($first: Int!, $after: String, $filter: QuoteFilter) {
    quotes(first: $first, after: $after, filter: $filter) {
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
  }
`);

export function QuotesRoute() {
  useDocumentTitle("Quotes");
  const [params, setParams] = useSearchParams();
  const [input, setInput] = useState(params.get("q") ?? "");
  const [debounced] = useDebouncedValue(input.trim(), 300);
  useEffect(() => {
    if ((params.get("q") ?? "") !== debounced) setParams(debounced ? { q: debounced } : {}, { replace: true });
  }, [debounced, params, setParams]);
  const search = useDeferredValue(params.get("q") ?? "");

  const { data, fetchMore } = useSuspenseQuery(QuotesRouteQuery, {
    variables: { first: PAGE, filter: search ? { search } : null },
  });
  const quotes = data.quotes;

  return (
    <Stack gap="md">
      <Title order={2}>Quotes</Title>
      <TextInput
        type="search"
        label="Search the words of every quote"
        placeholder="e.g. tell anybody"
        value={input}
        onChange={(e) => setInput(e.currentTarget.value)}
        rightSection={input.trim() !== search ? <Loader size="xs" aria-label="Searching" /> : null}
        maw={480}
      />
      {quotes.edges.length === 0 ? (
        <Empty title={search ? `No quotes match “${search}”` : "No quotes yet"}>
          {search ? "Try fewer or different words." : "Ingest an article to extract its quotes."}
        </Empty>
      ) : (
        <Stack gap="xs">
          {quotes.edges.map((edge) => (
            <QuoteItem key={edge.node.id} quote={edge.node} showArticle />
          ))}
          <LoadMore
            hasMore={quotes.pageInfo.hasNextPage}
            onLoad={() => fetchMore({ variables: { after: quotes.pageInfo.endCursor } })}
            label="Load more quotes"
          />
        </Stack>
      )}
    </Stack>
  );
}
