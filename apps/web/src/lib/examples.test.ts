import { describe, expect, it } from "vitest";
import { exampleTabs } from "./examples";

describe("exampleTabs", () => {
  it("makes one tab per operation, keeping its leading comment", () => {
    const tabs = exampleTabs("# First\nquery A { a }\n\n# Second\nquery B { b }\n");
    expect(tabs.map((t) => t.query)).toEqual(["# First\nquery A { a }\n", "# Second\nquery B { b }\n"]);
  });

  it("adds the file's fragments to every tab", () => {
    const tabs = exampleTabs("query A { ...F }\nfragment F on Q { a }\nmutation B { b }");
    expect(tabs).toHaveLength(2);
    for (const tab of tabs) expect(tab.query).toContain("fragment F on Q { a }");
  });

  it("shows a file that does not parse whole", () => {
    expect(exampleTabs("query {")).toEqual([{ query: "query {\n" }]);
  });

  it("returns no tabs for an empty file", () => {
    expect(exampleTabs("  \n")).toEqual([]);
  });
});
