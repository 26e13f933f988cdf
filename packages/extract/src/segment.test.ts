import { describe, expect, it } from "vitest";
import { extract } from "./index.js";
import { isHeading, segment } from "./segment.js";

describe("segment", () => {
  it("splits sentences but not after abbreviations or initials", () => {
    const text = "Sen. John Smith met George W. Bush in the U.S. capital. He left. \"Fine,\" he said.";
    const s = segment(text).sentences.map((x) => text.slice(x.start, x.end));
    expect(s).toEqual(["Sen. John Smith met George W. Bush in the U.S. capital.", "He left.", "\"Fine,\" he said."]);
    const nyt = "''We need to break free,'' said Mike Schmidt, an adviser at the campaign. ''That's what this is for.''";
    expect(segment(nyt).sentences).toHaveLength(2);
    const elder = "President George H.W. Bush held back loan guarantees. Shamir gave in.";
    expect(segment(elder).sentences.map((x) => elder.slice(x.start, x.end))).toEqual(["President George H.W. Bush held back loan guarantees.", "Shamir gave in."]);
  });
  it("treats short lines without end punctuation as headings", () => {
    expect(isHeading("Secret COVID-19 Gesture")).toBe(true);
    expect(isHeading("Trump said the talks went well.")).toBe(false);
    const seg = segment("Intro line here.\nElection Impact\nMore text follows.");
    expect(seg.paragraphs.map((p) => p.heading)).toEqual([false, true, false]);
    expect(seg.sentences.filter((s) => s.heading)).toHaveLength(1);
  });
  it("takes a line of a list in sentence case with a finite verb for a sentence, a title-case headline for a heading", () => {
    expect(isHeading("He is confident the Iran nuclear deal will be passed by Congress")).toBe(false);
    expect(isHeading("Syria needs a political solution")).toBe(false);
    expect(isHeading("Ted Cruz Says He Will Stay in the Race")).toBe(true);
    expect(isHeading("Read the full transcript of his interview")).toBe(true);
  });
  it("keeps a dateline apart like a heading, so no sentence starts with it", () => {
    const text = "Rubio stumbles.\nBEDFORD, N.H. (AP) — Marco Rubio's debate has emboldened rivals, officials said.\nLONDON — The talks ended.\nNATO said it would stay.";
    const seg = segment(text);
    const shown = seg.sentences.map((x) => `${x.heading ? "#" : ""}${text.slice(x.start, x.end)}`);
    expect(shown).toEqual(["Rubio stumbles.", "#BEDFORD, N.H. (AP) —", "Marco Rubio's debate has emboldened rivals, officials said.", "#LONDON —", "The talks ended.", "NATO said it would stay."]);
    const claims = extract(text).claims;
    expect(claims.map((c) => [c.claimant?.name, c.text])).toContainEqual(["officials", "Marco Rubio's debate has emboldened rivals"]);
    expect(claims.filter((c) => /BEDFORD|LONDON/u.test(`${c.claimant?.name} ${c.text}`))).toEqual([]);
  });
  it("keeps datelines with a date, a state in title case, a single hyphen or a place in title case with its agency apart too", () => {
    const text = "PHILADELPHIA, July 29 (UPI) — Fans are upset.\nRANGOON, Burma - Allies predicted a victory.\nNew York (AFP) – The frustration grew.\nPARIS, Aug 31 (Reuters) - Le Pen spoke.";
    const seg = segment(text);
    expect(seg.sentences.filter((x) => x.heading).map((x) => text.slice(x.start, x.end))).toEqual([
      "PHILADELPHIA, July 29 (UPI) —",
      "RANGOON, Burma -",
      "New York (AFP) –",
      "PARIS, Aug 31 (Reuters) -",
    ]);
    // A capitalised name, a comma and a title-case word before a spaced hyphen is no dateline without capitals or an agency.
    expect(segment("Obama, Biden - and others - spoke.").sentences.filter((x) => x.heading)).toEqual([]);
  });
  it("keeps the author's closing bio apart like a heading, but not a writer quoted near the end", () => {
    const text = "Obama met Netanyahu on Monday. He said talks would go on.\nSteven Mufson covers the White House. Since joining The Post, he has covered economics and energy.\nA version of this article appears in print";
    const x = extract(text);
    expect(x.persons.map((p) => p.name)).not.toContain("Steven Mufson");
    expect(x.claims.filter((c) => /economics/u.test(c.text))).toEqual([]);
    const quoted = extract("Trump leads.\nChris Cillizza writes: “Trump remains the only one with a path.”");
    expect(quoted.persons.map((p) => p.name)).toContain("Chris Cillizza");
  });
  it("ends a sentence after a closing quote", () => {
    const text = "He had \"not heard that they’re talking.” However, Miller added more.";
    expect(segment(text).sentences).toHaveLength(2);
  });
});

describe("initials", () => {
  it("ends a sentence at a capital letter's period when a sentence-opening word follows", () => {
    const text = "Microsoft sold the Xbox One S. That revision was smaller. George W. Bush spoke.";
    expect(segment(text).sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      "Microsoft sold the Xbox One S.",
      "That revision was smaller.",
      "George W. Bush spoke.",
    ]);
  });
});
