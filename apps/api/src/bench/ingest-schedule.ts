import { setTimeout as sleep } from "node:timers/promises";

export interface ScheduleResult {
  seconds: number;
  /** Most requests in flight at once. */
  maxInFlight: number;
  /** How late the last request was sent against its slot (ms): > 0 when the sender itself fell behind. */
  sendLagMs: number;
}

/**
 * Open loop: item i is sent at start + i / rate seconds whether or not earlier ones have finished,
 * as a feed that does not wait for the server would send them.
 */
export async function atFixedRate<T>(items: readonly T[], perSecond: number, send: (item: T) => Promise<unknown>): Promise<ScheduleResult> {
  const started = performance.now();
  let inFlight = 0;
  let maxInFlight = 0;
  let sendLagMs = 0;
  const pending: Promise<unknown>[] = [];
  for (let i = 0; i < items.length; i++) {
    const due = started + (i * 1000) / perSecond;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    sendLagMs = Math.max(0, performance.now() - due);
    maxInFlight = Math.max(maxInFlight, ++inFlight);
    pending.push(send(items[i]!).finally(() => inFlight--));
  }
  await Promise.all(pending);
  return { seconds: (performance.now() - started) / 1000, maxInFlight, sendLagMs };
}

/** Closed loop: `concurrency` senders, each sending its next item when the previous one is answered. */
export async function closedLoop<T>(items: readonly T[], concurrency: number, send: (item: T) => Promise<unknown>): Promise<ScheduleResult> {
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) await send(items[next++]!);
    }),
  );
  return { seconds: (performance.now() - started) / 1000, maxInFlight: Math.min(concurrency, items.length), sendLagMs: 0 };
}
