import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  agreementKeys,
  claimKeys,
  claimTerms,
  compareClaims,
  compatibleClaimants,
  nameWordsOf,
  namesNobody,
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
    const b = claim("Trump had claimed a loss of $916 million in 1995, which could have allowed him to avoid paying taxes", { personId: null, name: "the report", kind: "WORK" }, [5]);
    expect(compareClaims(a, b)).toMatchObject({ same: true, why: expect.stringMatching(/^shared subject, 2 numbers shared, similarity 0\.2/) });
    // Trump's own claim is another claimant's: not the Times' report however many numbers they share.
    expect(compareClaims(a, { ...b, claimant: trump }).why).toBe("different claimants");
  });

  it("needs the same claimant or a shared subject, and three shared content words", () => {
    const other: ClaimantRef = { personId: 7, name: "Mike Pence", kind: "PERSON" };
    expect(compareClaims(claim("the wall will be paid for by Mexico", trump), claim("the wall will be paid for by Mexico", other)).why).toBe(
      "neither the same claimant nor a shared subject",
    );
    expect(compareClaims(claim("Mexico will pay", trump), claim("Mexico will pay", trump)).why).toMatch(/content words shared/);
  });

  it("asks for a fourth shared word when only a subject ties two claims", () => {
    // (Voters and Hugh Hewitt, who made the first pair on dev, are now told apart as different claimants too.)
    const voters: ClaimantRef = { personId: null, name: "voters", kind: "ANONYMOUS" };
    const they: ClaimantRef = { personId: null, name: "they", kind: "ANONYMOUS" };
    expect(compareClaims(claim("Mr. Trump should release his tax returns", voters, [5]), claim("him on his failure to release tax returns", they, [5])).why).toBe(
      "3 content words shared",
    );
    expect(compareClaims(claim("Trump must release his tax returns before the election", voters, [5]), claim("Trump refuses to release his tax returns before the election", they, [5])).same).toBe(true);
  });

  it("keeps claims by different claimants apart however alike, even about one subject (Trump's Muslim ban on PolNeAR train)", () => {
    // Each of them said something about Trump's call; none of them is his call, nor the same claim as another's.
    const org = (name: string): ClaimantRef => ({ personId: null, name, kind: "ORGANIZATION" });
    const council = claim("Republican presidential candidate Donald Trump's call for a ban on Muslims entering the United States", org("The St. Paul City Council"), [5]);
    const rally = claim(
      'Republican presidential candidate Donald Trump\'s call for "a total and complete shutdown of Muslims entering the United States."',
      { personId: null, name: "the rally", kind: "ANONYMOUS" },
      [5],
    );
    const republicans = claim("his call for a temporary ban on Muslims entering the United States", org("Republicans"), [5]);
    const mayor = claim(
      'Republican presidential candidate Donald Trump\'s offer to make an "exception" to his call for a temporary ban on Muslims entering the United States by allowing him to visit',
      org("The British capital's new mayor"),
      [5, 11],
    );
    for (const [a, b] of [[council, rally], [council, republicans], [rally, republicans], [mayor, republicans], [mayor, rally], [mayor, council]] as const) {
      expect(compareClaims(a, b)).toMatchObject({ same: false, why: "different claimants" });
      expect(compareClaims(b, a)).toMatchObject({ same: false, why: "different claimants" });
    }
    // The same words from one claimant in two versions of the story are still one claim.
    const again = claim("his call for a temporary ban on Muslims entering the United States", org("the Republicans"), [5]);
    expect(compareClaims(republicans, again)).toMatchObject({ same: true });
    expect(compareClaims(council, claim(council.text, org("the St. Paul City Council"), [5]))).toMatchObject({ same: true });
  });

  it("still lets a shared subject tie claims whose claimant names nobody or the same person (PolNeAR train repeats)", () => {
    const clinton: ClaimantRef = { personId: 10, name: "Hillary Clinton", kind: "PERSON" };
    const work = (name: string): ClaimantRef => ({ personId: null, name, kind: "WORK" });
    const politico = claim("she did not send any classified information and that no messages she sent or received were marked classified at the time", clinton, [10]);
    const initial = claim("she had not sent or received any emails that were “marked classified at the time.”", work("her initial statement"), [10]);
    const statement = claim("she had not sent or received emails that were “marked classified at the time.”", work("her statement"), [10]);
    expect(compareClaims(politico, initial)).toMatchObject({ same: true, why: expect.stringMatching(/^shared subject/) });
    expect(compareClaims(initial, statement)).toMatchObject({ same: true });
    // "Clinton's husband, Bill, …" made Hillary the claimant in one version of the story, Bill in the other.
    const bill: ClaimantRef = { personId: 50, name: "Bill Clinton", kind: "PERSON" };
    const sexism = "Sanders's followers of sexism and his campaign of fabricated attacks";
    expect(compareClaims(claim(sexism, bill, [19]), claim(sexism, clinton, [19]))).toMatchObject({ same: true });
    const mcconnell: ClaimantRef = { personId: 101, name: "Mitch McConnell", kind: "PERSON" };
    const quit = "It's time to quit attacking various people that you competed with or various minority groups in the country";
    expect(compareClaims(claim(quit, mcconnell, [5]), claim(quit, { personId: null, name: "Senate Majority Leader Mitch McConnell", kind: "ORGANIZATION" }, [5])).same).toBe(true);
    expect(compareClaims(claim(quit, mcconnell, [5]), claim(quit, { personId: 102, name: "Paul Ryan", kind: "PERSON" }, [5])).why).toBe("different claimants");
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

  it("tells claimants that name nobody, who can disagree with no one", () => {
    const anon = (name: string | null): ClaimantRef => ({ personId: null, name, kind: "ANONYMOUS" });
    for (const name of [null, "she", "They", "some", "her statement", "his campaign", "Former", "The president", "Ms"]) {
      expect(namesNobody(anon(name)), String(name)).toBe(true);
    }
    expect(namesNobody({ personId: null, name: "The survey", kind: "WORK" })).toBe(true);
    expect(namesNobody({ personId: null, name: "the Drudge Report", kind: "WORK" })).toBe(false);
    expect(namesNobody(null)).toBe(true);
    for (const name of ["the rally", "Republicans", "The candidate", "voters", "Senate Majority Leader", "The British capital's new mayor"]) {
      expect(namesNobody(anon(name)), name).toBe(false);
    }
    expect(namesNobody({ personId: 3, name: "He", kind: "PERSON" })).toBe(false);
  });

  it("counts as compatible the same speaker under another form, never two different ones", () => {
    const org = (name: string): ClaimantRef => ({ personId: null, name, kind: "ORGANIZATION" });
    const person = (personId: number, name: string): ClaimantRef => ({ personId, name, kind: "PERSON" });
    expect(compatibleClaimants(org("The State Department"), org("the State Department"))).toBe(true);
    expect(compatibleClaimants({ personId: null, name: "voters", kind: "ANONYMOUS" }, { personId: null, name: "Voters", kind: "ANONYMOUS" })).toBe(true);
    expect(compatibleClaimants(person(5, "Donald Trump"), org("Trump’s campaign"))).toBe(true);
    expect(compatibleClaimants(person(5, "Donald Trump"), person(6, "Donald Trump Jr."))).toBe(false);
    expect(compatibleClaimants(person(5, "Donald Trump"), person(7, "Mike Pence"))).toBe(false);
    expect(compatibleClaimants(person(5, "Donald Trump"), org("Republicans"))).toBe(false);
    expect(compatibleClaimants(org("Republicans"), org("Democrats"))).toBe(false);
    expect(compatibleClaimants(org("The St. Paul City Council"), { personId: null, name: "the rally", kind: "ANONYMOUS" })).toBe(false);
    expect(compatibleClaimants(null, org("Republicans"))).toBe(true);
    expect(compatibleClaimants({ personId: null, name: "they", kind: "ANONYMOUS" }, person(5, "Donald Trump"))).toBe(true);
  });

  it("gives the keys two possibly-same claims must share", () => {
    expect(agreementKeys({ claimant: trump, subjectIds: [2, 1] })).toEqual(["person:1", "person:2", "person:5"]);
    expect(agreementKeys({ claimant: { personId: null, name: "The State Department", kind: "ORGANIZATION" }, subjectIds: [] })).toEqual([
      "claimant:state department",
    ]);
    expect(agreementKeys({ claimant: null, subjectIds: [] })).toEqual([]);
  });
});

describe("agreementKeys and compareClaims", () => {
  it("never lets two claims be one claim without a key in common (the store's clustering locks)", () => {
    const claimants: (ClaimantRef | null)[] = [
      null,
      trump,
      { personId: 6, name: "Donald Trump Jr.", kind: "PERSON" },
      { personId: 50, name: "Bill Clinton", kind: "PERSON" },
      { personId: 10, name: "Hillary Clinton", kind: "PERSON" },
      { personId: null, name: "Trump's campaign", kind: "ORGANIZATION" },
      { personId: null, name: "The State Department", kind: "ORGANIZATION" },
      { personId: null, name: "the State Department", kind: "ORGANIZATION" },
      { personId: null, name: "voters", kind: "ANONYMOUS" },
      { personId: null, name: "her statement", kind: "WORK" },
      { personId: null, name: "she", kind: "ANONYMOUS" },
    ];
    const texts = [
      "the harbour dredging contract was awarded without a public tender",
      "the dredging contract for the harbour was awarded without any public tender last year",
      "the harbour dredging contract was not awarded without a public tender",
    ];
    const arbitrary = fc.record({
      text: fc.constantFrom(...texts),
      claimant: fc.constantFrom(...claimants),
      subjectIds: fc.subarray([5, 10, 50]),
    });
    fc.assert(
      fc.property(arbitrary, arbitrary, (x, y) => {
        const a = claim(x.text, x.claimant, x.subjectIds);
        const b = claim(y.text, y.claimant, y.subjectIds);
        if (!compareClaims(a, b).same) return;
        const keys = new Set(agreementKeys(a));
        expect(agreementKeys(b).some((k) => keys.has(k))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
