import type { DocumentNode, OperationDefinitionNode, TypeNode } from "graphql";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import * as webDocuments from "../../../web/src/gql/graphql.js";
import { MAX_COMPLEXITY, operationComplexity } from "./complexity.js";
import { whosaidSchema } from "./schema.js";

// The CommonJS graphql, the one the schema is built with (see complexity.ts).
const { parse } = createRequire(import.meta.url)("graphql") as typeof import("graphql");

const documents = Object.entries(webDocuments).filter(
  (entry): entry is [string, DocumentNode] => typeof entry[1] === "object" && (entry[1] as { kind?: string })?.kind === "Document",
);

/** Plausible values for an operation's variables: pages of 20, a confidence of 0.5, any id, any text. */
function sampleVariables(doc: DocumentNode): Record<string, unknown> {
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === "OperationDefinition");
  const valueFor = (type: TypeNode): unknown => {
    if (type.kind === "NonNullType") return valueFor(type.type);
    if (type.kind === "ListType") return [];
    const name = type.name.value;
    return name === "Int" ? 20 : name === "Float" ? 0.5 : name === "Boolean" ? true : name === "DateTimeISO" ? new Date().toISOString() : name.endsWith("Input") || name.endsWith("Filter") ? {} : "x";
  };
  return Object.fromEntries((op?.variableDefinitions ?? []).map((v) => [v.variable.name.value, valueFor(v.type)]));
}

describe("query cost", () => {
  it("keeps every dashboard operation well under the limit", async () => {
    const schema = await whosaidSchema();
    expect(documents.length).toBeGreaterThan(5);
    for (const [name, doc] of documents) {
      if (doc.definitions.some((d) => d.kind === "OperationDefinition" && d.operation === "mutation")) continue;
      expect(operationComplexity(schema, doc, sampleVariables(doc)), name).toBeLessThan(MAX_COMPLEXITY / 2);
    }
  });

  it("prices a nested-connection bomb far over the limit, variables included", async () => {
    const schema = await whosaidSchema();
    const bomb = parse(`query($n: Int) { persons(first: $n) { nodes { articles(first: $n) { nodes { quotes { article { persons { person { name } } } } } } } } }`);
    expect(operationComplexity(schema, bomb, { n: 100 })).toBeGreaterThan(10 * MAX_COMPLEXITY);
    expect(operationComplexity(schema, bomb, { n: 1 })).toBeLessThan(MAX_COMPLEXITY);
  });
});
