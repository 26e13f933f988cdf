import { describe, expect, it } from "vitest";
import type { Db } from "./store.js";
import { slotsPerStore } from "./write-slots.js";

const db = {} as Db;

describe("slotsPerStore", () => {
  it("keeps stores apart", async () => {
    const inSlot = slotsPerStore(1);
    let release!: () => void;
    const held = inSlot(db, () => new Promise<void>((r) => (release = r)));
    await expect(inSlot({} as Db, async () => "other store")).resolves.toBe("other store");
    release();
    await held;
  });
});
