import { Badge, Button, Code, Group, Modal, Table, Text, Timeline } from "@mantine/core";
import { useQuery } from "@apollo/client/react";
import { useDisclosure } from "@mantine/hooks";
import { graphql } from "../gql";
import { describeError } from "../lib/errors";
import { formatDateTime } from "../lib/format";
import { changedFields } from "../lib/history";
import { Empty } from "./Empty";
import { PageLoader } from "./PageLoader";

const HistoryQuery = graphql(`
  query HistoryQuery($id: ID!) {
    node(id: $id) {
      id
      ... on Quote {
        history {
          action
          actor
          at
          before
          after
        }
      }
      ... on Claim {
        history {
          action
          actor
          at
          before
          after
        }
      }
      ... on Person {
        history {
          action
          actor
          at
          before
          after
        }
      }
    }
  }
`);

/** A "History" button that opens the item's edit history (loaded only when opened). */
export function HistoryButton({ id, label = "History" }: { id: string; label?: string }) {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button variant="subtle" size="compact-xs" onClick={open}>
        {label}
      </Button>
      <Modal opened={opened} onClose={close} title="Edit history" size="lg">
        {opened && <HistoryPanel id={id} />}
      </Modal>
    </>
  );
}

function HistoryPanel({ id }: { id: string }) {
  const { data, loading, error } = useQuery(HistoryQuery, { variables: { id }, fetchPolicy: "network-only" });
  if (loading) return <PageLoader label="Loading the history…" />;
  if (error) return <Text c="red" role="alert">{describeError(error).message}</Text>;
  const node = data?.node;
  const edits: readonly EditData[] = node && "history" in node ? node.history : [];
  return <HistoryList edits={edits} />;
}

export interface EditData {
  action: string;
  actor: string;
  at: string;
  before: unknown;
  after: unknown;
}

const ACTION_LABELS: Record<string, string> = {
  UPDATE_SPEAKER: "changed the speaker",
  UPDATE_CLAIMANT: "changed the claimant",
  UPDATE_SUBJECTS: "changed who it is about",
  UPDATE_CLAIM: "changed the claimant and subjects",
  DELETE: "deleted it",
  ADD: "added it",
  SET_VERDICT: "set the verdict",
  LINK: "linked claims",
  UNLINK: "unlinked claims",
  MERGE: "merged a person in",
  MERGED_INTO: "merged this person into another",
  SPLIT: "split a person off",
  SPLIT_FROM: "created this person by a split",
};

/** Edits newest first: who, when, what, and each changed field before → after. */
export function HistoryList({ edits }: { edits: readonly EditData[] }) {
  if (edits.length === 0) return <Empty title="No edits yet">Everything here is as the extractor found it.</Empty>;
  return (
    <Timeline bulletSize={14} lineWidth={2} data-testid="history">
      {edits.map((edit, i) => (
        <Timeline.Item
          key={i}
          title={
            <Group gap={6}>
              <Text fw={600} size="sm">{edit.actor}</Text>
              <Text size="sm">{ACTION_LABELS[edit.action] ?? edit.action.toLowerCase()}</Text>
              <Badge size="xs" variant="light" color="gray">{edit.action}</Badge>
            </Group>
          }
        >
          <Text size="xs" c="dimmed" mb={4}>
            {formatDateTime(edit.at)}
          </Text>
          <ChangeTable before={edit.before} after={edit.after} />
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

function ChangeTable({ before, after }: { before: unknown; after: unknown }) {
  const rows = changedFields(before, after);
  if (rows.length === 0) return null;
  return (
    <Table withTableBorder withColumnBorders fz="xs" verticalSpacing={2}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Field</Table.Th>
          <Table.Th>Before</Table.Th>
          <Table.Th>After</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.field}>
            <Table.Td>{row.field}</Table.Td>
            <Table.Td>
              <Code block={false}>{row.before}</Code>
            </Table.Td>
            <Table.Td>
              <Code block={false}>{row.after}</Code>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

