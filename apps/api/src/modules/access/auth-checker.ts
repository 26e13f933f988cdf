import type { AuthChecker } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { userError } from "../../graphql/errors.js";
import { roleAtLeast, type Role } from "./api-key.js";

/** `@Authorized("EDITOR")`: the caller's key must have that role or a stronger one. */
export const authChecker: AuthChecker<Context, Role> = ({ context }, roles) => {
  const required = roles[0] ?? "VIEWER";
  const { caller } = context;
  if (caller.kind === "anonymous")
    throw userError(
      "UNAUTHENTICATED",
      `This needs an API key with the ${required.toLowerCase()} role or above: send \`Authorization: Bearer <key>\`.`,
    );
  if (!roleAtLeast(caller.role, required))
    throw userError("FORBIDDEN", `This needs the ${required.toLowerCase()} role; the key "${caller.name}" is a ${caller.role.toLowerCase()} key.`);
  return true;
};
