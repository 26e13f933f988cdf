import { Anchor, Badge, Button, Grid, Group, Paper, Select, Stack, Text, Textarea, Title } from "@mantine/core";
import { useSuspenseQuery } from "@apollo/client/react";
import { VERDICTS } from "@whosaid/domain";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { ClaimItem, VERDICT_COLORS } from "../../components/ClaimItem";
import { Empty } from "../../components/Empty";
import { HistoryList } from "../../components/History";
import { Failure } from "../../components/ReviewActions";
import { graphql } from "../../gql";
import type { RelationType, Verdict } from "../../gql/graphql";
import { enumLabel, formatDate } from "../../lib/format";
import { useDocumentTitle } from "../../lib/useDocumentTitle";
import { useSetClaimVerdictMutation } from "../../review/useSetClaimVerdictMutation";
import { useUnlinkClaimsMutation } from "../../review/useUnlinkClaimsMutation";
import { ClaimSpread } from "./ClaimSpread";
import { LinkClaimForm } from "./LinkClaimForm";

const ClaimRouteQuery = graphql(`
  query ClaimRouteQuery($id: ID!) {
    claim(id: $id) {
      id
      text
      verdict
      verdictNote
      reviewed
      claimant {
        name
      }
      article {
        id
        title
        publisher
        publishedAt
        ingestedAt
      }
      relations {
        type
        from {
          id
          article {
            id
            title
            publisher
            publishedAt
            ingestedAt
          }
          ...ClaimItem_claim
        }
        to {
          id
          article {
            id
            title
            publisher
            publishedAt
            ingestedAt
          }
          ...ClaimItem_claim
        }
      }
      history {
        action
        actor
        at
        before
        after
      }
      cluster {
        id
        ...ClaimSpread_cluster
      }
      ...ClaimItem_claim
    }
  }
`);

const PASSIVE: Record<string, string> = { DISPUTES: "Disputed by", SUPPORTS: "Supported by", REPEATS: "Repeated by" };
const ACTIVE: Record<string, string> = { DISPUTES: "Disputes", SUPPORTS: "Supports", REPEATS: "Repeats" };

/** One claim beside what disputes, supports or repeats it, with verdict editing and linking. */
export function ClaimRoute() {
  const { id = "" } = useParams();
  const { data } = useSuspenseQuery(ClaimRouteQuery, { variables: { id } });
  const claim = data.claim;
  useDocumentTitle(`Claim: ${claim.text.slice(0, 60)}`);
  const [unlink, unlinkState] = useUnlinkClaimsMutation();

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Text size="sm" c="dimmed">
          <Anchor component={Link} to="/claims" size="sm">Claims</Anchor> ›{" "}
          {claim.claimant?.name ?? "Unknown claimant"}
        </Text>
        <Title order={2}>“{claim.text}”</Title>
        <Group gap="xs">
          <Badge color={VERDICT_COLORS[claim.verdict] ?? "gray"} variant="light">{enumLabel(claim.verdict)}</Badge>
          <Where article={claim.article} />
        </Group>
      </Stack>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="sm" component="section" aria-labelledby="this-claim">
            <Title order={3} size="h4" id="this-claim">The claim</Title>
            <ClaimItem claim={claim} showArticle editable />
            <VerdictForm id={claim.id} verdict={claim.verdict} note={claim.verdictNote} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="sm" component="section" aria-labelledby="related-claims" data-testid="related-claims">
            <Title order={3} size="h4" id="related-claims">What disputes, supports or repeats it</Title>
            {claim.relations.length === 0 && <Empty title="Nothing linked yet">Link a claim that disputes or supports this one below.</Empty>}
            {claim.relations.map((r) => {
              const outgoing = r.from.id === claim.id;
              const other = outgoing ? r.to : r.from;
              return (
                <Stack key={`${r.from.id}-${r.type}-${r.to.id}`} gap={4} data-testid="related-claim" data-relation={r.type}>
                  <Group justify="space-between">
                    <Text fw={600} size="sm">
                      {outgoing ? ACTIVE[r.type] : PASSIVE[r.type]} <Where article={other.article} />
                    </Text>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="red"
                      loading={unlinkState.loading}
                      onClick={() => unlink({ variables: { input: { fromId: r.from.id, toId: r.to.id, type: r.type as RelationType } } }).catch(() => undefined)}
                    >
                      Unlink
                    </Button>
                  </Group>
                  <ClaimItem claim={other} showArticle />
                </Stack>
              );
            })}
            <Failure error={unlinkState.error} />
            <LinkClaimForm claimId={claim.id} />
          </Stack>
        </Grid.Col>
      </Grid>
      <ClaimSpread claimId={claim.id} cluster={claim.cluster} />
      <Paper withBorder p="sm" component="section" aria-labelledby="claim-history">
        <Title order={3} size="h4" id="claim-history" mb="xs">Edit history</Title>
        <HistoryList edits={claim.history} />
      </Paper>
    </Stack>
  );
}

function Where({ article }: { article: { id: string; title: string | null; publisher: string | null; publishedAt: string | null; ingestedAt: string } }) {
  const when = formatDate(article.publishedAt ?? article.ingestedAt);
  return (
    <Text span size="sm" c="dimmed">
      in{" "}
      <Anchor component={Link} to={`/articles/${encodeURIComponent(article.id)}`} size="sm">
        {article.title || "Untitled article"}
      </Anchor>
      {article.publisher && ` · ${article.publisher}`}
      {when && ` · ${when}`}
    </Text>
  );
}

function VerdictForm({ id, verdict, note }: { id: string; verdict: string; note: string | null }) {
  const [value, setValue] = useState<string>(verdict);
  const [text, setText] = useState(note ?? "");
  const [save, { loading, error, data }] = useSetClaimVerdictMutation();
  const changed = value !== verdict || text.trim() !== (note ?? "");
  return (
    <Paper withBorder p="sm" component="form" aria-label="Verdict" onSubmit={(e) => {
      e.preventDefault();
      save({ variables: { input: { id, verdict: value as Verdict, note: text.trim() || null } } }).catch(() => undefined);
    }}>
      <Stack gap="xs">
        <Title order={4} size="h5">Verdict</Title>
        <Select
          label="Verdict"
          data={VERDICTS.map((v) => ({ value: v, label: enumLabel(v) }))}
          value={value}
          allowDeselect={false}
          onChange={(v) => setValue(v ?? verdict)}
        />
        <Textarea label="Reviewer's note" description="Sources and reasoning, shown with the verdict" autosize minRows={2} value={text} onChange={(e) => setText(e.currentTarget.value)} />
        <Failure error={error} />
        <Group justify="space-between">
          <Text size="xs" c="dimmed" aria-live="polite">{data && !changed ? "Saved." : ""}</Text>
          <Button type="submit" disabled={!changed} loading={loading}>Save verdict</Button>
        </Group>
      </Stack>
    </Paper>
  );
}
