import { describe, expect, it } from "vitest";
import { slots } from "./slots.js";

describe("slots", () => {
  it("runs at most the given number at once, in arrival order, and frees slots on failure", async () => {
    const inSlot = slots(2);
    const started: number[] = [];
    const release: (() => void)[] = [];
    const settle = () => new Promise((r) => setImmediate(r));
    const outcomes = [0, 1, 2, 3].map((i) =>
      inSlot(async () => {
        started.push(i);
        await new Promise<void>((resolve) => (release[i] = resolve));
        if (i === 0) throw new Error("boom");
      }).then(
        () => "done",
        () => "failed",
      ),
    );
    await settle();
    expect(started).toEqual([0, 1]);
    release[0]!();
    await settle();
    expect(started).toEqual([0, 1, 2]);
    release[2]!();
    await settle();
    expect(started).toEqual([0, 1, 2, 3]);
    release[1]!();
    release[3]!();
    expect(await Promise.all(outcomes)).toEqual(["failed", "done", "done", "done"]);
  });
});
