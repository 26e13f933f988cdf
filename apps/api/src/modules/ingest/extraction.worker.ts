import { extract } from "@whosaid/extract";
import { extractFromHtml } from "@whosaid/extract/html";
import type { Extraction } from "@whosaid/domain";
import { setPriority } from "node:os";
import { workerData } from "node:worker_threads";
import { connectPostgres, type Db } from "../../db/store.js";
import type { HtmlArticle } from "./ingest.service.js";
import { storeExtraction } from "./store-extraction.js";
import { STORE_TASKS_PER_THREAD, type ExtractionTask, type WorkerSetup } from "./worker-tasks.js";

const EXTRACTION_NICE = 19;

// Extraction is batch work: below normal priority, the request thread and PostgreSQL answering reads
// get the cores first during a bulk ingest. On Linux this sets only this thread's nice value.
try {
  setPriority(EXTRACTION_NICE);
} catch {
  // Not permitted everywhere (some containers); extraction then runs at normal priority.
}

const setup = workerData as WorkerSetup;

/** The database store tasks write into, connected with the first one (a pool on PGlite never has one). */
let database: Db | undefined;
function storeDatabase(): Db {
  if (!setup?.postgresUrl) throw new Error("This extraction pool was started without a PostgreSQL store to write into.");
  database ??= connectPostgres(setup.postgresUrl, STORE_TASKS_PER_THREAD).db;
  return database;
}

/** The worker's entry: extraction and HTML parsing, and for PostgreSQL stores the whole ingest write. */
export default function run(task: ExtractionTask): Extraction | HtmlArticle | null | Promise<number | null> {
  switch (task.kind) {
    case "text":
      return extract(task.text, { title: task.title });
    case "html":
      return extractFromHtml(task.html, task.url ? { url: task.url } : {});
    case "store":
      return storeExtraction(storeDatabase(), task.facts, extract(task.facts.text, { title: task.facts.title }));
  }
}
