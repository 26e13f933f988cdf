import { extract } from "@whosaid/extract";
import { extractFromHtml } from "@whosaid/extract/html";
import type { Extraction } from "@whosaid/domain";
import { setPriority } from "node:os";
import type { HtmlArticle } from "./ingest.service.js";

const EXTRACTION_NICE = 19;

// Extraction is batch work: below normal priority, the request thread and PostgreSQL answering reads
// get the cores first during a bulk ingest. On Linux this sets only this thread's nice value.
try {
  setPriority(EXTRACTION_NICE);
} catch {
  // Not permitted everywhere (some containers); extraction then runs at normal priority.
}

/** A unit of CPU-heavy work run off the request thread. */
export type ExtractionTask =
  | { kind: "text"; text: string; title: string | null }
  | { kind: "html"; html: string; url: string | null };

export default function run(task: ExtractionTask): Extraction | HtmlArticle | null {
  return task.kind === "text"
    ? extract(task.text, { title: task.title })
    : extractFromHtml(task.html, task.url ? { url: task.url } : {});
}
