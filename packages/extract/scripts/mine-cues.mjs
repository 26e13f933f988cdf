#!/usr/bin/env node
/**
 * Mines attribution cue words from PolNeAR **train** (never dev or test): every word form that lies
 * inside a gold Cue span often enough, and is a cue often enough when it occurs at all, becomes an
 * entry of src/lexicons/attitude-cues.json (verbs of saying, thinking, wanting, supporting…).
 * Run by hand when the thresholds change: node packages/extract/scripts/mine-cues.mjs [MIN_COUNT] [MIN_RATE]
 * The output is committed; nothing reads PolNeAR at run time.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const minCount = Number(process.argv[2] ?? 3);
const minRate = Number(process.argv[3] ?? 0.3);
// Second tier (weak-cues.json): rarer or more ambiguous forms, used only right after a known subject.
const weakMinCount = Number(process.argv[4] ?? 3);
const weakMinRate = Number(process.argv[5] ?? 0.12);
const root = fileURLToPath(new URL("../../../../shared/data/polnear/train/", import.meta.url));
const out = fileURLToPath(new URL("../src/lexicons/attitude-cues.json", import.meta.url));
const weakOut = fileURLToPath(new URL("../src/lexicons/weak-cues.json", import.meta.url));
const STOP = new Set(["the", "and", "for", "with", "that", "this", "from", "but", "not", "his", "her", "their", "its", "was", "were", "has", "have", "had", "are", "is", "been", "will", "would", "could", "should", "also", "in", "of", "to", "on", "at", "by", "as", "be", "it", "a", "an", "about", "after", "into", "over", "than", "then", "there", "they", "which", "who", "what", "when", "while", "one", "more", "most", "some", "such", "out", "up", "can", "may", "might", "must", "did", "does", "do", "just", "even", "still", "all", "any"]);

const cue = new Map();
const total = new Map();
const annFiles = readdirSync(`${root}attributions`);
for (const file of readdirSync(`${root}text`).filter((f) => f.endsWith(".txt"))) {
  const name = file.slice(0, -4);
  const ann = annFiles.find((a) => a.startsWith(`${name}_`));
  if (!ann) continue;
  const text = readFileSync(`${root}text/${file}`, "utf8");
  const inCue = new Uint8Array(text.length);
  for (const line of readFileSync(`${root}attributions/${ann}`, "utf8").split("\n")) {
    const m = /^T\d+\tCue ([\d ;]+)\t/.exec(line);
    if (!m) continue;
    for (const part of m[1].split(";")) {
      const [s, e] = part.split(" ").map(Number);
      inCue.fill(1, s, e);
    }
  }
  for (const m of text.matchAll(/\p{L}+/gu)) {
    const w = m[0].toLowerCase();
    if (w.length < 3 || STOP.has(w)) continue;
    total.set(w, (total.get(w) ?? 0) + 1);
    if (inCue[m.index]) cue.set(w, (cue.get(w) ?? 0) + 1);
  }
}
const entries = [...cue]
  .map(([form, n]) => ({ form, cue: n, total: total.get(form), rate: n / total.get(form) }))
  .filter((e) => e.cue >= minCount && e.rate >= minRate)
  .sort((a, b) => b.cue - a.cue || a.form.localeCompare(b.form));
writeFileSync(
  out,
  `${JSON.stringify(
    {
      $comment: `Cue word forms mined from PolNeAR train by scripts/mine-cues.mjs (min ${minCount} cue occurrences, cue rate >= ${minRate}). [form, times inside a gold cue, times in the text].`,
      forms: entries.map((e) => [e.form, e.cue, e.total]),
    },
    null,
    0,
  ).replace(/\],\[/g, "],\n[")}\n`,
);
console.log(`${entries.length} forms → ${out}`);
const strong = new Set(entries.map((e) => e.form));
const weak = [...cue]
  .map(([form, n]) => ({ form, cue: n, total: total.get(form), rate: n / total.get(form) }))
  .filter((e) => !strong.has(e.form) && e.cue >= weakMinCount && e.rate >= weakMinRate && !/ly$/.test(e.form))
  .sort((a, b) => b.cue - a.cue || a.form.localeCompare(b.form));
writeFileSync(
  weakOut,
  `${JSON.stringify(
    {
      $comment: `Weak cue word forms mined from PolNeAR train by scripts/mine-cues.mjs (min ${weakMinCount} cue occurrences, cue rate >= ${weakMinRate}, not in attitude-cues.json). A cue only right after a known subject ("Trump unleashed", "She wants"). [form, times inside a gold cue, times in the text].`,
      forms: weak.map((e) => [e.form, e.cue, e.total]),
    },
    null,
    0,
  ).replace(/\],\[/g, "],\n[")}\n`,
);
console.log(`${weak.length} weak forms → ${weakOut}`);
