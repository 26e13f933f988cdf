import { Button, Checkbox, CloseButton, Group, Paper, SegmentedControl, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { PeoplePicker, type PickedPerson } from "../../components/PersonPicker";
import { Failure } from "../../components/ReviewActions";
import { emptySource, SourceFields, sourceInput, type SourceDraft } from "../../components/SourceFields";
import { useAddClaimMutation } from "../../review/useAddClaimMutation";
import { useAddQuoteMutation } from "../../review/useAddQuoteMutation";

export interface TextSelection {
  start: number;
  end: number;
  text: string;
}

/** Turns the text selected in the reader into a quote or claim the extractor missed. */
export function AddFromSelection({ articleId, selection, onClose }: { articleId: string; selection: TextSelection; onClose: () => void }) {
  const [kind, setKind] = useState<"quote" | "claim">("quote");
  const [source, setSource] = useState<SourceDraft>(emptySource);
  const [subjects, setSubjects] = useState<PickedPerson[]>([]);
  const [hedged, setHedged] = useState(false);
  const [addQuote, quoteState] = useAddQuoteMutation();
  const [addClaim, claimState] = useAddClaimMutation();
  const input = sourceInput(source);
  const ready = kind === "claim" || input !== null;
  const state = kind === "quote" ? quoteState : claimState;

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!ready) return;
    const span = { articleId, start: selection.start, end: selection.end };
    const done =
      kind === "quote"
        ? addQuote({ variables: { input: { ...span, speaker: input! } } })
        : addClaim({ variables: { input: { ...span, claimant: input, subjectIds: subjects.map((p) => p.id), hedged } } });
    await done.then(onClose, () => undefined);
  }

  return (
    <Paper withBorder shadow="sm" p="sm" data-testid="add-from-selection" component="section" aria-label="Add from selection">
      <form onSubmit={submit}>
        <Stack gap="xs">
          <Group justify="space-between" wrap="nowrap" align="start">
            <Text size="sm">
              <Text span fw={600} size="sm">Selected: </Text>“{selection.text.length > 240 ? `${selection.text.slice(0, 240)}…` : selection.text}”
            </Text>
            <CloseButton aria-label="Cancel adding" onClick={onClose} />
          </Group>
          <SegmentedControl
            aria-label="Add as"
            data={[
              { value: "quote", label: "Add as quote" },
              { value: "claim", label: "Add as claim" },
            ]}
            value={kind}
            onChange={(v) => setKind(v as "quote" | "claim")}
          />
          <SourceFields label={kind === "quote" ? "Speaker" : "Claimant"} value={source} onChange={setSource} />
          {kind === "claim" && (
            <>
              <PeoplePicker label="About" description="The people the claim is about" value={subjects} onChange={setSubjects} />
              <Checkbox label="The article hedges it (“reportedly”, “allegedly”)" checked={hedged} onChange={(e) => setHedged(e.currentTarget.checked)} />
            </>
          )}
          <Failure error={state.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>Cancel</Button>
            <Button type="submit" disabled={!ready} loading={state.loading}>
              {kind === "quote" ? "Add quote" : "Add claim"}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
