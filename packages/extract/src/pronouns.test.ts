import { describe, expect, it } from "vitest";
import { extract } from "./index.js";

/** Pronoun texts resolved to each named person. */
function pronounsOf(text: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const p of extract(text).persons) out[p.name] = p.mentions.filter((m) => m.pronoun).map((m) => `${m.text}@${m.start}`);
  return out;
}
/** "word@offset" for the first word of `phrase` where `phrase` occurs (from `from`). */
const at = (text: string, phrase: string, from = 0) => `${phrase.split(" ")[0]}@${text.indexOf(phrase, from)}`;

describe("pronouns", () => {
  it("takes a subject whose age and home town stand between it and its verb for the sentence's subject", () => {
    const text = '"I want the economy to flourish," says Misha Shah, 32, of Chicago.\n\nBrianne Stone, 29, of Huntsville, Ala., says her biggest concern is global warming.';
    expect(pronounsOf(text)).toEqual({ "Misha Shah": [], "Brianne Stone": [at(text, "her biggest")] });
  });
  it("takes the speaker after an inverted verb of saying in the sentence before as its subject", () => {
    const text =
      "President Obama spoke on Monday. Many voters believe Obama was born abroad. The Internet has greatly facilitated such misinformation, said Angie Drobnic Holan, Politifact's editor. It has also let people organize, she said.";
    expect(pronounsOf(text)["Angie Drobnic Holan"]).toEqual([at(text, "she said")]);
  });
  it("does not take a person named inside a quotation for the speaker pronoun after it", () => {
    const text =
      "Eloise Parry, 21, died in April. “She had taken eight,” her mother, Fiona Parry, said.\n\n“As Eloise deteriorated, the staff did all they could.”\n\nShe added: “They never stood a chance.”";
    expect(pronounsOf(text)["Fiona Parry"]).toEqual([at(text, "She added")]);
    // Inside a quotation, a name inside it is still the antecedent ("“Daniel was picked up … he was taken …”").
    const inside = "Mark Rathbun stated,\n“Daniel Montalvo was picked up by an investigator. Instead of a hotel, he was taken to the towers.”";
    expect(pronounsOf(inside)["Daniel Montalvo"]).toEqual([at(inside, "he was")]);
  });
  it("looks past the sentences of a long quotation for the antecedent", () => {
    const text =
      "“They were the first to market it,” said Bob Alverson, a fisherman. “It turned into an advantage. Whole Foods saw that early. They had foresight, I think.”\n\nThe certification adds costs. But it is also an assurance “that people are watching,” he said.";
    expect(pronounsOf(text)["Bob Alverson"]).toEqual([at(text, "he said")]);
  });
  it("prefers a subject named after an earlier pronoun in the sentence", () => {
    const t = "Ahmed Mohamed built a clock. His father Mohamed El-Hassan Mohamed said he was taking his family to New York.";
    const r = pronounsOf(t);
    expect(r["Mohamed El-Hassan Mohamed"]).toEqual([at(t, "he was"), at(t, "his family")]);
    expect(r["Ahmed Mohamed"]).toEqual([at(t, "His")]);
  });
  it("does not take the object of a preposition or a modifier for the subject", () => {
    const t = "Donald Trump met Vladimir Putin. His relationship with Putin has long been scrutinised, with critics questioning his stance.";
    expect(pronounsOf(t)["Donald Trump"]).toEqual([at(t, "His"), at(t, "his stance")]);
    const u = "Matthew Ingram of The Globe and Mail dubbed the conflict over the Cruise video a long game. He characterized it as a war.";
    expect(pronounsOf(u)["Matthew Ingram"]).toEqual([at(u, "He")]);
  });
  it("takes the possessor of the subject when the sentence has no subject", () => {
    const t = "Thomas Sam treated his daughter himself. Mark Tedeschi spoke to the court. Allegedly, Thomas' sister pleaded with him.";
    expect(pronounsOf(t)["Thomas Sam"]).toContain(at(t, "him", t.indexOf("pleaded")));
  });
  it("resolves a possessive in a fronted adverbial to the subject after its comma", () => {
    const t = "Kevin Allton spoke first. In her opening remarks, Kathryn Waters pointed out the Factory.";
    expect(pronounsOf(t)["Kathryn Waters"]).toEqual([at(t, "her")]);
  });
  it("sees a subject before a quotation", () => {
    const t = 'Steve Whitmore told reporters that Daniel Montalvo "walked into the station and turned himself in".';
    expect(pronounsOf(t)["Daniel Montalvo"]).toEqual([at(t, "himself")]);
  });
});
