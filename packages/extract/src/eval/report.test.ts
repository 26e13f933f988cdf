import { describe, expect, it } from "vitest";
import { keptSections, markedSection, replaceSection } from "./report.js";

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

describe("replaceSection", () => {
  it("replaces a command's own marked section in place, or adds it at the end", () => {
    const md = "# Extraction accuracy\n\n<!-- pages:start -->\nold\n<!-- pages:end -->\n\n<!-- clusters:start -->\nkept\n<!-- clusters:end -->\n";
    const pages = markedSection("pages", ["## Saved news pages", "new"]);
    expect(replaceSection(md, "pages", pages)).toBe(
      "# Extraction accuracy\n\n<!-- pages:start -->\n## Saved news pages\nnew\n<!-- pages:end -->\n\n<!-- clusters:start -->\nkept\n<!-- clusters:end -->\n",
    );
    expect(replaceSection("# Extraction accuracy\n", "pages", pages)).toBe(`# Extraction accuracy\n\n${pages}\n`);
  });
});

