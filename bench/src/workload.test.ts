import { fileURLToPath } from "node:url";
import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { asSent, buildSequence, MIX, readWebOperations, resolveMix, responseProblem } from "./workload.js";

const webDocuments = fileURLToPath(new URL("../../apps/web/src/gql/graphql.ts", import.meta.url));

describe("the workload", () => {
  it("weighs the issue's mix", () => {
    expect(MIX.reduce((a, m) => a + m.weight, 0)).toBe(100);
    const share = (prefix: string) => MIX.filter((m) => m.key.startsWith(prefix)).reduce((a, m) => a + m.weight, 0);
    expect([share("articleList"), share("articlePage"), share("personPage"), share("search:"), share("typeahead")]).toEqual([35, 25, 15, 15, 10]);
  });

  it("reads the web app's own operations", () => {
    const ops = readWebOperations(webDocuments);
    const texts = resolveMix(ops);
    for (const m of MIX) expect(texts.get(m.operation)).toContain(`query ${m.operation}`);
  });

  it("sends what Apollo Client sends: no @unmask, __typename added", () => {
    const doc = parse(`query Q { a { b { ...F @unmask } } } fragment F on B { c }`);
    const sent = asSent(doc);
    expect(sent).not.toContain("@unmask");
    expect(sent).toMatch(/a \{\s+b \{\s+\.\.\.F\s+__typename\s+\}\s+__typename\s+\}/);
    expect(sent).toMatch(/fragment F on B \{\s+c\s+__typename/);
  });

  it("names a missing operation clearly", () => {
    expect(() => resolveMix(new Map(), MIX)).toThrow(/no operation named OverviewRouteQuery/);
  });

  it("builds a seeded sequence in the mix's proportions, rotating ids and terms", () => {
    const texts = new Map(MIX.map((m) => [m.operation, `query ${m.operation} { x }`]));
    const inputs = { articleIds: [1, 2, 3, 4, 5], personIdsByPopularity: [10, 11, 12], personNames: ["Kamala Harris", "John Smith", "Ann Lee"] };
    const seq = buildSequence(texts, inputs, 1, 20_000);
    expect(buildSequence(texts, inputs, 1, 50)).toEqual(seq.slice(0, 50));
    for (const m of MIX) {
      const share = seq.filter((r) => r.key === m.key).length / seq.length;
      expect(share).toBeCloseTo(m.weight / 100, 1);
    }
    const pages = new Set(seq.filter((r) => r.key === "articlePage").map((r) => JSON.parse(r.body).variables.id));
    expect(pages.size).toBe(5);
    const rare = new Set(seq.filter((r) => r.key === "search:rare").map((r) => JSON.parse(r.body).variables.query));
    expect(rare.size).toBeGreaterThan(100);
  });

  it("flags errors in responses", () => {
    expect(responseProblem(200, '{"data":{"a":1}}')).toBeNull();
    expect(responseProblem(200, '{"errors":[{"message":"boom"}],"data":null}')).toMatch(/boom/);
    expect(responseProblem(500, "x")).toMatch(/HTTP 500/);
    expect(responseProblem(200, "<html>")).toMatch(/not JSON/);
  });
});
