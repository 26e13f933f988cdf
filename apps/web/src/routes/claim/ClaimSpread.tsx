import { Anchor, Badge, Group, Paper, Stack, Text, Title } from "@mantine/core";
import type { FragmentType } from "@apollo/client";
import { useSuspenseFragment } from "@apollo/client/react";
import { Link } from "react-router";
import { Empty } from "../../components/Empty";
import { graphql } from "../../gql";
import { formatDate, plural } from "../../lib/format";

export const ClaimSpread_cluster = graphql(`
  fragment ClaimSpread_cluster on ClaimCluster {
    id
    size
    articleCount
    outlets
    dates
    firstAppearance {
      at
      claim {
        id
      }
      article {
        id
        title
        publisher
      }
    }
    claims(first: 20) {
      nodes {
        id
        text
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
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

/**
 * How a claim spread: where it first appeared, the outlets and days that repeated it, and the other
 * articles' reports of it, each linking to its own claim page.
 */
export function ClaimSpread({ claimId, cluster }: { claimId: string; cluster: FragmentType<typeof ClaimSpread_cluster> | null }) {
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="claim-spread" data-testid="claim-spread">
      <Title order={3} size="h4" id="claim-spread" mb="xs">
        How it spread
      </Title>
      {cluster ? <Spread claimId={claimId} cluster={cluster} /> : <Empty title="No other article reports this claim yet" />}
    </Paper>
  );
}

function Spread({ claimId, cluster }: { claimId: string; cluster: FragmentType<typeof ClaimSpread_cluster> }) {
  const { data } = useSuspenseFragment({ fragment: ClaimSpread_cluster, fragmentName: "ClaimSpread_cluster", from: cluster });
  const first = data.firstAppearance;
  const others = data.claims.nodes.filter((c) => c.id !== claimId);
  const unlisted = data.size - data.claims.nodes.length;
  return (
    <Stack gap="sm">
      <Text size="sm">
        {plural(data.size, "report")} in {plural(data.articleCount, "article")} from {plural(data.outlets.length, "outlet")}, over{" "}
        {plural(data.dates.length, "day")}.
      </Text>
      <Text size="sm">
        <Text span fw={600} size="sm">
          First appeared
        </Text>{" "}
        {formatDate(first.at)} in{" "}
        <Anchor component={Link} to={`/articles/${encodeURIComponent(first.article.id)}`} size="sm">
          {first.article.title || "Untitled article"}
        </Anchor>
        {first.article.publisher && ` · ${first.article.publisher}`}
        {first.claim.id === claimId && " (this report)"}
      </Text>
      {data.outlets.length > 0 && (
        <Group gap={6} aria-label="Outlets">
          {data.outlets.map((outlet) => (
            <Badge key={outlet} variant="light" tt="none">
              {outlet}
            </Badge>
          ))}
        </Group>
      )}
      <Text size="sm" c="dimmed" aria-label="Days">
        {data.dates.map((day) => formatDate(`${day}T00:00:00Z`)).join(" · ")}
      </Text>
      <Stack gap={6} component="ol" style={{ listStyle: "none", padding: 0, margin: 0 }} aria-label="Other reports">
        {others.map((c) => (
          <li key={c.id} data-testid="spread-report">
            <Text size="sm">
              <Text span fw={600} size="sm">
                {c.claimant?.name ?? "Unknown claimant"}
              </Text>
              {": "}
              <Anchor component={Link} to={`/claims/${encodeURIComponent(c.id)}`} size="sm">
                “{c.text}”
              </Anchor>
            </Text>
            <Text size="xs" c="dimmed">
              in{" "}
              <Anchor component={Link} to={`/articles/${encodeURIComponent(c.article.id)}`} size="xs">
                {c.article.title || "Untitled article"}
              </Anchor>
              {c.article.publisher && ` · ${c.article.publisher}`}
              {` · ${formatDate(c.article.publishedAt ?? c.article.ingestedAt)}`}
            </Text>
          </li>
        ))}
      </Stack>
      {unlisted > 0 && (
        <Text size="xs" c="dimmed">
          and {plural(unlisted, "more report")}
        </Text>
      )}
    </Stack>
  );
}
