/**
 * Learned second opinions stacked on the rules. Two averaged perceptrons score every word token:
 * is it part of an attribution cue, and is it part of a source? Their features are the words
 * around the token and their GloVe word clusters (`lexicons/word-clusters.json`), verb forms, the
 * punctuation between words, and what the rule frames already say about the token (in a cue, a
 * source, a content, a quotation; after a known speaker; how far the nearest rule cue is, for
 * sources). The weights are `lexicons/cue-tagger.json` and
 * `lexicons/source-tagger.json`, trained on PolNeAR **train** by `scripts/train-cue-tagger.mjs`;
 * nothing is learned at run time.
 *
 * The scores are used by `refineFrames` (refine-frames.ts): cues grow over the words PolNeAR puts
 * in a cue ("said **in**", "**went on to** discuss"), confident cue words that no rule framed get
 * a frame of their own, and sources are fitted to the source words around them.
 */
import cueWeights from "./lexicons/cue-tagger.json" with { type: "json" };
import sourceWeights from "./lexicons/source-tagger.json" with { type: "json" };
import wordClusters from "./lexicons/word-clusters.json" with { type: "json" };
import type { Attribution } from "./attributions.js";
import { VERB_CLASS } from "./lexicon.js";
import type { MarkPair } from "./quote-marks.js";
import type { SourceIndex } from "./sources.js";
import { tokenIndexAt, type Token } from "./tokens.js";
import { WeightTable, type WeightLookup } from "./weight-table.js";

export interface TaggerInput {
  text: string;
  tokens: readonly Token[];
  frames: readonly Attribution[];
  quotes: readonly MarkPair[];
  sources: SourceIndex;
}

/** Per-token flags from the rule frames: bit 1 cue, 2 source, 4 content, 8 inside a quotation. */
export const IN_CUE = 1;
export const IN_SOURCE = 2;
export const IN_CONTENT = 4;
export const IN_QUOTE = 8;
/** A known speaker (person, organisation, source noun phrase) ends right before the token. */
export const AFTER_SPEAKER = 16;
/** The token ends a known speaker. */
export const ENDS_SPEAKER = 32;

/** A weight file: feature hashes and their weights, in the same order. */
interface WeightFile {
  hashes: number[];
  weights: number[];
}
const table = (json: unknown): WeightTable => {
  const { hashes, weights } = json as WeightFile;
  return new WeightTable(hashes, weights);
};
const CUE_WEIGHTS = table(cueWeights);
const SOURCE_WEIGHTS = table(sourceWeights);

/** Word → its cluster (0…1023) in the GloVe cluster tree of `scripts/build-word-clusters.mjs`. */
const CLUSTER_OF: ReadonlyMap<string, number> = new Map(wordClusters.clusters.flatMap((members, id) => members.split(" ").map((w) => [w, id] as const)));
/** The cluster of a word GloVe's 50,000 most frequent words do not hold, and of the edge of the text; their parents are themselves. */
const NO_CLUSTER = 1024;
const EDGE_CLUSTER = 1025;
/** A cluster's parent (one of 128) and grandparent (one of 16), offset so they never equal a cluster number. */
const PARENT = Uint16Array.from([...wordClusters.parent.map((p) => 2048 + p), NO_CLUSTER, EDGE_CLUSTER]);
const GRANDPARENT = Uint16Array.from([...wordClusters.grandparent.map((p) => 4096 + p), NO_CLUSTER, EDGE_CLUSTER]);

/** The cluster of a lower-case word (NO_CLUSTER for one outside the list). */
export const wordCluster = (lower: string): number => CLUSTER_OF.get(lower) ?? NO_CLUSTER;

const flagsOf = new WeakMap<TaggerInput, Uint8Array>();

/** The rule frames' view of each token, as bit flags (computed once per input: scoring and refinement both ask). */
export function ruleFlags(input: TaggerInput): Uint8Array {
  const known = flagsOf.get(input);
  if (known) return known;
  const flags = computeFlags(input);
  flagsOf.set(input, flags);
  return flags;
}

function computeFlags(input: TaggerInput): Uint8Array {
  const { tokens } = input;
  const flags = new Uint8Array(tokens.length);
  const mark = (start: number, end: number, bit: number) => {
    for (let i = tokenIndexAt(tokens, start); i < tokens.length && tokens[i]!.start < end; i++) flags[i]! |= bit;
    // A token that starts before the range but runs into it (the range starts mid-word).
    const before = tokenIndexAt(tokens, start) - 1;
    if (before >= 0 && tokens[before]!.end > start) flags[before]! |= bit;
  };
  for (const f of input.frames) {
    mark(f.cueStart, f.cueEnd, IN_CUE);
    if (f.source) mark(f.source.start, f.source.end, IN_SOURCE);
    mark(f.contentStart, f.contentEnd, IN_CONTENT);
  }
  for (const q of input.quotes) mark(q.open, q.close + 1, IN_QUOTE);
  for (let i = 0; i < tokens.length; i++) {
    const known = input.sources.endingAt(tokens[i]!.end);
    if (known && !known.generic) flags[i]! |= ENDS_SPEAKER;
    if (i > 0 && (flags[i - 1]! & ENDS_SPEAKER) !== 0 && /^[ \t]*$/u.test(input.text.slice(tokens[i - 1]!.end + (tokens[i - 1]!.possessive ? 2 : 0), tokens[i]!.start))) flags[i]! |= AFTER_SPEAKER;
  }
  return flags;
}

/**
 * Features are numbers, not strings: a template number and its parts (word hashes, flag bits,
 * classes) mixed into 30 bits, so scoring builds no strings. Collisions among ~300,000 features
 * are a few dozen pairs; the perceptron treats a collided pair as one feature.
 */
export function featureHash(template: number, a: number, b = 0): number {
  let h = Math.imul(template ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ a, 0xc2b2ae35);
  h ^= h >>> 13;
  h = Math.imul(h ^ b, 0x27d4eb2f);
  h ^= h >>> 16;
  return h & 0x3fffffff;
}

/** FNV-1a over the UTF-16 code units of a string. */
export function wordHash(word: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < word.length; k++) h = Math.imul(h ^ word.charCodeAt(k), 0x01000193);
  return h >>> 0;
}

const START = wordHash("<s>");
const END = wordHash("</s>");
const EDGE = wordHash("|");
const VERB_CODES: Record<string, number> = { P: 1, S: 2, G: 3, R: 4, I: 5 };

/** What the features of one input share, computed once: flags, word and punctuation hashes, verb classes. */
export interface FeatureContext {
  tokens: readonly Token[];
  flags: Uint8Array;
  words: Uint32Array;
  /** Hashes of the word's last three and last two letters. */
  suffix3: Uint32Array;
  suffix2: Uint32Array;
  /** gaps[i]: hash of the punctuation between token i-1 and token i, up to 3 characters ("_" for spaces only, "|" at an edge). */
  gaps: Uint32Array;
  /** 0 not a verb form, 1 past, 2 present, 3 gerund, 4 participle, 5 infinitive. */
  verbs: Uint8Array;
  /** Word clusters (CLUSTER_OF), NO_CLUSTER for a word outside the list. */
  clusters: Uint16Array;
}

export function featureContext(input: Pick<TaggerInput, "text" | "tokens">, flags: Uint8Array): FeatureContext {
  const { text, tokens } = input;
  const n = tokens.length;
  const words = new Uint32Array(n);
  const suffix3 = new Uint32Array(n);
  const suffix2 = new Uint32Array(n);
  const gaps = new Uint32Array(n + 1);
  const verbs = new Uint8Array(n);
  const clusters = new Uint16Array(n);
  tokens.forEach((t, i) => {
    clusters[i] = wordCluster(t.lower);
    words[i] = wordHash(t.lower);
    suffix3[i] = wordHash(t.lower.slice(-3));
    suffix2[i] = wordHash(t.lower.slice(-2));
    gaps[i] = i === 0 ? EDGE : wordHash(punctuationBetween(text, tokens[i - 1]!.end, t.start));
    verbs[i] = VERB_CODES[VERB_CLASS.get(t.lower) ?? ""] ?? 0;
  });
  gaps[n] = EDGE;
  return { tokens, flags, words, suffix3, suffix2, gaps, verbs, clusters };
}

function punctuationBetween(text: string, from: number, to: number): string {
  let out = "";
  let space = false;
  for (let k = from; k < to && out.length < 3; k++) {
    const ch = text[k]!;
    if (/\s/u.test(ch)) {
      space = out.length > 0;
      continue;
    }
    if (space) out += " ";
    space = false;
    out += ch;
  }
  return out.slice(0, 3) || "_";
}

const bit = (flags: Uint8Array, i: number, b: number) => (i >= 0 && i < flags.length && (flags[i]! & b) !== 0 ? 1 : 0);

/** Distance in tokens to the nearest rule cue word after (dir 1) or before (dir -1) token i, bucketed: 1, 2, 3, ≤6, ≤12, far (7), edge (8). */
function cueDistance(flags: Uint8Array, i: number, dir: 1 | -1): number {
  for (let d = 1; d <= 12; d++) {
    const j = i + d * dir;
    if (j < 0 || j >= flags.length) return 8;
    if ((flags[j]! & IN_CUE) !== 0) return d <= 3 ? d : d <= 6 ? 4 : 5;
  }
  return 7;
}

/**
 * The features of token i; the same function trains the weights and applies them. Templates:
 * bias; words at -3…+2; bigrams (-1,0), (0,+1), (-2,-1); suffixes; capitalisation of -1, 0, +1;
 * possessive; punctuation before 0 and +1 (alone, with the word, together); rule flags of -1, 0,
 * +1 (cue, source, content, quotation, after or ending a known speaker), alone and with words;
 * verb forms of -1, 0, +1, with flags, words and punctuation; word clusters of -1, 0, +1 (the
 * token's at three levels, with flags, with its verb form, with its neighbours' parents).
 */
export function tokenFeatures(ctx: FeatureContext, i: number): number[] {
  const out = new Array<number>(TOKEN_FEATURES);
  writeTokenFeatures(ctx, i, out);
  return out;
}

/** How many features tokenFeatures gives every token. */
export const TOKEN_FEATURES = 48;

const wordAt = (ctx: FeatureContext, j: number) => (j < 0 ? START : j >= ctx.tokens.length ? END : ctx.words[j]!);
const shapeAt = (ctx: FeatureContext, j: number) => (ctx.tokens[j]?.capitalized ? 1 : 0);
const verbAt = (ctx: FeatureContext, j: number) => (j < 0 || j >= ctx.tokens.length ? 7 : ctx.verbs[j]!);
const clusterAt = (ctx: FeatureContext, j: number) => (j < 0 || j >= ctx.tokens.length ? EDGE_CLUSTER : ctx.clusters[j]!);

/** tokenFeatures written into `out` (scoring reuses one buffer: a token's features are never kept). */
function writeTokenFeatures(ctx: FeatureContext, i: number, out: { [k: number]: number }): void {
  const { tokens, flags } = ctx;
  const w0 = wordAt(ctx, i);
  const wm1 = wordAt(ctx, i - 1);
  const wp1 = wordAt(ctx, i + 1);
  const wm2 = wordAt(ctx, i - 2);
  const rc = bit(flags, i, IN_CUE);
  const rp = bit(flags, i - 1, IN_CUE);
  const rn = bit(flags, i + 1, IN_CUE);
  const rs = bit(flags, i, IN_SOURCE);
  const sp = bit(flags, i - 1, IN_SOURCE);
  const rcn = bit(flags, i, IN_CONTENT);
  const q = bit(flags, i, IN_QUOTE);
  const as = bit(flags, i, AFTER_SPEAKER);
  const es = bit(flags, i, ENDS_SPEAKER);
  const as1 = bit(flags, i - 1, AFTER_SPEAKER);
  const g0 = ctx.gaps[i]!;
  const g1 = ctx.gaps[i + 1]!;
  const v0 = verbAt(ctx, i);
  const c0 = clusterAt(ctx, i);
  const p0 = PARENT[c0]!;
  const s0 = shapeAt(ctx, i);
  const f = featureHash;
  out[0] = f(1, 0);
  out[1] = f(2, w0);
  out[2] = f(3, wm1);
  out[3] = f(4, wp1);
  out[4] = f(5, wm2);
  out[5] = f(6, wordAt(ctx, i + 2));
  out[6] = f(7, wordAt(ctx, i - 3));
  out[7] = f(8, wm1, w0);
  out[8] = f(9, w0, wp1);
  out[9] = f(10, wm2, wm1);
  out[10] = f(11, ctx.suffix3[i]!);
  out[11] = f(12, ctx.suffix2[i]!);
  out[12] = f(13, shapeAt(ctx, i - 1) * 4 + s0 * 2 + shapeAt(ctx, i + 1));
  out[13] = f(14, tokens[i]!.possessive ? 1 : 0);
  out[14] = f(15, g0);
  out[15] = f(16, g1);
  out[16] = f(17, g0, w0);
  out[17] = f(18, g0, g1);
  out[18] = f(19, rc * 4 + rp * 2 + rn);
  out[19] = f(20, rs * 2 + sp);
  out[20] = f(21, rcn * 2 + q);
  out[21] = f(22, rc, w0);
  out[22] = f(23, rp, w0);
  out[23] = f(24, rn, w0);
  out[24] = f(25, sp, w0);
  out[25] = f(26, rc * 2 + rp, wm1);
  out[26] = f(27, rcn * 4 + rc * 2 + shapeAt(ctx, i - 1));
  out[27] = f(28, rs * 4 + q * 2 + rc);
  out[28] = f(29, as * 4 + es * 2 + as1);
  out[29] = f(30, as, w0);
  out[30] = f(31, as1, w0);
  out[31] = f(32, es, wp1);
  out[32] = f(33, as, ctx.suffix3[i]!);
  out[33] = f(34, v0);
  out[34] = f(35, verbAt(ctx, i - 1) * 64 + v0 * 8 + verbAt(ctx, i + 1));
  out[35] = f(36, v0 * 16 + as * 4 + rcn * 2 + rc);
  out[36] = f(37, wm1, v0);
  out[37] = f(38, v0, wp1);
  out[38] = f(39, v0, g0);
  out[39] = f(46, c0);
  out[40] = f(47, p0);
  out[41] = f(48, GRANDPARENT[c0]!);
  out[42] = f(49, clusterAt(ctx, i - 1));
  out[43] = f(50, clusterAt(ctx, i + 1));
  out[44] = f(51, p0, as * 4 + rcn * 2 + rc);
  out[45] = f(52, PARENT[clusterAt(ctx, i - 1)]!, p0);
  out[46] = f(53, p0, PARENT[clusterAt(ctx, i + 1)]!);
  out[47] = f(54, c0, v0);
}

/** Extra features for the source tagger: how far the nearest rule cue is, and on which side. */
export function sourceFeatures(ctx: FeatureContext, i: number): number[] {
  const dn = cueDistance(ctx.flags, i, 1);
  const dp = cueDistance(ctx.flags, i, -1);
  const shape = ctx.tokens[i]!.capitalized ? 1 : 0;
  const f = featureHash;
  return [f(40, dn), f(41, dp), f(42, dn * 16 + dp), f(43, dn * 4 + shape * 2 + bit(ctx.flags, i, IN_CUE)), f(44, dn, ctx.words[i]!), f(45, dn, ctx.gaps[i]!)];
}

const sum = (table: WeightLookup, features: ArrayLike<number>) => {
  let s = 0;
  for (let k = 0; k < features.length; k++) s += table.get(features[k]!) ?? 0;
  return s;
};

/** One token's features at a time, while it is scored. */
const scratch = new Int32Array(TOKEN_FEATURES);

/** The learned score of token i under `weights`, with the source tagger's extra features when asked. */
function tokenScore(ctx: FeatureContext, i: number, weights: WeightLookup, withSource = false): number {
  writeTokenFeatures(ctx, i, scratch);
  const score = sum(weights, scratch);
  return withSource ? score + sum(weights, sourceFeatures(ctx, i)) : score;
}

/** The learned cue score of every token (> 0: a cue word). */
export function cueScores(input: TaggerInput, weights: WeightLookup = CUE_WEIGHTS): Float64Array {
  const ctx = featureContext(input, ruleFlags(input));
  return Float64Array.from(input.tokens, (_, i) => tokenScore(ctx, i, weights));
}

/** A learned score of token i, computed when first asked for. */
export type TokenScore = (token: number) => number;

/**
 * The cue and source scores of the tokens, each computed on demand and kept: the refinement asks
 * only about words near frames and outside quotations, so most tokens are never scored.
 */
export function cueAndSourceScores(input: TaggerInput): { cue: TokenScore; source: TokenScore } {
  const ctx = featureContext(input, ruleFlags(input));
  const memo = (score: (i: number) => number): TokenScore => {
    const known = new Float64Array(input.tokens.length).fill(Number.NaN);
    return (i) => {
      if (Number.isNaN(known[i]!)) known[i] = score(i);
      return known[i]!;
    };
  };
  return {
    cue: memo((i) => tokenScore(ctx, i, CUE_WEIGHTS)),
    source: memo((i) => tokenScore(ctx, i, SOURCE_WEIGHTS, true)),
  };
}
