import { describe, expect, it } from "vitest";
import {
  agreementKeys,
  claimKeys,
  claimTerms,
  compareClaims,
  nameWordsOf,
  sameClaimant,
  trigramSimilarity,
  type ClaimantRef,
  type ClusterableClaim,
} from "./claim-similarity.js";

const trump: ClaimantRef = { personId: 5, name: "Donald Trump", kind: "PERSON" };
const names = nameWordsOf(["Donald J. Trump", "President Barack Obama", "Hillary Clinton", "Bill Clinton"]);

function claim(text: string, claimant: ClaimantRef | null, subjectIds: number[] = []): ClusterableClaim {
  return { ...claimTerms(text, names), text, claimant, subjectIds };
}

describe("claimTerms", () => {
  it("meets a word's forms and leaves out filler, reporting verbs and the article's people", () => {
    expect(claimTerms("Not paying taxes makes me smart", names)).toEqual({ terms: ["mak", "pay", "smart", "tax"], numbers: [], negated: true });
    expect(claimTerms("paying no income taxes was smart", names).terms).toEqual(["incom", "pay", "smart", "tax"]);
    expect(claimTerms("Trump said that President Obama was born in Kenya", names).terms).toEqual(["born", "kenya"]);
  });

  it("keeps numbers whole, without thousands separators", () => {
    const t = claimTerms("more than 1,300 emails contained classified material in 2015, 47.3 percent", names);
    expect(t.numbers).toEqual(["1300", "2015", "47.3"]);
    expect(t.terms).toContain("1300");
    expect(t.negated).toBe(false);
  });

  it("sees negation in contractions", () => {
    for (const text of ["he didn't pay", "she won't vote for him", "they can't win", "there was never a deal"]) {
      expect(claimTerms(text).negated).toBe(true);
    }
  });
});

describe("claimKeys", () => {
  it("gives nothing for claims too short to cluster", () => {
    expect(claimKeys(["born", "kenya"])).toEqual([]);
  });

  it("gives the same keys for the same words and shares some between close wordings", () => {
    const a = claimTerms("the harbour dredging contract was awarded without a public tender").terms;
    const b = claimTerms("the dredging contract for the harbour was awarded without any public tender last year").terms;
    expect(claimKeys(a)).toEqual(claimKeys([...a].reverse()));
    expect(claimKeys(a).some((k) => claimKeys(b).includes(k))).toBe(true);
  });

  it("rarely lets claims with no word in common meet", () => {
    const words = Array.from({ length: 400 }, (_, i) => `w${i.toString(36)}x`);
    let meetings = 0;
    for (let i = 0; i < 100; i++) {
      const a = claimKeys(words.slice(i * 2, i * 2 + 6));
      const b = claimKeys(words.slice(200 + i * 2, 200 + i * 2 + 6));
      if (a.some((k) => b.includes(k))) meetings++;
    }
    expect(meetings).toBeLessThanOrEqual(1);
  });
});

describe("trigramSimilarity", () => {
  it("computes what pg_trgm's similarity() does", () => {
    // SELECT similarity('word', 'two words') → 0.36363637 (PostgreSQL's pg_trgm documentation)
    expect(trigramSimilarity("word", "two words")).toBeCloseTo(0.363636, 5);
    expect(trigramSimilarity("Trump", "trump")).toBe(1);
    expect(trigramSimilarity("abc", "xyz")).toBe(0);
  });
});

describe("compareClaims", () => {
  it("takes the same claim by the same claimant in other words as one claim", () => {
    const verdict = compareClaims(claim("Not paying taxes makes me smart", trump), claim("paying no income taxes was smart", trump));
    expect(verdict.same).toBe(true);
    expect(verdict.why).toMatch(/same claimant/);
  });

  it("keeps claims about different people apart however alike their words", () => {
    const doe: ClaimantRef = { personId: 9, name: "Jane Doe", kind: "PERSON" };
    const aboutBill = claim("Senator Bill Clinton had raised taxes on family farms three times", doe, [1]);
    const aboutHillary = claim("Senator Hillary Clinton had raised taxes on family farms three times", doe, [2]);
    expect(aboutBill.terms).toEqual(aboutHillary.terms);
    expect(compareClaims(aboutBill, aboutHillary)).toMatchObject({ same: false, why: "about different people" });
  });

  it("keeps a claim apart from its negation and a poll from another poll", () => {
    const sanders: ClaimantRef = { personId: 3, name: "Bernie Sanders", kind: "PERSON" };
    expect(compareClaims(claim("he will vote for Clinton in November", sanders), claim("he will not vote for Clinton in November", sanders)).why).toBe(
      "one is negated",
    );
    const poll: ClaimantRef = { personId: null, name: "the poll", kind: "WORK" };
    expect(
      compareClaims(claim("Clinton beats Trump by 46 percent to 42 percent", poll, [1, 5]), claim("Clinton leads Trump by 47 percent to 44 percent", poll, [1, 5])).why,
    ).toBe("different numbers");
  });

  it("lets shared telling numbers carry a loosely worded repeat", () => {
    const a = claim("portions of Trump's 1995 tax returns showed he lost nearly $916 million in a single year", { personId: null, name: "The New York Times", kind: "ORGANIZATION" }, [5]);
    const b = claim("Trump had claimed a loss of $916 million in 1995, which could have allowed him to avoid paying taxes", trump, [5]);
    expect(compareClaims(a, b)).toMatchObject({ same: true });
  });

  it("needs the same claimant or a shared subject, and three shared content words", () => {
    const other: ClaimantRef = { personId: 7, name: "Mike Pence", kind: "PERSON" };
    expect(compareClaims(claim("the wall will be paid for by Mexico", trump), claim("the wall will be paid for by Mexico", other)).why).toBe(
      "neither the same claimant nor a shared subject",
    );
    expect(compareClaims(claim("Mexico will pay", trump), claim("Mexico will pay", trump)).why).toMatch(/content words shared/);
  });

  it("asks for a fourth shared word when only a subject ties two claims", () => {
    const voters: ClaimantRef = { personId: null, name: "voters", kind: "ANONYMOUS" };
    const hewitt: ClaimantRef = { personId: 8, name: "Hugh Hewitt", kind: "PERSON" };
    expect(compareClaims(claim("Mr. Trump should release his tax returns", voters, [5]), claim("him on his failure to release tax returns", hewitt, [5])).why).toBe(
      "3 content words shared",
    );
    expect(compareClaims(claim("Trump must release his tax returns before the election", voters, [5]), claim("Trump refuses to release his tax returns before the election", hewitt, [5])).same).toBe(true);
  });

  it("is symmetric", () => {
    const a = claim("the city budget deficit had tripled since the stadium deal was signed", trump);
    const b = claim("the council that the city budget deficit has tripled since the stadium deal", trump);
    expect(compareClaims(a, b)).toEqual(compareClaims(b, a));
  });
});

describe("claimants", () => {
  it("counts named organisations as the same claimant, not generic or anonymous labels", () => {
    const nyt = (name: string): ClaimantRef => ({ personId: null, name, kind: "ORGANIZATION" });
    expect(sameClaimant(nyt("The New York Times"), nyt("the New York Times"))).toBe(true);
    expect(sameClaimant(nyt("the poll"), nyt("the poll"))).toBe(false);
    expect(sameClaimant({ personId: null, name: "They", kind: "ANONYMOUS" }, { personId: null, name: "They", kind: "ANONYMOUS" })).toBe(false);
    expect(sameClaimant(trump, { ...trump })).toBe(true);
    expect(sameClaimant(trump, nyt("Donald Trump"))).toBe(false);
  });

  it("gives the keys two possibly-same claims must share", () => {
    expect(agreementKeys({ claimant: trump, subjectIds: [2, 1] })).toEqual(["person:1", "person:2", "person:5"]);
    expect(agreementKeys({ claimant: { personId: null, name: "The State Department", kind: "ORGANIZATION" }, subjectIds: [] })).toEqual([
      "claimant:state department",
    ]);
    expect(agreementKeys({ claimant: null, subjectIds: [] })).toEqual([]);
  });
});
