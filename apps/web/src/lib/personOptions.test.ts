import { describe, expect, it } from "vitest";
import { personOptions } from "./personOptions";

const nodes = [
  { id: "p1", name: "Donald Trump" },
  { id: "p2", name: "Vladimir Putin" },
  { id: "p3", name: "Melania Trump" },
];

describe("personOptions", () => {
  it("lists the picked people first, then the answer, without the excluded", () => {
    expect(personOptions(nodes, { typed: null, selected: [{ id: "p2", name: "Vladimir Putin" }], exclude: ["p3"] })).toEqual([
      { value: "p2", label: "Vladimir Putin" },
      { value: "p1", label: "Donald Trump" },
    ]);
  });
  it("keeps only the names holding what was typed while the answer is for an earlier search", () => {
    expect(personOptions(nodes, { typed: "donald", selected: [], exclude: [] })).toEqual([{ value: "p1", label: "Donald Trump" }]);
    // The server's own answer is taken whole: it may match by an alias the name does not hold.
    expect(personOptions(nodes, { typed: null, selected: [], exclude: [] })).toHaveLength(3);
  });
});
