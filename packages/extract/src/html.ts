/**
 * Saved web pages: the main text via Mozilla Readability on a jsdom DOM, and metadata preferring
 * JSON-LD, then OpenGraph/meta tags, then Readability's own guesses. Kept apart from the core
 * extractor so that `extract` never loads jsdom.
 */
import { Readability } from "@mozilla/readability";
import { JSDOM, VirtualConsole } from "jsdom";

export interface HtmlArticle {
  text: string;
  title: string | null;
  byline: string | null;
  authors: string[];
  publisher: string | null;
  publishedAt: string | null;
  language: string | null;
  canonicalUrl: string | null;
}

type JsonRecord = Record<string, unknown>;

const ARTICLE_TYPES = /Article|Posting|Report|WebPage/i;

/** The article in a saved page, or null when Readability finds none. Never throws. */
export function extractFromHtml(html: string, options: { url?: string } = {}): HtmlArticle | null {
  try {
    const dom = new JSDOM(html, { url: safeUrl(options.url), virtualConsole: new VirtualConsole() });
    const doc = dom.window.document;
    const ld = jsonLdArticle(doc);
    const meta = (name: string) =>
      doc.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute("content")?.trim() || null;
    const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? meta("og:url");
    const language = doc.documentElement.getAttribute("lang") || meta("og:locale");
    const parsed = new Readability(doc).parse();
    const text = tidy(parsed?.textContent ?? "", parsed?.content ?? "");
    if (!parsed || text.length === 0) return null;
    const authors = ldAuthors(ld) ?? splitAuthors(meta("author") ?? parsed.byline ?? null);
    return {
      text,
      // Readability already weighs JSON-LD, OpenGraph and the <title>; its choice is the reference.
      title: (parsed.title || null) ?? str(ld?.headline) ?? meta("og:title"),
      byline: parsed.byline || null,
      authors,
      publisher: ldName(ld?.publisher) ?? meta("og:site_name") ?? (parsed.siteName || null),
      publishedAt: str(ld?.datePublished) ?? meta("article:published_time") ?? (parsed.publishedTime || null),
      language: language || null,
      canonicalUrl: canonical ? absolute(canonical, options.url) : null,
    };
  } catch {
    return null;
  }
}

function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).href;
  } catch {
    return undefined;
  }
}

function absolute(href: string, base: string | undefined): string {
  try {
    return new URL(href, safeUrl(base)).href;
  } catch {
    return href;
  }
}

/** Readability's text with paragraphs as blank-line-separated blocks and whitespace tidied. */
function tidy(textContent: string, contentHtml: string): string {
  const text = contentHtml ? blockText(contentHtml) : textContent;
  return text
    .split(/\n{2,}/)
    .map((p) => p.replace(/[ \t\u00a0\r\n]+/g, " ").trim())
    .filter(Boolean)
    .join("\n\n");
}

const BLOCK_TAGS = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "BR", "DD", "DIV", "DL", "DT", "FIGCAPTION", "FIGURE", "FOOTER",
  "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "OL", "P", "PRE", "SECTION", "TABLE", "TD",
  "TH", "TR", "UL",
]);

/** All the text of Readability's content, with a paragraph break around every block element. */
function blockText(contentHtml: string): string {
  const doc = new JSDOM(`<body>${contentHtml}</body>`).window.document;
  const parts: string[] = [];
  // Inside a caption every span is its own line: "…in Queens." and "Credit" and "Chang W. Lee/The
  // New York Times" are spans written without spaces between them.
  // "As <a>Alexis Madrigal</a>reports": a link written flush against the next word. A link ending in
  // two lower-case letters is a word of its own (a drop cap, "<span>T</span>he", is no link).
  let afterLinkWord = false;
  const walk = (node: Node, inCaption: boolean) => {
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? "";
      if (afterLinkWord && /^\p{Ll}/u.test(value)) parts.push(" ");
      if (value) afterLinkWord = false;
      parts.push(value);
      return;
    }
    const tag = node.nodeType === 1 ? (node as Element).tagName : "";
    const block = BLOCK_TAGS.has(tag) || (inCaption && tag === "SPAN");
    if (block) parts.push("\n\n");
    node.childNodes.forEach((child) => walk(child, inCaption || tag === "FIGCAPTION"));
    if (block) parts.push("\n\n");
    if (tag === "A") afterLinkWord = /\p{Ll}{2}$/u.test(node.textContent ?? "");
  };
  walk(doc.body, false);
  return parts.join("");
}

function jsonLdArticle(doc: Document): JsonRecord | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const found = findArticle(JSON.parse(script.textContent ?? ""));
      if (found) return found;
    } catch {
      // Broken JSON-LD is common; fall back to meta tags.
    }
  }
  return null;
}

function findArticle(node: unknown): JsonRecord | null {
  if (Array.isArray(node)) {
    for (const n of node) {
      const found = findArticle(n);
      if (found) return found;
    }
    return null;
  }
  if (!node || typeof node !== "object") return null;
  const record = node as JsonRecord;
  const type = record["@type"];
  const types = Array.isArray(type) ? type.map(String) : [String(type ?? "")];
  if (types.some((t) => ARTICLE_TYPES.test(t)) && (record.headline || record.datePublished)) return record;
  return findArticle(record["@graph"]);
}

function str(value: unknown): string | null {
  return typeof value === "string" && value.trim() ? value.trim() : null;
}

function ldName(value: unknown): string | null {
  if (Array.isArray(value)) return ldName(value[0]);
  if (typeof value === "string") return str(value);
  if (value && typeof value === "object") return str((value as JsonRecord).name);
  return null;
}

function ldAuthors(ld: JsonRecord | null): string[] | null {
  if (!ld?.author) return null;
  const list = Array.isArray(ld.author) ? ld.author : [ld.author];
  const names = list.map(ldName).filter((n): n is string => n !== null);
  return names.length > 0 ? names : null;
}

function splitAuthors(byline: string | null): string[] {
  if (!byline) return [];
  return byline
    .replace(/^\s*by\s+/i, "")
    .split(/\s*(?:,|\band\b|&)\s*/i)
    .map((s) => s.trim())
    .filter((s) => s.length > 1 && s.length < 80);
}
