import { describe, expect, it } from "vitest";
import { appositionAt } from "./apposition.js";

const after = (text: string, name: string) => appositionAt(text, text.indexOf(name) + name.length)?.phrase ?? null;

describe("appositions", () => {
  it("reads the phrase between a name's comma and the next", () => {
    expect(after("Jason Miller, one of Trump's top campaign aides, said no.", "Jason Miller")).toBe("one of Trump's top campaign aides");
  });
  it("lets an abbreviation's full stop stand inside it", () => {
    expect(after("“It was long,” Tina Tchen, Mrs. Obama’s chief of staff, said.", "Tina Tchen")).toBe("Mrs. Obama’s chief of staff");
    expect(after("Joe Smith, a former U.S. attorney, said.", "Joe Smith")).toBe("a former U.S. attorney");
    expect(after("Ann Lee, an aide to Sen. Ted Cruz, said.", "Ann Lee")).toBe("an aide to Sen. Ted Cruz");
  });
  it("does not run over a sentence's full stop", () => {
    expect(after("He met Joe Smith, the mayor. Then he left, quietly.", "Joe Smith")).toBeNull();
  });
});
