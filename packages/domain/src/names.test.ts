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
