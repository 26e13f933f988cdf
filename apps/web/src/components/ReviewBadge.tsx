import { Badge, Text } from "@mantine/core";
import { percent } from "../lib/format";

/** Honest about provenance: what an editor checked, versus what the machine found and how sure it was. */
export function ReviewBadge({ reviewed, confidence }: { reviewed: boolean; confidence: number }) {
  if (reviewed) {
    return (
      <Badge size="xs" color="teal" variant="light" title="Checked or corrected by an editor">
        reviewed
      </Badge>
    );
  }
  return (
    <Text size="xs" c="dimmed" title="Found by the extractor; nobody has checked it yet">
      machine · confidence {percent(confidence)}
    </Text>
  );
}
