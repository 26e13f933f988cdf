import { describe, expect, it } from "vitest";
import { isArticleFile, readArticleFile } from "./readArticleFile";

describe("readArticleFile", () => {
  it("sends .html files as HTML and .txt files as text", async () => {
    expect(await readArticleFile(new File(["<p>Hi</p>"], "page.HTML"))).toEqual({ html: "<p>Hi</p>" });
    expect(await readArticleFile(new File(["Hello"], "story.txt", { type: "text/plain" }))).toEqual({ text: "Hello" });
  });

  it("accepts text and HTML files only", () => {
    expect(isArticleFile({ name: "a.htm", type: "" })).toBe(true);
    expect(isArticleFile({ name: "a.pdf", type: "application/pdf" })).toBe(false);
  });
});
