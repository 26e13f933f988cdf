import { useApolloClient } from "@apollo/client/react";
import { Button, Menu, Text } from "@mantine/core";
import { Link, useNavigate } from "react-router";
import { forgetApiKey } from "../lib/apiKey";
import { useViewer } from "../lib/useViewer";

/** Signed in: the key's name and role, with sign-out (and key management for admins). Else a sign-in link. */
export function AccountMenu() {
  const viewer = useViewer();
  const client = useApolloClient();
  const navigate = useNavigate();
  if (!viewer) return null;
  if (!viewer.signedIn)
    return (
      <Button component={Link} to="/sign-in" size="xs" variant="light">
        Sign in
      </Button>
    );
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button size="xs" variant="default" aria-label={`Signed in as ${viewer.name} (${viewer.role?.toLowerCase()}): account menu`} maw={220}>
          <Text size="xs" truncate>
            {viewer.name} · {viewer.role?.toLowerCase()}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Edits are recorded as “{viewer.name}”</Menu.Label>
        {viewer.role === "ADMIN" && (
          <Menu.Item component={Link} to="/keys">
            API keys
          </Menu.Item>
        )}
        <Menu.Item
          onClick={async () => {
            forgetApiKey();
            // Leave first: pages only an admin may see would refetch, fail and show an error.
            await navigate("/sign-in");
            await client.resetStore().catch(() => undefined);
          }}
        >
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
