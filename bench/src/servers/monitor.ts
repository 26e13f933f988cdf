/**
 * The side channel of a benchmarked server process (bench only, never in apps/api): event-loop
 * delay, CPU time, peak memory and SQL statements per request, reported to the parent over IPC.
 */
import { monitorEventLoopDelay } from "node:perf_hooks";

export interface ServerStats {
  wallMs: number;
  cpuUserMs: number;
  cpuSystemMs: number;
  /** Peak resident set size during the window, MB (sampled every 50 ms). */
  peakRssMb: number;
  eventLoopDelayMs: { p50: number; p99: number; max: number };
  /** Per workload operation: requests seen and SQL statements they ran. */
  statements: Record<string, { requests: number; statements: number }>;
}

export type ParentMessage = { type: "reset" } | { type: "stats" } | { type: "responses"; bodies: Record<string, string> } | { type: "stop" };
export type ChildMessage = { type: "ready"; port: number } | { type: "stats"; stats: ServerStats } | { type: "error"; message: string };

export class Monitor {
  private readonly loop = monitorEventLoopDelay({ resolution: 1 });
  private cpu = process.cpuUsage();
  private start = performance.now();
  private peakRss = 0;
  private statements: ServerStats["statements"] = {};
  private readonly sampler: NodeJS.Timeout;

  constructor() {
    this.loop.enable();
    this.sampler = setInterval(() => {
      this.peakRss = Math.max(this.peakRss, process.memoryUsage.rss());
    }, 50);
    this.sampler.unref();
    this.reset();
  }

  reset(): void {
    this.loop.reset();
    this.cpu = process.cpuUsage();
    this.start = performance.now();
    this.peakRss = process.memoryUsage.rss();
    this.statements = {};
  }

  record(op: string, statements: number): void {
    const s = (this.statements[op] ??= { requests: 0, statements: 0 });
    s.requests++;
    s.statements += statements;
  }

  snapshot(): ServerStats {
    const cpu = process.cpuUsage(this.cpu);
    const ns = (v: number) => Math.round((v / 1e6) * 1000) / 1000;
    return {
      wallMs: performance.now() - this.start,
      cpuUserMs: cpu.user / 1000,
      cpuSystemMs: cpu.system / 1000,
      peakRssMb: Math.round(Math.max(this.peakRss, process.memoryUsage.rss()) / 1048576),
      eventLoopDelayMs: { p50: ns(this.loop.percentile(50)), p99: ns(this.loop.percentile(99)), max: ns(this.loop.max) },
      statements: this.statements,
    };
  }

  /** Answers the parent's requests over IPC. */
  listen(onStop: () => Promise<void>, onResponses?: (bodies: Record<string, string>) => void): void {
    // Whichever comes first (the parent's "stop", its SIGTERM, its going away) stops the server once.
    let stopping: Promise<void> | undefined;
    const stop = () => void (stopping ??= onStop().finally(() => process.exit(0)));
    process.on("message", (m: ParentMessage) => {
      if (m.type === "reset") this.reset();
      else if (m.type === "stats") send({ type: "stats", stats: this.snapshot() });
      else if (m.type === "responses") onResponses?.(m.bodies);
      else if (m.type === "stop") stop();
    });
    process.on("disconnect", stop);
    // Exiting through process.exit also lets `node --cpu-prof` write the profile.
    process.on("SIGTERM", stop);
  }
}

export function send(m: ChildMessage): void {
  process.send?.(m);
}
