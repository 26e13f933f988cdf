import {
  MIN_ARTICLE_CHARS,
  articleTextProblem,
  contentHash,
  normalizeArticleText,
  wordCount,
  type Extraction,
} from "@whosaid/domain";
import type { HtmlArticle } from "@whosaid/extract/html";
import type { Db } from "../../db/store.js";
import { badInput, userError } from "../../graphql/errors.js";
import { findArticlesByIds, findExistingArticle } from "../article/article.service.js";
import type { ArticleModel } from "../article/article.type.js";
import { FetchError, fetchPage, type FetchPolicy } from "./fetch-page.js";
import { storeExtraction, type ArticleFacts } from "./store-extraction.js";

/** What ingestion needs from the extraction engine; tests may pass their own. */
export interface Extractor {
  version: string;
  extract(text: string, options?: { title?: string | null }): Promise<Extraction> | Extraction;
  extractFromHtml(html: string, options?: { url?: string }): Promise<HtmlArticle | null> | HtmlArticle | null;
  /**
   * Extracts and stores in one step, away from the request thread (the worker pool on PostgreSQL):
   * what `storeExtraction` of `extract(facts.text)` would return, in the same database as `db`.
   */
  extractAndStore?(facts: ArticleFacts): Promise<number | null>;
}

export type { HtmlArticle };

export interface IngestDeps {
  extractor: Extractor;
  fetchPolicy: FetchPolicy;
}

/** An article as a user hands it in: text, a saved page, or just a URL to fetch. */
export interface IngestRequest {
  text?: string | null;
  html?: string | null;
  url?: string | null;
  title?: string | null;
  publisher?: string | null;
  authors?: string[] | null;
  publishedAt?: Date | null;
}

export interface IngestResult {
  article: ArticleModel;
  created: boolean;
}

/**
 * Ingests one article: checks the input, returns the stored article when the same text (or URL) is
 * already known, else extracts and stores everything in one transaction.
 */
export async function ingestArticle(db: Db, deps: IngestDeps, input: IngestRequest): Promise<IngestResult> {
  if (input.text != null && input.html != null) throw badInput("Give the article's text or its HTML, not both.");
  if (input.text == null && input.html == null) {
    if (input.url == null) throw badInput("Give the article's text, its HTML, or its URL.");
    const known = await findExistingArticle(db, null, input.url);
    if (known) return { article: known, created: false };
    const page = await fetchOrExplain(input.url, deps.fetchPolicy);
    input = page.contentType === "html" ? { ...input, html: page.body } : { ...input, text: page.body };
  }
  const { rawText, ...facts } = await readArticle(deps.extractor, input);
  const problem = articleTextProblem(rawText);
  if (problem) throw badInput(problem.message, { reason: problem.code });

  const text = normalizeArticleText(rawText);
  const hash = await contentHash(text);
  const known = await findExistingArticle(db, hash, facts.url);
  if (known) return { article: known, created: false };

  const articleFacts: ArticleFacts = {
    ...facts,
    text,
    contentHash: hash,
    wordCount: wordCount(text),
    extractorVersion: deps.extractor.version,
  };
  const id = deps.extractor.extractAndStore
    ? await deps.extractor.extractAndStore(articleFacts)
    : await storeExtraction(db, articleFacts, await deps.extractor.extract(text, { title: facts.title }));
  // null: another request stored the same article first; answer as if we had found it.
  const stored = id === null ? await findExistingArticle(db, hash, facts.url) : (await findArticlesByIds(db, [id]))[0];
  if (!stored) throw new Error("Stored article could not be read back.");
  return { article: stored, created: id !== null };
}

async function fetchOrExplain(url: string, policy: FetchPolicy) {
  try {
    return await fetchPage(url, policy);
  } catch (error) {
    if (error instanceof FetchError) throw userError(error.code, error.message);
    throw error;
  }
}

interface ReadArticle extends Omit<ArticleFacts, "text" | "contentHash" | "wordCount" | "extractorVersion"> {
  rawText: string;
}

async function readArticle(extractor: Extractor, input: IngestRequest): Promise<ReadArticle> {
  const given = {
    url: input.url ?? null,
    title: input.title?.trim() || null,
    publisher: input.publisher?.trim() || null,
    authors: input.authors?.map((a) => a.trim()).filter(Boolean) ?? [],
    publishedAt: input.publishedAt ?? null,
  };
  if (input.html == null) return { ...given, rawText: input.text ?? "", canonicalUrl: null, language: null, byline: null };
  const page = await extractor.extractFromHtml(input.html, given.url ? { url: given.url } : {});
  if (!page || page.text.trim().length < MIN_ARTICLE_CHARS)
    throw userError("NO_ARTICLE_FOUND", "No article text could be found in this HTML page.");
  return {
    rawText: page.text,
    url: given.url,
    canonicalUrl: page.canonicalUrl,
    language: page.language,
    title: given.title ?? page.title,
    publisher: given.publisher ?? page.publisher,
    authors: given.authors.length ? given.authors : page.authors,
    byline: page.byline,
    publishedAt: given.publishedAt ?? parseDate(page.publishedAt),
  };
}

function parseDate(value: string | null): Date | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}
