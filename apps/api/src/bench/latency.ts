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
    return sortedPercentile([...this.samples].sort((a, b) => a - b), p);
  }

  summary(): { n: number; p50: number; p90: number; p99: number } {
    const round = (n: number) => Math.round(n * 100) / 100;
    return { n: this.count, p50: round(this.percentile(50)), p90: round(this.percentile(90)), p99: round(this.percentile(99)) };
  }
}

/** Nearest-rank percentile of samples already sorted ascending. */
function sortedPercentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/**
 * A small seeded generator (mulberry32): the same samples give the same interval on every run. The
 * bench package's data generator has the same one (bench/src/data/rng.ts); it depends on this package,
 * not the other way, and its tests run without this package built.
 */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * How sure a ratio of two percentiles is (`during` p / `idle` p): a 95 % bootstrap interval, both sample
 * sets resampled with replacement. A p99 of a thousand reads is its ten worst, so two runs of the same code
 * differ by a lot; the interval says how much a single run's ratio can be trusted.
 */
export function percentileRatioInterval(
  idle: readonly number[],
  during: readonly number[],
  p: number,
  { resamples = 1000, seed = 1 }: { resamples?: number; seed?: number } = {},
): { low: number; high: number } {
  if (idle.length === 0 || during.length === 0) return { low: Number.NaN, high: Number.NaN };
  const random = seededRandom(seed);
  const resample = (xs: readonly number[]) => Array.from(xs, () => xs[Math.floor(random() * xs.length)]!).sort((a, b) => a - b);
  const ratios = Array.from({ length: resamples }, () => sortedPercentile(resample(during), p) / sortedPercentile(resample(idle), p)).sort((a, b) => a - b);
  return { low: sortedPercentile(ratios, 2.5), high: sortedPercentile(ratios, 97.5) };
}
