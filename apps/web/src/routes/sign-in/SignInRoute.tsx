import { useApolloClient } from "@apollo/client/react";
import { Alert, Button, Code, List, PasswordInput, Stack, Text, Title } from "@mantine/core";
import { useEffect, useRef, useState } from "react";
import { useNavigate } from "react-router";
import { authorizationHeader, isPlausibleKey, keyFromFragment, storeApiKey } from "../../lib/apiKey";
import { describeError } from "../../lib/errors";
import { useDocumentTitle } from "../../lib/useDocumentTitle";
import { ViewerQuery } from "../../lib/useViewer";

/**
 * Signs this browser in with an API key: from the link `npm start` prints (`/sign-in#key=…`) or
 * pasted. The key is checked with the API before it is kept.
 */
export function SignInRoute() {
  useDocumentTitle("Sign in");
  const client = useApolloClient();
  const navigate = useNavigate();
  const [key, setKey] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const fromLink = useRef(keyFromFragment(window.location.hash));

  async function signIn(candidate: string) {
    setError(null);
    if (!isPlausibleKey(candidate.trim())) return setError("That does not look like an API key (they start with wsk_).");
    setChecking(true);
    try {
      const { data } = await client.query({
        query: ViewerQuery,
        fetchPolicy: "network-only",
        // Not merged with the header bar's identical anonymous query in flight.
        context: { headers: authorizationHeader(candidate.trim()), queryDeduplication: false },
      });
      if (!data?.viewer.signedIn) throw new Error("The API did not accept the key.");
      storeApiKey(candidate);
      await client.resetStore();
      navigate("/", { replace: true });
    } catch (e) {
      const described = describeError(e);
      setError(
        described.code === "UNAUTHENTICATED"
          ? "This key is unknown or revoked. A sign-in link from `npm start` works until the server restarts: use the newest one."
          : described.message,
      );
    } finally {
      setChecking(false);
    }
  }

  useEffect(() => {
    const linked = fromLink.current;
    if (!linked) return;
    // The key leaves the address bar (and the browser history) before anything else happens.
    window.history.replaceState(null, "", window.location.pathname);
    void signIn(linked);
  }, []);

  return (
    <Stack maw={560} gap="md">
      <Title order={2}>Sign in</Title>
      <Text>
        Reading is open; ingesting and correcting need an API key. This browser keeps the key until you sign out, and your edits are recorded under
        its name.
      </Text>
      <form
        aria-label="Sign in with an API key"
        onSubmit={(e) => {
          e.preventDefault();
          void signIn(key);
        }}
      >
        <Stack gap="sm">
          <PasswordInput label="API key" placeholder="wsk_…" value={key} onChange={(e) => setKey(e.currentTarget.value)} autoComplete="off" />
          {error && (
            <Alert color="red" role="alert" title="Not signed in">
              {error}
            </Alert>
          )}
          <Button type="submit" loading={checking} w="fit-content">
            Sign in
          </Button>
        </Stack>
      </form>
      <Stack gap={4}>
        <Text fw={600} size="sm">
          Where keys come from
        </Text>
        <List size="sm" spacing={4}>
          <List.Item>
            On your own machine, <Code>npm start</Code> prints a <em>sign in</em> link that holds an admin key for you.
          </List.Item>
          <List.Item>
            An admin creates keys under <em>API keys</em> in the account menu, or with <Code>npm run keys -- create --role editor --name "…"</Code>.
          </List.Item>
        </List>
      </Stack>
    </Stack>
  );
}
