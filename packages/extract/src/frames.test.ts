import { describe, expect, it } from "vitest";
import { findCues } from "./cues.js";
import { extract } from "./index.js";
import { pairQuoteMarks } from "./quote-marks.js";
import { segment } from "./segment.js";

const cueTexts = (t: string) => findCues(t, 0, t.length).map((c) => t.slice(c.start, c.end));
/** Each quote's words, speaker name and kind. */
const speakers = (t: string) => extract(t).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.speaker?.kind ?? null]);
const attributions = (t: string) => {
  const x = extract(t);
  return [...x.quotes, ...x.claims].map((a) => ({ source: a.source?.text ?? null, cue: a.cue?.text ?? null, content: a.text }));
};

describe("cues", () => {
  it("finds hand-listed and mined cues with their auxiliaries, longest form first", () => {
    expect(cueTexts("Miller was quoted as saying he had also endorsed the plan.")).toEqual(["was quoted as saying", "had also endorsed"]);
    expect(cueTexts("According to aides, she has repeatedly criticized him.")).toEqual(["According to", "has repeatedly criticized"]);
  });
});

describe("PolNeAR-style frames", () => {
  it("takes pronoun and generic noun sources", () => {
    expect(attributions("They said the vote was rigged.")).toContainEqual({ source: "They", cue: "said", content: "the vote was rigged" });
    expect(attributions("The campaign announced that it would appeal.")).toContainEqual({ source: "The campaign", cue: "announced", content: "it would appeal" });
  });
  it("credits attitude verbs mined from PolNeAR train", () => {
    expect(attributions("Senator Ann Lee believes the bill will pass this year.")).toContainEqual({
      source: "Senator Ann Lee",
      cue: "believes",
      content: "the bill will pass this year",
    });
  });
  it("widens the source over appositions and a party tag", () => {
    const t = "“It is an invasion,” Scott Pruitt, the attorney general of Oklahoma, said at an event.";
    expect(attributions(t)[0]).toMatchObject({ source: "Scott Pruitt, the attorney general of Oklahoma,", cue: "said" });
    expect(attributions("Gov. Mike Pence (R-IN) said the tweet was a joke.")[0]).toMatchObject({ source: "Gov. Mike Pence (R-IN)", cue: "said" });
  });
  it("reads a quote sentence followed by a bare “X said.”", () => {
    const t = "“How many times do we have to see this?” Clinton said.";
    expect(extract(t).quotes[0]).toMatchObject({ source: { text: "Clinton" }, cue: { text: "said" } });
  });
  it("takes a title before the name and a clause of time after the cue into that reading", () => {
    const x = extract("“We cast our votes for Donald J. Trump!” US Senator Jeff Sessions said as he launched the process.");
    expect(x.quotes[0]).toMatchObject({ speaker: { name: "Jeff Sessions" }, source: { text: "US Senator Jeff Sessions" }, cue: { text: "said" } });
    // What he was doing when he said it is not what he said.
    expect(x.claims.map((c) => c.text)).not.toContain("as he launched the process");
  });
  it("reads interview transcript turns (NAME: …)", () => {
    const t = "Partial transcript:\n\nPENCE: Well, look, this is serious business. The people have a choice.\n\nWALLACE: Thank you.";
    expect(extract(t).claims[0]).toMatchObject({ source: { text: "PENCE" }, cue: { text: ":" }, text: "Well, look, this is serious business. The people have a choice" });
  });
});

describe("doubled-apostrophe quotation marks", () => {
  it("pairs '' … '' like a double quotation", () => {
    const t = "''This isn't tax reform,'' said Douglas Holtz-Eakin.";
    expect(pairQuoteMarks(t, segment(t).paragraphs)).toEqual([{ open: 0, close: 24, openLength: 2 }]);
    expect(extract(t).quotes[0]).toMatchObject({ text: "This isn't tax reform,", source: { text: "Douglas Holtz-Eakin" } });
  });
});

describe("0.3.0 frames", () => {
  it("reads 'said it would…' and determiner sources of verbs of saying", () => {
    expect(attributions("The network said it would send Ms. Martin to Crimea.")).toContainEqual({ source: "The network", cue: "said", content: "it would send Ms. Martin to Crimea" });
  });
  it("carries the sentence subject to coordinated and participial cues", () => {
    const a = attributions("Donald Trump is defending his tweets, saying it shows he would be awake for a call.");
    expect(a).toContainEqual({ source: "Donald Trump", cue: "saying", content: "it shows he would be awake for a call" });
    const b = attributions("Clinton tweeted about the debate and said she would stand up to the attacks.");
    expect(b.map((x) => [x.source, x.cue])).toContainEqual(["Clinton", "said"]);
  });
  it("widens sources over pre-modifiers, 'of/for' phrases and closing appositions", () => {
    expect(attributions("Clinton spokesman Nick Merrill says that the call was private.")[0]?.source).toBe("Clinton spokesman Nick Merrill");
    expect(attributions("A spokeswoman for Hillary Clinton says the campaign was not involved.")[0]?.source).toBe("A spokeswoman for Hillary Clinton");
    expect(attributions("\"It's more tinkering at the edges,\" said Alan Cole, an economist at the Tax Foundation.")[0]?.source).toBe("Alan Cole, an economist at the Tax Foundation");
    expect(attributions("\"There's a lot of new complexity,\" said Mr. Burman.")[0]?.source).toBe("Mr. Burman");
  });
  it("takes a dash signature after a quotation as its attribution", () => {
    const x = extract("“He represents our greatest shame.” ― Sonya Herridge\n“He scares me.” ― Pamela Padilla");
    expect(x.quotes.map((q) => [q.text, q.cue?.text, q.source?.text])).toEqual([
      ["He represents our greatest shame.", "―", "Sonya Herridge"],
      ["He scares me.", "―", "Pamela Padilla"],
    ]);
  });
});

describe("0.5.0 verb groups", () => {
  it("takes modals, negations and adverbs into the cue", () => {
    expect(cueTexts("The campaign did not immediately respond to requests.")).toEqual(["did not immediately respond to"]);
    expect(attributions("Clinton now says she opposes the trade deal.")).toContainEqual({ source: "Clinton", cue: "now says", content: "she opposes the trade deal" });
    expect(cueTexts("A close ally said so.")).toEqual(["said"]);
  });
  it("runs the cue over a colon and over the preposition of a prepositional verb", () => {
    expect(attributions("The GOP nominee complained about his mic the morning after the debate.")).toContainEqual({
      source: "The GOP nominee",
      cue: "complained about",
      content: "his mic the morning after the debate",
    });
    expect(attributions("Trump wrote: the system is rigged against us.")).toContainEqual({ source: "Trump", cue: "wrote:", content: "the system is rigged against us" });
    expect(attributions("Donald Trump spoke in Ohio. He’s claiming that voting fraud is a big problem.")).toContainEqual({ source: "He", cue: "’s claiming", content: "voting fraud is a big problem" });
    expect(attributions("Clinton says at a campaign stop in Toledo, Ohio, that it means Trump paid nothing.")).toContainEqual({
      source: "Clinton",
      cue: "says",
      content: "it means Trump paid nothing",
    });
    // Verbs of saying keep their adjuncts out of the cue.
    expect(attributions("Ann Lee said on Tuesday that the bill would pass.")).toContainEqual({ source: "Ann Lee", cue: "said", content: "the bill would pass" });
  });
  it("gives a participle after a frame that frame's source, and cuts the earlier content before it", () => {
    const a = attributions("“We can’t afford this,” Trump said, adding that NATO is costing us a fortune.");
    expect(a).toContainEqual({ source: "Trump", cue: "adding", content: "NATO is costing us a fortune" });
    const b = attributions("Rival Hillary Clinton had mocked the complaint about the microphone, saying anybody who complains is not having a good night.");
    expect(b).toContainEqual({ source: "Rival Hillary Clinton", cue: "had mocked", content: "the complaint about the microphone" });
    expect(b).toContainEqual({ source: "Rival Hillary Clinton", cue: "saying", content: "anybody who complains is not having a good night" });
  });
  it("does not read a possessive determiner as a subject, nor a long clause as a bare “X said.”", () => {
    expect(attributions("Donald Trump is defending his tweets about the pageant winner.").map((x) => x.cue)).not.toContain("tweets");
    const x = attributions("The aide left early. The FBI decided after a lengthy investigation not to recommend charges.");
    expect(x.filter((f) => f.content.includes("aide left"))).toEqual([]);
  });
});

describe("0.5.0 sources", () => {
  it("takes a relative pronoun as the source, crediting its antecedent", () => {
    const x = extract("The crowd cheered for Donald Trump, who had talked about the rigged system for months.");
    const c = x.claims.find((c) => c.cue?.text === "had talked about");
    expect(c).toMatchObject({ source: { text: "who" }, claimant: { name: "Donald Trump", kind: "person" }, text: "the rigged system for months" });
  });
  it("runs a sentence-final 'according to' source to the end of the sentence", () => {
    expect(attributions("Trump led among richer voters, according to the Roper Center for Public Opinion Research.")[0]).toMatchObject({
      source: "the Roper Center for Public Opinion Research",
      cue: "according to",
    });
  });
  it("reads a party tag before an apposition", () => {
    const t = "“They would just get them,” Rep. Jim Jordan (R-Ohio), an oversight panel member, said in a statement.";
    expect(attributions(t)[0]).toMatchObject({ source: "Rep. Jim Jordan (R-Ohio), an oversight panel member,", cue: "said in a statement" });
  });
});

describe("0.6.0 cue phrases, infinitive chains, clause-initial chunks", () => {
  it("finds mined multi-word cues", () => {
    expect(cueTexts("Trump made it clear he would stay.")).toEqual(["made it clear"]);
    expect(attributions("Sanders shot back at the moderator over the plan.")).toContainEqual({ source: "Sanders", cue: "shot back at", content: "the moderator over the plan" });
  });
  it("runs the cue over a verb chain ending in an infinitive", () => {
    expect(attributions("The New York Times is expected to endorse the Democratic candidate in the race.")).toContainEqual({
      source: "The New York Times",
      cue: "is expected to endorse",
      content: "the Democratic candidate in the race",
    });
    expect(attributions("Hillary Clinton took to Twitter to say she was grateful to her supporters.")).toContainEqual({
      source: "Hillary Clinton",
      cue: "took to Twitter to say",
      content: "she was grateful to her supporters",
    });
  });
  it("takes a clause-initial noun chunk before a mined cue", () => {
    expect(attributions("The platform also vows to oppose all federal and state laws.")).toContainEqual({
      source: "The platform",
      cue: "also vows",
      content: "to oppose all federal and state laws",
    });
  });
});

describe("claimants of grown sources", () => {
  it("credits the person whose name ends a source grown from an organisation's title", () => {
    const text =
      'Donald Trump spoke in Virginia. Senate Majority Leader Mitch McConnell, R-Ky., delivered a blunt message to Trump: "It\'s time to quit attacking various people."';
    const claim = extract(text).claims.find((c) => c.source?.text.includes("McConnell"));
    expect(claim?.claimant).toMatchObject({ kind: "person", name: "Mitch McConnell" });
  });
});

describe("verbs of naming", () => {
  it("makes no claim of a name given ('a meteorologist named …'), but keeps a ranking ('named … as …')", () => {
    const named = extract("In 1961 a meteorologist named Edward Lorenz ran a weather model at MIT. A documentary titled Weiner is set to be released.");
    expect(named.claims.map((c) => c.cue?.text)).not.toContain("named");
    expect(named.claims.map((c) => c.cue?.text)).not.toContain("titled");
    const known = extract("After the collapse of the old system in 2011, hard-line Muslims known as Salafists attacked bars and art galleries.");
    expect(known.claims.map((c) => c.cue?.text)).not.toContain("known as");
    const ranked = extract("The FBI named Cleveland as the fifth most dangerous city in America last year.");
    expect(ranked.claims.map((c) => c.cue?.text)).toContain("named");
  });
});

describe("a quotation's own frame", () => {
  it("keeps its speaker when an attribution chain follows it (“…,” X said, according to Y)", () => {
    const x = extract("Bernie Sanders spoke. “I ask you not to protest on the floor,” Sanders said, according to CNN.");
    expect(x.quotes[0]?.speaker).toMatchObject({ name: "Bernie Sanders", kind: "person" });
    expect(x.quotes[0]?.cue?.text).toBe("said");
  });
});

describe("a time between the subject and its verb", () => {
  it("leaves the subject the source (“Hillary Clinton on Tuesday said …”)", () => {
    const [claim] = extract("U.S. Democratic presidential candidate Hillary Clinton on Tuesday said that Islamic State violence against Yazidis is genocide.").claims;
    expect(claim?.claimant).toMatchObject({ name: "Hillary Clinton", kind: "person" });
    expect(claim?.cue?.text).toBe("said");
    expect(extract("The agency last week told reporters that the budget would shrink.").claims[0]?.claimant?.name).toBe("The agency");
  });
});

describe("a fragment going on with the paragraph's speaker", () => {
  it("is the earlier quotation's speaker's, not the subject's it follows, and less sure", () => {
    const text = "“Already, leaders have demonstrated a willingness to take risks,” Obama said in his speech. Palestinian Authority President Mahmoud Abbas “has put aside efforts to shortcut the pursuit of peace.”";
    const [, second] = extract(text).quotes;
    expect(second?.speaker).toMatchObject({ name: "Obama" });
    expect(second?.confidence).toBeLessThan(0.5);
    // A short scare quote stays nobody's.
    expect(extract("“We are leaving,” Obama said. The plan was “dead” by then.").quotes.map((q) => q.text)).toEqual(["We are leaving,"]);
  });
});

describe("a verb of memory after a quotation", () => {
  it("takes the act it recalls into its cue and the quotation before it as content", () => {
    const x = extract("Daniel Rothman teaches physics.\n\n“Jesus … who is Ellen Fetter?” Rothman recalls thinking at the time. “It’s one of the most important papers,” he said.");
    expect(x.quotes[0]?.speaker).toMatchObject({ name: "Daniel Rothman" });
    expect(x.quotes[0]?.cue?.text).toBe("recalls thinking");
  });
});

describe("an inverted source set off inside its clause", () => {
  it("says what the clause goes on to say (“The combination, say economists, marks …”)", () => {
    const [claim] = extract("The combination, say economists, marks a journey into mostly uncharted financial territory.").claims;
    expect(claim).toMatchObject({ text: "marks a journey into mostly uncharted financial territory", claimant: { name: "economists" } });
  });
  it("is no frame for an apposition after a quotation's speaker, nor for a day", () => {
    const x = extract("“It is a car crash,” said Menaka Guruswamy, a barrister from New Delhi.");
    expect(x.claims).toEqual([]);
    expect(x.quotes[0]?.speaker?.name).toBe("Menaka Guruswamy");
    expect(extract("The tentative deal, announced Friday, would last four years.").claims).toEqual([]);
  });
});

describe("nouns a possessor holds as a proposition", () => {
  it("make a claim of the possessor's (“de Miranda’s notion that P”) but stay out of a verb's cue", () => {
    const [claim] = extract("Luis de Miranda wrote a book. The exhibit fits with de Miranda’s notion that neon technology is like a time capsule from another age.").claims;
    expect(claim).toMatchObject({ text: "neon technology is like a time capsule from another age", claimant: { name: "Luis de Miranda" }, cue: { text: "notion" } });
    expect(extract("Ms. Conway rejected the idea that the changes amounted to a shake-up.").claims[0]?.cue?.text).toBe("rejected");
  });
});

describe("an “according to” phrase set off by dashes", () => {
  it("ends at the dash", () => {
    const x = extract("There would be a code including — according to the explanatory notes of the British Bill — “provision to protect the public interest in the confidentiality of journalistic sources”.");
    expect(x.quotes[0]?.speaker?.name).toBe("the explanatory notes of the British Bill");
  });
});

describe("how sure a claim is", () => {
  const confidence = (text: string) => extract(text).claims[0]?.confidence ?? NaN;
  it("doubts an act whose only finite verbs go on its predicate or open a relative clause", () => {
    expect(confidence("In 1997, President Bill Clinton imposed a comprehensive trade embargo against Sudan and blocked the assets of the Sudanese government.")).toBeLessThan(0.5);
    expect(confidence("In the mid-2000s, Pacific halibut fishermen sought the certification, a system of audits that tracks seafood from catch to market.")).toBeLessThan(0.5);
  });
  it("trusts a clause of its own, a demonstrative subject included", () => {
    expect(confidence("Officials said the plan would fail.")).toBeGreaterThanOrEqual(0.5);
    expect(confidence("That would reduce federal revenue by an additional $631 billion, according to the budget office.")).toBeGreaterThanOrEqual(0.5);
    expect(confidence("The agency said in a statement that the craft broke up at an altitude of 190 kilometres.")).toBeGreaterThanOrEqual(0.5);
  });
  it("doubts a claim after a cue mined from PolNeAR, which reports acts and stances as often as propositions", () => {
    expect(confidence("The One X doesn't support Dolby Vision, so you're stuck with the HDR 10 standard.")).toBeLessThan(0.5);
    expect(confidence("Officials are worried about the number of Tunisian militants who may have joined the jihadists.")).toBeLessThan(0.5);
  });
});

describe("a speaker's name with a party tag or a date-like word", () => {
  it("keeps the party tag set off by commas with the name (“Mitch McConnell, R-Ky., said Tuesday”)", () => {
    const x = extract("“We will override the veto,” Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday.");
    expect(x.quotes[0]?.speaker).toMatchObject({ name: "Mitch McConnell", kind: "person" });
    expect(extract("The plan is dead, Sen. Lindsey Graham, R-S.C., said Tuesday.").claims[0]?.claimant).toMatchObject({ name: "Lindsey Graham" });
  });
  it("reads “9/11 widow” and “CNN/ORC poll” as one phrase", () => {
    expect(extract("“They are 100 percent wrong,” said 9/11 widow Terry Strada.").quotes[0]?.speaker).toMatchObject({ name: "Terry Strada" });
  });
});

describe("a quotation in doubled apostrophes after one with a speaker", () => {
  it("goes on with that speaker, as one in curly marks does", () => {
    const x = extract("Adam Friedman spoke. ''The quality of these lists comes down to resources,'' Mr. Friedman said. ''The more people you have working on it, the better your numbers are going to be.''");
    expect(x.quotes.map((q) => q.speaker?.name)).toEqual(["Adam Friedman", "Adam Friedman"]);
  });
});

describe("0.15.1, read off GUM's news quotations", () => {
  it("takes a word after an honorific without its full stop for a person (“Ms Bauchtman said”)", () => {
    expect(speakers('We need to "make sure there is sufficient iodine," Ms Bauchtman said.')).toEqual([
      ["make sure there is sufficient iodine,", "Bauchtman", "person"],
    ]);
  });
  it("gives no quotation the speaker of a frame that is words of another quotation", () => {
    const t = '"Foolhardy provocation deserves harsh punishment", it added; and, later, "Kim Jong-un issued an order that the units should enter a wartime state".';
    expect(speakers(t).map(([, name]) => name)).not.toContain("Kim Jong-un");
  });
  it("takes a reference list's headlines for titles, not quotes", () => {
    const t = [
      "Dewar said the documents were sensitive.",
      "Sources",
      '"Sensitive government document found on rainy Ottawa street" — CBC.ca, August 15, 2008',
      'Peter Zimonjic. "MP calls for probe into misplaced documents" — Edmonton Sun, August 16, 2008',
    ].join("\n");
    expect(extract(t).quotes).toEqual([]);
  });
  it("carries a subject that is a role right before a person's name to the later cue as that person", () => {
    const t = 'Labour\'s Shadow Home Secretary Yvette Cooper said her party has supported the idea "for months", and said it was "damning that the Home Office is not doing this already".';
    expect(speakers(t)).toEqual([
      ["for months", "Yvette Cooper", "person"],
      ["damning that the Home Office is not doing this already", "Yvette Cooper", "person"],
    ]);
  });
});

describe("0.15.1 appositions before a cue", () => {
  it("reads a role phrase with a gloss in brackets before a set-off name as that person's", () => {
    expect(speakers('The secretary general of CEI (Italian Episcopal Conference), Nunzio Galantino, has called the sentence "dangerous".')).toEqual([
      ["dangerous", "Nunzio Galantino", "person"],
    ]);
  });
  it("credits the person an apposition describes, not the organisation named in it", () => {
    expect(
      speakers('Cynthia Thompson, curator and director of exhibits at the University of Arkansas, Fayetteville, said, "These images serve as documentation."'),
    ).toEqual([["These images serve as documentation.", "Cynthia Thompson", "person"]]);
  });
  it("does not reach over a new clause for that person", () => {
    const claims = extract("Voters liked Mr. Clinton, but Republicans, concerned about the party's appeal to women, have long considered the issue settled.").claims;
    expect(claims.map((c) => c.claimant?.name)).not.toContain("Bill Clinton");
    expect(claims.map((c) => c.claimant?.name)).not.toContain("Clinton");
  });
});

describe("0.15.1 speakers introduced before a quotation paragraph, and their affiliations", () => {
  it("takes a given name before an organisation word that is also a surname for a person (“Marc Lamont Hill”, not “The Hill”)", () => {
    const x = extract("Marc Lamont Hill said the movement mattered. The Hill reported it.");
    expect(x.persons.map((p) => p.name)).toEqual(["Marc Lamont Hill"]);
    expect(x.claims[0]!.claimant).toMatchObject({ name: "Marc Lamont Hill", kind: "person" });
  });
  it("gives a quotation paragraph to the speaker whose paragraph ends with “commented,” or an adjunct and a colon", () => {
    const t = [
      'The Straits Times noted the messages had grown into a "support movement". Professor Marc Lamont Hill commented,',
      '"Hoping that the movement translates into a national conversation on race."',
      "US President Barack Obama tweeted using his @POTUS account:",
      '"Cool clock, Ahmed. Want to bring it to the White House?"',
    ].join("\n");
    expect(speakers(t).slice(1)).toEqual([
      ["Hoping that the movement translates into a national conversation on race.", "Marc Lamont Hill", "person"],
      ["Cool clock, Ahmed. Want to bring it to the White House?", "Barack Obama", "person"],
    ]);
  });
  it("credits a person named with the organisation they belong to, not the organisation", () => {
    const claimant = (t: string) => extract(t).claims[0]?.claimant;
    expect(claimant("Matthew Ingram of The Globe and Mail said the conflict was a war.")).toMatchObject({ name: "Matthew Ingram", kind: "person" });
    expect(claimant("Paul Krugman of the New York Times points out that the deficit fell.")).toMatchObject({ name: "Paul Krugman", kind: "person" });
    expect(claimant("Two women who have accused Clinton of sexual assault said they received calls.")?.name).not.toMatch(/Clinton/);
  });
  it("takes “reasoned” for a verb of saying", () => {
    expect(speakers('The city reasoned, "because the users pay a fee, this activity is a commercial one".')).toEqual([
      ["because the users pay a fee, this activity is a commercial one", "The city", "anonymous"],
    ]);
  });
  it("takes a title-case name after “named” or “labeled”, and an exhibit's title, for no quote", () => {
    expect(extract('The team\'s robot, named "Better Idea of Afghan Girls," scored two points.').quotes).toEqual([]);
    expect(extract('Kristen Wilkins, curator of "Andy Warhol: Photographs and Prints from the University Collection" at the university, spoke.').quotes).toEqual([]);
  });
  it("credits a work before “of”, not what it is about", () => {
    expect(speakers('PC World\'s recent analysis of its own web traffic statistics concluded, "Usually, Internet Explorer is the #2 browser."')).toEqual([
      ["Usually, Internet Explorer is the #2 browser.", "PC World's recent analysis", "work"],
    ]);
    expect(extract("A recent survey of Republican insiders shows that the race is open.").claims[0]!.claimant).toMatchObject({ name: "A recent survey", kind: "work" });
  });
  it("credits a work seen or obtained by someone, not who saw it", () => {
    expect(speakers('A leaked internal letter seen by Sky News says "failure to return the form may end the claim".')).toEqual([
      ["failure to return the form may end the claim", "A leaked internal letter", "work"],
    ]);
    expect(extract("A report obtained by CNN says the attack was planned.").claims[0]!.claimant).toMatchObject({ name: "A report", kind: "work" });
  });
  it("takes a spaced hyphen and a name after a quotation that ends its paragraph for the quotation's signature", () => {
    const t = 'Other sites will keep hosting the video. "So far, it\'s the Internet: 1, Scientology: 0." - Matthew Ingram\nIngram wrote more.';
    expect(speakers(t)).toEqual([["So far, it's the Internet: 1, Scientology: 0.", "Matthew Ingram", "person"]]);
  });
  it("takes “stating” for a hand-listed verb of saying, its noun for the speaker", () => {
    expect(speakers('All they get is a message stating, "The word scientology means search for truth."')).toEqual([
      ["The word scientology means search for truth.", "a message", "anonymous"],
    ]);
  });
  it("credits the people a participle phrase describes, not the place it names", () => {
    expect(speakers('Protesters marching through the streets chanted "What curfew?" and kept going.')).toEqual([["What curfew?", "Protesters", "anonymous"]]);
    expect(extract("Residents living near the plant said the water was unsafe.").claims[0]!.claimant).toMatchObject({ name: "Residents" });
    expect(extract("People briefed on the move said the deal was off.").claims[0]!.claimant).toMatchObject({ name: "People" });
  });
  it("gives a person's own statement or tweet to the person, a book to itself", () => {
    expect(speakers('Senator John Cornyn spoke. Cornyn\'s statement added, "There is no question Houston should have been selected."')).toEqual([
      ["There is no question Houston should have been selected.", "John Cornyn", "person"],
    ]);
    expect(extract("Donald Trump spoke. Trump's tweet said the election was rigged.").claims[0]!.claimant).toMatchObject({ name: "Donald Trump", kind: "person" });
    expect(extract("Bob Woodward wrote it. Woodward's book says Trump sent kits to Putin.").claims.at(-1)!.claimant).toMatchObject({ kind: "work" });
  });
  it("cuts an organisation's name off a full name closing the same run, the name's title with the name", () => {
    const x = extract("The head of the National Rifle Association Wayne LaPierre said guns are good. Senate Intelligence Ranking Democrat Dianne Feinstein said the report was late.");
    expect(x.persons.map((p) => p.name)).toEqual(["Wayne LaPierre", "Dianne Feinstein"]);
    expect(x.claims[1]!.claimant).toMatchObject({ name: "Dianne Feinstein", kind: "person" });
    const carried = extract("Retired Army Col. Lawrence Wilkerson brought up the bombing and later said, “It’s not just Muslims shooting people.”");
    expect(carried.quotes[0]!.speaker).toMatchObject({ name: "Lawrence Wilkerson", kind: "person" });
    expect(extract("The Bill and Melinda Gates Foundation said it would help.").claims[0]!.claimant!.kind).toBe("organization");
  });
});

describe("0.16.0 speakers read off PolNeAR's quote attributions", () => {
  it("does not give a quotation ending its paragraph to a frame opening the next one", () => {
    const t = "At one point, a woman asked for a photo and Bill Clinton said, “as long as we’re not violating any election laws.”\n\nAccording to state law, no one may solicit a vote.";
    expect(speakers(t)).toEqual([["as long as we’re not violating any election laws.", "Bill Clinton", "person"]]);
    // The same frame in the same paragraph still speaks for it.
    expect(speakers("“We will win,” according to Smith's aide.")[0]![1]).toBe("Smith's aide");
  });
  it("does not take an adverb opening the sentence for the subject a participle carries", () => {
    expect(speakers("Back in 1999, Mr. Trump expressed admiration for Mr. Clinton's skills, telling CNBC: ''I wish I could be like that.''")).toEqual([
      ["I wish I could be like that.", "Trump", "person"],
    ]);
  });
  it("reads a verb of saying that opens its sentence, the speaker after it, then the quotation", () => {
    expect(speakers("The home was renovated. Said Dorothy Poynter, who grew up with Ali, “We were all so proud of him.”")).toEqual([
      ["We were all so proud of him.", "Dorothy Poynter", "person"],
    ]);
    expect(speakers("Roger Stone spoke on the radio.\n\nStated Stone:\n\n“I think that the stakes are so high.”")).toEqual([["I think that the stakes are so high.", "Roger Stone", "person"]]);
  });
  it("looks past two adverbials, and a state's abbreviation, for the subject a participle of saying carries", () => {
    const t = "On Thursday, after remaining neutral, Elizabeth Warren endorsed Clinton, saying, “I think having a fighter in the lead is what this country needs.”";
    expect(speakers(t)).toEqual([["I think having a fighter in the lead is what this country needs.", "Elizabeth Warren", "person"]]);
    const claims = extract("Donald Trump spoke. The day before, at a rally in Beaumont, Tex., Mr. Trump was blunt, claiming that Obama wanted refugees.").claims;
    expect(claims.map((c) => c.claimant?.name)).toEqual(["Donald Trump"]);
  });
  it("takes shouting, yelling, chanting and screaming for verbs of saying", () => {
    expect(speakers("He said “Trump will build the wall” - at which point the crowd chanted “Build the wall!”")[1]).toEqual(["Build the wall!", "the crowd", "anonymous"]);
    expect(speakers("Supporters punched a protester, with Donald Trump reportedly yelling: “Get him the hell out of here!”")).toEqual([
      ["Get him the hell out of here!", "Donald Trump", "person"],
    ]);
  });
  it("takes no adverb after an inverted cue for the speaker", () => {
    const t = "“We’ve had better conventions,” Texas delegate Bill Eastland, wearing a cowboy hat and “Ted Cruz” campaign pins, said matter-of-factly as confetti fell.";
    expect(speakers(t)[0]![1]).not.toBe("matter-of-factly");
  });
  it("skips a dateline and a long opening phrase for the subject a participle carries", () => {
    const t = "WASHINGTON, Dec. 8 (UPI) — In response to Donald Trump’s proposal to bar Muslims from entering the United States, Huma Abedin rallied supporters, saying: “We have to be ready to stop him.”";
    expect(speakers(t)).toEqual([["We have to be ready to stop him.", "Huma Abedin", "person"]]);
  });
  it("takes a name standing alone before a colon for the speaker of the quotation after it", () => {
    expect(speakers("The analysts weighed in. Philip Bump: “Two weeks ago, the South was his strongest territory.”")).toEqual([
      ["Two weeks ago, the South was his strongest territory.", "Philip Bump", "person"],
    ]);
    // A hearer after a verb is no label.
    expect(speakers("Bill Maher asked Bernie Sanders: “Now, you famously said it, didn't you?”")[0]![1]).toBe("Bill Maher");
  });
  it("credits the person named after a role and its organisation, a spokeswoman for a person to herself", () => {
    expect(extract("The head of the National Rifle Association Wayne LaPierre said the law was bad.").claims[0]!.claimant).toMatchObject({ name: "Wayne LaPierre", kind: "person" });
    expect(extract("A spokeswoman for Hillary Clinton said the law was bad.").claims[0]!.claimant).toMatchObject({ name: "A spokeswoman for Hillary Clinton", kind: "anonymous" });
  });
  it("reads a quotation right after one that closed its sentence as direct speech", () => {
    const x = extract('Hillary Clinton said the plan "would work." "We will win," she said. "It is close."');
    expect(x.quotes.map((q) => q.kind)).toEqual(["partial", "direct", "direct"]);
  });
  it("gives a quotation “in the words of” someone to the first person the phrase names", () => {
    expect(speakers("By the end, in the words of the Crown prosecutor, Mark Tedeschi, QC, \"Gloria spent a lot of her life crying.\"")).toEqual([
      ["Gloria spent a lot of her life crying.", "Mark Tedeschi", "person"],
    ]);
  });
  it("gives a quotation to the person who introduces it in the sentence before, over the paragraph's earlier speaker", () => {
    const t =
      'The U.S. Department of Agriculture notes, "Ozone causes more damage to plants than all other pollutants." Colette Heald noted the findings show pollution reduction is also important. "An air-quality cleanup would improve crop yields."';
    expect(speakers(t).map((q) => q[1])).toEqual(["The U.S. Department of Agriculture", "Colette Heald"]);
    // A sentence holding a quotation in doubled apostrophes introduces nothing; the quotation's own speaker goes on.
    const split =
      "Julian Castro spoke. ''There is a greater goal here,'' said Representative Raul Grijalva of Arizona, who sent a letter to Mr. Castro criticizing the mortgage sales. ''The contribution of Bernie will be lasting.''";
    expect(speakers(split).map((q) => q[1])).toEqual(["Raul Grijalva", "Raul Grijalva"]);
  });
  it("skips a state after a place and a dateline in title case for the subject a participle carries", () => {
    const t = "At a campaign event in Ames, Iowa, on Sunday, Mrs. Hillary Clinton expanded on her statement, saying the country should be ''rallying our partners.''";
    expect(speakers(t)).toEqual([["rallying our partners.", "Hillary Clinton", "person"]]);
    const d = "Washington (AFP) – Democrat Hillary Clinton has taken a swipe at Donald Trump, saying that “bombastic comments” do more harm than good.";
    expect(speakers(d)).toEqual([["bombastic comments", "Hillary Clinton", "person"]]);
  });
  it("takes an organisation's name standing alone before a colon for the speaker, over a frame holding both", () => {
    expect(speakers("But polls did predict the Democratic caucus - HuffPollster: “Most pollsters fared much better with the Democratic results.”")).toEqual([
      ["Most pollsters fared much better with the Democratic results.", "HuffPollster", "organization"],
    ]);
  });
  it("gives a question to the one who asked it, not to the one asked", () => {
    expect(speakers("Marco Rubio was asked by Fox Business moderator Gerard Baker whether his plan would risk “adding another expensive entitlement program.”")).toEqual([
      ["adding another expensive entitlement program.", "Gerard Baker", "person"],
    ]);
  });
  it("skips a state's abbreviation in capitals after a place", () => {
    const t = "At a rally in Portsmouth, N.H., on Tuesday, Senator Bernie Sanders endorsed Mrs. Clinton, saying that she would ''make an outstanding president.''";
    expect(speakers(t)).toEqual([["make an outstanding president.", "Bernie Sanders", "person"]]);
  });
  it("does not take a phrase after an auxiliary and a preposition for a subject", () => {
    expect(speakers("Glenn Beck, who has in the past described Trump as “a narcissistic psychopath,” spoke on Sunday.")).toEqual([
      ["a narcissistic psychopath,", "Glenn Beck", "person"],
    ]);
  });
});

describe("0.17.0 claims and sources the rules had left out", () => {
  const claims = (t: string) => extract(t).claims.map((c) => [c.cue?.text, c.claimant?.name, c.text]);
  it("gives a participle after a speaker's cue and its time or place to that speaker", () => {
    const t = "“We were shocked,” Oversight Chairman Jason Chaffetz (R-Utah) said in a statement, adding that the agreements were handed out “like candy.”";
    expect(claims(t)).toEqual([["adding", "Jason Chaffetz", "that the agreements were handed out “like candy.”"]]);
    expect(speakers(t).map((q) => q[1])).toEqual(["Jason Chaffetz", "Jason Chaffetz"]);
    expect(claims("“This is in their heads,” said Pat Caddell, speaking of Clinton’s health issue.")).toEqual([["speaking of", "Pat Caddell", "Clinton’s health issue"]]);
    // Not across a clause of its own.
    expect(claims("“We won,” Ms. Lee said, and voters, fearing that the polls were wrong, stayed home.")).toEqual([]);
  });
  it("ends the content of the frame a participle continues before it", () => {
    const t = "Democratic presidential nominee Hillary Clinton chimed in on Twitter, saying that Charlotte officials should release the police videos.";
    expect(claims(t).map((c) => c[2])).toContain("that Charlotte officials should release the police videos");
    expect(claims(t).map((c) => c[2])).not.toContain("in on Twitter, saying that Charlotte officials should release the police videos");
  });
  it("reads 'which he described as' as active, not passive", () => {
    const t = "He would pay for the increases through tax reform, which he described as “making sure that companies are paying their fair share.”";
    expect(speakers(t)).toEqual([["making sure that companies are paying their fair share.", "he", "anonymous"]]);
    // "a stranding described as …" stays passive: nobody speaks.
    expect(extract("A mass stranding described as unprecedented left the tribe scrambling.").claims).toEqual([]);
  });
  it("finds the source set off with its apposition before a cue only the tagger knows", () => {
    const t = "Mitt Romney, the 2012 Republican presidential nominee, tweeted in response: “Important distinction: thug Putin kills journalists.”";
    expect(speakers(t)).toEqual([["Important distinction: thug Putin kills journalists.", "Mitt Romney", "person"]]);
    expect(attributions(t)[0]!.source).toBe("Mitt Romney, the 2012 Republican presidential nominee,");
    // Not for a participle in -ing, which the clause before it carries.
    const c = extract("Mr. Trump, in a freewheeling style, spoke for more than 45 minutes, criticizing his rivals as weak.").claims;
    expect(c.map((x) => x.source?.text)).not.toContain("Mr. Trump, in a freewheeling style, spoke for more than 45 minutes,");
  });
  it("credits a poll share with what it says, not the people it is a share of", () => {
    const c = extract("Six in 10 say he is at least somewhat decisive, and 26 percent of Democrats say they have not been paying attention.").claims;
    expect(c.map((x) => x.claimant?.name)).toEqual(["Six in 10", "26 percent of Democrats"]);
  });
  it("gives a cue only the tagger knows after 'who' or 'which' to the relative's antecedent, and ends a set-off relative clause at the main verb", () => {
    const c = extract("An economic upturn would almost certainly benefit Democrats, who want to keep the White House after two terms.").claims;
    expect(c.map((x) => [x.source?.text, x.claimant?.name])).toEqual([["who", "Democrats"]]);
    const t = extract("Donald Trump, who relishes counter-punching at his opponents, was also remarkably understated in the first hour of the debate.").claims;
    expect(t.map((x) => [x.claimant?.name, x.text])).toEqual([["Donald Trump", "counter-punching at his opponents"]]);
  });
  it("carries the subject to a participle after a quotation that closes on a comma", () => {
    const t = "Cruz said there is “only one strong conservative in a position to win this race,” adding that it’s why Donald Trump “relentlessly attacks us.”";
    expect(extract(t).claims.map((c) => [c.cue?.text, c.claimant?.name])).toEqual([
      ["said", "Cruz"],
      ["adding", "Cruz"],
    ]);
    expect(speakers(t).map((q) => q[1])).toEqual(["Cruz", "Cruz"]);
  });
  it("ends a subject before an adverb and skips an opening participle phrase for it", () => {
    const c = extract("Former Senator Madeleine Albright recently urged women to vote, saying that there is a special place in hell for some.").claims;
    expect(c.map((x) => [x.cue?.text, x.claimant?.name])).toEqual([
      ["recently urged", "Madeleine Albright"],
      ["saying", "Madeleine Albright"],
    ]);
    const q = speakers("Hillary Clinton won. Smiling broadly, Mrs. Clinton thanked supporters and then boomed: “Today, you proved once again, there's no place like home.”");
    expect(q.map((x) => x[1])).toEqual(["Hillary Clinton"]);
  });
  it("credits 'all of which' with nothing it heralds", () => {
    const works = "De Miranda recounts the cubist art of Pablo Picasso and the music of Claude Debussy—all of which heralded a new age of culture for Europe.";
    expect(extract(works).claims.map((c) => c.cue?.text)).not.toContain("heralded");
  });
  it("reads '“…?” X told reporters during the call.' as X's quotation, the hearer no content", () => {
    expect(speakers("Staff said so. “What can we do to help?” Renteria told reporters during Tuesday’s call.").map((q) => q[1])).toEqual(["Renteria"]);
  });
  it("takes a committeeman for a role that makes a name a person", () => {
    const t = "They want a way out. “They want to change the rules,” Morton Blackwell, the Republican National Committeeman from Virginia, told AFP.";
    expect(speakers(t).map((q) => q[1])).toEqual(["Morton Blackwell"]);
  });
  it("gives a quotation to a name set off after any short description with an article", () => {
    expect(speakers("He was hit at a rally. “He deserved it,” the assailant, John McGraw, said.").map((q) => q[1])).toEqual(["John McGraw"]);
    const c = extract("The leader of the Anti-Defamation League, Jonathan Greenblatt, warned that such a ban would be unacceptable.").claims;
    expect(c.map((x) => x.claimant?.name)).toEqual(["Jonathan Greenblatt"]);
  });
  it("gives a quotation paragraph to a paragraph that is only a dash and a name", () => {
    const t = "We review assertions in debates.\n\n\"Almost all new income and wealth is going to the top 1 percent.\"\n\n- Bernie Sanders.\n\nThe senator is relying on an old figure.\n\n\"It needs to stop.\"\n\n-Michelle Marks, Philadelphia.";
    expect(speakers(t).map((q) => q[1])).toEqual(["Bernie Sanders", "Michelle Marks"]);
  });
});

