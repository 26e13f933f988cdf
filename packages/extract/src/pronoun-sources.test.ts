import { describe, expect, it } from "vitest";
import { extract } from "./index.js";

const claimants = (text: string) => extract(text).claims.map((c) => c.claimant && { name: c.claimant.name, kind: c.claimant.kind });

describe("an 'it' that speaks", () => {
  it("is the organisation or work credited just before it", () => {
    expect(claimants("The report said the agency concealed breaches from Congress. It said officials had purposely hidden the documents.")).toEqual([
      { name: "The report", kind: "work" },
      { name: "The report", kind: "work" },
    ]);
    expect(claimants("Twitter said on Friday that it had suspended 235,000 accounts. Jack Dorsey said the work would go on. It added that it has worked with groups that counter extremism.")[2]).toEqual({
      name: "Twitter",
      kind: "organization",
    });
  });
  it("speaks a quotation through a verb of saying with its adjunct", () => {
    const x = extract("The Food Standards Agency said slimming pills were dangerous. “We advise the public not to take any tablets,” it said in a statement.");
    expect(x.quotes.map((q) => [q.speaker?.name, q.cue?.text])).toEqual([["The Food Standards Agency", "said in a statement"]]);
  });
  it("stays as it is when impersonal or when no organisation or work was credited before it", () => {
    expect(claimants("The report said the agency concealed breaches. It was reported that the director would resign.").at(-1)?.name).not.toBe("The report");
    expect(claimants("It said the border would stay closed until Friday.")).toEqual([{ name: "It", kind: "anonymous" }]);
  });
});

describe("a 'they' that speaks", () => {
  it("is the group of unnamed people credited right before it, a plain noun phrase headed by a plural speaker noun", () => {
    expect(claimants("Obama administration officials said that they had briefed the transition team. They said that Sudan had a long way to go.")).toEqual([
      { name: "Obama administration officials", kind: "anonymous" },
      { name: "Obama administration officials", kind: "anonymous" },
    ]);
  });
  it("stays as it is after a person or a phrase that is no group", () => {
    expect(claimants("Hillary Clinton said the plan would fail. They said the vote would be close.").at(-1)).toEqual({ name: "They", kind: "anonymous" });
  });
});
