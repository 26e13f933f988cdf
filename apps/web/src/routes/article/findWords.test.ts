import { describe, expect, it } from "vitest";
import { describeSpan, findWords, MAX_MATCHES } from "./findWords";

const text =
  "Putin told Trump: “Keep it quiet.” The book reportedly claims they spoke.\n\n" +
  "Jason Miller, a campaign aide, said: “I have not heard that they’re talking.” Miller added that the\n  book was wrong.";

const words = (t: string, found: ReturnType<typeof findWords>) =>
  found.status === "found" ? found.matches.map((m) => t.slice(m.start, m.end)) : found.status;

describe("findWords", () => {
  it("finds typed words at their offsets in the text", () => {
    const found = findWords(text, "The book reportedly claims");
    expect(found).toEqual({ status: "found", matches: [{ start: 35, end: 61 }], total: 1 });
  });

  it("ignores case, runs of white space and typographic quotation marks and apostrophes", () => {
    expect(words(text, findWords(text, `"i have NOT heard that they're   talking."`))).toEqual(["“I have not heard that they’re talking.”"]);
    expect(words(text, findWords(text, "that the book was wrong"))).toEqual(["that the\n  book was wrong"]);
  });

  it("takes an ellipsis as the words left out of a long passage, and keeps the shortest stretch", () => {
    expect(words(text, findWords(text, "Miller … wrong"))).toEqual(["Miller added that the\n  book was wrong"]);
    expect(words(text, findWords(text, "the book ... spoke."))).toEqual(["The book reportedly claims they spoke."]);
  });

  it("lists every occurrence when the words appear more than once", () => {
    const found = findWords(text, "book");
    expect(found.status === "found" && found.total).toBe(2);
    expect(words(text, found)).toEqual(["book", "book"]);
  });

  it("never starts or ends a match inside a word", () => {
    expect(findWords(text, "Put")).toEqual({ status: "missing", part: "put" });
    expect(words(text, findWords(text, "Putin"))).toEqual(["Putin"]);
    expect(words(text, findWords(text, "aide,"))).toEqual(["aide,"]);
  });

  it("says which words are missing, and when the parts are there but not in that order", () => {
    expect(findWords(text, "Trump … secret calls")).toEqual({ status: "missing", part: "secret calls" });
    expect(findWords(text, "wrong … Putin")).toEqual({ status: "apart" });
    expect(findWords("a b c", "a … c", 2)).toEqual({ status: "apart" });
  });

  it("answers empty for nothing but spaces, punctuation or an ellipsis", () => {
    expect(findWords(text, "  ")).toEqual({ status: "empty" });
    expect(findWords(text, " … ")).toEqual({ status: "empty" });
    expect(findWords(text, "“”")).toEqual({ status: "empty" });
  });

  it("caps the matches it lists but counts them all", () => {
    const many = Array.from({ length: 30 }, () => "said so.").join(" ");
    const found = findWords(many, "said");
    expect(found.status === "found" && [found.matches.length, found.total]).toEqual([MAX_MATCHES, 30]);
  });

  it("keeps offsets right after characters outside the basic plane", () => {
    const t = "𝒜 wrote: “Yes.” Then 𝒜 left.";
    expect(words(t, findWords(t, "then 𝒜 left"))).toEqual(["Then 𝒜 left"]);
  });
});

describe("describeSpan", () => {
  it("gives the paragraph and the words around a span", () => {
    const [m] = (findWords(text, "Miller added") as { matches: { start: number; end: number }[] }).matches;
    const d = describeSpan(text, m!, 12);
    expect(d).toEqual({ paragraph: 2, before: "…talking.” ", words: "Miller added", after: " that the…" });
  });
});
