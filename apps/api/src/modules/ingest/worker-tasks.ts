import type { ArticleFacts } from "./store-extraction.js";

/** A unit of work run off the request thread by extraction.worker.ts. */
export type ExtractionTask =
  | { kind: "text"; text: string; title: string | null }
  | { kind: "html"; html: string; url: string | null }
  /** Extract and store in the worker, on connections of its own: the article's id, or null (stored first by another). */
  | { kind: "store"; facts: ArticleFacts };

/** What every worker of a pool is started with. */
export interface WorkerSetup {
  /** The PostgreSQL database store tasks write into; none when the store is the request thread's PGlite. */
  postgresUrl: string | null;
}

/**
 * Store tasks one worker runs at once, and its connections: while one waits on PostgreSQL, the next
 * article is extracted. Extraction itself never overlaps in a thread (it holds the thread until done).
 */
export const STORE_TASKS_PER_THREAD = 2;
