import { extract } from "@whosaid/extract";
import { extractFromHtml } from "@whosaid/extract/html";
import type { Extraction } from "@whosaid/domain";
import type { HtmlArticle } from "./ingest.service.js";

/** A unit of CPU-heavy work run off the request thread. */
export type ExtractionTask =
  | { kind: "text"; text: string; title: string | null }
  | { kind: "html"; html: string; url: string | null };

export default function run(task: ExtractionTask): Extraction | HtmlArticle | null {
  return task.kind === "text"
    ? extract(task.text, { title: task.title })
    : extractFromHtml(task.html, task.url ? { url: task.url } : {});
}
