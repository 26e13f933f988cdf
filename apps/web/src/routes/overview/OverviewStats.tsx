import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useSuspenseQuery } from "@apollo/client/react";
import { Link } from "react-router";
import { Empty } from "../../components/Empty";
import { VERDICT_COLORS } from "../../components/ClaimItem";
import { graphql } from "../../gql";
import { enumLabel, plural } from "../../lib/format";
import { Timeline } from "./Timeline";

const OverviewStatsQuery = graphql(`
  query OverviewStatsQuery {
    overview {
      articleCount
      personCount
      quoteCount
      claimCount
      claimsByVerdict {
        verdict
        count
      }
      mostQuoted(first: 6) {
        id
        name
        quoteCount
      }
      timeline(days: 90) {
        day
        articles
        quotes
        claims
      }
    }
  }
`);

/** Counts, claims by verdict, the most-quoted people and quotes/claims per day. */
export function OverviewStats() {
  const { data } = useSuspenseQuery(OverviewStatsQuery);
  const o = data.overview;
  const counts = [
    { label: "Articles", value: o.articleCount },
    { label: "People", value: o.personCount },
    { label: "Quotes", value: o.quoteCount, to: "/quotes" },
    { label: "Claims", value: o.claimCount, to: "/claims" },
  ];
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 2, sm: 4 }} data-testid="overview-counts">
        {counts.map((c) => (
          <Paper key={c.label} withBorder p="sm">
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {c.label}
            </Text>
            <Text fz={28} fw={700} lh={1.2}>
              {c.to ? (
                <Anchor component={Link} to={c.to} inherit c="inherit" underline="hover">
                  {c.value.toLocaleString("en")}
                </Anchor>
              ) : (
                c.value.toLocaleString("en")
              )}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
        <Paper withBorder p="sm" component="section" aria-labelledby="timeline-heading" style={{ gridColumn: "span 2" }}>
          <Title order={3} size="h5" id="timeline-heading" mb="xs">
            Quotes and claims per day
          </Title>
          {o.timeline.length === 0 ? <Empty title="Nothing to chart yet" /> : <Timeline days={o.timeline} />}
        </Paper>
        <Stack gap="md">
          <Paper withBorder p="sm" component="section" aria-labelledby="verdicts-heading">
            <Title order={3} size="h5" id="verdicts-heading" mb="xs">
              Claims by verdict
            </Title>
            {o.claimsByVerdict.length === 0 ? (
              <Text size="sm" c="dimmed">No claims yet.</Text>
            ) : (
              <Group gap={6}>
                {o.claimsByVerdict.map((v) => (
                  <Badge
                    key={v.verdict}
                    component={Link}
                    to={`/claims?verdict=${v.verdict}`}
                    variant="light"
                    color={VERDICT_COLORS[v.verdict] ?? "gray"}
                    style={{ cursor: "pointer" }}
                  >
                    {enumLabel(v.verdict)}: {v.count}
                  </Badge>
                ))}
              </Group>
            )}
          </Paper>
          <Paper withBorder p="sm" component="section" aria-labelledby="quoted-heading">
            <Title order={3} size="h5" id="quoted-heading" mb="xs">
              Most quoted
            </Title>
            {o.mostQuoted.length === 0 ? (
              <Text size="sm" c="dimmed">Nobody quoted yet.</Text>
            ) : (
              <Stack gap={4} data-testid="most-quoted">
                {o.mostQuoted.map((p) => (
                  <Group key={p.id} justify="space-between" gap="xs">
                    <Anchor component={Link} to={`/people/${encodeURIComponent(p.id)}`} size="sm">
                      {p.name}
                    </Anchor>
                    <Text size="xs" c="dimmed">{plural(p.quoteCount, "quote")}</Text>
                  </Group>
                ))}
              </Stack>
            )}
          </Paper>
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}
