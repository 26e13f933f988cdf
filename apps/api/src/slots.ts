/** Runs work with at most `n` calls in progress; later calls wait in line, first come first served. */
export function slots(n: number): <T>(work: () => Promise<T>) => Promise<T> {
  let busy = 0;
  const waiting: (() => void)[] = [];
  return async (work) => {
    if (busy >= n) await new Promise<void>((resolve) => waiting.push(resolve));
    else busy++;
    try {
      return await work();
    } finally {
      // The slot passes straight to the next in line, so busy only drops when nobody waits.
      const next = waiting.shift();
      if (next) next();
      else busy--;
    }
  };
}
