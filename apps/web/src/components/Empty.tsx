import { EmptyState } from "@mantine/core";
import type { ReactNode } from "react";

/** What a list shows when it has nothing yet, with a hint at what to do. */
export function Empty({ title, children }: { title: string; children?: ReactNode }) {
  return <EmptyState size="sm" align="left" title={title} description={children} py="md" />;
}
