#!/usr/bin/env node
/**
 * `npm run bench:extract [-- --rounds N] [--data DIR]`: single-thread speed of `extract` on the
 * PolNeAR dev texts, in interleaved rounds beside a bare tokenisation pass of the same texts. The
 * extractor's NLP layer is its own regex tokenizer (`src/tokens.ts`), so that is the bare pass. For reference, the
 * same rounds also time compromise's bare tokenisation (a devDependency: the issue names it; extract does not call it).
 * Prints a table and, last, one JSON line. Run with `node --expose-gc` for clean memory figures.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { EXTRACTOR_VERSION, extract } from "../index.js";
import { tokenize } from "../tokens.js";

const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));

const USAGE = `usage: npm run bench:extract [-- --rounds N] [--data DIR]

Single-thread speed of the extractor on the PolNeAR dev texts, in N interleaved rounds (default 7)
beside a bare tokenization pass of the same texts. Prints a table and, last, one JSON line.
  --rounds N   rounds of each pass (the median round is reported)
  --data DIR   the shared data directory (default: ../shared/data beside the checkout, or
               $WHOSAID_SHARED_DATA)
`;

function args(argv: string[]): { rounds: number; data: string } {
  let rounds = 7;
  let data = process.env.WHOSAID_SHARED_DATA ?? join(repoRoot, "..", "shared", "data");
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--help" || a === "-h") {
      process.stdout.write(USAGE);
      process.exit(0);
    } else if (a === "--rounds") rounds = Math.max(1, Number(argv[++i]) || rounds);
    else if (a === "--data") data = argv[++i] ?? data;
    else {
      process.stderr.write(`bench:extract: unknown option ${a}\n${USAGE}`);
      process.exit(2);
    }
  }
  return { rounds, data };
}

const gc = (globalThis as { gc?: () => void }).gc;
let sink = 0;

function timeIt(fn: () => void): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** compromise's `tokenize` (no tagging), when the devDependency is installed. */
async function libraryTokenizer(): Promise<{ name: string; tokenize: (text: string) => number } | null> {
  try {
    const nlp = ((await import("compromise")) as { default: { tokenize(text: string): { document: unknown[] }; version: string } }).default;
    return { name: `compromise ${nlp.version}`, tokenize: (text) => nlp.tokenize(text).document.length };
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const { rounds, data } = args(process.argv.slice(2));
  const dir = join(data, "polnear", "dev", "text");
  if (!existsSync(dir)) {
    process.stderr.write(`bench: no PolNeAR dev texts under ${dir}\n`);
    process.exit(1);
  }
  const texts = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(join(dir, f), "utf8"));
  const words = texts.reduce((n, t) => n + (t.match(/\S+/g)?.length ?? 0), 0);

  const bare = () => {
    for (const t of texts) sink += tokenize(t).length;
  };
  const library = await libraryTokenizer();
  const reference = () => {
    for (const t of texts) sink += library!.tokenize(t);
  };
  const full = () => {
    for (const t of texts) sink += extract(t).claims.length;
  };
  // Warm-up (JIT), then interleaved measured rounds.
  bare();
  full();
  if (library) reference();
  const bareTimes: number[] = [];
  const fullTimes: number[] = [];
  const referenceTimes: number[] = [];
  for (let r = 0; r < rounds; r++) {
    gc?.();
    bareTimes.push(timeIt(bare));
    gc?.();
    fullTimes.push(timeIt(full));
    if (!library) continue;
    gc?.();
    referenceTimes.push(timeIt(reference));
  }
  // Memory: heap sampled after each article of one more extract round.
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let peakHeap = heapBefore;
  for (const t of texts) {
    sink += extract(t).persons.length;
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }
  const peakRss = process.resourceUsage().maxRSS * 1024;

  const bareS = median(bareTimes);
  const fullS = median(fullTimes);
  const referenceS = library ? median(referenceTimes) : null;
  const result = {
    extractor: EXTRACTOR_VERSION,
    corpus: "polnear/dev",
    articles: texts.length,
    words,
    rounds,
    extract: { articlesPerSec: texts.length / fullS, wordsPerSec: words / fullS, secondsPerRound: fullS },
    bareTokenize: { articlesPerSec: texts.length / bareS, wordsPerSec: words / bareS, secondsPerRound: bareS },
    ratio: bareS / fullS,
    /** For reference only: compromise's bare tokenisation, which extract does not use. */
    libraryTokenize: library && referenceS !== null ? { library: library.name, articlesPerSec: texts.length / referenceS, wordsPerSec: words / referenceS, secondsPerRound: referenceS } : null,
    ratioVsLibraryTokenize: referenceS !== null ? referenceS / fullS : null,
    peakRssMB: peakRss / 2 ** 20,
    peakHeapMB: peakHeap / 2 ** 20,
    gcExposed: gc !== undefined,
    node: process.version,
  };
  const f = (x: number, d = 0) => x.toLocaleString("en-US", { maximumFractionDigits: d, minimumFractionDigits: d });
  const rows = [
    ["pass", "articles/s", "words/s", "s/round (median)"],
    ["extract (full pipeline)", f(result.extract.articlesPerSec, 1), f(result.extract.wordsPerSec), f(fullS, 4)],
    ["bare tokenize (src/tokens.ts)", f(result.bareTokenize.articlesPerSec, 1), f(result.bareTokenize.wordsPerSec), f(bareS, 4)],
    ...(result.libraryTokenize && referenceS !== null
      ? [[`${result.libraryTokenize.library} tokenize (reference)`, f(result.libraryTokenize.articlesPerSec, 1), f(result.libraryTokenize.wordsPerSec), f(referenceS, 4)]]
      : []),
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: string[]) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join("  ");
  process.stdout.write(
    [
      `whosaid extract ${EXTRACTOR_VERSION} on PolNeAR dev: ${texts.length} articles, ${f(words)} words (${f(words / texts.length)} per article), ${rounds} interleaved rounds, single thread, ${process.version}`,
      "The bare pass is the extractor's own tokenizer (src/tokens.ts): extract uses no external NLP library.",
      "",
      line(rows[0]!),
      ...rows.slice(1).map(line),
      "",
      `ratio extract / bare tokenize: ${(result.ratio * 100).toFixed(1)} % (issue target ≥ 25 %; ≥ 100 articles/s)`,
      ...(result.ratioVsLibraryTokenize !== null
        ? [`for reference, extract / ${result.libraryTokenize!.library} bare tokenize: ${(result.ratioVsLibraryTokenize * 100).toFixed(1)} % (extract does not call it)`]
        : []),
      `peak memory: RSS ${f(result.peakRssMB, 1)} MB, heap ${f(result.peakHeapMB, 1)} MB${gc ? "" : " (run with --expose-gc for clean figures)"}`,
      "",
      JSON.stringify(result),
      "",
    ].join("\n"),
  );
  if (sink === -1) process.stdout.write("");
}

await main();
