import { useMutation, useSuspenseQuery } from "@apollo/client/react";
import { Alert, Badge, Button, Code, CopyButton, Group, Select, Stack, Table, Text, TextInput, Title, VisuallyHidden } from "@mantine/core";
import { useState } from "react";
import { graphql } from "../../gql";
import type { AccessRole } from "../../gql/graphql";
import { Failure } from "../../components/ReviewActions";
import { formatDate, formatDateTime } from "../../lib/format";
import { useDocumentTitle } from "../../lib/useDocumentTitle";

const ApiKeysQuery = graphql(`
  query ApiKeysQuery {
    apiKeys(includeRevoked: true) {
      id
      name
      role
      prefix
      createdAt
      createdBy
      lastUsedAt
      revokedAt
    }
  }
`);

const CreateApiKeyMutation = graphql(`
  mutation CreateApiKeyMutation($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      key
      apiKey {
        id
        name
        role
      }
    }
  }
`);

const RevokeApiKeyMutation = graphql(`
  mutation RevokeApiKeyMutation($input: RevokeApiKeyInput!) {
    revokeApiKey(input: $input) {
      apiKey {
        id
        revokedAt
      }
    }
  }
`);

const ROLE_OPTIONS = [
  { value: "VIEWER", label: "Viewer — reads (when reading needs a key)" },
  { value: "EDITOR", label: "Editor — ingests and corrects" },
  { value: "ADMIN", label: "Admin — also deletes and manages keys" },
];

/** Admins create and revoke API keys. A new key is shown once, here. */
export function KeysRoute() {
  useDocumentTitle("API keys");
  const { data } = useSuspenseQuery(ApiKeysQuery, { fetchPolicy: "cache-and-network" });
  const [name, setName] = useState("");
  const [role, setRole] = useState<AccessRole>("EDITOR");
  const [create, created] = useMutation(CreateApiKeyMutation, { refetchQueries: [ApiKeysQuery] });
  const [revoke, revoked] = useMutation(RevokeApiKeyMutation);
  const newKey = created.data?.createApiKey;

  return (
    <Stack gap="md" maw={960}>
      <Title order={2}>API keys</Title>
      <Text c="dimmed">
        Clients send a key as <Code>Authorization: Bearer &lt;key&gt;</Code>. Only a hash is stored: a key is shown once, when it is created.
      </Text>
      <form
        aria-label="Create an API key"
        onSubmit={(e) => {
          e.preventDefault();
          void create({ variables: { input: { name, role } } }).then(() => setName(""), () => undefined);
        }}
      >
        <Group align="end" gap="sm">
          <TextInput label="Name" description="Who or what uses it" required value={name} onChange={(e) => setName(e.currentTarget.value)} w={260} />
          <Select label="Role" data={ROLE_OPTIONS} value={role} onChange={(v) => v && setRole(v as AccessRole)} allowDeselect={false} w={320} />
          <Button type="submit" loading={created.loading}>
            Create key
          </Button>
        </Group>
      </form>
      <Failure error={created.error} />
      {newKey && (
        <Alert color="green" title={`Key for “${newKey.apiKey.name}” (${newKey.apiKey.role.toLowerCase()})`} data-testid="new-api-key">
          <Stack gap="xs">
            <Text size="sm">Copy it now: it cannot be shown again.</Text>
            <Group gap="xs" wrap="nowrap">
              <Code block style={{ wordBreak: "break-all" }} data-testid="new-api-key-value">
                {newKey.key}
              </Code>
              <CopyButton value={newKey.key}>
                {({ copied, copy }) => (
                  <Button size="xs" variant="light" onClick={copy}>
                    {copied ? "Copied" : "Copy"}
                  </Button>
                )}
              </CopyButton>
            </Group>
          </Stack>
        </Alert>
      )}
      <Failure error={revoked.error} />
      <Table.ScrollContainer minWidth={720}>
        <Table striped highlightOnHover aria-label="API keys">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Role</Table.Th>
              <Table.Th>Key starts</Table.Th>
              <Table.Th>Created</Table.Th>
              <Table.Th>Last used</Table.Th>
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.apiKeys.map((k) => (
              <Table.Tr key={k.id} data-testid="api-key-row" data-revoked={k.revokedAt ? "true" : "false"}>
                <Table.Td>{k.name}</Table.Td>
                <Table.Td>{k.role.toLowerCase()}</Table.Td>
                <Table.Td>
                  <Code>{k.prefix}…</Code>
                </Table.Td>
                <Table.Td>
                  {formatDate(String(k.createdAt))} <Text span size="xs" c="dimmed">by {k.createdBy}</Text>
                </Table.Td>
                <Table.Td>{k.lastUsedAt ? formatDateTime(String(k.lastUsedAt)) : "never"}</Table.Td>
                <Table.Td>
                  {k.revokedAt ? (
                    <Badge color="gray" variant="light">
                      revoked
                    </Badge>
                  ) : (
                    <Button
                      size="xs"
                      color="red"
                      variant="subtle"
                      aria-label={`Revoke the key of ${k.name}`}
                      onClick={() => {
                        if (window.confirm(`Revoke the key of “${k.name}”? Requests with it are refused from now on.`))
                          void revoke({ variables: { input: { id: k.id } } }).catch(() => undefined);
                      }}
                    >
                      Revoke
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
