import { Group, SegmentedControl, Select, Stack, Text, TextInput } from "@mantine/core";
import { useId } from "react";
import type { SourceInput, SourceKind } from "../gql/graphql";
import { PersonPicker, type PickedPerson } from "./PersonPicker";

export type SourceDraft =
  | { mode: "person"; person: PickedPerson | null }
  | { mode: "name"; name: string; kind: SourceKind };

export const emptySource = (): SourceDraft => ({ mode: "person", person: null });

const KINDS: { value: SourceKind; label: string }[] = [
  { value: "PERSON", label: "Person (new or matched by name)" },
  { value: "ORGANIZATION", label: "Organisation" },
  { value: "WORK", label: "Work (book, report…)" },
  { value: "ANONYMOUS", label: "Anonymous source" },
];

/** The API input for a draft, or null while it is incomplete. */
export function sourceInput(draft: SourceDraft): SourceInput | null {
  if (draft.mode === "person") return draft.person ? { personId: draft.person.id } : null;
  const name = draft.name.trim();
  return name ? { name, kind: draft.kind } : null;
}

/** Who said or claims something: a known person, or a name with its kind. */
export function SourceFields({ label, value, onChange }: { label: string; value: SourceDraft; onChange: (draft: SourceDraft) => void }) {
  const labelId = useId();
  return (
    <Stack gap="xs">
      <Group justify="space-between" wrap="wrap">
        <Text size="sm" fw={500} id={labelId}>
          {label}
        </Text>
        <SegmentedControl
          size="xs"
          aria-labelledby={labelId}
          data={[
            { value: "person", label: "Known person" },
            { value: "name", label: "Other name" },
          ]}
          value={value.mode}
          onChange={(mode) => onChange(mode === "person" ? { mode: "person", person: null } : { mode: "name", name: "", kind: "PERSON" })}
        />
      </Group>
      {value.mode === "person" ? (
        <PersonPicker label={`${label}: person`} value={value.person} onChange={(person) => onChange({ mode: "person", person })} />
      ) : (
        <Group grow align="start" wrap="wrap">
          <TextInput
            label={`${label}: name`}
            placeholder="e.g. Jason Miller, the Kremlin, an aide"
            value={value.name}
            onChange={(e) => onChange({ ...value, name: e.currentTarget.value })}
            data-autofocus
          />
          <Select
            label="Kind"
            data={KINDS}
            value={value.kind}
            allowDeselect={false}
            onChange={(kind) => onChange({ ...value, kind: (kind ?? "PERSON") as SourceKind })}
            comboboxProps={{ withinPortal: true }}
          />
        </Group>
      )}
    </Stack>
  );
}
