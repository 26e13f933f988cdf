import { describe, expect, it } from "vitest";
import { findCues, findHedges } from "./cues.js";
import { extract } from "./index.js";

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

describe("a cue's verb group in the output", () => {
  const cues = (t: string) => {
    const x = extract(t);
    return [...x.quotes, ...x.claims].map((i) => i.cue?.text);
  };
  it("takes in the auxiliaries and adverbs before the verb, as PolNeAR's cues do", () => {
    expect(cues("2 p.m.\n\nHillary Clinton is seizing upon a New York Times report that Donald Trump had a net loss.")).toEqual(["is seizing"]);
    expect(cues("The registration issue was first reported by The Washington Post.")).toEqual(["was first reported"]);
    expect(cues("If, as I've suggested, he and others benefit, the deal is bad.")).toEqual(["'ve suggested"]);
  });
  it("takes in neither a possessive nor the source", () => {
    expect(cues("Politifact seized on Donald Trump’s claim that there were no jobs.")).toEqual(["claim"]);
    expect(extract("He’s claiming the vote was rigged.").claims[0]).toMatchObject({ source: { text: "He" }, cue: { text: "’s claiming" } });
  });
});

describe("a cue and its determiner", () => {
  const cues = (t: string) => {
    const x = extract(t);
    return [...x.quotes, ...x.claims].map((i) => i.cue?.text);
  };
  it("takes the noun a grown cue's determiner opens (“issued a | statement”)", () => {
    expect(cues("John McCain issued a statement after Donald Trump told a town hall that the senator was no hero.")).toContain("issued a statement");
  });
  it("makes no cue of a determiner alone", () => {
    expect(cues("Patricia Smith and Charles Woods, the parents of two Americans killed in the 2012 attacks on a U.S. diplomatic compound in Benghazi, Libya, have filed a wrongful death lawsuit against Hillary Clinton.")).not.toContain("a");
  });
});
