import { Anchor } from "@mantine/core";
import { Link } from "react-router";

/** Where a request refused for want of a key sends the user. */
export function SignInLink() {
  return (
    <Anchor component={Link} to="/sign-in">
      Sign in
    </Anchor>
  );
}
