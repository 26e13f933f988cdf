import { describe, expect, it } from "vitest";
import { extract } from "./index.js";

const claimant = (text: string) => extract(text).claims[0]?.claimant;

describe("the kind a sentence-opening source is reported with", () => {
  it("is an organisation for a known place or an organisation's name", () => {
    expect(claimant("Israel said the strikes were over.")).toEqual({ name: "Israel", kind: "organization" });
    expect(claimant("The American Federation of Teachers said the plan would fail.")).toEqual({ name: "The American Federation of Teachers", kind: "organization" });
  });
  it("stays anonymous for ordinary words and people", () => {
    expect(claimant("Critics said the plan would fail.")).toEqual({ name: "Critics", kind: "anonymous" });
    expect(claimant("Wyoming voters said the plan would fail.")?.kind).toBe("anonymous");
  });
});
