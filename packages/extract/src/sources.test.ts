import { describe, expect, it } from "vitest";
import { extract } from "./index.js";

const claimant = (text: string) => extract(text).claims[0]?.claimant;

describe("the kind a sentence-opening source is reported with", () => {
  it("is an organisation for a known place or an organisation's name", () => {
    expect(claimant("Israel said the strikes were over.")).toEqual({ name: "Israel", kind: "organization" });
    expect(claimant("The American Federation of Teachers said the plan would fail.")).toEqual({ name: "The American Federation of Teachers", kind: "organization" });
  });
  it("is an organisation for a one-word name the text also writes capitalised mid-sentence", () => {
    const text = "Roscosmos said the ship had broken up. The crash would have no impact, both Roscosmos and NASA said.";
    expect(extract(text).claims[0]?.claimant).toEqual({ name: "Roscosmos", kind: "organization" });
    // Capitalised only where a sentence opens, the word may be a common noun: nothing says it is a name.
    expect(claimant("Roscosmos said the ship had broken up.")?.kind).toBe("anonymous");
    // Nor is a word that only follows a given name ("Dylann Roof"), or one the lexicons know in lower case.
    expect(extract("Police arrested Dylann Roof on Thursday. Roof said the church had been chosen.").claims[0]?.claimant?.kind).not.toBe("organization");
    expect(extract("The Democratic nominee spoke. Democratic said the vote was close.").claims[0]?.claimant?.kind).not.toBe("organization");
  });
  it("is an organisation for a longer name the text writes capitalised mid-sentence, not for a role or a family", () => {
    const x = extract("Amazon bought Whole Foods last year. Whole Foods said it has lowered prices on hundreds of items.");
    expect(x.claims[0]?.claimant).toEqual({ name: "Whole Foods", kind: "organization" });
    const role = extract("Paul Ryan met the Wisconsin Republican caucus. The Wisconsin Republican said the bill was dead.");
    expect(role.claims[0]?.claimant?.kind).not.toBe("organization");
    const family = extract("Bill Clinton spoke. Donors gave to the Clintons often. The Clintons said the foundation did nothing wrong.");
    expect(family.claims.find((c) => c.claimant?.name === "The Clintons")?.claimant?.kind).toBe("anonymous");
  });
  it("is the person whose name it is, where no person mention was found there (a heading)", () => {
    const x = extract("Ben Carson Defends Himself Against Claims He Exaggerated His Life Story.\n\nGOP contender Ben Carson responded on Sunday.");
    expect(x.claims[0]?.claimant).toMatchObject({ name: "Ben Carson", kind: "person" });
  });
  it("is no organisation for a common noun phrase that an article opens (“The mother of a woman …”)", () => {
    expect(extract("The mother of a woman who took diet pills bought online has described how her daughter was burning up.").claims[0]?.claimant).toEqual({
      name: "The mother of a woman",
      kind: "anonymous",
    });
  });
  it("is the people who post or call, located or not (“that tweeter in Sydney”, “a 911 caller”)", () => {
    expect(claimant("Or maybe, as that tweeter in Sydney suggested, they are just rude people.")).toEqual({ name: "that tweeter", kind: "anonymous" });
    expect(claimant("Several bloggers said the app was broken.")).toEqual({ name: "Several bloggers", kind: "anonymous" });
  });
  it("stays anonymous for ordinary words and people", () => {
    expect(claimant("Critics said the plan would fail.")).toEqual({ name: "Critics", kind: "anonymous" });
    expect(claimant("Wyoming voters said the plan would fail.")?.kind).toBe("anonymous");
  });
});

describe("the name an anonymous or organisation source is reported with", () => {
  it("keeps a group's modifiers, but no verb or article a source span ran over", () => {
    expect(claimant("Obama administration officials said that they had briefed the team.")).toEqual({ name: "Obama administration officials", kind: "anonymous" });
    expect(claimant("The pipes freeze less because they are buried deeper, agency officials said.")).toEqual({ name: "agency officials", kind: "anonymous" });
    expect(claimant("Mr. Rubio's advisers said the race was close.")?.name).toBe("Mr. Rubio's advisers");
    expect(claimant("Perhaps young voters believe the race is over.")?.name).toBe("voters");
    expect(claimant("A number of experts have challenged the idea that the explosion was terrorism.")?.name).toBe("A number of experts");
    expect(claimant("A growing number of Democratic senators said the bill was flawed.")?.name).toBe("A growing number of Democratic senators");
    expect(claimant("Prosecutors in San Francisco and Los Angeles say Uber has been lying to its customers.")).toEqual({ name: "Prosecutors", kind: "anonymous" });
  });
  it("is a work for a phrase headed by a work noun, not for a proper name ending in one", () => {
    expect(claimant("About 50 other people were wounded, according to local news reports.")).toEqual({ name: "local news reports", kind: "work" });
    expect(claimant("West Mercia police said the tablets were believed to contain DNP.")).toEqual({ name: "West Mercia police", kind: "organization" });
    expect(claimant("In a letter, a group of rabbis said the tablets were believed to contain DNP.")?.kind).toBe("anonymous");
    expect(claimant("Trump leads by nine points, a new Washington Post-ABC News national poll shows.")?.kind).toBe("work");
  });
  it("is the person an organisation's role words run into ('White House press secretary Josh Earnest')", () => {
    expect(claimant("In Washington, White House press secretary Josh Earnest condemned the attack and said the government was willing to assist.")).toMatchObject({ name: "Josh Earnest", kind: "person" });
  });
  it("keeps an organisation's name whole across its 'and' ('Joint Committee on Intelligence and Security')", () => {
    expect(claimant("But, as Parliament’s Joint Committee on Intelligence and Security has pointed out, it would also be used to identify sources.")).toEqual({
      name: "Parliament’s Joint Committee on Intelligence and Security",
      kind: "organization",
    });
  });
  it("is an organisation for a capitalised name with an organisation word, or a name an organisation noun gives, wherever it stands", () => {
    expect(claimant("Strandings rose sharply this month, according to whale rescue group Project Jonah.")).toEqual({ name: "whale rescue group Project Jonah", kind: "organization" });
    expect(claimant("Sales topped $6 million, according to data analysis firm 1010data.")?.kind).toBe("organization");
    expect(claimant("Tourism is critical to the economy, according to the World Travel and Tourism Council.")?.kind).toBe("organization");
  });
});

describe("a coordinated source", () => {
  const claimants = (text: string) => extract(text).claims.map((c) => c.claimant && { name: c.claimant.name, kind: c.claimant.kind });
  it("gives the claim to each person or organisation it names", () => {
    expect(claimants("John Smith and Mary Jones said the plan would fail.")).toEqual([
      { name: "John Smith", kind: "person" },
      { name: "Mary Jones", kind: "person" },
    ]);
    expect(claimants("The ship broke up. But both Roscosmos and NASA said the crash would have no impact.")).toEqual([
      { name: "Roscosmos", kind: "organization" },
      { name: "NASA", kind: "organization" },
    ]);
  });
  it("stays one source for groups, a person with an organisation, and a name with its age or party", () => {
    expect(claimants("Democrats and Republicans say the bill is dead.")).toHaveLength(1);
    expect(claimants("Hillary Clinton spoke. Both Mrs. Clinton and her campaign said the emails were safe.")).toHaveLength(1);
    expect(claimants("Marvin Teske, 53, said the caucus was crowded.")).toHaveLength(1);
  });
});

describe("a speaker noun before the person or group it speaks for", () => {
  const claimantOf = (text: string) => extract(text).claims[0]?.claimant;
  it("is the speaker, not the person or group after the preposition", () => {
    expect(claimantOf("Hillary Clinton spoke. A spokeswoman for Hillary Clinton said the rally was canceled.")).toEqual({ name: "A spokeswoman for Hillary Clinton", kind: "anonymous" });
    expect(claimantOf("The relatives watched the video on Thursday, attorneys for the family said.")).toEqual({ name: "attorneys for the family", kind: "anonymous" });
    expect(claimantOf("Daniel Rothman teaches. A colleague of Rothman’s then remembered that a graduate student named Sarah Gille had studied at MIT.")).toEqual({ name: "A colleague of Rothman", kind: "anonymous" });
  });
  it("takes a noun in -ly for a noun, not an adverb (“the family said”)", () => {
    expect(claimantOf("The family said the plan failed.")).toEqual({ name: "The family", kind: "anonymous" });
  });
  it("leaves titles and role words before a name to the person", () => {
    expect(claimantOf("Secretary of State John Kerry said the talks failed.")).toMatchObject({ name: "John Kerry", kind: "person" });
    expect(claimantOf("Vice President Joe Biden attacked Trump, saying he was unfit.")).toMatchObject({ name: "Joe Biden", kind: "person" });
  });
});
