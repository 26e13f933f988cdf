import { Group, Loader, Stack, TextInput, Title } from "@mantine/core";
import { useSuspenseQuery } from "@apollo/client/react";
import { useDebouncedValue } from "@mantine/hooks";
import { useDeferredValue, useEffect, useState } from "react";
import { useSearchParams } from "react-router";
import { Empty } from "../../components/Empty";
import { LoadMore } from "../../components/LoadMore";
import { QuoteItem } from "../../components/QuoteItem";
import { graphql } from "../../gql";
import { useDocumentTitle } from "../../lib/useDocumentTitle";
import { dayParam, withParams } from "../../lib/filterParams";
import { DateFilters, PersonFilter, PublisherFilter } from "../../components/FilterFields";

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
    if ((params.get("q") ?? "") !== debounced) setParams((prev) => withParams(prev, { q: debounced }), { replace: true });
  }, [debounced, params, setParams]);
  // Keep showing the current list while the filtered one loads (deferring a string, not an object).
  const deferred = new URLSearchParams(useDeferredValue(params.toString()));
  const search = deferred.get("q") ?? "";
  const filter = {
    search: search || null,
    speakerId: deferred.get("speaker") || null,
    publisher: deferred.get("publisher") || null,
    from: dayParam(deferred, "from"),
    to: dayParam(deferred, "to", true),
  };
  const filtered = Object.values(filter).some((v) => v !== null);

  const { data, fetchMore } = useSuspenseQuery(QuotesRouteQuery, { variables: { first: PAGE, filter } });
  const quotes = data.quotes;

  return (
    <Stack gap="md">
      <Title order={2}>Quotes</Title>
      <Group align="end" gap="md" wrap="wrap" role="search" aria-label="Filter quotes">
        <TextInput
          type="search"
          label="Search the words of every quote"
          placeholder="e.g. tell anybody"
          value={input}
          onChange={(e) => setInput(e.currentTarget.value)}
          rightSection={input.trim() !== search ? <Loader size="xs" aria-label="Searching" /> : null}
          w={320}
        />
        <PersonFilter params={params} setParams={setParams} param="speaker" label="Speaker" />
        <PublisherFilter params={params} setParams={setParams} />
        <DateFilters params={params} setParams={setParams} />
      </Group>
      {quotes.edges.length === 0 ? (
        <Empty title={filtered ? "No quotes match these filters" : "No quotes yet"}>
          {filtered ? "Loosen the filters or try other words." : "Ingest an article to extract its quotes."}
        </Empty>
      ) : (
        <Stack gap="xs">
          {quotes.edges.map((edge) => (
            <QuoteItem key={edge.node.id} quote={edge.node} showArticle editable />
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
