import { afterAll, describe, expect, it, vi } from "vitest";
import { createPooledExtractor } from "./extraction-pool.js";

// Parsing 20,000 nested <div>s takes jsdom about a minute; the budget stops it well before, while
// leaving a fresh worker (started from source through tsx) time to boot on a busy machine.
const pool = createPooledExtractor({ threads: 1, taskTimeoutMs: 30_000 });
vi.setConfig({ testTimeout: 120_000 });
afterAll(() => pool.close());

describe("the extraction worker pool", () => {
  it("extracts in a worker thread", async () => {
    const x = await pool.extract('"We will win," Senator Jane Doe said on Monday in Washington.', {});
    expect(x.quotes[0]?.text).toBe("We will win,");
  });

  it("stops a pathological page at the time budget with PARSE_LIMIT, then keeps working", async () => {
    const nested = "<div>".repeat(20_000) + "x" + "</div>".repeat(20_000);
    const error = await Promise.resolve(pool.extractFromHtml(`<html><body>${nested}</body></html>`)).then(
      () => null,
      (e: unknown) => e as { extensions?: { code?: string } },
    );
    expect(error?.extensions?.code).toBe("PARSE_LIMIT");
    const x = await pool.extract('"Still here," the spokesman said on Tuesday in London.', {});
    expect(x.quotes).toHaveLength(1);
  });
});
