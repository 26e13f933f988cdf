import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ReadTraffic } from "./read-traffic.js";

describe("ReadTraffic", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const settledAfter = async (promise: Promise<void>, ms: number) => {
    let settled = false;
    void promise.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(ms);
    return settled;
  };

  it("lets a writer through at once when nothing is being read", async () => {
    const traffic = new ReadTraffic(100);
    expect(await settledAfter(traffic.quiet(), 0)).toBe(true);
  });

  it("holds a writer until the last read in flight ends", async () => {
    const traffic = new ReadTraffic(100);
    const endFirst = traffic.begin();
    const endSecond = traffic.begin();
    const quiet = traffic.quiet();
    expect(await settledAfter(quiet, 10)).toBe(false);
    endFirst();
    endFirst(); // a second call must not end the other read
    expect(traffic.reading).toBe(1);
    expect(await settledAfter(quiet, 10)).toBe(false);
    endSecond();
    expect(await settledAfter(quiet, 0)).toBe(true);
    expect(traffic.reading).toBe(0);
  });

  it("never holds a writer longer than the longest wait, however busy the reads", async () => {
    const traffic = new ReadTraffic(100);
    traffic.begin();
    const quiet = traffic.quiet();
    expect(await settledAfter(quiet, 99)).toBe(false);
    expect(await settledAfter(quiet, 1)).toBe(true);
  });
});
