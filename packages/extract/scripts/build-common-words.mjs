#!/usr/bin/env node
/**
 * Writes src/lexicons/common-words.json: ordinary English words, mined from PolNeAR **train** text
 * (never dev or test). A word is common when, away from the start of a sentence, it is written in
 * lower case at least MIN_LOWER times and in at least MIN_RATE of its occurrences ("like", "recent",
 * "estimates", "education"). Names are not ("Trump", "Clinton"), nor words mostly capitalised
 * ("Republican"). The name rules use the list to keep "Like", "Serving Under" or "Everything" out
 * of person names. Run by hand: node packages/extract/scripts/build-common-words.mjs [MIN_LOWER] [MIN_RATE]
 * The output is committed; nothing reads PolNeAR at run time.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const minLower = Number(process.argv[2] ?? 3);
const minRate = Number(process.argv[3] ?? 0.75);
const root = fileURLToPath(new URL("../../../../shared/data/polnear/train/text/", import.meta.url));
const out = fileURLToPath(new URL("../src/lexicons/common-words.json", import.meta.url));

const lowerCount = new Map();
const capCount = new Map();
const WORD = /[\p{L}][\p{L}'’-]*/gu;
for (const file of readdirSync(root).filter((f) => f.endsWith(".txt"))) {
  const text = readFileSync(root + file, "utf8");
  for (const m of text.matchAll(WORD)) {
    const word = m[0].replace(/[’']s$/, "");
    const before = text.slice(Math.max(0, m.index - 3), m.index);
    // Sentence starts, line starts and words after an opening quote tell nothing about case.
    if (m.index === 0 || /[.!?:"“‘\n]\s*$/.test(before) || /^\s*$/.test(before)) continue;
    const key = word.toLowerCase();
    if (/^\p{Ll}/u.test(word)) lowerCount.set(key, (lowerCount.get(key) ?? 0) + 1);
    else if (/^\p{Lu}/u.test(word)) capCount.set(key, (capCount.get(key) ?? 0) + 1);
  }
}
const words = [...lowerCount]
  .filter(([w, n]) => n >= minLower && n / (n + (capCount.get(w) ?? 0)) >= minRate && w.length > 1)
  .map(([w]) => w)
  .sort();
writeFileSync(out, JSON.stringify({ $comment: `Lower-case words of PolNeAR train (>= ${minLower} times, >= ${minRate * 100} % lower case away from sentence starts); scripts/build-common-words.mjs.`, words }) + "\n");
process.stderr.write(`common-words: ${words.length} words\n`);
