/**
 * Reads in flight, so that background writes (a bulk ingest) can step aside for them: on a small
 * machine the server, its extraction and the database share a few cores, and a dashboard user should
 * not wait behind a feed of articles. Writers call `quiet()` between their steps; it resolves at once
 * when no read is in flight, else when the last one ends or after `maxWaitMs`, so writes never starve.
 */
export class ReadTraffic {
  private inFlight = 0;
  private waiters: (() => void)[] = [];

  constructor(private readonly maxWaitMs = 100) {}

  /** Marks a read as started; the returned function marks it ended (calling it again does nothing). */
  begin(): () => void {
    this.inFlight++;
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      if (--this.inFlight === 0) this.release();
    };
  }

  get reading(): number {
    return this.inFlight;
  }

  /** Resolves when no read is in flight, or after the longest wait at most. */
  quiet(): Promise<void> {
    if (this.inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters = this.waiters.filter((w) => w !== done);
        resolve();
      };
      const timer = setTimeout(done, this.maxWaitMs);
      this.waiters.push(done);
    });
  }

  private release(): void {
    for (const waiter of [...this.waiters]) waiter();
  }
}

/** What a writer yields to between its steps; writers without one (scripts, the CLI) never wait. */
export interface YieldsTo {
  quiet(): Promise<void>;
}

export const NEVER_WAITS: YieldsTo = { quiet: () => Promise.resolve() };
