import { describe, expect, it } from "vitest";
import { keptSections } from "./report.js";

describe("keptSections", () => {
  it("keeps every marked section other commands wrote, in order, and nothing else", () => {
    const md = [
      "# Extraction accuracy",
      "old figures",
      "<!-- registry:start -->",
      "## Registry",
      "<!-- registry:end -->",
      "between",
      "<!-- clusters:start -->",
      "## Claim clusters",
      "<!-- clusters:end -->",
    ].join("\n");
    expect(keptSections(md)).toEqual(["<!-- registry:start -->\n## Registry\n<!-- registry:end -->", "<!-- clusters:start -->\n## Claim clusters\n<!-- clusters:end -->"]);
    expect(keptSections("# nothing marked")).toEqual([]);
    expect(keptSections("<!-- registry:start -->\nunclosed <!-- clusters:end -->")).toEqual([]);
  });
});
