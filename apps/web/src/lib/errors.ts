import { CombinedGraphQLErrors, ServerError, ServerParseError } from "@apollo/client/errors";

/** The codes the API puts in `extensions.code`, plus NETWORK for "the API could not be reached". */
export type ErrorCode =
  | "BAD_USER_INPUT"
  | "NOT_FOUND"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "PAYLOAD_TOO_LARGE"
  | "RATE_LIMITED"
  | "GRAPHQL_VALIDATION_FAILED"
  | "INTERNAL_SERVER_ERROR"
  | "NETWORK"
  | (string & {});

export interface DescribedError {
  code: ErrorCode;
  /** A short heading for the user. */
  title: string;
  /** The server's own message where it has one (it is written for people), else ours. */
  message: string;
  /** Whether trying again unchanged may help. */
  retryable: boolean;
}

const TITLES: Record<string, string> = {
  BAD_USER_INPUT: "That input was not accepted",
  NOT_FOUND: "Not found",
  UNAUTHENTICATED: "Sign-in required",
  FORBIDDEN: "Not allowed",
  PAYLOAD_TOO_LARGE: "Too large",
  RATE_LIMITED: "Too many requests",
  GRAPHQL_VALIDATION_FAILED: "The dashboard and the API disagree",
  NETWORK: "Cannot reach the API",
  INTERNAL_SERVER_ERROR: "Something went wrong on the server",
};

const STATUS_CODES: Record<number, ErrorCode> = {
  400: "BAD_USER_INPUT",
  401: "UNAUTHENTICATED",
  403: "FORBIDDEN",
  404: "NOT_FOUND",
  413: "PAYLOAD_TOO_LARGE",
  429: "RATE_LIMITED",
  // A proxy in front of the API (the dev server's, a load balancer) answering for it.
  502: "NETWORK",
  503: "NETWORK",
  504: "NETWORK",
};

/** An error a route throws itself, e.g. when `article(id:)` answers null. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "AppError";
  }
}

interface GraphQLErrorLike {
  message: string;
  extensions?: { code?: unknown } | null;
}

/** Reads `extensions.code` (and the message that goes with it) out of anything Apollo Client or a route throws. */
export function describeError(error: unknown): DescribedError {
  let code: ErrorCode = "INTERNAL_SERVER_ERROR";
  let message: string | undefined;

  if (error instanceof AppError) {
    code = error.code;
    message = error.message;
  } else if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    code = codeOf(first) ?? code;
    message = first?.message;
  } else if (ServerError.is(error)) {
    const first = graphQLErrorsIn(error.bodyText)[0];
    code = codeOf(first) ?? STATUS_CODES[error.statusCode] ?? code;
    message = first?.message;
  } else if (ServerParseError.is(error)) {
    code = STATUS_CODES[error.statusCode] ?? "INTERNAL_SERVER_ERROR";
  } else if (isFetchFailure(error)) {
    code = "NETWORK";
  } else if (isGraphQLErrorLike(error)) {
    code = codeOf(error) ?? code;
    message = error.message;
  }

  return {
    code,
    title: TITLES[code] ?? "Something went wrong",
    message: message || defaultMessage(code),
    retryable: code === "NETWORK" || code === "RATE_LIMITED" || code === "INTERNAL_SERVER_ERROR",
  };
}

function defaultMessage(code: ErrorCode): string {
  switch (code) {
    case "NETWORK":
      return "The request did not reach the whosaid API. Check that the server is running.";
    case "NOT_FOUND":
      return "Nothing with that id is stored.";
    case "PAYLOAD_TOO_LARGE":
      return "The request is larger than the server accepts.";
    case "RATE_LIMITED":
      return "Wait a moment, then try again.";
    default:
      return "An unexpected error occurred.";
  }
}

function codeOf(error: GraphQLErrorLike | undefined): string | undefined {
  const code = error?.extensions?.code;
  return typeof code === "string" ? code : undefined;
}

function graphQLErrorsIn(bodyText: string): GraphQLErrorLike[] {
  try {
    const body: unknown = JSON.parse(bodyText);
    if (body && typeof body === "object" && "errors" in body && Array.isArray(body.errors)) {
      return body.errors.filter(isGraphQLErrorLike);
    }
  } catch {
    // Not JSON (a proxy's HTML page, say): the status code speaks instead.
  }
  return [];
}

function isGraphQLErrorLike(value: unknown): value is GraphQLErrorLike {
  return !!value && typeof value === "object" && "message" in value && typeof value.message === "string";
}

function isFetchFailure(error: unknown): boolean {
  return error instanceof TypeError && /fetch|network|load failed/i.test(error.message);
}
