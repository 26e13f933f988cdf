import { GraphQLError } from "graphql";

/** Error codes clients branch on (`extensions.code`). */
export type ErrorCode =
  | "BAD_USER_INPUT"
  | "NOT_FOUND"
  | "PAYLOAD_TOO_LARGE"
  | "INTERNAL_SERVER_ERROR"
  | "NO_ARTICLE_FOUND"
  | "PARSE_LIMIT"
  | "URL_NOT_ALLOWED"
  | "TOO_MANY_REDIRECTS"
  | "TIMEOUT"
  | "RESPONSE_TOO_LARGE"
  | "UNSUPPORTED_CONTENT_TYPE"
  | "FETCH_FAILED"
  | "UNAUTHENTICATED"
  | "FORBIDDEN";

export function userError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export const badInput = (message: string, extra?: Record<string, unknown>) => userError("BAD_USER_INPUT", message, extra);

/** Echoes at most a short, printable prefix of what the user sent. */
export function quoteForMessage(value: string): string {
  const printable = value.replace(/[^\p{L}\p{N}_=\-:]/gu, "");
  return printable.length > 48 ? `${printable.slice(0, 48)}…` : printable;
}

export const notFound = (what: string, id: string) =>
  userError("NOT_FOUND", `No ${what} with id "${quoteForMessage(id)}".`);
