import { Loader, MultiSelect, Select } from "@mantine/core";
import { useQuery } from "@apollo/client/react";
import { useDebouncedValue } from "@mantine/hooks";
import { useMemo, useState } from "react";
import { graphql } from "../gql";
import { personOptions } from "../lib/personOptions";

const PersonPickerQuery = graphql(`
  query PersonPickerQuery($search: String) {
    persons(first: 15, filter: { search: $search }) {
      nodes {
        id
        name
        mentionCount
      }
    }
  }
`);

export interface PickedPerson {
  id: string;
  name: string;
}

function usePersonOptions(search: string, selected: readonly PickedPerson[], exclude: readonly string[]) {
  const typed = search.trim();
  const [debounced] = useDebouncedValue(typed, 200);
  const { data, previousData, loading } = useQuery(PersonPickerQuery, { variables: { search: debounced || null } });
  // Until the answer for what was typed arrives, the last answer filtered by it: the list neither empties nor shows
  // names that do not match, so a highlighted option stays highlighted and Enter picks it instead of submitting.
  const stale = data === undefined || debounced !== typed;
  const nodes = (data ?? previousData)?.persons.nodes;
  const options = useMemo(() => personOptions(nodes ?? [], { typed: stale ? typed : null, selected, exclude }), [nodes, stale, typed, selected, exclude]);
  return { options, loading };
}

/** Picks one known person by typing part of the name (searches the API, a page at a time). */
export function PersonPicker({
  label,
  value,
  onChange,
  exclude = [],
  description,
  placeholder = "Type a name",
  required,
}: {
  label: string;
  value: PickedPerson | null;
  onChange: (person: PickedPerson | null) => void;
  exclude?: readonly string[];
  description?: string;
  placeholder?: string;
  required?: boolean;
}) {
  const [search, setSearch] = useState(value?.name ?? "");
  const selected = useMemo(() => (value ? [value] : []), [value]);
  const { options, loading } = usePersonOptions(search, selected, exclude);
  return (
    <Select
      label={label}
      description={description}
      placeholder={placeholder}
      required={required}
      searchable
      clearable
      data={options}
      value={value?.id ?? null}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: o }) => o}
      nothingFoundMessage={loading ? "Searching…" : "Nobody by that name"}
      rightSection={loading ? <Loader size="xs" aria-hidden="true" /> : undefined}
      onChange={(id, option) => onChange(id && option ? { id, name: option.label } : null)}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

/** Picks several known people (e.g. who a claim is about). */
export function PeoplePicker({
  label,
  value,
  onChange,
  description,
}: {
  label: string;
  value: readonly PickedPerson[];
  onChange: (people: PickedPerson[]) => void;
  description?: string;
}) {
  const [search, setSearch] = useState("");
  const { options, loading } = usePersonOptions(search, value, []);
  return (
    <MultiSelect
      label={label}
      description={description}
      placeholder="Type a name"
      searchable
      clearable
      data={options}
      value={value.map((p) => p.id)}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: o }) => o}
      nothingFoundMessage={loading ? "Searching…" : "Nobody by that name"}
      onChange={(ids) => onChange(ids.map((id) => ({ id, name: options.find((o) => o.value === id)?.label ?? id })))}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
