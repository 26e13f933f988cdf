/** Latency samples in milliseconds (sub-millisecond resolution) and their percentiles. */
export class Latencies {
  private readonly samples: number[] = [];

  static of(samples: Iterable<number>): Latencies {
    const latencies = new Latencies();
    for (const ms of samples) latencies.add(ms);
    return latencies;
  }

  add(ms: number): void {
    this.samples.push(ms);
  }

  clear(): void {
    this.samples.length = 0;
  }

  get count(): number {
    return this.samples.length;
  }

  /** The p-th percentile (0–100) by nearest rank; NaN when empty. */
  percentile(p: number): number {
    if (this.samples.length === 0) return Number.NaN;
    const sorted = [...this.samples].sort((a, b) => a - b);
    const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
    return sorted[rank]!;
  }

  summary(): { n: number; p50: number; p90: number; p99: number } {
    const round = (n: number) => Math.round(n * 100) / 100;
    return { n: this.count, p50: round(this.percentile(50)), p90: round(this.percentile(90)), p99: round(this.percentile(99)) };
  }
}
