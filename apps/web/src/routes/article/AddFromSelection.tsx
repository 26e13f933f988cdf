import { Button, Checkbox, CloseButton, Group, Paper, SegmentedControl, Stack, Text } from "@mantine/core";
import { useState, type ReactNode } from "react";
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
  return (
    <Paper withBorder shadow="sm" p="sm" data-testid="add-from-selection" component="section" aria-label="Add from selection">
      <AddSpanForm
        articleId={articleId}
        span={selection}
        onDone={onClose}
        onCancel={onClose}
        header={
          <Group justify="space-between" wrap="nowrap" align="start">
            <Text size="sm">
              <Text span fw={600} size="sm">Selected: </Text>“{selection.text.length > 240 ? `${selection.text.slice(0, 240)}…` : selection.text}”
            </Text>
            <CloseButton aria-label="Cancel adding" onClick={onClose} />
          </Group>
        }
      />
    </Paper>
  );
}

/**
 * The form that adds a stretch of an article as a quote (with its speaker) or a claim (with its
 * claimant, subjects and hedging). `span` is null while the words are not chosen yet.
 */
export function AddSpanForm({
  articleId,
  span,
  header,
  onDone,
  onCancel,
}: {
  articleId: string;
  span: { start: number; end: number } | null;
  header?: ReactNode;
  onDone: () => void;
  onCancel: () => void;
}) {
  const [kind, setKind] = useState<"quote" | "claim">("quote");
  const [source, setSource] = useState<SourceDraft>(emptySource);
  const [subjects, setSubjects] = useState<PickedPerson[]>([]);
  const [hedged, setHedged] = useState(false);
  const [addQuote, quoteState] = useAddQuoteMutation();
  const [addClaim, claimState] = useAddClaimMutation();
  const input = sourceInput(source);
  const ready = span !== null && (kind === "claim" || input !== null);
  const state = kind === "quote" ? quoteState : claimState;

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!ready) return;
    const at = { articleId, start: span.start, end: span.end };
    const done =
      kind === "quote"
        ? addQuote({ variables: { input: { ...at, speaker: input! } } })
        : addClaim({ variables: { input: { ...at, claimant: input, subjectIds: subjects.map((p) => p.id), hedged } } });
    await done.then(onDone, () => undefined);
  }

  return (
    <form onSubmit={submit}>
      <Stack gap="xs">
        {header}
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
          <Button variant="default" onClick={onCancel}>Cancel</Button>
          <Button type="submit" disabled={!ready} loading={state.loading}>
            {kind === "quote" ? "Add quote" : "Add claim"}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
