import { Alert, Button, Checkbox, Group, Menu, Modal, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useState, type ReactNode } from "react";
import { describeError } from "../lib/errors";
import { useDeleteClaimMutation } from "../review/useDeleteClaimMutation";
import { useDeleteQuoteMutation } from "../review/useDeleteQuoteMutation";
import { useUpdateClaimMutation } from "../review/useUpdateClaimMutation";
import { useUpdateQuoteMutation } from "../review/useUpdateQuoteMutation";
import { HistoryButton } from "./History";
import { SignInLink } from "./SignInLink";
import { PeoplePicker, type PickedPerson } from "./PersonPicker";
import { emptySource, SourceFields, sourceInput, type SourceDraft } from "./SourceFields";

/** Review tools for one quote: change its speaker, delete it, see its history. */
export function QuoteReview({ id, summary }: { id: string; summary: string }) {
  const [editing, edit] = useDisclosure(false);
  const [deleting, del] = useDisclosure(false);
  const [speaker, setSpeaker] = useState<SourceDraft>(emptySource);
  const [update, updateState] = useUpdateQuoteMutation();
  const [remove, removeState] = useDeleteQuoteMutation();
  const input = sourceInput(speaker);
  return (
    <Group gap={4}>
      <ReviewMenu label={`Review quote: ${summary}`} onEdit={edit.open} editLabel="Change speaker" onDelete={del.open} />
      <HistoryButton id={id} />
      <Modal opened={editing} onClose={edit.close} title="Change the speaker">
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            if (!input) return;
            await update({ variables: { input: { id, speaker: input } } }).then(edit.close, () => undefined);
          }}
        >
          <Stack>
            <Text size="sm" c="dimmed">“{summary}”</Text>
            <SourceFields label="Speaker" value={speaker} onChange={setSpeaker} />
            <Failure error={updateState.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={edit.close}>Cancel</Button>
              <Button type="submit" disabled={!input} loading={updateState.loading}>Save speaker</Button>
            </Group>
          </Stack>
        </form>
      </Modal>
      <ConfirmDelete
        opened={deleting}
        onClose={del.close}
        what="quote"
        summary={summary}
        loading={removeState.loading}
        error={removeState.error}
        onConfirm={() => remove({ variables: { input: { id } } }).then(del.close, () => undefined)}
      />
    </Group>
  );
}

/** Review tools for one claim: change its claimant or subjects, delete it, see its history. */
export function ClaimReview({ id, summary, subjects }: { id: string; summary: string; subjects: readonly PickedPerson[] }) {
  const [editing, edit] = useDisclosure(false);
  const [deleting, del] = useDisclosure(false);
  const [claimant, setClaimant] = useState<SourceDraft>(emptySource);
  const [changeClaimant, setChangeClaimant] = useState(true);
  const [about, setAbout] = useState<PickedPerson[]>([...subjects]);
  const [update, updateState] = useUpdateClaimMutation();
  const [remove, removeState] = useDeleteClaimMutation();
  const claimantInput = changeClaimant ? sourceInput(claimant) : null;
  const ready = !changeClaimant || claimantInput !== null;
  return (
    <Group gap={4}>
      <ReviewMenu
        label={`Review claim: ${summary}`}
        onEdit={() => {
          setAbout([...subjects]);
          edit.open();
        }}
        editLabel="Change claimant or subjects"
        onDelete={del.open}
      />
      <HistoryButton id={id} />
      <Modal opened={editing} onClose={edit.close} title="Correct the claim" size="lg">
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            if (!ready) return;
            await update({
              variables: { input: { id, claimant: claimantInput, subjectIds: about.map((p) => p.id) } },
            }).then(edit.close, () => undefined);
          }}
        >
          <Stack>
            <Text size="sm" c="dimmed">{summary}</Text>
            <Checkbox label="Change the claimant" checked={changeClaimant} onChange={(e) => setChangeClaimant(e.currentTarget.checked)} />
            {changeClaimant && <SourceFields label="Claimant" value={claimant} onChange={setClaimant} />}
            <PeoplePicker label="About" description="The people the claim is about" value={about} onChange={setAbout} />
            <Failure error={updateState.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={edit.close}>Cancel</Button>
              <Button type="submit" disabled={!ready} loading={updateState.loading}>Save claim</Button>
            </Group>
          </Stack>
        </form>
      </Modal>
      <ConfirmDelete
        opened={deleting}
        onClose={del.close}
        what="claim"
        summary={summary}
        loading={removeState.loading}
        error={removeState.error}
        onConfirm={() => remove({ variables: { input: { id } } }).then(del.close, () => undefined)}
      />
    </Group>
  );
}

function ReviewMenu({ label, onEdit, editLabel, onDelete }: { label: string; onEdit: () => void; editLabel: string; onDelete: () => void }) {
  return (
    <Menu position="bottom-start" withinPortal>
      <Menu.Target>
        <Button variant="light" size="compact-xs" aria-label={label}>
          Review
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={onEdit}>{editLabel}</Menu.Item>
        <Menu.Item color="red" onClick={onDelete}>
          Delete
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

function ConfirmDelete(props: {
  opened: boolean;
  onClose: () => void;
  what: string;
  summary: string;
  loading: boolean;
  error?: unknown;
  onConfirm: () => unknown;
}) {
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={`Delete this ${props.what}?`}>
      <Stack>
        <Text size="sm">{props.summary}</Text>
        <Text size="sm" c="dimmed">
          It is removed for everyone; its edit history keeps a copy.
        </Text>
        <Failure error={props.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose} data-autofocus>
            Cancel
          </Button>
          <Button color="red" loading={props.loading} onClick={props.onConfirm}>
            Delete {props.what}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** A failed mutation's message, from the API's own words. */
export function Failure({ error, children }: { error?: unknown; children?: ReactNode }) {
  if (!error) return null;
  const described = describeError(error);
  return (
    <Alert color="red" title={described.title} role="alert" data-error-code={described.code}>
      {described.message}
      {described.code === "UNAUTHENTICATED" && (
        <>
          {" "}
          <SignInLink />
        </>
      )}
      {children}
    </Alert>
  );
}

