import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extractFromHtml } from "./html.js";

const pages = fileURLToPath(new URL("../../../../shared/data/pages/", import.meta.url));

describe("extractFromHtml", () => {
  it("takes the main text and metadata out of a saved news page", () => {
    const article = extractFromHtml(readFileSync(`${pages}bbc-1/source.html`, "utf8"), { url: "https://www.bbc.co.uk/news/x" });
    expect(article).not.toBeNull();
    expect(article!.title).toMatch(/Obama/);
    expect(article!.text).toMatch(/President Barack Obama has admitted/);
    expect(article!.text).toContain("\n\n");
    expect(article!.text).not.toMatch(/[ \t]{2,}/);
  });
  it("keeps a caption's credit apart from its sentence, so a photographer's name is no glued word", () => {
    const article = extractFromHtml(readFileSync(`${pages}nytimes-3/source.html`, "utf8"));
    expect(article!.text).toContain("in Queens.\n\nCredit\n\nChang W. Lee/The New York Times");
    expect(article!.text).not.toContain("Queens.Credit");
  });
  it("parts a link written flush against the next word, but not a drop cap", () => {
    const article = extractFromHtml(readFileSync(`${pages}salon-1/source.html`, "utf8"));
    expect(article!.text).toContain("As Alexis Madrigal reports, Uber");
    const html = `<html><body><article>${"<p><span>T</span>he senator, as <a href='/x'>the paper</a>notes, said that the bill would pass before the end of the year.</p>".repeat(8)}</article></body></html>`;
    const text = extractFromHtml(html)!.text;
    expect(text).toContain("The senator, as the paper notes,");
  });
  it("prefers JSON-LD metadata", () => {
    const html = `<html lang="en"><head><title>x</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"LD title","datePublished":"2024-10-08","author":[{"name":"Ann Lee"}],"publisher":{"name":"The Daily"}}</script><meta property="og:title" content="OG title"></head>
      <body><article><h1>Heading</h1>${"<p>Senator Ann Lee said that the bill would pass before the end of the year, and that the votes were there.</p>".repeat(8)}</article></body></html>`;
    const article = extractFromHtml(html);
    expect(article).toMatchObject({ title: "LD title", authors: ["Ann Lee"], publisher: "The Daily", publishedAt: "2024-10-08", language: "en" });
  });
  it("returns null when there is no article", () => {
    expect(extractFromHtml("")).toBeNull();
    expect(extractFromHtml("<html><body></body></html>")).toBeNull();
  });
});
