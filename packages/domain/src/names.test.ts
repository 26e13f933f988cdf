import { describe, expect, it } from "vitest";
import { canonicalNameKey, matchKnownPerson, nameKey, surnameKey } from "./names.js";

const trump = { id: "1", name: "Donald Trump", aliases: ["Trump", "former President Donald Trump"] };
const trumpJr = { id: "2", name: "Donald Trump Jr.", aliases: ["Trump Jr."] };
const bill = { id: "3", name: "Bill Clinton", aliases: ["Clinton"] };
const hillary = { id: "4", name: "Hillary Clinton", aliases: ["Clinton"] };

describe("nameKey", () => {
  it("drops case, punctuation, diacritics and possessives", () => {
    expect(nameKey("Donald J. Trump’s")).toBe("donald j trump");
    expect(nameKey("  José   Martí ")).toBe("jose marti");
  });
});

describe("canonicalNameKey", () => {
  it("takes titles off the front", () => {
    expect(canonicalNameKey("Vice President Kamala Harris")).toBe("kamala harris");
    expect(canonicalNameKey("former President Donald Trump")).toBe("donald trump");
  });
});

describe("surnameKey", () => {
  it("skips generational suffixes", () => {
    expect(surnameKey("Donald Trump Jr.")).toBe("trump");
    expect(surnameKey("Putin")).toBe("putin");
  });
});

describe("matchKnownPerson", () => {
  it("matches a full name with or without a middle initial or title", () => {
    expect(matchKnownPerson({ name: "Donald J. Trump", aliases: [] }, [trump, trumpJr])?.id).toBe("1");
    expect(matchKnownPerson({ name: "President Donald Trump", aliases: [] }, [trump])?.id).toBe("1");
  });
  it("keeps Donald Trump Jr. apart from Donald Trump", () => {
    expect(matchKnownPerson({ name: "Donald Trump Jr.", aliases: [] }, [trump])).toBeNull();
    expect(matchKnownPerson({ name: "Donald Trump", aliases: [] }, [trumpJr])).toBeNull();
  });
  it("keeps people with the same surname and different given names apart", () => {
    expect(matchKnownPerson({ name: "Hillary Clinton", aliases: [] }, [bill])).toBeNull();
  });
  it("links a bare surname only when one known person carries it", () => {
    expect(matchKnownPerson({ name: "Trump", aliases: [] }, [trump, trumpJr])?.id).toBe("1");
    expect(matchKnownPerson({ name: "Clinton", aliases: [] }, [bill, hillary])).toBeNull();
  });
});

describe("matchKnownPerson with context", () => {
  const barack = { id: "b", name: "Barack Obama", aliases: ["Obama", "President Obama"], roles: ["President"], mentionCount: 170 };
  const michelle = { id: "m", name: "Michelle Obama", aliases: ["Michelle Obama"], roles: ["first lady"], mentionCount: 5 };
  const hillary2 = { id: "h", name: "Hillary Clinton", aliases: ["Clinton"], roles: ["Democratic nominee", "Secretary of State"], mentionCount: 300, coMentions: ["tim kaine"] };
  const bill2 = { id: "w", name: "Bill Clinton", aliases: ["Clinton"], roles: ["former President"], mentionCount: 40 };

  it("ignores middle words and leading modifiers in full names", () => {
    const pence = { id: "p", name: "Mike Pence", aliases: ["Pence"] };
    expect(matchKnownPerson({ name: "Indiana Gov. Mike Pence", aliases: [] }, [pence])?.id).toBe("p");
    expect(matchKnownPerson({ name: "Democrat Hillary Clinton", aliases: [] }, [bill2, hillary2])?.id).toBe("h");
  });
  it("keeps a surname that is also a title word", () => {
    const king = { id: "k", name: "Steve King", aliases: ["King"] };
    expect(matchKnownPerson({ name: "Steve King", aliases: [] }, [king])?.id).toBe("k");
    expect(matchKnownPerson({ name: "Larry King", aliases: [] }, [king])).toBeNull();
  });
  it("upgrades a person known only by surname when the full name arrives", () => {
    const surnameOnly = { id: "s", name: "Kaine", aliases: ["Kaine"] };
    expect(matchKnownPerson({ name: "Tim Kaine", aliases: [] }, [surnameOnly])?.id).toBe("s");
  });
  it("picks a namesake by shared role words", () => {
    expect(matchKnownPerson({ name: "Clinton", aliases: [], roles: ["former President"] }, [hillary2, bill2])?.id).toBe("w");
    expect(matchKnownPerson({ name: "Clinton", aliases: [], roles: ["Secretary"] }, [hillary2, bill2])?.id).toBe("h");
  });
  it("picks a namesake by the people mentioned alongside", () => {
    expect(matchKnownPerson({ name: "Clinton", aliases: [], coMentions: ["tim kaine"] }, [bill2, hillary2])?.id).toBe("h");
  });
  it("falls back to a namesake who dominates by mentions, and to nobody when none does", () => {
    expect(matchKnownPerson({ name: "Obama", aliases: [] }, [michelle, barack])?.id).toBe("b");
    const even = { ...michelle, mentionCount: 100 };
    expect(matchKnownPerson({ name: "Obama", aliases: [] }, [even, barack])).toBeNull();
  });
});
