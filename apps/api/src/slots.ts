import pLimit from "p-limit";

/** Runs work with at most `n` calls in progress; later calls wait in line, first come first served. */
export function slots(n: number): <T>(work: () => Promise<T>) => Promise<T> {
  const limit = pLimit(n);
  return (work) => limit(work);
}
