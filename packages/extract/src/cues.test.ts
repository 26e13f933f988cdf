import { describe, expect, it } from "vitest";
import { findCues, findHedges } from "./cues.js";

const cueTexts = (text: string) => findCues(text, 0, text.length).map((c) => text.slice(c.start, c.end));

describe("findCues", () => {
  it("finds reporting verbs with auxiliaries and hedging adverbs", () => {
    expect(cueTexts("Putin allegedly told Trump, according to the book.")).toEqual(["allegedly told", "according to"]);
    expect(cueTexts("Miller was quoted as saying he had not heard.")).toEqual(["was quoted as saying"]);
    expect(cueTexts("The book claims, she reiterated, he added.")).toEqual(["claims", "reiterated", "added"]);
  });
  it("takes a plural noun of works before another cue or a participle for the subject, not a cue", () => {
    expect(cueTexts("Many reports suggest that drivers left.")).toEqual(["suggest"]);
    expect(cueTexts("Intelligence reports seen by Reuters suggest a deal.")).not.toContain("reports");
    expect(cueTexts("Initial estimates show the total at 55,000 pages.")).toEqual(["show"]);
    expect(cueTexts("The agency reports that sales fell, and he claims to have won.")).toEqual(["reports", "claims"]);
  });
  it("marks hedging verbs", () => {
    const [cue] = findCues("a report suggests", 0, 17);
    expect(cue?.hedges).toEqual(["suggests"]);
  });
});

describe("findHedges", () => {
  it("finds adverbs and 'is said to' phrases", () => {
    const text = "The calls reportedly happened; he is said to have agreed.";
    expect(findHedges(text, 0, text.length).map((h) => h.text)).toEqual(["reportedly", "is said to"]);
  });
});
