import { CombinedGraphQLErrors, ServerError } from "@apollo/client/errors";
import { describe, expect, it } from "vitest";
import { AppError, describeError } from "./errors";

const serverError = (status: number, body: string) =>
  new ServerError("Response not successful", { response: new Response(body, { status }), bodyText: body });

describe("describeError", () => {
  it("reads extensions.code and the server's message from GraphQL errors", () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [{ message: "Article text is too short (12 characters).", extensions: { code: "BAD_USER_INPUT" } }],
    });
    expect(describeError(error)).toMatchObject({
      code: "BAD_USER_INPUT",
      message: "Article text is too short (12 characters).",
      retryable: false,
    });
  });

  it("reads the code from a non-2xx response body", () => {
    const body = JSON.stringify({ errors: [{ message: "Body over 2 MB", extensions: { code: "PAYLOAD_TOO_LARGE" } }] });
    expect(describeError(serverError(413, body))).toMatchObject({ code: "PAYLOAD_TOO_LARGE", message: "Body over 2 MB" });
  });

  it("falls back to the HTTP status when the body is not GraphQL", () => {
    expect(describeError(serverError(413, "<html>too big</html>")).code).toBe("PAYLOAD_TOO_LARGE");
    expect(describeError(serverError(500, "oops")).code).toBe("INTERNAL_SERVER_ERROR");
  });

  it("reports NETWORK when a proxy answers that the API is unreachable", () => {
    expect(describeError(serverError(502, "bad gateway"))).toMatchObject({ code: "NETWORK", retryable: true });
  });

  it("reports NETWORK when fetch itself fails", () => {
    expect(describeError(new TypeError("Failed to fetch"))).toMatchObject({ code: "NETWORK", retryable: true });
  });

  it("keeps the code of an error a route throws", () => {
    expect(describeError(new AppError("NOT_FOUND", "No article abc"))).toMatchObject({
      code: "NOT_FOUND",
      title: "Not found",
      message: "No article abc",
    });
  });

  it("treats anything else as an internal error", () => {
    expect(describeError("boom").code).toBe("INTERNAL_SERVER_ERROR");
  });
});
