/**
 * "the president said", "The senator argued": a definite role phrase that no pronoun or name
 * resolved speaks for the one person the article has named with that role before it ("President
 * Barack Obama" … "the president"). Two holders ("Senator Warner", "Senator Lankford") leave it
 * anonymous, and so does a role nobody holds ("The aide" of an unnamed aide).
 */
import { addTo } from "./group.js";
import type { PersonRecord } from "./persons.js";
import type { SourceCandidate } from "./sources.js";

/** "the president", "The Vermont senator", "this governor": a determiner, up to two modifiers and a singular head. */
const ROLE_PHRASE = /^(?:the|this) (?:[\p{L}-]+ ){0,2}([\p{Ll}-]+)$/iu;
/** Words that make a different office of the same head ("vice president", "former senator"). */
const OTHER_OFFICE = new Set(["vice", "deputy", "assistant", "associate", "acting", "former", "ex", "lieutenant", "late", "then"]);
/** A role's head noun: its last word before a complement ("director | at the Committee …"). */
const COMPLEMENT = /\s(?:of|at|for|in|with|on|to|from|and)\s.*$|,.*$/u;

function roleWords(role: string): string[] {
  return role.replace(COMPLEMENT, "").toLowerCase().split(/\s+/u).filter(Boolean);
}

/**
 * The persons the final list holds, looked up by the head of their roles. Built once the persons are
 * complete: each source asks only the people whose role could match it.
 */
export class RoleHolders {
  private byHead: Map<string, number[]> | undefined;

  constructor(private readonly persons: readonly PersonRecord[]) {}

  /** The person a source stands for: the one it names, or the one its definite role phrase resolves to. */
  personOf(source: SourceCandidate): number | null {
    return source.kind === "person" && source.person !== undefined ? source.person : this.holderOf(source);
  }

  /** The person a definite role phrase stands for, or null. */
  holderOf(source: SourceCandidate): number | null {
    if (source.kind !== "anonymous" || source.pronoun) return null;
    const m = ROLE_PHRASE.exec(source.text);
    if (!m) return null;
    const head = m[1]!.toLowerCase();
    if (head.endsWith("s") && !head.endsWith("ss")) return null;
    const modifiers = source.text.split(" ").slice(1, -1);
    const phraseWords = new Set(modifiers.map((w) => w.toLowerCase()));
    // A proper modifier must be the holder's ("The **Florida** senator" is not the Vermont one).
    const proper = modifiers.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.toLowerCase());
    let holder: number | null = null;
    for (const p of this.holdersOfHead(head)) {
      const person = this.persons[p]!;
      if (!person.mentions.some((x) => !x.pronoun && x.start < source.start)) continue;
      const holds = person.roles.some((r) => {
        const words = roleWords(r);
        const all = r.toLowerCase();
        return (
          words.at(-1) === head &&
          words.every((w) => !OTHER_OFFICE.has(w) || phraseWords.has(w)) &&
          [...phraseWords].every((w) => !OTHER_OFFICE.has(w) || words.includes(w)) &&
          proper.every((w) => all.includes(w))
        );
      });
      if (!holds) continue;
      if (holder !== null) return null;
      holder = p;
    }
    return holder;
  }

  /** The persons with some role ending in the head noun, in their order. */
  private holdersOfHead(head: string): readonly number[] {
    if (!this.byHead) {
      this.byHead = new Map();
      this.persons.forEach((person, p) => {
        for (const h of new Set(person.roles.map((r) => roleWords(r).at(-1)))) {
          if (h !== undefined) addTo(this.byHead!, h, p);
        }
      });
    }
    return this.byHead.get(head) ?? [];
  }
}
