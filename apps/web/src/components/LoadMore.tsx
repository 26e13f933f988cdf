import { Button, Center } from "@mantine/core";
import { useState } from "react";

/** "Load more" for a cursor connection: shown while there is a next page, busy while it loads. */
export function LoadMore({ hasMore, onLoad, label = "Load more" }: { hasMore: boolean; onLoad: () => Promise<unknown>; label?: string }) {
  const [loading, setLoading] = useState(false);
  if (!hasMore) return null;
  return (
    <Center>
      <Button
        variant="light"
        loading={loading}
        onClick={() => {
          setLoading(true);
          onLoad().finally(() => setLoading(false));
        }}
      >
        {label}
      </Button>
    </Center>
  );
}
