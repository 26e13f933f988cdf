import { describe, expect, it } from "vitest";
import { segmentText } from "../../lib/segments";
import { articleHighlights, describeHighlight } from "./highlights";

const text = "Putin told Trump: “Keep it quiet.” The book reportedly claims they spoke.";
const input = {
  persons: [
    { person: { id: "p1", name: "Vladimir Putin" }, mentions: [{ start: 0, end: 5, text: "Putin" }] },
    { person: { id: "p2", name: "Donald Trump" }, mentions: [{ start: 11, end: 16, text: "Trump" }, { start: 62, end: 66, text: "they", pronoun: true }] },
  ],
  quotes: [
    { id: "q1", start: 19, end: 33, cue: "told", confidence: 0.93, speaker: { name: "Vladimir Putin", kind: "PERSON" } },
  ],
  claims: [
    {
      id: "c1",
      start: 62,
      end: 72,
      cue: "claims",
      hedged: true,
      hedges: ["reportedly", "claims"],
      confidence: 0.7,
      claimant: { name: "Woodward’s book War", kind: "WORK" },
      via: [{ name: "The New York Times", kind: "ORGANIZATION" }],
    },
  ],
};

describe("articleHighlights", () => {
  it("covers the quote with its speaker and colour", () => {
    const segments = segmentText(text, articleHighlights(input));
    const quoted = segments.filter((s) => s.spans.some((h) => h.type === "quote"));
    expect(quoted.map((s) => s.text).join("")).toBe("Keep it quiet.");
    expect(quoted[0]!.spans[0]).toMatchObject({ type: "quote", speaker: "Vladimir Putin", color: "blue" });
  });

  it("nests a pronoun mention inside a claim, claim first", () => {
    const segments = segmentText(text, articleHighlights(input));
    const they = segments.find((s) => s.text === "they")!;
    expect(they.spans.map((h) => h.type)).toEqual(["claim", "mention"]);
  });

  it("describes a claim with its attribution chain and hedges", () => {
    const claim = articleHighlights(input).find((h) => h.type === "claim")!;
    expect(describeHighlight(claim)).toBe(
      "Claim by The New York Times → Woodward’s book War · cue “claims” · hedged (reportedly, claims) · confidence 70%",
    );
  });
});
