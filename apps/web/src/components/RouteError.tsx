import { Alert, Anchor, Button, Code, Group, Stack, Text } from "@mantine/core";
import { isRouteErrorResponse, Link, useRouteError } from "react-router";
import { describeError } from "../lib/errors";
import { SignInLink } from "./SignInLink";

/** The one error boundary: every route's errors land here and are told apart by `extensions.code`. */
export function RouteError() {
  const error = useRouteError();
  const described = isRouteErrorResponse(error)
    ? describeError({ message: error.statusText || `HTTP ${error.status}`, extensions: { code: error.status === 404 ? "NOT_FOUND" : "INTERNAL_SERVER_ERROR" } })
    : describeError(error);

  let hint: React.ReactNode;
  switch (described.code) {
    case "NOT_FOUND":
      hint = (
        <Text size="sm">
          It may have been merged or removed. Try the <Anchor component={Link} to="/">overview</Anchor> or search for it.
        </Text>
      );
      break;
    case "BAD_USER_INPUT":
      hint = <Text size="sm">Check the address or the filters and try again.</Text>;
      break;
    case "UNAUTHENTICATED":
      hint = (
        <Text size="sm">
          <SignInLink /> with an API key.
        </Text>
      );
      break;
    case "FORBIDDEN":
      hint = <Text size="sm">Ask an admin for a key with a stronger role, then sign in with it.</Text>;
      break;
    case "NETWORK":
      hint = <Text size="sm">Start the API with <Code>npm start</Code> at the repository root, then try again.</Text>;
      break;
    case "GRAPHQL_VALIDATION_FAILED":
      hint = <Text size="sm">The dashboard was built against a different schema: rebuild it with <Code>npm run build</Code>.</Text>;
      break;
    default:
      hint = null;
  }

  return (
    <Stack maw={720} py="md">
      <Alert
        color={described.code === "NOT_FOUND" ? "yellow" : "red"}
        title={described.title}
        role="alert"
        data-error-code={described.code}
      >
        <Stack gap="xs">
          <Text size="sm">{described.message}</Text>
          {hint}
          <Group gap="xs">
            {described.retryable && (
              <Button size="xs" variant="light" onClick={() => window.location.reload()}>
                Try again
              </Button>
            )}
            <Button size="xs" variant="subtle" component={Link} to="/">
              Go to the overview
            </Button>
          </Group>
        </Stack>
      </Alert>
    </Stack>
  );
}
