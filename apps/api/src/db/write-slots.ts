import { slots } from "../slots.js";
import type { Db } from "./store.js";

/** `slots(n)` kept apart per store: work on one store never waits for another's. */
export function slotsPerStore(n: number): <T>(db: Db, work: () => Promise<T>) => Promise<T> {
  const lines = new WeakMap<Db, ReturnType<typeof slots>>();
  return (db, work) => {
    let line = lines.get(db);
    if (!line) lines.set(db, (line = slots(n)));
    return line(work);
  };
}
