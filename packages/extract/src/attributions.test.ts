import { describe, expect, it } from "vitest";
import { extract } from "./index.js";

describe("quote attribution", () => {
  it("splits a quote interrupted by its attribution into two quotes with one speaker", () => {
    const x = extract("Mayor Jane Doe spoke on Friday. \"We are ready,\" she said. \"The city is safe.\"");
    expect(x.quotes.map((q) => [q.text, q.speaker?.name])).toEqual([
      ["We are ready,", "Jane Doe"],
      ["The city is safe.", "Jane Doe"],
    ]);
    expect(x.quotes[0]!.source?.text).toBe("she");
    expect(x.quotes[1]!.source).toBeNull();
  });
  it("resolves a pronoun speaker and keeps the source on the pronoun", () => {
    const x = extract("Senator Tom Reed left early. Later he said, \"I have nothing to add.\"");
    expect(x.quotes[0]!.speaker?.name).toBe("Tom Reed");
    expect(x.quotes[0]!.source?.text).toBe("he");
  });
  it("gives a phrase whose owner the text names to that owner, however short", () => {
    const x = extract("Tyler Cowen is an economist. Uber lets the market govern, as if there were (in libertarian economist Tyler Cowen’s phrase) “markets in everything” – lives included.");
    expect(x.quotes.map((q) => [q.text, q.speaker?.name])).toEqual([["markets in everything", "Tyler Cowen"]]);
  });
  it("gives a quoted label to the agent of a passive verb of naming", () => {
    const x = extract("The spate of strandings has been described as “heartbreaking” by the conservation department. The plan was called “reckless” by Senator John Smith.");
    expect(x.quotes.map((q) => [q.text, q.speaker?.name])).toEqual([
      ["heartbreaking", "the conservation department"],
      ["reckless", "John Smith"],
    ]);
  });
  it("takes no title after a work noun for a quote", () => {
    const x = extract("In her book “A Paradise Built in Hell: The Extraordinary Communities that Arise in Disaster,” Rebecca Solnit wrote of the purpose people find.");
    expect(x.quotes).toEqual([]);
    const spoken = extract("Mr. Rubio said in his 2012 book, “I never thought of leaving.”");
    expect(spoken.quotes.map((q) => q.text)).toEqual(["I never thought of leaving."]);
  });
  it("takes no imagined speech for a quote", () => {
    const x = extract('There was a flicker across the president\'s face as if to say "You think you got me?" before his smile returned. "We will win," he said.');
    expect(x.quotes.map((q) => q.text)).toEqual(["We will win,"]);
  });
  it("credits the person an inverted speaker's title runs into", () => {
    const x = extract("“The issue has just disappeared,” said Senator Mark Warner, a Virginia Democrat. “There’s collective amnesia.”");
    expect(x.quotes.map((q) => q.speaker)).toEqual([
      { personId: "p1", name: "Mark Warner", kind: "person" },
      { personId: "p1", name: "Mark Warner", kind: "person" },
    ]);
  });
  it("credits the name set off after a role with a possessive, right after the quotation", () => {
    const x = extract("“The drug was in her system,” her mother, Fiona Parry, said in a statement yesterday.");
    expect(x.quotes.map((q) => [q.speaker?.name, q.source?.text])).toEqual([["Fiona Parry", "her mother, Fiona Parry,"]]);
  });
  it("credits the person whose name a place follows", () => {
    const x = extract("In 2013, Senator Mitch McConnell of Kentucky said the debt was the transcendent issue of our era.");
    expect(x.claims[0]!.claimant).toEqual({ personId: "p1", name: "Mitch McConnell", kind: "person" });
    expect(x.claims[0]!.source?.text).toBe("Senator Mitch McConnell of Kentucky");
  });
  it("makes each line of a list after 'also said:' a claim, and a block quotation without marks the content", () => {
    const list = extract(
      "In a wide-ranging interview, President Barack Obama also said:\n\nThe UK must stay in the EU to have influence on the world stage\n\nSyria needs a political solution in order to defeat the Islamic State group\n\nRead the full transcript",
    );
    expect(list.claims.map((c) => [c.claimant?.name, c.text])).toEqual([
      ["Barack Obama", "The UK must stay in the EU to have influence on the world stage"],
      ["Barack Obama", "Syria needs a political solution in order to defeat the Islamic State group"],
    ]);
    const block = extract("In a speech last July, Governor Rick Perry said:\n\nLet no one be mistaken – the candidacy is a cancer on conservatism, and it must be discarded.");
    expect(block.claims.map((c) => c.text)).toEqual(["Let no one be mistaken – the candidacy is a cancer on conservatism, and it must be discarded"]);
  });
  it("makes two claims of two joined 'that' clauses, not of a demonstrative 'that'", () => {
    const two = extract("Officials said that Sudan had a long way to go on human rights, but that better relations could help increase American leverage.");
    expect(two.claims.map((c) => c.text)).toEqual(["Sudan had a long way to go on human rights", "better relations could help increase American leverage"]);
    const one = extract("Berman said he wanted to make me sweat, and that accounts for the tongue-lashing he gave me.");
    expect(one.claims).toHaveLength(1);
  });
  it("handles inverted attribution", () => {
    const x = extract("\"The plan will fail,\" said Robert Hale, a former treasury official.");
    expect(x.quotes[0]!.speaker?.name).toBe("Robert Hale");
  });
  it("gives a continuing quote paragraph the previous speaker", () => {
    const x = extract("“We will build it,” Governor Maria Lopez told reporters.\n\n“And we will pay for it ourselves.”");
    expect(x.quotes.map((q) => q.speaker?.name)).toEqual(["Maria Lopez", "Maria Lopez"]);
  });
  it("gives a quotation opening the sentence after a person's attributed act to that person, but not the one he quotes", () => {
    const x = extract("Charles Schultze once summed up the danger of deficits with a metaphor. “It’s not so much the wolf at the door, but termites in the woodwork.”");
    expect(x.quotes.map((q) => [q.speaker?.name, q.source, q.cue])).toEqual([["Charles Schultze", null, null]]);
    const quoted = extract("Thomas Frank quotes former Carter adviser Alfred Kahn:\n\n“I’d love the Teamsters to be worse off.”");
    expect(quoted.quotes.map((q) => q.speaker?.name ?? null)).toEqual([null]);
  });
  it("gives a fragment in the first person the speaker of the sentence before", () => {
    const x = extract("“I was shocked to see that level,” said Tyler Besecker, a buyer. The price is “as low as I’ve ever seen.”");
    expect(x.quotes.map((q) => q.speaker?.name ?? null)).toEqual(["Tyler Besecker", "Tyler Besecker"]);
  });
  it("gives a quotation its speaker whatever the tagger thinks of the cue ('Emery states, “…”')", () => {
    const x = extract("Staff writer David Emery posted to Twitter. In another tweet, Emery states, “Incredibly, some people actually think they have to put words in Trump’s mouth.”");
    expect(x.quotes.map((q) => [q.speaker?.name, q.cue?.text])).toEqual([["David Emery", "states"]]);
  });
  it("gives a question to the speaker who asked it, and a colon line's speaker the quotation paragraph after it", () => {
    const asked = extract("“Does anybody know what the platform of the Republican Party is?” Lindsey Graham asked. “Neither do I.”");
    expect(asked.quotes.map((q) => [q.speaker?.name, q.cue?.text ?? null])).toEqual([
      ["Lindsey Graham", "asked"],
      ["Lindsey Graham", null],
    ]);
    const colon = extract('Donald Trump spoke about Chicago.\n\nHe said:\n\n"We have a situation where our inner cities are in bad shape."\n\nPolitifact disagreed.');
    expect(colon.quotes.map((q) => [q.speaker?.name, q.cue?.text, q.source?.text])).toEqual([["Donald Trump", "said:", "He"]]);
  });
  it("finds speakers whose names carry initials, a suffix, an East Asian order or a lower-case pre-modifier", () => {
    const speaker = (t: string) => [...extract(t).quotes, ...extract(t).claims].map((i) => ("speaker" in i ? i.speaker?.name : i.claimant?.name) ?? null);
    expect(speaker('"This is bad," Vann R. Newkirk II, a writer for The Atlantic, said on Twitter.')).toEqual(["Vann R. Newkirk II"]);
    expect(speaker("Vann R. Newkirk said he would stay in the race until the end.")).toEqual(["Vann R. Newkirk"]);
    expect(speaker("Ban Ki-moon, the secretary general of the United Nations, vowed not to repeat that mistake.")).toEqual(["Ban Ki-moon"]);
    expect(speaker('"Subpoenas are not optional," panel Chairman Rep. Jason Chaffetz (R-Utah) said after the hearing.')).toEqual(["Jason Chaffetz"]);
    expect(speaker("The officer was not wearing a recording device, police said.")).toEqual(["police"]);
  });
  it("takes no pronoun for an inverted speaker when it opens the reported clause", () => {
    const x = extract("Kpelle, the eldest of the sons, said he would go to the wedding.");
    expect(x.claims.map((c) => [c.source?.text, x.text.slice(c.start, c.end)])).toEqual([["Kpelle", "he would go to the wedding"]]);
    expect(extract("The plan will work, said he on Monday.").claims.map((c) => c.source?.text)).toEqual(["he"]);
  });
  it("takes whole subjects: coordinated names, a name apposed to its noun phrase, quantifiers and poll shares", () => {
    const sources = (t: string) => extract(t).claims.map((c) => c.source?.text);
    const senators = "Senator Charles E. Grassley and Senator Patrick J. Leahy wrote the bill. But Mr. Grassley and Mr. Leahy said developers had broadly defined these areas.";
    expect(sources(senators)).toContain("Mr. Grassley and Mr. Leahy");
    expect(sources("A lawyer for the news outlets, David Schulz, said no immediate decision had been made.")).toEqual(["A lawyer for the news outlets, David Schulz,"]);
    expect(sources("Some believe the plan will fail before the election.")).toEqual(["Some"]);
    expect(sources("However, 63 percent said Clinton was justified in keeping it private.")).toEqual(["63 percent"]);
  });
  it("gives quotation paragraphs after a caption, a scare quote in a right frame and an organisation name with 'and' their speakers", () => {
    const x = extract("“Man’s greed is hurting the whales,” says Parata, an elder of the tribe.\n\nHori Parata at his farm, the place where he was born\n\n“We’re having to put up with a lot of stuff today.”");
    expect(x.quotes.map((q) => q.speaker?.name)).toEqual(["Parata", "Parata"]);
    const held = extract('The generals seized power in an operation against "criminals" in his entourage, a senior political source told Reuters.');
    expect(held.quotes.map((q) => [q.text, q.source?.text])).toEqual([["criminals", "a senior political source"]]);
    const org = extract("But, as Parliament’s Joint Committee on Intelligence and Security has pointed out, it would also be used to find sources.");
    expect(org.claims.map((c) => c.source?.text)).toEqual(["Parliament’s Joint Committee on Intelligence and Security"]);
  });
  it("takes no speaker from a preposition's object or a merely nearby frame, and inverts only verbs of saying", () => {
    const x = extract("Snopes writer David Emery posted to Twitter asking if there were “any angry supporters?”\n\nEmery, a writer for the “fact-checking” website Snopes.com, retweeted an article by Vulture magazine.");
    expect(x.quotes.map((q) => [q.text, q.source?.text ?? null])).not.toContainEqual(["any angry supporters?", "Twitter"]);
    expect(x.quotes.map((q) => q.text)).not.toContain("fact-checking");
    expect(x.claims.map((c) => c.source?.text)).not.toContain("an article");
  });
  it("takes no label, adverb or title alone for a speaker", () => {
    const claims = (t: string) => extract(t).claims.map((c) => c.source?.text);
    expect(claims("Gallery: Xbox One X screenshots and the console that ships next week | 9 Photos")).toEqual([]);
    const x = extract("Senator James Lankford spoke on Monday. Mr. Lankford, citing the strong economic growth recently, insisted the cuts would pay for themselves.");
    expect(x.claims.map((c) => c.claimant?.name)).not.toContain("Mr");
    const asked = extract("Asked if her email practices were illegal, 46 percent of voters said yes, compared with 23 percent who said using a private server was improper but not illegal.");
    expect(asked.claims.map((c) => c.claimant?.name ?? c.source?.text)).not.toContain("Asked");
  });
  it("takes the pronoun of a contraction for the source, and no span of time", () => {
    const sources = (t: string) => extract(t).claims.map((c) => [c.source?.text, c.claimant?.kind]);
    expect(sources("But I'm convinced Microsoft is sticking with AA batteries. We've argued that the batteries are a mistake.")).toEqual([
      ["I", "anonymous"],
      ["We", "anonymous"],
    ]);
    expect(sources("Unless you're sitting very close to a TV above 50-inches, you'd likely have a hard time telling between 4K and 1080p.")).toEqual([]);
  });
  it("keeps whole noun-phrase sources and inverts no subject that has its own verb", () => {
    const sources = (t: string) => extract(t).claims.map((c) => c.source?.text);
    expect(sources("The film explores how the amendment came with a loophole that allowed slavery to continue.")).toEqual(["The film"]);
    expect(sources("Trump's running mate, a former governor, said the debate went well.")).not.toContain("well");
    expect(sources("Trump's running mate, a former governor, said the debate went well.")).not.toContain("the debate");
  });
  it("reads trailing adjuncts and plural hearers", () => {
    const tuva = extract("Local people reported seeing a flash of light west of the capital, the Tuva government was quoted as saying late Thursday by the Interfax news agency.");
    expect(tuva.claims.map((c) => [c.source?.text, tuva.text.slice(c.start, c.end)])).toContainEqual(["the Tuva government", "Local people reported seeing a flash of light west of the capital"]);
    const agency = extract("The ship broke up over Siberia on Thursday, the Russian space agency said.(Photo via AP)");
    expect(agency.claims.map((c) => agency.text.slice(c.start, c.end))).toEqual(["The ship broke up over Siberia on Thursday"]);
    const cops = extract("Lupita Nyong'o told cops it was taken from her room sometime between 8 AM and 9 PM.");
    expect(cops.claims.map((c) => cops.text.slice(c.start, c.end))).toEqual(["it was taken from her room sometime between 8 AM and 9 PM"]);
  });
  it("skips a hearer's quoted programme title to reach the reported clause", () => {
    const x = extract('Sanders told MSNBC\'s "Morning Joe" that nobody would question her intelligence.');
    expect(x.claims.map((c) => [c.cue.text, x.text.slice(c.start, c.end)])).toEqual([["told", "nobody would question her intelligence"]]);
  });
  it("makes no claim of a passive naming verb, which names rather than reports", () => {
    const cues = (t: string) => extract(t).claims.map((c) => [c.claimant?.name, c.cue.text]);
    expect(cues("Te Kaurinui Parata was called after the first whale his father ever named.")).toEqual([]);
    expect(cues("Jane Smith called the plan a reckless gamble with public money.")).toEqual([["Jane Smith", "called"]]);
  });
  it("gives a cue inside a relative clause the relative's antecedent for its subject", () => {
    const x = extract("The first comments came with a warning about rhetoric from Netanyahu’s Likud party, which tried to rally support by saying that Arab voters were coming out in droves.");
    const saying = x.claims.find((c) => c.cue?.text === "saying");
    expect([saying?.claimant?.name, saying?.text]).toEqual(["Netanyahu’s Likud party", "Arab voters were coming out in droves"]);
  });
  it("ends a claim before an 'even as' clause, not before 'even as a candidate'", () => {
    const contents = (t: string) => extract(t).claims.map((c) => c.text);
    expect(contents("Twitter said on Friday that it was stepping up its fight to stem that tide, even as Jack Dorsey is out to prove himself.")).toEqual([
      "it was stepping up its fight to stem that tide",
    ]);
    expect(contents("Biden said that Donald J. Trump, even as a candidate, had elevated the dangers.")).toEqual(["Donald J. Trump, even as a candidate, had elevated the dangers"]);
    expect(contents("These talks, the book suggests, occurred even as Trump was urging lawmakers to block aid.")).toEqual(["occurred even as Trump was urging lawmakers to block aid"]);
  });
  it("gives a claim whose content has no finite verb, an act more often than a proposition, a low confidence", () => {
    const x = extract("Edward Lorenz thanked Barry Saltzman for the equations. Lorenz said the weather could not be predicted.");
    expect(x.claims.map((c) => [c.cue?.text, c.confidence])).toEqual([
      ["thanked", 0.2],
      ["said", 0.8],
    ]);
  });
  it("makes a claim of a naming verb's object with the name it quotes, not of a bare quotation after a quote verb", () => {
    const claims = (t: string) => extract(t).claims.map((c) => [c.claimant?.name, c.text]);
    expect(claims("In 2013, Senator Mitch McConnell of Kentucky called the debt and deficit “the transcendent issue of our era.”")).toEqual([
      ["Mitch McConnell", "the debt and deficit “the transcendent issue of our era.”"],
    ]);
    expect(claims("Warner replied, “the economy was near the precipice then.”")).toEqual([]);
  });
  it("credits a source whose name particle the person's mention leaves out ('de Miranda writes')", () => {
    const x = extract("Luis de Miranda wrote a book about neon. “In the 1960s, the Soviets deployed a vast neonization of the capitals,” de Miranda writes.");
    expect(x.quotes.map((q) => [q.speaker?.name, q.source?.text])).toEqual([["Luis de Miranda", "de Miranda"]]);
  });
  it("gives a quotation after a colon that ends a sentence opened by a person and their verb to that person, and the quote paragraph after it too", () => {
    const x = extract("Luis de Miranda wrote a book about neon.\n\nDe Miranda beautifully evokes the notion of neon lighting in his introduction: “When we hear the word neon, an image pops into our heads.”\n\n“It carries an atmosphere.”");
    expect(x.quotes.map((q) => q.speaker?.name)).toEqual(["Luis de Miranda", "Luis de Miranda"]);
    expect(extract("The museum opened a new hall: “The World of Neon” is on the second floor.").quotes).toEqual([]);
  });
  it("takes no title with the sentence's full stop inside its marks, nor a glossed word, for a quote; a title does not stop the next sentence's quotation from being its speaker's", () => {
    const quotes = (t: string) => extract(t).quotes.map((q) => [q.text, q.speaker?.name]);
    expect(quotes("Daniel Rothman said he revisited the paper, a masterwork on chaos titled “Deterministic Nonperiodic Flow.”")).toEqual([]);
    expect(quotes("The scientists said they named the gas neon, which translates as “new.”")).toEqual([]);
    const text = 'On "Face the Nation," Sen. Bernie Sanders identified young voters\' exhaustion with bigotry as one of the reasons. "The younger people are sick and tired of discrimination and racism."';
    expect(quotes(text)).toEqual([["The younger people are sick and tired of discrimination and racism.", "Bernie Sanders"]]);
  });
  it("takes an unknown name after an inverted verb of saying that closes the sentence for a person", () => {
    const x = extract("“That’s a modern thing,” says Te Kaurinui.");
    expect(x.quotes[0]?.speaker).toMatchObject({ name: "Te Kaurinui", kind: "person" });
    expect(extract("“We will appeal,” said Amnesty International.").quotes[0]?.speaker).toMatchObject({ kind: "organization" });
  });
  it("drops scare quotes and titles but keeps attributed partial quotes", () => {
    const x = extract("The so-called \"experts\" read \"The Art of the Deal\" before the vote. Trump called Putin a \"genius\" on Monday.");
    expect(x.quotes.map((q) => [q.text, q.kind, q.speaker?.name])).toEqual([["genius", "partial", "Trump"]]);
    const mentions = extract('It was the year of "Super Mario Run," the first mobile game of the company.\n\n"Super Mario Run" will launch on December 15. Of course, there is nothing generic about a "fresh, sustainable wild-caught halibut fillet." Titles such as "The Kiss Was Beautiful." glow. Still, "neonness" need not be trapped in the past.');
    expect(mentions.quotes.map((q) => q.text)).toEqual([]);
    expect(mentions.claims.map((c) => c.source?.text)).not.toContain("Of");
    const spoken = extract('"Don\u2019t get nervous," the instructor told the trainee.\n\n"I\u2019m not," he said.');
    expect(spoken.quotes.map((q) => q.text)).toEqual(["Don\u2019t get nervous,", "I\u2019m not,"]);
  });
  it("takes neither an epithet after a name nor what someone read of for speech", () => {
    const x = extract("Edward Lorenz, “the father of chaos,” started a scientific revolution. There was once a time when we might have read of “hero cabdrivers” placing themselves in harm’s way.");
    expect(x.quotes.map((q) => q.text)).toEqual([]);
    // The same shapes with a speaker are quotes.
    const spoken = extract("Edward Lorenz, “the father of chaos,” he said, started it all. She said we had read of “hero cabdrivers” placing themselves in harm’s way.");
    expect(spoken.quotes.map((q) => [q.text, q.speaker?.name])).toEqual([
      ["the father of chaos,", "Edward Lorenz"],
      ["hero cabdrivers", "She"],
    ]);
  });
  it("does not give a quote to a left frame opening the next sentence", () => {
    const x = extract('Trump spoke in Ohio. He said: "We have a situation in our inner cities." The New York Times reports: "The campaign struggled with young voters."');
    expect(x.quotes.map((q) => [q.source?.text, q.cue?.text])).toEqual([
      ["He", "said:"],
      ["The New York Times", "reports:"],
    ]);
  });
  it("credits organisations as organisations, not persons", () => {
    const x = extract("\"Markets are calm,\" the Federal Reserve said in a statement.");
    expect(x.persons).toEqual([]);
    expect(x.quotes[0]!.speaker).toEqual({ name: "the Federal Reserve", kind: "organization" });
  });
  it("takes an organisation's whole name across 'of', but no person or title after it", () => {
    const x = extract(
      "About 50 whales stranded, according to the New Zealand Department of Conservation. The University of Michigan said the study was flawed. The Department of Justice Inspector General Michael Horowitz said the review continues.",
    );
    expect(x.claims.map((c) => [c.claimant?.name, c.claimant?.kind])).toEqual([
      ["the New Zealand Department of Conservation", "organization"],
      ["The University of Michigan", "organization"],
      ["Michael Horowitz", "person"],
    ]);
  });
  it("takes a verb of speaking written after the quotation ('instructed', 'scoffed')", () => {
    const x = extract("“Don’t get nervous,” instructed Milton Velez, the agency’s district supervisor. “That is absurd,” she scoffed.");
    expect(x.quotes.map((q) => [q.speaker?.name, q.cue?.text])).toEqual([
      ["Milton Velez", "instructed"],
      ["she", "scoffed"],
    ]);
  });
});

describe("subjects carried to a participle", () => {
  const claimants = (text: string) => extract(text).claims.map((c) => [c.cue?.text.split(" ")[0], c.claimant?.name, c.claimant?.kind, c.text]);
  it("credits a titled person, not an organisation called 'Vice President Joe Biden'", () => {
    expect(claimants("Vice President Joe Biden attacked the plan, saying it was weak.")).toContainEqual(["saying", "Joe Biden", "person", "it was weak"]);
  });
  it("credits the name set off by commas after the subject noun phrase", () => {
    expect(claimants("The leader of Ennahda, Rachid Ghannouchi, said the ruling was wrong.")).toEqual([["said", "Rachid Ghannouchi", "person", "the ruling was wrong"]]);
    expect(claimants("The leader of Ennahda, Rachid Ghannouchi, condemned the attack, saying it was cowardly.")).toContainEqual(["saying", "Rachid Ghannouchi", "person", "it was cowardly"]);
  });
  it("keeps a possessive day with the object, not as the time of a later 'that' clause", () => {
    const x = claimants("Senator Ann Lee condemned Wednesday’s attack, saying in a statement that it was cowardly.");
    // Before, "condemned Wednesday" took "it was cowardly" as its content too: one proposition, two claims.
    expect(x).toEqual([["saying", "Ann Lee", "person", "it was cowardly"]]);
  });
});

describe("claims", () => {
  it("credits no one who was only told: the hearer of a passive verb of telling is not its source, and the writer's informants are unnamed", () => {
    const x = extract("Sources tell us the dress was taken. We're told there is security footage. He was told that the plan would fail. The mayor has been briefed that the bridge closed.");
    expect(x.claims.map((c) => [c.claimant?.name, c.claimant?.kind, c.text])).toEqual([
      ["Sources", "anonymous", "the dress was taken"],
      ["unnamed sources", "anonymous", "there is security footage"],
    ]);
  });
  it("takes what a report concluded, or someone continued, that P for a claim, not the meeting they concluded", () => {
    const x = extract("The report concluded that the American safety net was ineffective. The senator concluded the meeting at noon.");
    expect(x.claims.map((c) => [c.claimant?.name, c.text])).toEqual([["The report", "the American safety net was ineffective"]]);
  });
  it("takes no impression of the writer's for a claim, but keeps what the writer says and what others noticed", () => {
    const x = extract("I noticed the frame rate dipped occasionally. I was impressed the console keeps up with PCs. I think the console is worth it.");
    expect(x.claims.map((c) => c.text)).toEqual(["the console is worth it"]);
    expect(extract("Jane Smith noticed that the frame rate dipped occasionally.").claims.map((c) => c.claimant?.name)).toEqual(["Jane Smith"]);
  });
  it("makes a claim of each clause before a right cue, and none of a quotation in doubled apostrophes", () => {
    const x = extract("Two gunmen died, and three others may have escaped, officials said. Obama said the plan was good, and the crowd cheered.");
    expect(x.claims.map((c) => c.text)).toEqual(["Two gunmen died", "three others may have escaped", "the plan was good, and the crowd cheered"]);
    const doubled = extract("''Revenues are up a little bit, and so are rounds,'' Mr. Smith said.");
    expect(doubled.quotes.map((q) => q.text)).toEqual(["Revenues are up a little bit, and so are rounds,"]);
    expect(doubled.claims).toEqual([]);
  });
  it("takes a possessor's proposition noun and its 'that' clause for a claim, up to the main verb when the phrase is the subject", () => {
    const x = extract("Benjamin Netanyahu won. Voters support his vow on Monday that there would be no Palestinian state as long as he is prime minister.");
    expect(x.claims.map((c) => [c.claimant?.name, c.cue?.text, c.text])).toContainEqual(["Benjamin Netanyahu", "vow", "there would be no Palestinian state as long as he is prime minister"]);
    const subject = extract("Benjamin Netanyahu won. But Netanyahu’s declaration that there would be no Palestinian state on his watch makes that more difficult.");
    expect(subject.claims.map((c) => [c.cue?.text, c.text])).toContainEqual(["declaration", "there would be no Palestinian state on his watch"]);
  });
  it("keeps a named person who told or said it inside another claim, but not inside a quotation", () => {
    const x = extract("Lupita Nyong'o's dress was stolen. Our sources say Lupita told cops it was taken from her room on Wednesday.");
    expect(x.claims.map((c) => [c.claimant?.name, c.text])).toContainEqual(["Lupita Nyong'o", "it was taken from her room on Wednesday"]);
  });
  it("keeps a verb of saying in an 'as' clause before its content, whatever the tagger thinks of it", () => {
    const x = extract("As Alexis Madrigal reports, Uber has deliberately ignored city regulators.");
    expect(x.claims.map((c) => [c.claimant?.name, c.cue?.text, c.text])).toEqual([["Alexis Madrigal", "reports", "Uber has deliberately ignored city regulators"]]);
  });
  it("makes one claim of a paragraph the page repeats, as a photo caption shown twice", () => {
    const caption = "The cargo ship broke up in the atmosphere over Siberia on Thursday, the space agency said.";
    const x = extract(`${caption}\n${caption}\nThe cargo ship was heading to the station, the space agency said.`);
    expect(x.claims.map((c) => c.text)).toEqual(["The cargo ship broke up in the atmosphere over Siberia on Thursday", "The cargo ship was heading to the station"]);
  });
  it("takes nothing before a colon cue for its content: the colon introduces what follows", () => {
    const x = extract("In a wide-ranging interview, President Obama also said:\n“Race relations have improved during my presidency.”");
    expect(x.claims.map((c) => c.text)).not.toContain("In a wide-ranging interview");
    expect(x.quotes.map((q) => [q.speaker?.name, q.text])).toEqual([["Obama", "Race relations have improved during my presidency."]]);
  });
  it("credits a hedged sentence to the work or organisation reported just before it, never to a person just quoted", () => {
    const claims = (t: string) => extract(t).claims.map((c) => [c.claimant?.name, c.text.split(" ").slice(0, 3).join(" ")]);
    expect(claims("A new report claims the two men kept talking. These calls reportedly included at least six phone calls.")).toEqual([
      ["A new report", "the two men"],
      ["A new report", "These calls reportedly"],
    ]);
    expect(claims("Analyst Tom Forte said the move was smart. It now has 11 stores and is rumored to be planning a grocery chain of its own.")).toEqual([
      ["Tom Forte", "the move was"],
    ]);
  });
  it("reads 'X said (that) P' and 'according to X, P'", () => {
    const x = extract("Senator Ann Lee said that the bill would pass next week. According to the Times, the vote was delayed twice.");
    expect(x.claims.map((c) => [c.text, c.claimant?.name, c.claimant?.kind, c.cue?.text])).toEqual([
      ["the bill would pass next week", "Ann Lee", "person", "said"],
      ["the vote was delayed twice", "the Times", "organization", "According to"],
    ]);
  });
  it("builds an attribution chain and marks hedges", () => {
    const x = extract("According to Reuters, a leaked memo claims the minister resigned in March.");
    const c = x.claims[0]!;
    expect([c.claimant?.name, c.claimant?.kind, c.via.map((v) => v.name), c.hedged]).toEqual(["a leaked memo", "work", ["Reuters"], true]);
  });
  it("credits anonymous sources and sentence-final attributions", () => {
    const x = extract("The team avoided the hospital to keep details private, sources said.");
    expect(x.claims[0]).toMatchObject({ text: "The team avoided the hospital to keep details private", claimant: { name: "sources", kind: "anonymous" } });
  });
  it("links a denial to the claim it disputes", () => {
    const x = extract(
      "A new report claims that Senator Ann Lee secretly met Governor Bob Stone. Lee’s aide Tim Ray said he had never heard that Lee met Stone.",
    );
    expect(x.claims).toHaveLength(2);
    expect(x.claims[1]!.relations).toEqual([{ claimId: "c1", type: "DISPUTES" }]);
  });
});

describe("nested attributions", () => {
  const claims = (text: string) => extract(text).claims.map((c) => [c.claimant?.name ?? null, c.cue?.text, c.text]);
  it("ends a claim inside another attribution's content before that attribution's source", () => {
    expect(claims("Mugabe and his wife are under house arrest and are insisting he finishes his term, a source said.")).toContainEqual([
      "Mugabe",
      "are insisting",
      "he finishes his term",
    ]);
  });
  it("ends a claim in a relative clause of a source before that source's cue", () => {
    const x = claims("The figures are cabinet ministers, the source, who said he had spoken to people inside the compound, told Reuters.");
    expect(x.find((c) => c[1] === "said")?.[2]).toBe("he had spoken to people inside the compound");
  });
  it("takes no view from blame as a predicate", () => {
    expect(claims("Climate change is to blame too, with warming ocean temperatures moving prey closer to the shore.")).toEqual([]);
  });
  it("makes no claim of a quotation's last sentence that the quote already carries", () => {
    const x = extract('"If you look at terrorism, it is less than 100. If you look at gun violence, it is in the tens of thousands," Mr Obama said.');
    expect(x.quotes).toHaveLength(1);
    expect(x.claims).toEqual([]);
    const partial = extract('Mr Obama said it was "distressing" not to have made progress on the issue "even in the face of repeated mass killings".');
    expect(partial.claims.map((c) => c.text)).toEqual(['it was "distressing" not to have made progress on the issue "even in the face of repeated mass killings"']);
  });
  it("credits the speakers a place locates, not the place", () => {
    const claims = (text: string) => extract(text).claims.map((c) => [c.claimant?.name, c.source?.text]);
    expect(claims("In fact, prosecutors in Los Angeles say Uber has been lying to its customers.")).toEqual([["prosecutors", "prosecutors in Los Angeles"]]);
    expect(claims("The senator from Vermont said the financial system was corrupt.")).toEqual([["The senator", "The senator from Vermont"]]);
    expect(claims("A poll conducted by voters in Saturday's primary showed that electability matters.")[0]?.[0]).toBe("A poll");
  });
});

