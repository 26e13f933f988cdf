/**
 * Learned second opinions stacked on the rules. Two averaged perceptrons score every word token:
 * is it part of an attribution cue, and is it part of a source? Their features are the words
 * around the token, verb forms, the punctuation between words, and what the rule frames already
 * say about the token (in a cue, a source, a content, a quotation; after a known speaker; how far
 * the nearest rule cue is, for sources). The weights are `lexicons/cue-tagger.json` and
 * `lexicons/source-tagger.json`, trained on PolNeAR **train** by `scripts/train-cue-tagger.mjs`;
 * nothing is learned at run time.
 *
 * The scores are used by `refineFrames` (refine-frames.ts): cues grow over the words PolNeAR puts
 * in a cue ("said **in**", "**went on to** discuss"), confident cue words that no rule framed get
 * a frame of their own, and sources are fitted to the source words around them.
 */
import cueWeights from "./lexicons/cue-tagger.json" with { type: "json" };
import sourceWeights from "./lexicons/source-tagger.json" with { type: "json" };
import type { Attribution } from "./attributions.js";
import { VERB_CLASS } from "./lexicon.js";
import type { MarkPair } from "./quote-marks.js";
import type { SourceIndex } from "./sources.js";
import { tokenIndexAt, type Token } from "./tokens.js";

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

const table = (json: unknown) => new Map<string, number>(Object.entries((json as { weights: Record<string, number> }).weights));
const CUE_WEIGHTS = table(cueWeights);
const SOURCE_WEIGHTS = table(sourceWeights);

/** The rule frames' view of each token, as bit flags. */
export function ruleFlags(input: TaggerInput): Uint8Array {
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


/** What the features of one input share, computed once: flags, punctuation gaps, verb classes. */
export interface FeatureContext {
  text: string;
  tokens: readonly Token[];
  flags: Uint8Array;
  /** gaps[i]: the punctuation between token i-1 and token i, up to 3 characters ("_" for spaces only, "|" at an edge). */
  gaps: string[];
  verbs: string[];
}

export function featureContext(input: Pick<TaggerInput, "text" | "tokens">, flags: Uint8Array): FeatureContext {
  const { text, tokens } = input;
  const gaps = tokens.map((t, i) => (i === 0 ? "|" : punctuationBetween(text, tokens[i - 1]!.end, t.start)));
  gaps.push("|");
  const verbs = tokens.map((t) => VERB_CLASS.get(t.lower) ?? "-");
  return { text, tokens, flags, gaps, verbs };
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

const bit = (flags: Uint8Array, i: number, b: number) => (i >= 0 && i < flags.length && (flags[i]! & b) !== 0 ? "1" : "0");

/** Distance in tokens to the nearest rule cue word after (dir 1) or before (dir -1) token i, bucketed. */
function cueDistance(flags: Uint8Array, i: number, dir: 1 | -1): string {
  for (let d = 1; d <= 12; d++) {
    const j = i + d * dir;
    if (j < 0 || j >= flags.length) return "e";
    if ((flags[j]! & IN_CUE) !== 0) return d <= 3 ? String(d) : d <= 6 ? "6" : "12";
  }
  return "f";
}

/** The features of token i; the same function trains the weights and applies them. */
export function tokenFeatures(ctx: FeatureContext, i: number): string[] {
  const { tokens, flags } = ctx;
  const w = (k: number) => tokens[i + k]?.lower ?? (i + k < 0 ? "<s>" : "</s>");
  const shape = (k: number) => (tokens[i + k]?.capitalized ? "C" : "l");
  const verb = (k: number) => ctx.verbs[i + k] ?? "|";
  const w0 = w(0);
  const wm1 = w(-1);
  const wp1 = w(1);
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
  const v0 = verb(0);
  return [
    "b",
    `w0=${w0}`,
    `w-1=${wm1}`,
    `w+1=${wp1}`,
    `w-2=${w(-2)}`,
    `w+2=${w(2)}`,
    `w-3=${w(-3)}`,
    `w-1w0=${wm1}_${w0}`,
    `w0w+1=${w0}_${wp1}`,
    `w-2w-1=${w(-2)}_${wm1}`,
    `s3=${w0.slice(-3)}`,
    `s2=${w0.slice(-2)}`,
    `c=${shape(-1)}${shape(0)}${shape(1)}`,
    `pos=${tokens[i]!.possessive}`,
    `g0=${g0}`,
    `g1=${g1}`,
    `g0w0=${g0}${w0}`,
    `g0g1=${g0}${g1}`,
    `rc=${rc}${rp}${rn}`,
    `rs=${rs}${sp}`,
    `rcn=${rcn}${q}`,
    `rcw=${rc}${w0}`,
    `rpw=${rp}${w0}`,
    `rnw=${rn}${w0}`,
    `spw=${sp}${w0}`,
    `rcw1=${rc}${rp}${wm1}`,
    `rcnc=${rcn}${rc}${shape(-1)}`,
    `rsq=${rs}${q}${rc}`,
    `as=${as}${es}${as1}`,
    `asw=${as}${w0}`,
    `as1w=${as1}${w0}`,
    `esw+1=${es}${wp1}`,
    `ass3=${as}${w0.slice(-3)}`,
    `vb=${v0}`,
    `vbp=${verb(-1)}${v0}${verb(1)}`,
    `vbas=${v0}${as}${rcn}${rc}`,
    `w-1vb=${wm1}_${v0}`,
    `vbw+1=${v0}_${wp1}`,
    `vbg0=${v0}${g0}`,
  ];
}

/** Extra features for the source tagger: how far the nearest rule cue is, and on which side. */
export function sourceFeatures(ctx: FeatureContext, i: number): string[] {
  const dn = cueDistance(ctx.flags, i, 1);
  const dp = cueDistance(ctx.flags, i, -1);
  const w0 = ctx.tokens[i]!.lower;
  const shape = ctx.tokens[i]!.capitalized ? "C" : "l";
  return [`dn=${dn}`, `dp=${dp}`, `dndp=${dn}${dp}`, `dnc=${dn}${shape}${bit(ctx.flags, i, IN_CUE)}`, `dnw=${dn}${w0}`, `dng=${dn}${ctx.gaps[i]!}`];
}

const sum = (table: ReadonlyMap<string, number>, features: readonly string[]) => {
  let s = 0;
  for (const f of features) s += table.get(f) ?? 0;
  return s;
};

/** The learned cue score of every token (> 0: a cue word). */
export function cueScores(input: TaggerInput, weights: ReadonlyMap<string, number> = CUE_WEIGHTS): Float64Array {
  const ctx = featureContext(input, ruleFlags(input));
  return Float64Array.from(input.tokens, (_, i) => sum(weights, tokenFeatures(ctx, i)));
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
    cue: memo((i) => sum(CUE_WEIGHTS, tokenFeatures(ctx, i))),
    source: memo((i) => sum(SOURCE_WEIGHTS, tokenFeatures(ctx, i)) + sum(SOURCE_WEIGHTS, sourceFeatures(ctx, i))),
  };
}
