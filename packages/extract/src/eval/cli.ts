#!/usr/bin/env node
/**
 * `npm run eval [-- --split dev|test|both] [--no-write] [--data DIR]`: PolNeAR, seed and GUM
 * scores (evaluation.md), printed and written to docs/accuracy.md at the repository root.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { EXTRACTOR_NAME, EXTRACTOR_VERSION, extract } from "../index.js";
import { scoreGumCorpus, type GumQuoteGold } from "./gum.js";
import gumQuoteGold from "./gum-quotes-gold.json" with { type: "json" };
import { loadPolnearSplit, scorePolnear, type PolnearScore, type Split } from "./polnear.js";
import { keptSections, renderReport } from "./report.js";
import { scoreSeed, type SeedGold } from "./seed.js";

const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));

function usage(): never {
  process.stderr.write("usage: eval [--split dev|test|both] [--no-write] [--data SHARED_DATA_DIR]\n");
  process.exit(2);
}

function parseArgs(argv: string[]): { splits: Split[]; write: boolean; data: string } {
  let splits: Split[] = ["dev", "test"];
  let write = true;
  let data = process.env.WHOSAID_SHARED_DATA ?? join(repoRoot, "..", "shared", "data");
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--no-write") write = false;
    else if (a === "--split" || a.startsWith("--split=")) {
      const v = a.includes("=") ? a.slice(8) : argv[++i];
      if (v === "dev" || v === "test") splits = [v];
      else if (v === "both") splits = ["dev", "test"];
      else if (v === "train") splits = ["train"];
      else usage();
    } else if (a === "--data" || a.startsWith("--data=")) {
      const v = a.includes("=") ? a.slice(7) : argv[++i];
      if (!v) usage();
      data = v;
    } else if (a === "--help" || a === "-h") usage();
    else usage();
  }
  return { splits, write, data };
}

function main(): void {
  const { splits, write, data } = parseArgs(process.argv.slice(2));
  if (!existsSync(join(data, "polnear"))) {
    process.stderr.write(`eval: no PolNeAR data under ${data} (expected ../shared/data beside the checkout, or --data)\n`);
    process.exit(1);
  }
  const t0 = performance.now();
  const polnear: PolnearScore[] = splits.map((split) => scorePolnear(split, loadPolnearSplit(join(data, "polnear"), split), (t) => extract(t)));

  const seedDir = join(data, "seed");
  const seedText = readFileSync(join(seedDir, "woodward-trump-putin.txt"), "utf8");
  const seedGold = JSON.parse(readFileSync(join(seedDir, "woodward-trump-putin.gold.json"), "utf8")) as SeedGold;
  const seed = scoreSeed(extract(seedText), seedGold);

  const gumQuotes = (gumQuoteGold as unknown as { documents: Record<string, GumQuoteGold> }).documents;
  const { score: gum, changed: gumChanged } = scoreGumCorpus(join(data, "gum", "tsv"), (t) => extract(t), gumQuotes);

  const report = renderReport({
    date: new Date().toISOString().slice(0, 10),
    extractor: { name: EXTRACTOR_NAME, version: EXTRACTOR_VERSION },
    polnear,
    seed,
    gum,
    gumQuotes: { documents: Object.keys(gumQuotes).length - gumChanged.length, changed: gumChanged },
    seconds: (performance.now() - t0) / 1000,
  });
  process.stdout.write(`${report}\n`);
  if (write) {
    const out = join(repoRoot, "docs", "accuracy.md");
    mkdirSync(dirname(out), { recursive: true });
    const kept = existsSync(out) ? keptSections(readFileSync(out, "utf8")) : [];
    writeFileSync(out, `${report}\n${kept.map((k) => `\n${k}\n`).join("")}`);
    process.stderr.write(`eval: wrote ${out}\n`);
  }
}

main();
