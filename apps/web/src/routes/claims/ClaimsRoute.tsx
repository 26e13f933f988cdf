import { Group, Loader, SegmentedControl, Select, Stack, Switch, Text, TextInput, Title } from "@mantine/core";
import { useSuspenseQuery } from "@apollo/client/react";
import { useDebouncedValue } from "@mantine/hooks";
import { VERDICTS } from "@whosaid/domain";
import { useDeferredValue, useEffect, useState } from "react";
import { useSearchParams } from "react-router";
import { ClaimItem } from "../../components/ClaimItem";
import { Empty } from "../../components/Empty";
import { LoadMore } from "../../components/LoadMore";
import { graphql } from "../../gql";
import type { Verdict } from "../../gql/graphql";
import { enumLabel } from "../../lib/format";
import { dayParam, withParams } from "../../lib/filterParams";
import { DateFilters, PersonFilter, PublisherFilter } from "../../components/FilterFields";
import { useDocumentTitle } from "../../lib/useDocumentTitle";
import { DOUBTFUL_BELOW, HIDE_DOUBTFUL_PARAM } from "../../lib/doubtful";

const PAGE = 20;

const ClaimsRouteQuery = graphql(`
  query ClaimsRouteQuery($first: Int!, $after: String, $filter: ClaimFilter) {
    claims(first: $first, after: $after, filter: $filter) {
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
  }
`);

const HEDGED = [
  { value: "", label: "All" },
  { value: "true", label: "Hedged" },
  { value: "false", label: "Unhedged" },
];

export function ClaimsRoute() {
  useDocumentTitle("Claims");
  const [params, setParams] = useSearchParams();
  const [input, setInput] = useState(params.get("q") ?? "");
  const [debounced] = useDebouncedValue(input.trim(), 300);

  const update = (key: string, value: string) => setParams((prev) => withParams(prev, { [key]: value }), { replace: true });
  useEffect(() => {
    if ((params.get("q") ?? "") !== debounced) update("q", debounced);
  }, [debounced]);

  const current = readFilter(params);
  // Keep showing the current list while the filtered one loads (deferring a string, not an object).
  const deferred = useDeferredValue(params.toString());
  const filter = readFilter(new URLSearchParams(deferred));
  const pending = deferred !== params.toString() || input.trim() !== (params.get("q") ?? "");

  const { data, fetchMore } = useSuspenseQuery(ClaimsRouteQuery, { variables: { first: PAGE, filter } });
  const claims = data.claims;
  const filtered = Object.values(filter).some((v) => v !== null);

  return (
    <Stack gap="md">
      <Title order={2}>Claims</Title>
      <Group align="end" gap="md" wrap="wrap" role="search" aria-label="Filter claims">
        <TextInput
          type="search"
          label="Search claims"
          placeholder="e.g. testing kits"
          value={input}
          onChange={(e) => setInput(e.currentTarget.value)}
          rightSection={pending ? <Loader size="xs" aria-label="Searching" /> : null}
          w={280}
        />
        <Select
          label="Verdict"
          placeholder="Any verdict"
          data={VERDICTS.map((v) => ({ value: v, label: enumLabel(v) }))}
          value={current.verdict}
          onChange={(value) => update("verdict", value ?? "")}
          clearable
          w={200}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="hedged-label">
            Hedged
          </Text>
          <SegmentedControl
            aria-labelledby="hedged-label"
            data={HEDGED}
            value={current.hedged === null ? "" : String(current.hedged)}
            onChange={(value) => update("hedged", value)}
          />
        </Stack>
        <Switch
          label="Hide doubtful claims"
          description="The extractor's confidence under 50 %; reviewed claims stay"
          checked={current.minConfidence !== null}
          onChange={(e) => update(HIDE_DOUBTFUL_PARAM, e.currentTarget.checked ? "1" : "")}
        />
        <PersonFilter params={params} setParams={setParams} param="claimant" label="Claimant" />
        <PersonFilter params={params} setParams={setParams} param="subject" label="About" />
        <PublisherFilter params={params} setParams={setParams} />
        <DateFilters params={params} setParams={setParams} />
      </Group>
      {claims.edges.length === 0 ? (
        <Empty title={filtered ? "No claims match these filters" : "No claims yet"}>
          {filtered ? "Loosen the filters or search for other words." : "Ingest an article to extract its claims."}
        </Empty>
      ) : (
        <Stack gap="xs">
          {claims.edges.map((edge) => (
            <ClaimItem key={edge.node.id} claim={edge.node} showArticle editable />
          ))}
          <LoadMore
            hasMore={claims.pageInfo.hasNextPage}
            onLoad={() => fetchMore({ variables: { after: claims.pageInfo.endCursor } })}
            label="Load more claims"
          />
        </Stack>
      )}
    </Stack>
  );
}

function readFilter(params: URLSearchParams) {
  const verdict = params.get("verdict") ?? "";
  const hedged = params.get("hedged");
  return {
    search: params.get("q") || null,
    verdict: (VERDICTS as readonly string[]).includes(verdict) ? (verdict as Verdict) : null,
    hedged: hedged === "true" ? true : hedged === "false" ? false : null,
    claimantId: params.get("claimant") || null,
    subjectId: params.get("subject") || null,
    publisher: params.get("publisher") || null,
    from: dayParam(params, "from"),
    to: dayParam(params, "to", true),
    minConfidence: params.get(HIDE_DOUBTFUL_PARAM) === "1" ? DOUBTFUL_BELOW : null,
  };
}
