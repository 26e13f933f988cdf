#!/usr/bin/env node
/**
 * Mines multi-word attribution cues from PolNeAR **train** (never dev or test): whole gold Cue spans
 * of 2–5 words ("made it clear", "weighed in on", "distanced himself from", "shot back") that are a
 * gold cue at least MIN_COUNT times and in at least MIN_RATE of their occurrences in the train texts.
 * Leading auxiliaries and adverbs are stripped first (the cue finder adds those itself), and phrases
 * the single-word lists already cover, or that run on into a date ("said Tuesday"), are left out.
 * Output: src/lexicons/cue-phrases.json (committed; nothing reads PolNeAR at run time).
 * Run by hand: node packages/extract/scripts/mine-cue-phrases.mjs [MIN_COUNT] [MIN_RATE]
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const minCount = Number(process.argv[2] ?? 2);
const minRate = Number(process.argv[3] ?? 0.2);
const root = fileURLToPath(new URL("../../../../shared/data/polnear/train/", import.meta.url));
const lex = fileURLToPath(new URL("../src/lexicons/", import.meta.url));
const reporting = JSON.parse(readFileSync(`${lex}reporting-verbs.json`, "utf8"));
const single = new Set([
  ...reporting.verbs.flatMap((v) => v.forms),
  ...JSON.parse(readFileSync(`${lex}attitude-cues.json`, "utf8")).forms.map(([f]) => f),
]);
const prefix = new Set([...reporting.auxiliaries, ...reporting.verbGroupWords].flatMap((w) => w.split(/\s+/)));
const DATE = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|morning|night|week|month|year)\b/;
const norm = (s) => s.toLowerCase().replace(/’/g, "'").replace(/\s+/g, " ").trim();

const texts = [];
const gold = new Map();
const annFiles = readdirSync(`${root}attributions`);
for (const file of readdirSync(`${root}text`).filter((f) => f.endsWith(".txt")).sort()) {
  const name = file.slice(0, -4);
  const ann = annFiles.find((a) => a.startsWith(`${name}_`));
  if (!ann) continue;
  const text = readFileSync(`${root}text/${file}`, "utf8");
  texts.push(text);
  for (const line of readFileSync(`${root}attributions/${ann}`, "utf8").split("\n")) {
    const m = /^T\d+\tCue (\d+) (\d+)\t/.exec(line);
    if (!m) continue;
    let words = norm(text.slice(Number(m[1]), Number(m[2]))).split(" ");
    while (words.length > 1 && (prefix.has(words[0]) || /^[a-z-]{3,}ly$/.test(words[0]))) words = words.slice(1);
    const phrase = words.join(" ");
    if (words.length < 2 || words.length > 5 || /[^a-z' -]/.test(phrase) || DATE.test(phrase) || words.includes("'s")) continue;
    if (words.every((w) => single.has(w) || prefix.has(w)) || phrase === "according to" || /^(?:to|it|it's|i|we|he|she|they|you)$/.test(words[0])) continue;
    gold.set(phrase, (gold.get(phrase) ?? 0) + 1);
  }
}
const candidates = [...gold].filter(([, n]) => n >= minCount).map(([p]) => p);
const total = new Map();
for (const p of candidates) {
  const re = new RegExp(`(?<![\\p{L}'’])${p.replace(/ /g, "\\s+").replace(/'/g, "['’]")}(?![\\p{L}'’])`, "giu");
  total.set(p, texts.reduce((n, t) => n + (t.match(re)?.length ?? 0), 0));
}
const kept = candidates
  .filter((p) => total.get(p) > 0 && gold.get(p) / total.get(p) >= minRate)
  .sort((a, b) => gold.get(b) - gold.get(a) || a.localeCompare(b));
writeFileSync(
  `${lex}cue-phrases.json`,
  `${JSON.stringify(
    {
      $comment: `Multi-word cue phrases mined from PolNeAR train by scripts/mine-cue-phrases.mjs (min ${minCount} gold cues, cue rate >= ${minRate}, leading auxiliaries stripped, phrases of already-listed words left out). [phrase, times a whole gold cue, times in the text].`,
      phrases: kept.map((p) => [p, gold.get(p), total.get(p)]),
    },
    null,
    0,
  ).replace(/\],\[/g, "],\n[")}\n`,
);
console.log(`${kept.length} phrases → ${lex}cue-phrases.json`);
