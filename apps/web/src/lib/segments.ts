/** Anything that covers `text.slice(start, end)` (UTF-16 offsets, end exclusive). */
export interface Spanned {
  start: number;
  end: number;
}

/** A run of text covered by exactly the same set of spans from end to end. */
export interface Segment<T extends Spanned> {
  start: number;
  end: number;
  text: string;
  /** The spans covering this run, in the order they were given. */
  spans: T[];
}

/**
 * Splits `text` at every span boundary so overlapping and nested spans can be rendered as flat,
 * non-overlapping runs, each carrying every span that covers it. The runs cover the whole text,
 * in order. Spans out of range are clamped; empty or inverted spans are ignored.
 */
export function segmentText<T extends Spanned>(text: string, spans: readonly T[]): Segment<T>[] {
  const length = text.length;
  const valid: { span: T; start: number; end: number; order: number }[] = [];
  spans.forEach((span, order) => {
    const start = clamp(Math.floor(span.start), 0, length);
    const end = clamp(Math.floor(span.end), 0, length);
    if (Number.isFinite(start) && Number.isFinite(end) && end > start) valid.push({ span, start, end, order });
  });

  const cuts = new Set<number>([0, length]);
  for (const v of valid) {
    cuts.add(v.start);
    cuts.add(v.end);
  }
  const boundaries = [...cuts].sort((a, b) => a - b);

  // Sweep: spans open at their start and close at their end, so each run is checked only
  // against the spans that are open, not against all of them.
  const byStart = [...valid].sort((a, b) => a.start - b.start || a.order - b.order);
  const open: typeof valid = [];
  let next = 0;
  const segments: Segment<T>[] = [];
  for (let i = 0; i + 1 < boundaries.length; i++) {
    const start = boundaries[i]!;
    const end = boundaries[i + 1]!;
    while (next < byStart.length && byStart[next]!.start <= start) open.push(byStart[next++]!);
    for (let j = open.length - 1; j >= 0; j--) if (open[j]!.end <= start) open.splice(j, 1);
    const covering = open.filter((v) => v.start <= start && v.end >= end).sort((a, b) => a.order - b.order);
    segments.push({ start, end, text: text.slice(start, end), spans: covering.map((v) => v.span) });
  }
  return segments;
}

function clamp(n: number, min: number, max: number): number {
  return Math.min(Math.max(n, min), max);
}
