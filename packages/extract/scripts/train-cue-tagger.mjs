#!/usr/bin/env node
/**
 * Trains the cue or the source tagger (src/cue-tagger.ts) on PolNeAR **train** (never dev or test)
 * and writes src/lexicons/cue-tagger.json or source-tagger.json. An averaged perceptron: each word
 * token is a cue (source) word or not, by each annotator's file; its features come from the built extractor (`npm run build` first), so
 * training sees exactly what the tagger sees at run time. Deterministic: same data, same weights.
 * Run by hand when the rules or the features change, then rebuild:
 *   node packages/extract/scripts/train-cue-tagger.mjs Cue|Source [EPOCHS=8] [MIN_ABS_WEIGHT=1 for Cue, 2 for Source]
 * The output is committed; nothing reads PolNeAR at run time.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ruleStage } from "../dist/index.js";
import { featureContext, ruleFlags, sourceFeatures, tokenFeatures } from "../dist/cue-tagger.js";
import { loadPolnearSplit } from "../dist/eval/polnear.js";

const label = process.argv[2] ?? "Cue";
if (label !== "Cue" && label !== "Source") throw new Error("usage: train-cue-tagger.mjs Cue|Source [EPOCHS] [MIN_ABS_WEIGHT]");
const epochs = Number(process.argv[3] ?? 8);
// The source table keeps fewer features: half the file for 0.2 points of dev source F1.
const minAbs = Number(process.argv[4] ?? (label === "Cue" ? 1 : 2));
const polnear = fileURLToPath(new URL("../../../../shared/data/polnear/", import.meta.url));
const out = fileURLToPath(new URL(`../src/lexicons/${label.toLowerCase()}-tagger.json`, import.meta.url));

const overlaps = (ranges, t) => ranges.some((r) => t.start < r.end && r.start < t.end);
const examples = [];
for (const article of loadPolnearSplit(polnear, "train")) {
  const { tagger } = ruleStage(article.text);
  const ctx = featureContext(tagger, ruleFlags(tagger));
  const feats = tagger.tokens.map((_, i) => (label === "Source" ? [...tokenFeatures(ctx, i), ...sourceFeatures(ctx, i)] : tokenFeatures(ctx, i)));
  for (const { spans } of article.annotations) {
    const gold = spans[label].flat();
    tagger.tokens.forEach((t, i) => examples.push([feats[i], overlaps(gold, t) ? 1 : -1]));
  }
}
process.stderr.write(`${examples.length} token examples\n`);

const w = new Map();
const u = new Map();
let c = 1;
const score = (f) => f.reduce((s, k) => s + (w.get(k) ?? 0), 0);
for (let epoch = 0; epoch < epochs; epoch++) {
  let errors = 0;
  for (const [f, y] of examples) {
    if (y * score(f) <= 0) {
      errors++;
      for (const k of f) {
        w.set(k, (w.get(k) ?? 0) + y);
        u.set(k, (u.get(k) ?? 0) + y * c);
      }
    }
    c++;
  }
  process.stderr.write(`epoch ${epoch + 1}: ${errors} errors\n`);
}
const kept = [];
for (const [k, v] of [...w].sort((a, b) => a[0] - b[0])) {
  const avg = v - (u.get(k) ?? 0) / c;
  if (Math.abs(avg) >= minAbs) kept.push([k, Math.round(avg * 100) / 100]);
}
const hashes = kept.map(([k]) => k);
const weights = kept.map(([, v]) => v);
writeFileSync(out, `${JSON.stringify({ trainedOn: "PolNeAR train", label, epochs, minAbsWeight: minAbs, hashes, weights })}\n`);
process.stderr.write(`${kept.length} of ${w.size} features kept → ${out}\n`);
