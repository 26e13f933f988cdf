import { SingleBar } from "cli-progress";

export interface Tally {
  created: number;
  known: number;
  failed: number;
}

/**
 * Progress for long runs: a bar with rate and ETA on a terminal, a plain line every few seconds
 * otherwise (logs, CI). Everything goes to stderr, so stdout stays for results.
 */
export interface Progress {
  tick(tally: Tally): void;
  stop(): void;
}

export function createProgress(total: number, label: string): Progress {
  if (process.stderr.isTTY) {
    const bar = new SingleBar({
      format: `${label} {bar} {value}/{total} | {rate}/s | ETA {eta_formatted} | new {created} · known {known} · failed {failed}`,
      stream: process.stderr,
      hideCursor: true,
      etaBuffer: 20,
    });
    const started = Date.now();
    bar.start(total, 0, { rate: "0.0", created: 0, known: 0, failed: 0 });
    return {
      tick(t) {
        const done = t.created + t.known + t.failed;
        bar.update(done, { ...t, rate: (done / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1) });
      },
      stop: () => bar.stop(),
    };
  }
  const started = Date.now();
  let lastPrint = 0;
  const print = (t: Tally) => {
    const done = t.created + t.known + t.failed;
    const seconds = (Date.now() - started) / 1000;
    const rate = done / Math.max(0.001, seconds);
    const eta = rate > 0 ? Math.round((total - done) / rate) : 0;
    process.stderr.write(
      `${label} ${done}/${total} (${Math.round((100 * done) / Math.max(1, total))}%) ${rate.toFixed(1)}/s ETA ${eta}s | new ${t.created} · known ${t.known} · failed ${t.failed}\n`,
    );
  };
  let last: Tally = { created: 0, known: 0, failed: 0 };
  return {
    tick(t) {
      last = { ...t };
      if (Date.now() - lastPrint >= 2000 || t.created + t.known + t.failed === total) {
        lastPrint = Date.now();
        print(t);
      }
    },
    stop() {
      if (Date.now() - lastPrint > 0 && last.created + last.known + last.failed !== total) print(last);
    },
  };
}
