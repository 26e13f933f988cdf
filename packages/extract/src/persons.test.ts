import { describe, expect, it } from "vitest";
import { extract } from "./index.js";
import { isAppositiveRole } from "./persons.js";

const persons = (text: string) => extract(text).persons;

describe("persons", () => {
  it("takes roles from title pre-modifiers and appositions", () => {
    const ps = persons("Russian President Vladimir Putin met Jason Miller, one of Trump’s top campaign aides, on Monday.");
    expect(ps.map((p) => [p.name, p.roles])).toEqual([
      ["Vladimir Putin", ["Russian President"]],
      ["Jason Miller", ["one of Trump’s top campaign aides"]],
    ]);
    expect(ps[0]!.aliases).toContain("Russian President Vladimir Putin");
  });
  it("links surnames and resolves pronouns to a compatible person", () => {
    const [mary, john] = persons("Mary Jones met John Smith. Smith said he was tired. Jones said she was not.");
    expect(john!.mentions.map((m) => m.text)).toEqual(["John Smith", "Smith", "he"]);
    expect(mary!.mentions.map((m) => m.text)).toEqual(["Mary Jones", "Jones", "she"]);
    expect(john!.mentions.find((m) => m.text === "he")?.pronoun).toBe(true);
  });
  it("does not take organisations or places for people", () => {
    const names = persons("The New York Times reported that Goldman Sachs and New Hampshire officials met Senator Ann Lee.").map((p) => p.name);
    expect(names).toEqual(["Ann Lee"]);
  });
  it("ignores headings", () => {
    expect(persons("Secret COVID-19 Gesture\nThe report was published.")).toEqual([]);
  });
  it("knows a role apposition from other asides", () => {
    expect(isAppositiveRole("one of Trump’s top campaign aides")).toBe(true);
    expect(isAppositiveRole("known for his in-depth coverage of American presidencies")).toBe(false);
    expect(isAppositiveRole("now running against Vice President Kamala Harris")).toBe(false);
  });
});
