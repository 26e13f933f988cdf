import pg from "pg";

/** One kind of statement inside the profiled transactions: how often it ran and how long it took. */
export interface StatementTime {
  statement: string;
  /** Runs per transaction. */
  perTx: number;
  /** Mean milliseconds per transaction (client round trip: send → rows parsed). */
  msPerTx: number;
  /** Longest single run, ms. */
  maxMs: number;
  /** Mean ms per transaction this process spent before sending it (since the previous statement's answer). */
  beforeMs: number;
}

export interface TransactionProfile {
  transactions: number;
  /** Mean milliseconds from `begin` sent to `commit` answered. */
  meanMs: number;
  p50Ms: number;
  p99Ms: number;
  /** Mean statements per transaction, `begin` and `commit` included. */
  statements: number;
  /** Mean ms per transaction between one statement's answer and the next one's send: work in this process. */
  betweenMs: number;
  byStatement: StatementTime[];
}

interface OpenTx {
  started: number;
  lastAnswer: number;
  between: number;
  runs: { label: string; ms: number; before: number }[];
}

/**
 * Times every statement node-postgres sends, per connection, and keeps the transactions that contain
 * a statement matching `keep` (e.g. the article insert of an ingest). Install before the pool opens
 * connections; `report()` sums what it saw since `reset()`, `uninstall()` restores the client.
 */
export function profileTransactions(keep: RegExp): { report(): TransactionProfile; reset(): void; uninstall(): void } {
  const original = pg.Client.prototype.query;
  const open = new WeakMap<object, OpenTx>();
  const done: OpenTx[] = [];
  (pg.Client.prototype as any).query = function (this: pg.Client, ...args: any[]) {
    const result = (original as any).apply(this, args);
    const text: string = typeof args[0] === "string" ? args[0] : (args[0]?.text ?? "");
    if (typeof args[args.length - 1] === "function" || !(result instanceof Promise)) return result;
    const label = labelOf(text);
    const sent = performance.now();
    if (label === "begin") open.set(this, { started: sent, lastAnswer: sent, between: 0, runs: [] });
    const tx = open.get(this);
    const before = tx && label !== "begin" ? sent - tx.lastAnswer : 0;
    if (tx) tx.between += before;
    const finish = () => {
      const now = performance.now();
      if (!tx) return;
      tx.runs.push({ label, ms: now - sent, before });
      tx.lastAnswer = now;
      if (label === "commit" || label === "rollback") {
        open.delete(this);
        if (tx.runs.some((r) => keep.test(r.label))) done.push({ ...tx, started: tx.started, lastAnswer: now });
      }
    };
    return result.then(
      (value: unknown) => (finish(), value),
      (error: unknown) => {
        finish();
        throw error;
      },
    );
  };
  return {
    uninstall: () => void (pg.Client.prototype.query = original),
    report: () => summarise(done),
    reset: () => void (done.length = 0),
  };
}

/** A statement's kind: its SQL with parameters, literals and whitespace folded, cut to 90 characters. */
export function labelOf(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .replace(/\$\d+/g, "$")
    .replace(/\(\$(, \$)*\)(, \(\$(, \$)*\))*/g, "(…)")
    .replace(/\b\d+\b/g, "N")
    .trim()
    .toLowerCase()
    .slice(0, 90);
}

function summarise(txs: OpenTx[]): TransactionProfile {
  const n = txs.length;
  const durations = txs.map((t) => t.lastAnswer - t.started).sort((a, b) => a - b);
  const at = (p: number) => (n ? durations[Math.min(n - 1, Math.ceil((p / 100) * n) - 1)]! : Number.NaN);
  const by = new Map<string, { count: number; ms: number; max: number; before: number }>();
  for (const t of txs)
    for (const r of t.runs) {
      const s = by.get(r.label) ?? by.set(r.label, { count: 0, ms: 0, max: 0, before: 0 }).get(r.label)!;
      s.count++;
      s.ms += r.ms;
      s.before += r.before;
      s.max = Math.max(s.max, r.ms);
    }
  const r2 = (x: number) => Math.round(x * 100) / 100;
  return {
    transactions: n,
    meanMs: r2(durations.reduce((a, b) => a + b, 0) / (n || 1)),
    p50Ms: r2(at(50)),
    p99Ms: r2(at(99)),
    statements: r2(txs.reduce((a, t) => a + t.runs.length, 0) / (n || 1)),
    betweenMs: r2(txs.reduce((a, t) => a + t.between, 0) / (n || 1)),
    byStatement: [...by.entries()]
      .map(([statement, s]) => ({ statement, perTx: r2(s.count / (n || 1)), msPerTx: r2(s.ms / (n || 1)), maxMs: r2(s.max), beforeMs: r2(s.before / (n || 1)) }))
      .sort((a, b) => b.msPerTx - a.msPerTx),
  };
}
