import { Anchor, Badge, Box, Group, Paper, Stack, Text } from "@mantine/core";
import type { FragmentType } from "@apollo/client";
import { useSuspenseFragment } from "@apollo/client/react";
import { Fragment } from "react";
import { Link } from "react-router";
import { graphql } from "../gql";
import { enumLabel } from "../lib/format";
import { ClaimReview } from "./ReviewActions";
import { ReviewBadge } from "./ReviewBadge";
import { SourceLabel } from "./SourceLabel";

export const ClaimItem_claim = graphql(`
  fragment ClaimItem_claim on Claim {
    id
    text
    cue
    hedged
    hedges
    confidence
    verdict
    reviewed
    claimant {
      ...SourceLabel_source @unmask
    }
    via {
      ...SourceLabel_source @unmask
    }
    subjects {
      id
      name
    }
    verdictNote
    relations {
      type
      from {
        id
        text
        claimant {
          name
        }
      }
      to {
        id
        text
        claimant {
          name
        }
      }
    }
    article {
      id
      title
    }
  }
`);

export const VERDICT_COLORS: Record<string, string> = {
  UNREVIEWED: "gray",
  SUPPORTED: "green",
  DISPUTED: "orange",
  FALSE: "red",
  MISLEADING: "yellow",
  UNPROVEN: "grape",
};

const PASSIVE: Record<string, string> = { DISPUTES: "disputed by", SUPPORTS: "supported by", REPEATS: "repeated by" };

const RELATION_COLORS: Record<string, string> = { DISPUTES: "red", SUPPORTS: "green", REPEATS: "blue" };

/** A claim with who makes it, through whom (outermost first), its hedges, who it is about and what it disputes. */
export function ClaimItem({
  claim,
  showArticle = false,
  textHref,
  editable = false,
}: {
  claim: FragmentType<typeof ClaimItem_claim>;
  /** Show the review tools (change claimant or subjects, delete, history). */
  editable?: boolean;
  showArticle?: boolean;
  textHref?: string;
}) {
  const { data } = useSuspenseFragment({ fragment: ClaimItem_claim, fragmentName: "ClaimItem_claim", from: claim });
  return (
    <Paper withBorder p="sm" data-testid="claim-item" id={`claim-item-${data.id}`}>
      <Stack gap={6}>
        <Group gap={6} wrap="wrap">
          {data.via.map((source, i) => (
            <Fragment key={i}>
              <SourceLabel source={source} />
              <Text span c="dimmed" size="sm" aria-label="reports that">
                →
              </Text>
            </Fragment>
          ))}
          <SourceLabel source={data.claimant} fallback="Unknown claimant" />
          {data.cue && (
            <Text span size="sm" c="dimmed">
              {data.cue}
            </Text>
          )}
        </Group>
        <Text td="underline" style={{ textDecorationStyle: data.hedged ? "wavy" : "solid", textUnderlineOffset: 3 }}>
          {data.text}
        </Text>
        <Group gap={6} wrap="wrap">
          <Badge size="sm" variant="light" color={VERDICT_COLORS[data.verdict] ?? "gray"}>
            {enumLabel(data.verdict)}
          </Badge>
          {data.hedged && (
            <Badge size="sm" variant="outline" color="orange" title="The article distances itself from this claim">
              hedged{data.hedges.length > 0 ? `: ${data.hedges.join(", ")}` : ""}
            </Badge>
          )}
          <ReviewBadge reviewed={data.reviewed} confidence={data.confidence} />
        </Group>
        {data.subjects.length > 0 && (
          <Text size="sm">
            <Text span c="dimmed" size="sm">
              About:{" "}
            </Text>
            {data.subjects.map((person, i) => (
              <Fragment key={person.id}>
                {i > 0 && ", "}
                <Anchor component={Link} to={`/people/${encodeURIComponent(person.id)}`} size="sm">
                  {person.name}
                </Anchor>
              </Fragment>
            ))}
          </Text>
        )}
        {data.verdictNote && (
          <Text size="sm" fs="italic">
            Reviewer: {data.verdictNote}
          </Text>
        )}
        {data.relations.map((relation) => {
          // Relations come from both ends: "this DISPUTES that" or "this is DISPUTED BY that".
          const outgoing = relation.from.id === data.id;
          const other = outgoing ? relation.to : relation.from;
          return (
            <Box key={`${relation.from.id}-${relation.type}-${relation.to.id}`} fz="sm" data-testid="claim-relation">
              <Badge size="sm" variant="filled" color={RELATION_COLORS[relation.type] ?? "gray"} mr={6}>
                {outgoing ? enumLabel(relation.type) : PASSIVE[relation.type] ?? enumLabel(relation.type)}
              </Badge>
              {other.claimant && (
                <Text span size="sm" fw={600}>
                  {other.claimant.name}:{" "}
                </Text>
              )}
              <Anchor component={Link} to={`/claims/${encodeURIComponent(other.id)}`} size="sm">
                “{other.text}”
              </Anchor>
            </Box>
          );
        })}
        <Group gap="xs">
            <Anchor component={Link} to={`/claims/${encodeURIComponent(data.id)}`} size="xs" fw={600}>
              Open claim
            </Anchor>
            {textHref && (
              <Anchor href={textHref} size="xs">
                show in text
              </Anchor>
            )}
            {showArticle && (
              <Anchor component={Link} to={`/articles/${encodeURIComponent(data.article.id)}`} size="xs">
                {data.article.title || "Untitled article"}
              </Anchor>
            )}
            {editable && <ClaimReview id={data.id} summary={data.text} subjects={data.subjects} />}
        </Group>
      </Stack>
    </Paper>
  );
}
