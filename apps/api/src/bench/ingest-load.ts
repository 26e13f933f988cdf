import { parentPort, workerData } from "node:worker_threads";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { atFixedRate, closedLoop, type ScheduleResult } from "./ingest-schedule.js";

/**
 * bench:ingest's clients, run in a worker thread so that their HTTP and JSON work does not share the
 * server's event loop (a newsroom's feed and its readers are other machines): sequential warm-up
 * ingests, reads alone, then reads during the ingest of the rest.
 */
export interface LoadPlan {
  endpoint: string;
  key: string;
  texts: string[];
  warmup: number;
  idleSeconds: number;
  rate: number | undefined;
  concurrency: number;
  readGapMs: number;
}

export type Phase = "idle" | "during";

/** Messages to the parent: phase boundaries (so it can meter them), then the samples. */
export type LoadMessage =
  | { start: Phase }
  | { end: Phase }
  | { done: { idle: number[]; during: number[]; ingest: number[]; run: ScheduleResult } }
  | { failed: string };

const READ = JSON.stringify({
  query: `query RecentArticles { articles(first: 20) { nodes { id title publisher ingestedAt persons { person { id name } mentionCount } } pageInfo { hasNextPage endCursor } } }`,
});
const INGEST = `mutation Ingest($input: IngestArticleInput!) { ingestArticle(input: $input) { created article { id } } }`;

async function run(plan: LoadPlan, tell: (m: LoadMessage) => void): Promise<void> {
  const post = (body: string) =>
    fetch(plan.endpoint, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${plan.key}` }, body });
  const ingest: number[] = [];
  const ingestOne = async (text: string) => {
    const started = performance.now();
    const res = await post(JSON.stringify({ query: INGEST, variables: { input: { text } } }));
    const body = (await res.json()) as { errors?: { message: string }[] };
    if (body.errors) throw new Error(body.errors[0]!.message);
    ingest.push(performance.now() - started);
  };
  const readLoop = async (samples: number[], until: () => boolean) => {
    while (!until()) {
      const started = performance.now();
      const res = await post(READ);
      const body = (await res.json()) as { errors?: unknown };
      if (body.errors || !res.ok) throw new Error(`read failed: ${JSON.stringify(body)}`);
      samples.push(performance.now() - started);
      await sleep(plan.readGapMs);
    }
  };

  for (const t of plan.texts.slice(0, plan.warmup)) await ingestOne(t);

  const idle: number[] = [];
  tell({ start: "idle" });
  const idleUntil = performance.now() + plan.idleSeconds * 1000;
  await readLoop(idle, () => performance.now() > idleUntil);
  tell({ end: "idle" });

  const during: number[] = [];
  const rest = plan.texts.slice(plan.warmup);
  ingest.length = 0;
  let finished = false;
  tell({ start: "during" });
  const reader = readLoop(during, () => finished);
  const schedule = plan.rate ? await atFixedRate(rest, plan.rate, ingestOne) : await closedLoop(rest, plan.concurrency, ingestOne);
  finished = true;
  await reader;
  tell({ end: "during" });
  tell({ done: { idle, during, ingest, run: schedule } });
}

if (parentPort && workerData) {
  const port = parentPort;
  run(workerData as LoadPlan, (m) => port.postMessage(m)).catch((error) => port.postMessage({ failed: String(error?.stack ?? error) }));
}
