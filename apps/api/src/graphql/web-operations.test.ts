import type { DocumentNode } from "graphql";
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as webDocuments from "../../../web/src/gql/graphql.js";
import { startTestApi, type TestApi } from "../test/harness.js";

// The CommonJS graphql, the one the server is built with.
const { print } = createRequire(import.meta.url)("graphql") as typeof import("graphql");

const operations = Object.entries(webDocuments).filter(
  (entry): entry is [string, DocumentNode] =>
    typeof entry[1] === "object" && (entry[1] as { kind?: string })?.kind === "Document" && entry[1].definitions.some((d) => d.kind === "OperationDefinition"),
);

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe("the dashboard's operations", () => {
  // The limits (depth, aliases, tokens) are the server's; a document over one fails every time it is sent.
  it("all pass the server's parsing and validation limits, mutations included", async () => {
    expect(operations.length).toBeGreaterThan(10);
    for (const [name, doc] of operations) {
      // Nothing is written: the variables are empty, so a mutation stops at coercing them.
      const res = await api.gql(print(doc).replace(/@unmask/g, ""), {});
      const codes = (res.errors ?? []).map((e) => e.extensions?.code);
      expect(codes, `${name}: ${res.errors?.[0]?.message}`).not.toContain("GRAPHQL_VALIDATION_FAILED");
      expect(codes, `${name}: ${res.errors?.[0]?.message}`).not.toContain("GRAPHQL_PARSE_FAILED");
    }
    expect((await api.rowCounts()).edit_history).toBe(0);
  });
});
