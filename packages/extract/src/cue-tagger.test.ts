import { describe, expect, it } from "vitest";
import { AFTER_SPEAKER, cueScores, ENDS_SPEAKER, featureContext, featureHash, IN_CONTENT, IN_CUE, IN_QUOTE, IN_SOURCE, ruleFlags, tokenFeatures, wordCluster, wordHash } from "./cue-tagger.js";
import { extract, ruleStage } from "./index.js";
import { DROP, GROW, refineFrames, SEED, SOURCE_SHRINK } from "./refine-frames.js";

const flagsOf = (text: string) => {
  const { tagger } = ruleStage(text);
  const flags = ruleFlags(tagger);
  return (word: string) => flags[tagger.tokens.findIndex((t) => t.text === word)]!;
};

/** The refined frames of `text` with hand-set scores: `scores[word]`, everything else -20 (-10 for sources). */
function refineWith(text: string, scores: Record<string, number>, sourceScores?: Record<string, number>) {
  const { seg, sources, tagger } = ruleStage(text);
  const s = Float64Array.from(tagger.tokens, (t) => scores[t.text] ?? -20);
  const src = sourceScores && Float64Array.from(tagger.tokens, (t) => sourceScores[t.text] ?? -10);
  return refineFrames(tagger, seg.sentences, sources, (i) => s[i]!, src && ((i) => src[i]!)).map((f) => ({
    source: f.source?.text ?? null,
    cue: text.slice(f.cueStart, f.cueEnd),
    content: text.slice(f.contentStart, f.contentEnd),
  }));
}

describe("cue tagger", () => {
  it("sees what the rule frames say about each token", () => {
    const flag = flagsOf('Jane Smith said the plan would fail. "It is over," she added.');
    expect(flag("Smith") & (IN_SOURCE | ENDS_SPEAKER)).toBe(IN_SOURCE | ENDS_SPEAKER);
    expect(flag("said") & (IN_CUE | AFTER_SPEAKER)).toBe(IN_CUE | AFTER_SPEAKER);
    expect(flag("plan") & IN_CONTENT).toBe(IN_CONTENT);
    expect(flag("over") & IN_QUOTE).toBe(IN_QUOTE);
    expect(flag("Jane") & IN_CUE).toBe(0);
  });

  it("scores a token as the sum of its hashed features' weights, the same every time", () => {
    const { tagger } = ruleStage("Jane Smith said the plan would fail.");
    const ctx = featureContext(tagger, ruleFlags(tagger));
    const said = tagger.tokens.findIndex((t) => t.text === "said");
    const features = tokenFeatures(ctx, said);
    expect(tokenFeatures(featureContext(tagger, ruleFlags(tagger)), said)).toEqual(features);
    // Template 8 is the bigram (word before, word): "smith said".
    const bigram = featureHash(8, wordHash("smith"), wordHash("said"));
    expect(features).toContain(bigram);
    expect(tokenFeatures(ctx, said + 1)).not.toContain(bigram);
    const bias = featureHash(1, 0);
    const scores = cueScores(tagger, new Map([[bigram, 3], [bias, -1]]));
    expect(scores[said]).toBe(2);
    expect(scores[0]).toBe(-1);
  });

  it("ships weights that know a verb of saying from the words around it", () => {
    const { tagger } = ruleStage("Jane Smith said the plan would fail.");
    const scores = cueScores(tagger);
    const at = (w: string) => scores[tagger.tokens.findIndex((t) => t.text === w)]!;
    expect(at("said")).toBeGreaterThan(SEED);
    expect(at("plan")).toBeLessThan(GROW);
    expect(at("Jane")).toBeLessThan(GROW);
  });

  it("gives words used alike one word-cluster feature, so a cue verb train never showed is still known", () => {
    expect(wordCluster("cares")).toBe(wordCluster("loves"));
    expect(wordCluster("ate")).not.toBe(wordCluster("cares"));
    const { tagger } = ruleStage("She loves the plan. He cares about ratings.");
    const ctx = featureContext(tagger, ruleFlags(tagger));
    const at = (w: string) => tokenFeatures(ctx, tagger.tokens.findIndex((t) => t.text === w));
    // Template 46 is the word's cluster.
    const cluster = featureHash(46, wordCluster("cares"));
    expect(at("cares")).toContain(cluster);
    expect(at("loves")).toContain(cluster);
    expect(at("ratings")).not.toContain(cluster);
  });

  it("frames a verb of attitude that no rule knows after a subject (its cluster is the evidence)", () => {
    // "agonized" is in no lexicon and scored about 1 before the cluster features, 15 with them.
    const claims = extract("The governor agonized over the vote on the budget.").claims;
    expect(claims.map((c) => [c.source?.text, c.cue?.text, c.text])).toEqual([["The governor", "agonized", "over the vote on the budget"]]);
  });
});

describe("refining frames with the tagger's scores", () => {
  it("drops a rule frame none of whose cue words the tagger believes in", () => {
    const text = "The agency said the plan would fail.";
    expect(refineWith(text, { said: 5 })).toEqual([{ source: "The agency", cue: "said", content: "the plan would fail" }]);
    expect(refineWith(text, { said: DROP - 1 })).toEqual([]);
    // A named person's "said" or "told" outside quotations stays (nested frames score low in univocal PolNeAR).
    expect(refineWith("Jane Smith said the plan would fail.", { said: DROP - 1 })).toEqual([{ source: "Jane Smith", cue: "said", content: "the plan would fail" }]);
  });

  it("keeps a verb of saying set off by commas inside the sentence it reports, whatever the tagger says", () => {
    const aside = "These conversations, the book suggests, occurred even as the talks went on.";
    expect(refineWith(aside, { suggests: DROP - 1 }).map((f) => [f.source, f.cue])).toEqual([["the book", "suggests"]]);
    expect(refineWith("The book suggests the conversations occurred.", { suggests: DROP - 1 })).toEqual([]);
  });

  it("grows a cue over the tagger's cue words next to it, moving the content", () => {
    expect(refineWith("Jane Smith said in an interview the plan would fail.", { said: 5, in: 1, an: 1, interview: 1 })).toEqual([
      { source: "Jane Smith", cue: "said in an interview", content: "the plan would fail" },
    ]);
  });

  it("takes the preposition of a topic into a phrase cue, not into a verb of saying", () => {
    expect(refineWith("Sanders complained bitterly about the trade deal.", { complained: 5, bitterly: 1 })).toEqual([
      { source: "Sanders", cue: "complained bitterly about", content: "the trade deal" },
    ]);
    expect(refineWith("Jane Smith said on Tuesday the plan would fail.", { said: 5 })[0]).toMatchObject({ cue: "said" });
  });

  it("keeps a \"to\" clause as the content of a verb that takes one", () => {
    const [frame] = refineWith("Jane Smith vowed to block the plan.", { vowed: 5, to: 3 });
    expect(frame).toMatchObject({ cue: "vowed", content: "to block the plan" });
  });

  it("frames confident cue words that no rule framed, after a subject", () => {
    const text = "Jane Smith has pooh-poohed the plan for the bridge.";
    expect(refineWith(text, {})).toEqual([]);
    expect(refineWith(text, { has: 1, "pooh-poohed": 5 })).toEqual([{ source: "Jane Smith", cue: "has pooh-poohed", content: "the plan for the bridge" }]);
  });

  it("takes the sentence's subject for a coordinated verb, but not a participle after a comma", () => {
    expect(refineWith("Jane Smith took the stage and blasted the plan for the bridge.", { blasted: 5 })).toEqual([
      { source: "Jane Smith", cue: "blasted", content: "the plan for the bridge" },
    ]);
    expect(refineWith("Jane Smith, known for her columns, wrote the book.", { known: 5 })).toEqual([]);
  });

  it("frames cue words at the end of a sentence as right-facing after a quotation", () => {
    const text = "“Mr. Trump pulled off the comeback of the decade,” the article read.";
    expect(refineWith(text, { read: 5 })).toEqual([{ source: "the article", cue: "read", content: "“Mr. Trump pulled off the comeback of the decade,”" }]);
    expect(refineWith("The article was long and the reporters read.", { read: 5 })).toEqual([]);
  });

  it("makes no frame of a passive verb group, whose subject is not the speaker", () => {
    expect(refineWith("The stranding was described as unprecedented by the department.", { described: 5 })).toEqual([]);
    expect(refineWith("The stranding has been called the worst in years.", { called: 5 })).toEqual([]);
    expect(refineWith("A stranding described as unprecedented left the tribe scrambling.", { described: 5 })).toEqual([]);
    expect(refineWith("Jane Smith described the stranding as unprecedented.", { described: 5 })).toEqual([
      { source: "Jane Smith", cue: "described", content: "the stranding as unprecedented" },
    ]);
  });

  it("takes no time or linking word for a subject", () => {
    expect(refineWith("Late on Wednesday denounced the plan for the bridge.", { denounced: 5 })).toEqual([]);
    expect(refineWith("Meanwhile denounced the plan for the bridge.", { denounced: 5 })).toEqual([]);
    expect(refineWith("Local residents denounced the plan for the bridge.", { denounced: 5 })).toEqual([
      { source: "Local residents", cue: "denounced", content: "the plan for the bridge" },
    ]);
  });

  it("makes no frame of function words alone, nor of words in a quotation", () => {
    expect(refineWith("Jane Smith has been fighting the plan for years.", { has: 5 })).toEqual([]);
    expect(refineWith('The so-called "experts" read the report.', { experts: 5 })).toEqual([]);
  });

  it("grows a source over the source tagger's words next to it, across commas and word chunks", () => {
    const text = "Companies and individuals complain bitterly about the tax code.";
    expect(refineWith(text, { complain: 5 })[0]).toMatchObject({ source: "individuals", cue: "complain" });
    expect(refineWith(text, { complain: 5 }, { Companies: 2, and: 1 })[0]).toMatchObject({ source: "Companies and individuals" });
  });

  it("does not grow a source onto a negated auxiliary, nor take 'you' for a speaker", () => {
    const engadget = "The console's controller hasn't changed since the Xbox One S, and that revision rounded out its seams and added a headphone jack.";
    expect(extract(engadget).claims.map((c) => [c.source?.text, c.claimant?.name])).toEqual([["The console's controller", "The console's controller"]]);
    expect(extract("If you want to play the new game, you need a 4K TV.").claims).toEqual([]);
  });

  it("sheds a noun-phrase source's edge words the source tagger rejects, never a person's name", () => {
    // A generic chunk ("callers" became a speaker noun in 0.14.0; "tallies" is none).
    const text = "Taken together, the last two tallies shows Clinton ahead.";
    const shed = { the: SOURCE_SHRINK - 1, last: SOURCE_SHRINK - 1, two: 3, tallies: 3 };
    expect(refineWith(text, { shows: 5 }, shed)[0]).toMatchObject({ source: "two tallies", cue: "shows" });
    expect(refineWith("Jane Smith said the plan would fail.", { said: 5 }, { Jane: SOURCE_SHRINK - 1 })[0]).toMatchObject({ source: "Jane Smith" });
  });

  it("feeds the frames the extractor returns", () => {
    const x = extract("Jane Smith said the plan would fail.");
    expect(x.claims.map((c) => [c.source?.text, c.cue.text, c.text])).toEqual([["Jane Smith", "said", "the plan would fail"]]);
  });
});
