import os from "node:os";
import { monitorEventLoopDelay } from "node:perf_hooks";

export interface PhaseLoad {
  seconds: number;
  /** This process's CPU (server, extraction workers and the load generator) as % of one core. */
  process_cpu_pct: number;
  /** The whole machine's busy CPU (PostgreSQL and everyone else included) as % of all cores. */
  machine_cpu_pct: number;
  /** 1-minute load average at the phase's start and end, and the highest seen in between. */
  load_avg: { start: number; end: number; max: number };
  event_loop_p99_ms: number;
  event_loop_max_ms: number;
}

function machineTimes(): { busy: number; total: number } {
  let busy = 0;
  let total = 0;
  for (const { times } of os.cpus()) {
    const all = times.user + times.nice + times.sys + times.irq + times.idle;
    total += all;
    busy += all - times.idle;
  }
  return { busy, total };
}

/** Measures CPU, load average and event-loop delay over one phase of a benchmark. */
export class LoadMeter {
  private readonly started = performance.now();
  private readonly cpu = process.cpuUsage();
  private readonly machine = machineTimes();
  private readonly loadStart = os.loadavg()[0]!;
  private loadMax = this.loadStart;
  private readonly loop = monitorEventLoopDelay({ resolution: 1 });
  private readonly sampler = setInterval(() => (this.loadMax = Math.max(this.loadMax, os.loadavg()[0]!)), 1000);

  constructor() {
    this.loop.enable();
  }

  stop(): PhaseLoad {
    clearInterval(this.sampler);
    this.loop.disable();
    const seconds = (performance.now() - this.started) / 1000;
    const cpu = process.cpuUsage(this.cpu);
    const machine = machineTimes();
    const loadEnd = os.loadavg()[0]!;
    const round1 = (n: number) => Math.round(n * 10) / 10;
    return {
      seconds: round1(seconds),
      process_cpu_pct: Math.round(((cpu.user + cpu.system) / 1000 / (seconds * 1000)) * 100),
      machine_cpu_pct: Math.round(((machine.busy - this.machine.busy) / (machine.total - this.machine.total)) * 100),
      load_avg: { start: round1(this.loadStart), end: round1(loadEnd), max: round1(Math.max(this.loadMax, loadEnd)) },
      event_loop_p99_ms: round1(this.loop.percentile(99) / 1e6),
      event_loop_max_ms: round1(this.loop.max / 1e6),
    };
  }
}
