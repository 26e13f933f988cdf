import { EXTRACTOR_VERSION } from "@whosaid/extract/version";
import type { Extraction } from "@whosaid/domain";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import { userError } from "../../graphql/errors.js";
import { slots } from "../../slots.js";
import type { Extractor, HtmlArticle } from "./ingest.service.js";
import type { ArticleFacts } from "./store-extraction.js";
import { STORE_TASKS_PER_THREAD, type ExtractionTask, type WorkerSetup } from "./worker-tasks.js";

export interface PooledExtractor extends Extractor {
  close(): Promise<void>;
}

export interface PoolOptions {
  threads?: number;
  /** Longest one article may take before its worker is stopped (a pathological page). */
  taskTimeoutMs?: number;
  /**
   * A PostgreSQL store's URL: the workers then also store each article, on connections of their own
   * (`extractAndStore`), and the request thread only hands over the text and gets back an id.
   */
  postgresUrl?: string;
}

/** Threads a pool gets unless told: one core left for the event loop and the database, at most 4. */
export function defaultExtractionThreads(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

/**
 * Runs extraction and HTML parsing in worker threads, so a long article or a hostile page never
 * blocks the event loop that answers reads; given a PostgreSQL URL, the article's whole write too.
 */
export function createPooledExtractor(options: PoolOptions = {}): PooledExtractor {
  const fromSource = import.meta.url.endsWith(".ts");
  const threads = options.threads ?? defaultExtractionThreads();
  const tasksPerThread = options.postgresUrl ? STORE_TASKS_PER_THREAD : 1;
  const setup: WorkerSetup = { postgresUrl: options.postgresUrl ?? null };
  const pool = new Piscina<ExtractionTask, Extraction | HtmlArticle | number | null>({
    filename: fileURLToPath(new URL(`./extraction.worker.${fromSource ? "ts" : "js"}`, import.meta.url)),
    // Running from source (tests): the worker needs tsx's loader too.
    execArgv: fromSource ? ["--import", "tsx"] : [],
    minThreads: 1,
    maxThreads: threads,
    workerData: setup,
    concurrentTasksPerWorker: tasksPerThread,
    idleTimeout: 60_000,
  });
  const timeoutMs = options.taskTimeoutMs ?? 30_000;
  // Tasks wait here, not in piscina's queue, so the budget counts the article's own work: in a bulk
  // ingest an article queued behind hundreds of others is not a pathological page. (When workers store,
  // a thread takes two tasks, so a task may also wait for the other one's extraction, never longer.)
  const whenThreadFree = slots(threads * tasksPerThread);
  const run = <T>(task: ExtractionTask): Promise<T> =>
    whenThreadFree(async () => {
      try {
        return (await pool.run(task, { signal: AbortSignal.timeout(timeoutMs) })) as T;
      } catch (error) {
        if ((error as Error)?.name === "AbortError" || (error as Error)?.name === "TimeoutError")
          throw userError("PARSE_LIMIT", "The article took too long to process; it may be malformed or far too large.");
        throw error;
      }
    });
  return {
    version: EXTRACTOR_VERSION,
    extract: (text, opts) => run<Extraction>({ kind: "text", text, title: opts?.title ?? null }),
    extractFromHtml: (html, opts) => run<HtmlArticle | null>({ kind: "html", html, url: opts?.url ?? null }),
    ...(options.postgresUrl && { extractAndStore: (facts: ArticleFacts) => run<number | null>({ kind: "store", facts }) }),
    close: () => pool.destroy(),
  };
}
