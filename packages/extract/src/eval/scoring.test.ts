import type { Extraction } from "@whosaid/domain";
import { describe, expect, it } from "vitest";
import { extract } from "../index.js";
import { scoreSeed, type SeedGold } from "./seed.js";
import { goldPersons, parseWebAnno, personMatches, scoreGumDocument } from "./gum.js";
import { predictedSpans, scoreQuoteSpeakers } from "./polnear.js";
import { evalTokens, exactCounts, extent, greedyMatch, parseBrat, parseBratAttributions, prf, scoreDocument, tokenCounts, tokenF1 } from "./scoring.js";

describe("scoring", () => {
  it("computes P/R/F1 and guards zero denominators", () => {
    expect(prf({ tp: 2, pred: 4, gold: 2 })).toEqual({ precision: 0.5, recall: 1, f1: 2 / 3 });
    expect(prf({ tp: 0, pred: 0, gold: 3 })).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it("tokenises like evaluation.md (\\w+|[^\\w\\s])", () => {
    const text = "He said: “no.”";
    expect(evalTokens(text).map((t) => text.slice(t.start, t.end))).toEqual(["He", "said", ":", "“", "no", ".", "”"]);
  });

  it("counts tokens overlapping labelled spans", () => {
    const text = "Trump said that it rained";
    const tokens = evalTokens(text);
    // gold content "that it rained" (16..25); predicted "it rained" plus a partial overlap of "said".
    expect(tokenCounts(tokens, [{ start: 11, end: 25 }], [{ start: 9, end: 10 }, { start: 16, end: 25 }])).toEqual({ tp: 2, pred: 3, gold: 3 });
  });

  it("counts exact spans once each", () => {
    const gold = [{ start: 0, end: 5 }, { start: 6, end: 10 }];
    const pred = [{ start: 0, end: 5 }, { start: 0, end: 5 }, { start: 6, end: 9 }];
    expect(exactCounts(gold, pred)).toEqual({ tp: 1, pred: 2, gold: 2 });
  });

  it("parses brat spans, discontinuous ones and multi-line texts", () => {
    const ann = [
      "T1\tSource 0 5\tTrump",
      "T2\tCue 6 10\tsaid",
      "T3\tContent 11 20;25 30\tthat it r",
      "ained on",
      "T4\tAttribution 6 10\tsaid",
      "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
      "#1\tAnnotatorNotes T3\tnote",
    ].join("\n");
    const spans = parseBrat(ann);
    expect(spans.Source).toEqual([[{ start: 0, end: 5 }]]);
    expect(spans.Content).toEqual([[{ start: 11, end: 20 }, { start: 25, end: 30 }]]);
    expect(extent(spans.Content[0]!)).toEqual({ start: 11, end: 30 });
  });

  it("links an attribution's parts by its E line, whatever their order, and keeps a missing part missing", () => {
    const ann = [
      "T1\tSource 0 5\tTrump",
      "T2\tCue 6 10\tsaid",
      "T3\tContent 11 20;25 30\tthat it r",
      "T4\tAttribution 6 10\tsaid",
      "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
      "T5\tCue 40 47\treports",
      "T6\tContent 48 60\tthat it snowed",
      "T7\tAttribution 40 47\treports",
      "E2\tAttribution:T7 Cue:T5 Content:T6",
    ].join("\n");
    expect(parseBratAttributions(ann)).toEqual([
      { Source: [{ start: 0, end: 5 }], Cue: [{ start: 6, end: 10 }], Content: [{ start: 11, end: 20 }, { start: 25, end: 30 }] },
      { Cue: [{ start: 40, end: 47 }], Content: [{ start: 48, end: 60 }] },
    ]);
  });

  it("scores quote speakers against the gold attribution holding each quote", () => {
    const text = "“We won,” Smith said. “It was close.” Others agreed that “it was fair.”";
    const x = extract(text);
    const gold = parseBratAttributions(
      [
        "T1\tContent 0 9;22 37\t“We won,” … “It was close.”",
        "T2\tSource 10 15\tSmith",
        "T3\tCue 16 20\tsaid",
        "E1\tContent:T1 Source:T2 Cue:T3",
        "T4\tSource 38 44\tOthers",
        "T5\tCue 45 52\tagreed",
        "T6\tContent 53 70\tthat “it was fair.”",
        "E2\tSource:T4 Cue:T5 Content:T6",
      ].join("\n"),
    );
    expect(x.quotes.map((q) => q.text)).toEqual(["We won,", "It was close.", "it was fair."]);
    // The second quote has Smith for speaker but no source span of its own; the third is held by E2.
    expect(scoreQuoteSpeakers(text, x, gold)).toEqual({ correct: 3, total: 3 });
    const wrongSource = parseBratAttributions("T1\tContent 0 9\tx\nT2\tSource 38 44\tOthers\nE1\tContent:T1 Source:T2");
    expect(scoreQuoteSpeakers(text, x, wrongSource)).toEqual({ correct: 0, total: 1 });
    expect(scoreQuoteSpeakers(text, x, parseBratAttributions("T1\tContent 0 9\tx\nE1\tContent:T1"))).toEqual({ correct: 0, total: 0 });
  });

  it("scores a document per label", () => {
    const text = "Trump said it rained.";
    const gold = parseBrat("T1\tSource 0 5\tTrump\nT2\tCue 6 10\tsaid\nT3\tContent 11 20\tit rained");
    const s = scoreDocument(text, gold, { Source: [{ start: 0, end: 5 }], Cue: [], Content: [{ start: 11, end: 21 }] });
    expect(s.token.Source).toEqual({ tp: 1, pred: 1, gold: 1 });
    expect(s.token.Cue).toEqual({ tp: 0, pred: 0, gold: 1 });
    expect(s.token.Content).toEqual({ tp: 2, pred: 3, gold: 2 });
    expect(s.exact.Content).toEqual({ tp: 0, pred: 1, gold: 1 });
  });

  it("matches texts by bag-of-token F1 and one-to-one", () => {
    expect(tokenF1("I am sure", "I’m sure")).toBeGreaterThan(0.4);
    expect(tokenF1("a b", "c d")).toBe(0);
    expect(greedyMatch(["x", "x"], ["x"], (a, b) => a === b)).toEqual([0, -1]);
  });

  it("turns quotes and claims into attribution spans", () => {
    const x = {
      quotes: [{ start: 20, end: 30, source: { start: 0, end: 5, text: "" }, cue: { start: 6, end: 10, text: "" } }],
      claims: [{ start: 40, end: 50, source: null, cue: { start: 35, end: 39, text: "" } }],
    } as unknown as Extraction;
    expect(predictedSpans(x)).toEqual({
      Source: [{ start: 0, end: 5 }],
      Cue: [{ start: 6, end: 10 }, { start: 35, end: 39 }],
      Content: [{ start: 20, end: 30 }, { start: 40, end: 50 }],
    });
  });
});

const TSV = [
  "#FORMAT=WebAnno TSV 3.2",
  "#T_SP=webanno.custom.Referent|entity|infstat|salience|identity|centering",
  "#T_RL=webanno.custom.Coref|type|BT_webanno.custom.Referent",
  "",
  "#Text=Mary Smith said she was Kim 's friend .",
  "1-1\t0-4\tMary\tperson[1]\tnew[1]\t_\tMary_Smith[1]\t_\tcoref\t1-4[2_1]\t",
  "1-2\t5-10\tSmith\tperson[1]\tnew[1]\t_\tMary_Smith[1]\t_\t_\t_\t",
  "1-3\t11-15\tsaid\t_\t_\t_\t_\t_\t_\t_\t",
  "1-4\t16-19\tshe\tperson[2]\tgiv[2]\t_\t_\t_\t_\t_\t",
  "1-5\t20-23\twas\t_\t_\t_\t_\t_\t_\t_\t",
  "1-6\t24-27\tKim\tperson[3]\tnew[3]\t_\t_\t_\t_\t_\t",
  "1-7\t28-30\t's\tperson[3]\tnew[3]\t_\t_\t_\t_\t_\t",
  "1-8\t31-37\tfriend\t_\t_\t_\t_\t_\t_\t_\t",
  "1-9\t38-39\t.\t_\t_\t_\t_\t_\t_\t_\t",
].join("\n");

describe("GUM WebAnno TSV", () => {
  const doc = parseWebAnno(TSV);
  it("rebuilds readable text with token offsets", () => {
    expect(doc.text).toBe("Mary Smith said she was Kim's friend.");
    const she = doc.tokens[3]!;
    expect(doc.text.slice(she.start, she.end)).toBe("she");
  });
  it("finds named person chains and their pronouns", () => {
    const gold = goldPersons(doc);
    expect(gold.map((g) => g.name)).toEqual(["Mary Smith", "Kim"]);
    expect(gold[0]!.pronouns).toEqual([3]);
    expect(personMatches({ name: "Ms. Mary Smith", aliases: [] }, gold[0]!)).toBe(true);
    expect(personMatches({ name: "Smith", aliases: [] }, gold[0]!)).toBe(false);
  });
  it("keeps a quotation open across a line break inside it, and starts the line after a closing mark outside", () => {
    const row = (id: string, word: string) => `${id}\t0-0\t${word}\t_\t_\t_\t_\t_\t_\t_\t`;
    const quoted = parseWebAnno(
      [
        ["1-1", "He"], ["1-2", "said"], ["1-3", ","], ["1-4", '"'], ["1-5", "It"], ["1-6", "is"], ["1-7", "[...]"],
        ["2-1", "over"], ["2-2", '"'], ["2-3", "."], ["3-1", "She"], ["3-2", "said"], ["3-3", "it"], ["3-4", "was"], ["3-5", '"'], ["3-6", "fine"], ["3-7", '"'], ["3-8", "."],
      ].map(([id, w]) => row(id!, w!)).join("\n"),
    );
    expect(quoted.text).toBe('He said, "It is [...] over". She said it was "fine".');
    // A line that ends without a stop and without a cut still breaks, inside an unclosed quotation too.
    const unclosed = parseWebAnno(
      [["1-1", '"'], ["1-2", "It"], ["1-3", "is"], ["1-4", "over"], ["2-1", "Other"], ["2-2", "news"], ["2-3", "."]].map(([id, w]) => row(id!, w!)).join("\n"),
    );
    expect(unclosed.text).toBe('"It is over\nOther news.');
  });
  it("scores persons and pronoun resolution", () => {
    const x = {
      persons: [
        { id: "p1", name: "Mary Smith", aliases: [], roles: [], mentions: [{ start: 16, end: 19, text: "she", pronoun: true }] },
        { id: "p2", name: "Said Was", aliases: [], roles: [], mentions: [] },
      ],
    } as unknown as Extraction;
    const s = scoreGumDocument(doc, x);
    expect(s.persons).toEqual({ tp: 1, pred: 2, gold: 2 });
    expect(s.pronouns).toEqual({ correct: 1, total: 1, resolved: 1 });
    expect(s.quotes).toEqual({ tp: 0, pred: 0, gold: 0 });
  });
  it("scores quotes and their speakers against a quote annotation, a non-person speaker by any of its names", () => {
    const text = 'Mary Smith said, "We will win." The agency said, "It is commercial."';
    const plain = parseWebAnno(
      text.split(" ").map((w, i) => `1-${i + 1}\t0-0\t${w}\t_\t_\t_\t_\t_\t_\t_\t`).join("\n"),
    );
    const at = (s: string) => ({ start: plain.text.indexOf(s), end: plain.text.indexOf(s) + s.length });
    const x = extract(plain.text);
    const s = scoreGumDocument(plain, x, {
      textSha1: "",
      quotes: [
        { ...at("We will win."), speaker: "Mary Smith" },
        { ...at("It is commercial."), speaker: "the Municipality", speakerAliases: ["The agency"] },
      ],
    });
    expect(s.quotes).toEqual({ tp: 2, pred: 2, gold: 2 });
    expect(s.speakers).toEqual({ correct: 2, total: 2 });
  });
});

describe("scoreSeed speakers", () => {
  const x = extract("“We need to listen,” said Te Kaurinui. “It is a sign,” said Hori Parata.");
  const gold: SeedGold = {
    persons: [
      { name: "Te Kaurinui Robert Parata", aliases: ["Te Kaurinui"], roles: [] },
      { name: "Hori Parata", aliases: ["Parata"], roles: [] },
    ],
    quotes: [
      { text: "We need to listen,", speaker: "Te Kaurinui Robert Parata", kind: "direct" },
      { text: "It is a sign,", speaker: "Te Kaurinui Robert Parata", kind: "direct" },
    ],
    claims: [],
  };
  it("counts a speaker matched to the gold person by any of its aliases, and no other person", () => {
    expect(x.quotes.map((q) => q.speaker?.name)).toEqual(["Te Kaurinui", "Hori Parata"]);
    expect(scoreSeed(x, gold).speakers).toEqual({ correct: 1, total: 2 });
  });
});
