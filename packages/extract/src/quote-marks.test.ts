import { describe, expect, it } from "vitest";
import { pairQuoteMarks } from "./quote-marks.js";
import { segment } from "./segment.js";

const quotes = (text: string) => pairQuoteMarks(text, segment(text).paragraphs).map((p) => text.slice(p.open + 1, p.close));

describe("pairQuoteMarks", () => {
  it("pairs straight, curly and mixed marks", () => {
    expect(quotes('He said "yes" and “no” and "maybe” today.')).toEqual(["yes", "no", "maybe"]);
  });
  it("keeps a multi-sentence quote whole", () => {
    expect(quotes("“We won. We will win again,” she said.")).toEqual(["We won. We will win again,"]);
  });
  it("carries a quote into a paragraph that re-opens it", () => {
    const text = "“First part of it.\n\n“Second part,” he said.";
    expect(quotes(text)).toEqual(["First part of it.\n\n“Second part,"]);
  });
  it("drops a mark left open at the end of a paragraph", () => {
    expect(quotes("An “open mark here.\n\nNext “closed” one.")).toEqual(["closed"]);
  });
  it("takes an opening mark that ends its line for the close of an open quotation (a typist's slip)", () => {
    expect(quotes("“They can see I’m the candidate,” he said. “They see that. “\n\nThis story has been updated.")).toEqual([
      "They can see I’m the candidate,",
      "They see that. ",
    ]);
  });
});
