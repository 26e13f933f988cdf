import { describe, expect, it } from "vitest";
import { extract } from "./index.js";
import { isAppositiveRole } from "./persons.js";

const persons = (text: string) => extract(text).persons;

describe("persons", () => {
  it("finds the person after a place and a title ('Florida Sen. Marco Rubio')", () => {
    expect(persons("Florida Sen. Marco Rubio said he did well in the debate, and Former Maryland Gov. Martin O’Malley agreed.").map((p) => p.name)).toEqual(["Marco Rubio", "Martin O’Malley"]);
  });
  it("takes a word after an honorific for a person, once, leaving it to a full name that ends in it", () => {
    expect(persons("Mr. Trump said on Tuesday that the deal was dead.").map((p) => p.name)).toEqual(["Trump"]);
    expect(persons("Mrs. Clinton said she was ready. Hillary Clinton won the primary.").map((p) => p.name)).toEqual(["Hillary Clinton"]);
    expect(persons("The court charged Mr. Bashir. Sudan’s president, Omar Hassan al-Bashir, was charged.").map((p) => p.name)).toEqual(["Omar Hassan al-Bashir"]);
    expect(persons("Mr. President, the deal was dead.")).toEqual([]);
  });
  it("takes a hyphenated title for a title ('Attorney-General George Brandis')", () => {
    expect(persons("Justin Bassi, who advises Attorney-General George Brandis on crime, said it.").map((p) => p.name)).toEqual(["Justin Bassi", "George Brandis"]);
  });
  it("takes an unknown name followed by an age in commas for a person", () => {
    expect(persons("Appearing before supporters on Monday, Suu Kyi, 70, said it was too early to congratulate winners.").map((p) => p.name)).toEqual(["Suu Kyi"]);
  });
  it("takes roles from title pre-modifiers and appositions", () => {
    const ps = persons("Russian President Vladimir Putin met Jason Miller, one of Trump’s top campaign aides, on Monday.");
    expect(ps.map((p) => [p.name, p.roles])).toEqual([
      ["Vladimir Putin", ["Russian President"]],
      ["Jason Miller", ["one of Trump’s top campaign aides"]],
    ]);
    expect(ps[0]!.aliases).toContain("Russian President Vladimir Putin");
  });
  it("takes no role from the first item of a list after a name, but keeps two appositions", () => {
    const lorenz = persons("Edward Lorenz ran the lab. Lorenz, his secretary, his programmer and his students shared one office.");
    expect(lorenz.map((p) => [p.name, p.roles])).toEqual([["Edward Lorenz", []]]);
    const ben = persons("Ben Zipperer, an economist at the Washington Center, a think tank, said wages rose.");
    expect(ben.map((p) => [p.name, p.roles])).toEqual([["Ben Zipperer", ["an economist at the Washington Center"]]]);
  });
  it("links surnames and resolves pronouns to a compatible person", () => {
    const [mary, john] = persons("Mary Jones met John Smith. Smith said he was tired. Jones said she was not.");
    expect(john!.mentions.map((m) => m.text)).toEqual(["John Smith", "Smith", "he"]);
    expect(mary!.mentions.map((m) => m.text)).toEqual(["Mary Jones", "Jones", "she"]);
    expect(john!.mentions.find((m) => m.text === "he")?.pronoun).toBe(true);
  });
  it("does not take organisations or places for people", () => {
    const names = persons("The New York Times reported that Goldman Sachs and New Hampshire officials met Senator Ann Lee.").map((p) => p.name);
    expect(names).toEqual(["Ann Lee"]);
    const more = persons("Tom Forte is a managing director at the D.A. Davidson brokerage. He once toured Jurassic Park with the President Vladi\u00admir Putin.").map((p) => p.name);
    expect(more).toEqual(["Tom Forte", "Vladimir Putin"]);
    const noise = persons("Yahoo keeps its stakes in Alibaba Group. Alibaba says it has no plans to buy Yahoo, and Alibaba says so often. The museum holds Roman mosaics and other Roman treasures. Benjamin Netanyahu spoke in Jerusalem. (Thomas Coex/AFP/Getty Images) My rig is powered by Intel Core i7 chips.").map((p) => p.name);
    expect(noise).toEqual(["Benjamin Netanyahu"]);
    const titled = persons("Senate Minority Leader Harry Reid said Trump was a con artist. Clinton ties N.J. Gov. Chris Christie at 40-40. President George W. Bush met his father, George H.W. Bush, and J.K. Rowling.").map((p) => p.name);
    expect(titled).toEqual(["Harry Reid", "Chris Christie", "George W. Bush", "George H.W. Bush", "J.K. Rowling"]);
  });
  it("takes the whole name a verb of naming gives a person, ordinary words included", () => {
    const named = persons("The gunman, named Man Haron Monis, held 17 people hostage. Police said Monis was armed. A hurricane named Katrina hit the coast.");
    expect(named.map((p) => [p.name, p.roles])).toEqual([["Man Haron Monis", []]]);
    expect(named[0]!.mentions.map((m) => m.text)).toEqual(["Man Haron Monis", "Monis"]);
    expect(persons("Someone named Man Haron Monis seized hostages.").map((p) => p.name)).toEqual(["Man Haron Monis"]);
  });
  it("ignores headings", () => {
    expect(persons("Secret COVID-19 Gesture\nThe report was published.")).toEqual([]);
  });
  it("knows a role apposition from other asides", () => {
    expect(isAppositiveRole("one of Trump’s top campaign aides")).toBe(true);
    expect(isAppositiveRole("known for his in-depth coverage of American presidencies")).toBe(false);
    expect(isAppositiveRole("now running against Vice President Kamala Harris")).toBe(false);
  });
  it("starts a name at its given name or title, not at an ordinary word before it", () => {
    const names = persons("Like President Obama, the senator spoke. Minister of Education Stefania Giannini said the tax was fair.").map((p) => p.name);
    expect(names).toEqual(["Obama", "Stefania Giannini"]);
  });
  it("keeps ordinary capitalised words out of people", () => {
    expect(persons("Recent reports have revealed a problem. Officials tell reporters that Estimates suggest a rise.")).toEqual([]);
  });
  it("merges a titled surname into the one fuller name", () => {
    const ps = persons("President Trump spoke first. Donald Trump said he would win.");
    expect(ps.map((p) => p.name)).toEqual(["Donald Trump"]);
    expect(ps[0]!.mentions.map((m) => m.text)).toEqual(["Trump", "Donald Trump", "he"]);
  });
  it("takes unknown names on context evidence", () => {
    const names = (t: string) => persons(t).map((p) => p.name);
    expect(names("The court heard musician Tiziano Lugli on Monday.")).toEqual(["Tiziano Lugli"]);
    expect(names("Pan-democrat Lau Siu-lai won a seat.")).toEqual(["Lau Siu-lai"]);
    expect(names("The prize went to Amneh Jafari last week. Jafari said it was a surprise.")).toEqual(["Amneh Jafari"]);
    expect(names("Ahmed Mohamed, a 14-year-old boy from Irving, built a clock.")).toEqual(["Ahmed Mohamed"]);
  });
  it("learns a person's gender from the first pronoun resolved to them", () => {
    const [amneh] = persons("Amneh Jafari won the prize. Jafari said she was ready. He was not there, and her coach spoke.");
    expect(amneh!.mentions.filter((m) => m.pronoun).map((m) => m.text)).toEqual(["she", "her"]);
  });
});

describe("0.5.0 name evidence", () => {
  it("takes two unknown capitalised words after a passive verb's “by” as a person", () => {
    const x = extract("The robotics contest was founded by Dean Kamen to encourage interest in science.");
    expect(x.persons.map((p) => p.name)).toContain("Dean Kamen");
    expect(extract("The shot was saved by Thibaut Courtois in the first half.").persons.map((p) => p.name)).toContain("Thibaut Courtois");
  });
});

describe("0.6.0 name evidence", () => {
  it("takes an initial before a given name", () => {
    expect(persons("The group was founded by science fiction writer L. Ron Hubbard in 1967.").map((p) => p.name)).toEqual(["L. Ron Hubbard"]);
  });
  it("takes a comma-bounded pair before a reporting verb group", () => {
    expect(persons("The secretary general of CEI, Nunzio Galantino, has called the sentence dangerous.").map((p) => p.name)).toContain("Nunzio Galantino");
  });
  it("takes unknown pairs opening a clause before a past-tense verb", () => {
    const names = persons("Belgium made a change, as Nacer Chadli replaced Axel Witsel. Then Ferjani Sassi scored from the spot.").map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(["Nacer Chadli", "Ferjani Sassi"]));
    expect(persons("The Adler Planetarium opened a new wing.").map((p) => p.name)).toEqual([]);
  });
});

describe("0.7.0 name evidence", () => {
  const names = (t: string) => persons(t).map((p) => p.name);
  it("takes a name ending in a place or ordinary word on a role apposition or role noun", () => {
    const [paris] = persons("Valeska Paris, an Australian woman and former Scientologist, has claimed that she was held. Paris claims she was six.");
    expect(paris!.name).toBe("Valeska Paris");
    expect(paris!.mentions.map((m) => m.text)).toEqual(["Valeska Paris", "she", "Paris", "she"]);
    expect(names("She launched the book with illustrator Johnnie Christmas.")).toEqual(["Johnnie Christmas"]);
    expect(names("Flights to Paris, the French capital, resumed.")).toEqual([]);
  });
  it("cuts acronyms and hyphenated labels off the front of a name, and keeps the surname To", () => {
    expect(names("Image: NASA Bill Ingalls.")).toEqual(["Bill Ingalls"]);
    expect(names("Pan-democrat Gary Fan of the Neo Democrats failed to get re-elected.")).toEqual(["Gary Fan"]);
    expect(names("Other pan-democrats elected were Leung Yiu-chung and James To of the Democratic Party.")).toContain("James To");
  });
  it("takes a given name used alone twice, but not inside a longer name", () => {
    const [gloria] = persons("They lost their nine-month-old child, Gloria. Gloria developed severe eczema and her skin broke.");
    expect(gloria!.name).toBe("Gloria");
    expect(gloria!.mentions.map((m) => m.text)).toEqual(["Gloria", "Gloria", "her"]);
    expect(names("The Bill of Rights was read. Later the Bill of Rights was signed.")).toEqual([]);
  });
  it("takes the names listed after a plural role noun and “such as”", () => {
    expect(names("Greeks worship the ancient gods, such as Zeus, Hera, Poseidon, Aphrodite, and Athena.")).toEqual(["Zeus", "Hera", "Poseidon", "Aphrodite", "Athena"]);
    expect(names("They visited cities such as Rome and Paris.")).toEqual([]);
  });
  it("takes a role noun's quoted nickname", () => {
    expect(names('Wikinews spoke with a cosplayer going by the name "The Katherinator". She was outside.')).toEqual(["Katherinator"]);
  });
  it("does not take an “its … rival” apposition for a person's role", () => {
    expect(names("Mozilla Firefox, its main rival, has grown.")).toEqual([]);
    expect(names("We met Tiziano Lugli, its chief executive, on Monday.")).toEqual(["Tiziano Lugli"]);
  });
  it("does not take titles, families or the end of an organisation name for people", () => {
    expect(names("Margaret Atwood launched her graphic novel Angel Catbird.")).toEqual(["Margaret Atwood"]);
    expect(names("Thomas Sam was tried. Even so, the Sams continued to shun treatment.")).toEqual(["Thomas Sam"]);
    expect(names("The U.S. Department of Agriculture notes that ozone causes damage.")).toEqual([]);
  });
});

describe("0.8.0 name evidence", () => {
  const names = (text: string) => persons(text).map((p) => p.name);
  it("takes a single unknown word before a reporting verb for a person only when it recurs", () => {
    expect(names("Mashable reports that the deal fell through. Salafists say the law is unjust.")).toEqual([]);
    expect(names("Caddell said the numbers were bad. The memo from Caddell was leaked.")).toEqual(["Caddell"]);
    expect(names("Smith said the numbers were bad.")).toEqual(["Smith"]);
    expect(names("Foods says prices will rise. Shares in Foods fell.")).toEqual([]);
  });
  it("parts two names joined by a headline verb, but keeps a middle name", () => {
    expect(names("Ted Cruz Hints Trump Would Get Border Wall Contract. Cruz said so.")).toEqual(["Ted Cruz"]);
    expect(names("Chuck Grassley Compares Trump To Obama. Grassley said so.")).toEqual(["Chuck Grassley"]);
    expect(persons("Neighbor Sharon Powers Geyer said the fence was new. Pres Obama spoke later.").map((p) => [p.name, p.roles])).toEqual([
      ["Sharon Powers Geyer", ["Neighbor"]],
      ["Obama", ["Pres"]],
    ]);
  });
  it("takes only the surname of a title-case headline's name that opens with no given name", () => {
    const ps = persons("Gold Star Mom Corners Obama On His Refusal To Use The Words ‘Islamic Terrorist.’\n\nPresident Barack Obama responded to a mother on Wednesday.");
    expect(ps.map((p) => p.name)).toEqual(["Barack Obama"]);
    expect(ps[0]!.mentions.map((m) => m.text)).toContain("Obama");
    // A list of names is no headline.
    expect(names("The insiders are Chad Olsen, David Oman, Matt Paul, Marlys Popma, Troy Price and Kim Reem.")).toContain("Marlys Popma");
  });
  it("does not take an adjective opening a headline for a given name", () => {
    const ps = persons("Derelict Obama and Clinton;\nTrump will go on offense.\n\nPresident Obama spoke on Monday. Obama said the plan would work.");
    expect(ps.map((p) => p.name)).toEqual(["Obama"]);
    expect(ps[0]!.mentions.map((m) => m.text)).toEqual(["Obama", "Obama", "Obama"]);
  });
  it("keeps an ordinary word after a middle initial as the surname", () => {
    expect(names("Another critic, Laurence H. Tribe, likened the rules to burning the Constitution. Douglas J. Band said no.")).toEqual(["Laurence H. Tribe", "Douglas J. Band"]);
  });
  it("does not take a recurring word the text uses as a place for a speaker", () => {
    expect(names("The siege in downtown Sydney, Australia, ended. Or maybe, as that tweeter in Sydney suggested, they are rude.")).toEqual([]);
    expect(names("A tweeter from Nice suggested the truck was stolen. The mayor of Nice, France, agreed.")).toEqual([]);
    expect(names("He is an elder of the Ngātiwai tribe. Ngātiwai believe the whales beach for a reason.")).toEqual([]);
    // A possessive after "in" is no place: "in Caddell’s memo".
    expect(names("Caddell said the numbers were bad. The errors in Caddell’s memo were many.")).toEqual(["Caddell"]);
  });
  it("takes a given name before a geographic head for a place", () => {
    expect(names("The whales beached on Stewart Island, and Jamie Werner said the crew was exhausted.")).toEqual(["Jamie Werner"]);
  });
});

describe("a name followed by “, who”", () => {
  it("is a person even with a given name no list knows, and then speaks for its quotation", () => {
    const x = extract("“The role is odd,” Melanne Verveer, who served as Hillary Clinton’s chief of staff, told CBS News.");
    expect(x.persons.map((p) => p.name)).toContain("Melanne Verveer");
    expect(x.quotes[0]?.speaker).toMatchObject({ name: "Melanne Verveer", kind: "person" });
  });
  it("is no person when a word of the name says otherwise", () => {
    expect(extract("He joined the Evercore Foundation, who paid him well.").persons).toEqual([]);
    expect(extract("He joined the Orlando Democrat, who paid him well.").persons).toEqual([]);
  });
});

describe("0.16.0 roles with an office's “of” complement", () => {
  const roles = (text: string) => extract(text).persons.map((p) => [p.name, p.roles]);
  it("takes a title and its complement before the name for the role", () => {
    expect(roles("Former Secretary of State Madeleine Albright spoke. The Speaker of the House Paul Ryan said no.")).toEqual([
      ["Madeleine Albright", ["Former Secretary of State"]],
      ["Paul Ryan", ["Speaker of the House"]],
    ]);
    expect(roles("The head of the National Rifle Association Wayne LaPierre said guns are good.")).toEqual([["Wayne LaPierre", ["head of the National Rifle Association"]]]);
  });
  it("takes no relation for a role, nor the name's own title for a complement", () => {
    expect(roles("A friend of Israeli Prime Minister Benjamin Netanyahu spoke.")).toEqual([["Benjamin Netanyahu", ["Israeli Prime Minister"]]]);
    expect(roles("The presidential campaign of Sen. Ted Cruz said no.")).toEqual([["Ted Cruz", ["Sen"]]]);
  });
});

describe("0.17.0 middle initials", () => {
  const names = (t: string) => extract(t).persons.map((p) => p.name);
  it("reads a name with a middle initial as one person, the initial 'A.' or 'I.' included", () => {
    expect(names("The plan drew criticism. “We were not happy,” said Jock A. Finlayson, head of policy at the Business Council.")).toEqual(["Jock A. Finlayson"]);
    expect(names("Hedge fund managers like William A. Ackman lost money. Mr. Ackman declined to comment.")).toEqual(["William A. Ackman"]);
    // An "A." closing a sentence is no initial.
    expect(names("The bonds were rated Grade A. Finlayson disagreed with the rating.")).not.toContain("Grade A. Finlayson");
  });
});

describe("0.17.0 appositions", () => {
  const roles = (t: string) => extract(t).persons.map((p) => [p.name, p.roles]);
  it("takes no title and name set off after a name for its role: that is another person", () => {
    expect(roles("The impeachment of President Bill Clinton, Representative James E. Rogan, and others spoke.")).toEqual([
      ["Bill Clinton", ["President"]],
      ["James E. Rogan", ["Representative"]],
    ]);
  });
  it("gives a quotation to a speaker set off with an apposition holding an abbreviation", () => {
    const x = extract("It was hard. “It was long and tiring,” Tina Tchen, Mrs. Obama’s chief of staff, said in an interview.");
    expect(x.quotes.map((q) => q.speaker?.name)).toEqual(["Tina Tchen"]);
  });
});

