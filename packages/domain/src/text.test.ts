import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { articleTextProblem, contentHash, hashableText, normalizeArticleText, wordCount } from "./text.js";

const article = "Senator Jane Doe said on Monday that the bill would pass before the end of the year.";

describe("articleTextProblem", () => {
  it("accepts an ordinary article", () => {
    expect(articleTextProblem(article)).toBeNull();
  });
  it("refuses empty, whitespace-only and very short text", () => {
    expect(articleTextProblem("")?.code).toBe("EMPTY");
    expect(articleTextProblem(" \n\t ")?.code).toBe("EMPTY");
    expect(articleTextProblem("ten chars!")?.code).toBe("TOO_SHORT");
  });
  it("refuses NUL bytes, control characters and lone surrogates", () => {
    expect(articleTextProblem(article + "\u0000")?.code).toBe("BINARY");
    expect(articleTextProblem(article + "\u0007")?.code).toBe("BINARY");
    expect(articleTextProblem(article + "\uD800")?.code).toBe("BINARY");
    expect(articleTextProblem(article + "\uDC00x")?.code).toBe("BINARY");
  });
  it("accepts a stray control character in a long text, and stores it as a space", () => {
    const long = `${article} `.repeat(5) + "\u001b" + article;
    expect(articleTextProblem(long)).toBeNull();
    const stored = normalizeArticleText(long);
    expect(stored).not.toContain("\u001b");
    expect(stored).toHaveLength(long.length);
  });
  it("accepts emoji, RTL marks, zero-width joiners and combining marks", () => {
    expect(articleTextProblem(article + " 👩‍👩‍👧 \u202E abc \u200D e\u0301")).toBeNull();
  });
  it("refuses text over the length limit", () => {
    expect(articleTextProblem("a ".repeat(300_000))?.code).toBe("TOO_LONG");
  });
});

describe("content hash", () => {
  it("is the same for the same text with different whitespace, line endings or normal form", async () => {
    const a = await contentHash("Caf\u00e9 owners said  the rent\r\nwas too high.");
    const b = await contentHash(" Cafe\u0301 owners said the rent was too high.\n");
    expect(a).toBe(b);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
  });
  it("differs when the words differ", async () => {
    expect(await contentHash("one two three")).not.toBe(await contentHash("one two four"));
  });
  it("ignores whitespace differences for any string (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "grapheme", minLength: 1 }).filter((s) => s.trim() === s && !/\s/.test(s))), (words) => {
        expect(hashableText(words.join("  \n "))).toBe(hashableText(words.join(" ")));
      }),
    );
  });
});

describe("normalizeArticleText", () => {
  it("round-trips NFC text exactly (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        const nfc = s.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").normalize("NFC");
        expect(normalizeArticleText(nfc)).toBe(nfc);
      }),
    );
  });
});

describe("wordCount", () => {
  it("counts words with inner apostrophes and hyphens once", () => {
    expect(wordCount("I don’t think the Ukraine-Russia war ends, he said.")).toBe(9);
  });
});
