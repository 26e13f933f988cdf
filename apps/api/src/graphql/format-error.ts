import type { GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";

const EXPOSED_CODES = new Set([
  "BAD_USER_INPUT",
  "NOT_FOUND",
  "PAYLOAD_TOO_LARGE",
  "NO_ARTICLE_FOUND",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
  "QUERY_TOO_COMPLEX",
  "PARSE_LIMIT",
  "URL_NOT_ALLOWED",
  "TOO_MANY_REDIRECTS",
  "TIMEOUT",
  "RESPONSE_TOO_LARGE",
  "UNSUPPORTED_CONTENT_TYPE",
  "FETCH_FAILED",
  "UNAUTHENTICATED",
  "FORBIDDEN",
]);

interface ValidationErrorLike {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationErrorLike[];
}

/**
 * What clients see of an error: user errors as they are (validation errors turned into readable
 * messages without the submitted values), anything unexpected masked and logged in full.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  const validationErrors = formatted.extensions?.validationErrors as ValidationErrorLike[] | undefined;
  if (validationErrors) {
    return {
      message: `Invalid input: ${describeValidation(validationErrors).join("; ")}.`,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: "BAD_USER_INPUT" },
    };
  }
  if (typeof code === "string" && EXPOSED_CODES.has(code)) {
    const { stacktrace: _stack, exception: _exception, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  console.error("[graphql] unexpected error:", unwrapResolverError(error));
  return { message: "Internal server error", path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
}

function describeValidation(errors: ValidationErrorLike[], prefix = ""): string[] {
  return errors.flatMap((e) => {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((m) => `${path}: ${m}`);
    return [...own, ...describeValidation(e.children ?? [], path)];
  });
}
