import { Anchor, Badge, Group, Text } from "@mantine/core";
import { Link } from "react-router";
import { graphql } from "../gql";
import type { SourceLabel_SourceFragment } from "../gql/graphql";
import { enumLabel } from "../lib/format";

// Source has no id, so the cache cannot hand it out on its own: parents spread this with @unmask.
export const SourceLabel_source = graphql(`
  fragment SourceLabel_source on Source {
    name
    kind
    person {
      id
      name
    }
  }
`);

/** Who a quote or claim is attributed to: a link for a person, a labelled name otherwise. */
export function SourceLabel({ source, fallback = "Unknown" }: { source: SourceLabel_SourceFragment | null; fallback?: string }) {
  if (!source) return <Text span fs="italic" c="dimmed" inherit>{fallback}</Text>;
  if (source.person) {
    return (
      <Anchor component={Link} to={`/people/${encodeURIComponent(source.person.id)}`} inherit fw={600}>
        {source.person.name}
      </Anchor>
    );
  }
  return (
    <Group component="span" gap={4} display="inline-flex" wrap="nowrap" align="baseline">
      <Text span inherit fw={600}>
        {source.name}
      </Text>
      {source.kind !== "PERSON" && (
        <Badge component="span" size="xs" variant="outline" color="gray">
          {enumLabel(source.kind)}
        </Badge>
      )}
    </Group>
  );
}
