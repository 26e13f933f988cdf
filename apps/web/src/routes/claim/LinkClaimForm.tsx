import { Button, Group, Paper, Select, Stack, Title } from "@mantine/core";
import { useQuery } from "@apollo/client/react";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { Failure } from "../../components/ReviewActions";
import { graphql } from "../../gql";
import type { RelationType } from "../../gql/graphql";
import { useLinkClaimsMutation } from "../../review/useLinkClaimsMutation";

const LinkClaimSearchQuery = graphql(`
  query LinkClaimSearchQuery($search: String) {
    claims(first: 15, filter: { search: $search }) {
      nodes {
        id
        text
        claimant {
          name
        }
      }
    }
  }
`);

const TYPES = [
  { value: "DISPUTES", label: "disputes this claim" },
  { value: "SUPPORTS", label: "supports this claim" },
  { value: "REPEATS", label: "repeats this claim" },
];

/** Finds another claim by its words and links it to this one. */
export function LinkClaimForm({ claimId }: { claimId: string }) {
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [other, setOther] = useState<string | null>(null);
  const [type, setType] = useState<string>("DISPUTES");
  const { data, loading } = useQuery(LinkClaimSearchQuery, { variables: { search: debounced || null } });
  const [link, state] = useLinkClaimsMutation();
  const options = (data?.claims.nodes ?? [])
    .filter((c) => c.id !== claimId)
    .map((c) => ({ value: c.id, label: `${c.claimant?.name ?? "Unknown"}: ${c.text.length > 110 ? `${c.text.slice(0, 110)}…` : c.text}` }));
  return (
    <Paper withBorder p="sm" component="form" aria-label="Link a claim" onSubmit={(e) => {
      e.preventDefault();
      if (!other) return;
      link({ variables: { input: { fromId: other, toId: claimId, type: type as RelationType } } }).then(() => setOther(null), () => undefined);
    }}>
      <Stack gap="xs">
        <Title order={4} size="h5">Link another claim</Title>
        <Select
          label="Claim"
          placeholder="Search claims by their words"
          searchable
          clearable
          data={options}
          value={other}
          onChange={setOther}
          searchValue={search}
          onSearchChange={setSearch}
          filter={({ options: o }) => o}
          nothingFoundMessage={loading ? "Searching…" : "No claim matches"}
        />
        <Select label="Which" data={TYPES} value={type} allowDeselect={false} onChange={(v) => setType(v ?? "DISPUTES")} />
        <Failure error={state.error} />
        <Group justify="flex-end">
          <Button type="submit" disabled={!other} loading={state.loading}>Link claims</Button>
        </Group>
      </Stack>
    </Paper>
  );
}
