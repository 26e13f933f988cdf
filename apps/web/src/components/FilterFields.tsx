import { TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useEffect, useState } from "react";
import type { SetURLSearchParams } from "react-router";
import { personParam, withParams } from "../lib/filterParams";
import { PersonPicker } from "./PersonPicker";

/** Filters shared by the quote and claim lists, kept in the URL: a person, the publisher, a date range. */
export function PersonFilter({ params, setParams, param, label }: { params: URLSearchParams; setParams: SetURLSearchParams; param: string; label: string }) {
  return (
    <PersonPicker
      label={label}
      placeholder="Anyone"
      value={personParam(params, param)}
      onChange={(p) => setParams((prev) => withParams(prev, { [param]: p?.id, [`${param}Name`]: p?.name }), { replace: true })}
    />
  );
}

export function PublisherFilter({ params, setParams }: { params: URLSearchParams; setParams: SetURLSearchParams }) {
  const [value, setValue] = useState(params.get("publisher") ?? "");
  const [debounced] = useDebouncedValue(value.trim(), 400);
  useEffect(() => {
    if ((params.get("publisher") ?? "") !== debounced) setParams((prev) => withParams(prev, { publisher: debounced }), { replace: true });
  }, [debounced, params, setParams]);
  return <TextInput label="Publisher" placeholder="Exact name" value={value} onChange={(e) => setValue(e.currentTarget.value)} w={180} />;
}

export function DateFilters({ params, setParams }: { params: URLSearchParams; setParams: SetURLSearchParams }) {
  return (
    <>
      {(["from", "to"] as const).map((key) => (
        <TextInput
          key={key}
          type="date"
          label={key === "from" ? "From" : "To"}
          value={params.get(key) ?? ""}
          onChange={(e) => {
            const day = e.currentTarget.value;
            setParams((prev) => withParams(prev, { [key]: day }), { replace: true });
          }}
          w={160}
        />
      ))}
    </>
  );
}
