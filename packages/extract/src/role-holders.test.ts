import { describe, expect, it } from "vitest";
import { extract } from "./index.js";

const claimant = (text: string) => extract(text).claims[0]?.claimant;

describe("a definite role phrase as claimant", () => {
  it("is the one person named before it with that role", () => {
    expect(claimant("President Barack Obama arrived in Nairobi on Friday. The president said the visit would strengthen ties with Kenya.")).toMatchObject({
      name: "Barack Obama",
      kind: "person",
    });
  });
  it("is that person inside the claim too: not a subject when only a pronoun names them there", () => {
    const x = extract("President Barack Obama arrived in Ottawa on Friday. The president said his visit would strengthen ties with Justin Trudeau.");
    expect(x.claims[0]!.subjects.map((id) => x.persons.find((p) => p.id === id)?.name)).toEqual(["Justin Trudeau"]);
  });
  it("stays anonymous when two people hold the role", () => {
    expect(claimant("Senator Mark Warner and Senator James Lankford met on Monday. The senator said the bill would add to the deficit.")).toMatchObject({
      name: "The senator",
      kind: "anonymous",
    });
  });
  it("stays anonymous when a proper modifier or another office does not fit the holder", () => {
    expect(claimant("Vermont Senator Bernie Sanders spoke on Monday. The Florida senator said the bill would add to the deficit.")?.kind).toBe("anonymous");
    expect(claimant("Vice President Joe Biden spoke on Monday. The president said the bill would add to the deficit.")?.kind).toBe("anonymous");
  });
  it("stays anonymous when nobody named holds the role", () => {
    expect(claimant("Donald Trump spoke on Monday. The aide said the bill would add to the deficit.")).toMatchObject({ name: "The aide", kind: "anonymous" });
  });
});
