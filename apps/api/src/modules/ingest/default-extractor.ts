import { EXTRACTOR_VERSION, extract } from "@whosaid/extract";
import { extractFromHtml } from "@whosaid/extract/html";
import type { Extractor } from "./ingest.service.js";

/** The extraction engine of `@whosaid/extract`, as ingestion uses it. */
export const defaultExtractor: Extractor = {
  version: EXTRACTOR_VERSION,
  extract: (text, options) => extract(text, options),
  extractFromHtml: (html, options) => extractFromHtml(html, options),
};
