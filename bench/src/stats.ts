/** Latency samples (milliseconds, sub-millisecond resolution) and their percentiles. */

/** The p-th percentile (0–100) of ascending `sorted`, by nearest rank; NaN when empty. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export interface Summary {
  n: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

export class Samples {
  private buf = new Float64Array(1024);
  private size = 0;

  add(ms: number): void {
    if (this.size === this.buf.length) {
      const next = new Float64Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    this.buf[this.size++] = ms;
  }

  merge(other: Samples): void {
    for (let i = 0; i < other.size; i++) this.add(other.buf[i]!);
  }

  get count(): number {
    return this.size;
  }

  summary(): Summary {
    const sorted = this.buf.slice(0, this.size).sort();
    const r = (n: number) => Math.round(n * 1000) / 1000;
    return { n: this.size, p50: r(percentile(sorted, 50)), p90: r(percentile(sorted, 90)), p99: r(percentile(sorted, 99)), max: r(percentile(sorted, 100)) };
  }
}
