import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runPipeline } from "../index.js";
import { loadPolnearSplit, scorePolnear } from "./polnear.js";

const shared = fileURLToPath(new URL("../../../../../shared/data/", import.meta.url));

// `extract` turns an internal failure into an empty extraction, which hides it; real articles must never fail
// (pages.test.ts runs the annotated saved pages through runPipeline for the same reason).
describe("the pipeline on real articles", () => {
  it("runs without an internal failure on every PolNeAR dev article", () => {
    for (const a of loadPolnearSplit(`${shared}polnear`, "dev")) {
      expect(() => runPipeline(a.text), a.name).not.toThrow();
    }
  });
});

describe("quote speakers on PolNeAR dev", () => {
  it("keeps the share of quotes whose speaker is the gold attribution's source at the figure docs/accuracy.md reports", () => {
    const { quoteSpeakers } = scorePolnear("dev", loadPolnearSplit(`${shared}polnear`, "dev"), (t) => runPipeline(t));
    expect(quoteSpeakers.total).toBeGreaterThan(800);
    // 0.16.0: 852 of 918 (92.8 %); 0.17.0: 854 of 920 (92.8 %); a regression fails here.
    expect(quoteSpeakers.correct / quoteSpeakers.total).toBeGreaterThanOrEqual(0.92);
  });
});
