import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { nameKey } from "@whosaid/domain";
import { describe, expect, it } from "vitest";
import { extract } from "./index.js";

const seedDir = fileURLToPath(new URL("../../../../shared/data/seed/", import.meta.url));
const text = readFileSync(`${seedDir}woodward-trump-putin.txt`, "utf8");
const gold = JSON.parse(readFileSync(`${seedDir}woodward-trump-putin.gold.json`, "utf8")) as {
  persons: { name: string; aliases: string[]; roles: string[] }[];
  quotes: { text: string; speaker: string; kind: string }[];
  claims: { content: string; source: string; sourceKind: string; stance?: { disputes: number } }[];
};
const x = extract(text);

const tokens = (s: string) => s.toLowerCase().match(/\w+|[^\w\s]/g) ?? [];
/** Token F1 between two texts (evaluation.md). */
function tokenF1(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  const counts = new Map<string, number>();
  for (const t of tb) counts.set(t, (counts.get(t) ?? 0) + 1);
  let shared = 0;
  for (const t of ta) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(t, n - 1);
    }
  }
  if (shared === 0) return 0;
  const p = shared / ta.length;
  const r = shared / tb.length;
  return (2 * p * r) / (p + r);
}
const personNamed = (name: string) => x.persons.find((p) => [p.name, ...p.aliases].some((n) => nameKey(n) === nameKey(name)));

describe("seed article", () => {
  it("finds all five persons with their roles", () => {
    expect(x.persons).toHaveLength(5);
    for (const g of gold.persons) {
      const p = personNamed(g.name);
      expect(p, g.name).toBeDefined();
      expect(p!.roles).toEqual(expect.arrayContaining(g.roles));
    }
  });
  it("finds the four quotes with the right speakers and kinds", () => {
    expect(x.quotes).toHaveLength(4);
    for (const g of gold.quotes) {
      const q = x.quotes.find((q) => tokenF1(q.text, g.text) >= 0.5);
      expect(q, g.text).toBeDefined();
      expect(q!.speaker?.name).toBe(g.speaker);
      expect(q!.kind).toBe(g.kind);
    }
  });
  // The issue asks for six of the eight; all eight are found, and a claim lost here once went unnoticed at six.
  it("finds all eight claims with the right claimant", () => {
    const matched = gold.claims.filter((g) => {
      const c = x.claims.find((c) => tokenF1(c.text, g.content) >= 0.5);
      if (!c?.claimant) return false;
      if (g.sourceKind === "person") return c.claimant.personId === personNamed(g.source)?.id;
      return nameKey(c.claimant.name) === nameKey(g.source) && c.claimant.kind === g.sourceKind;
    });
    expect(matched.length).toBe(gold.claims.length);
  });
  it("links Miller's statement as DISPUTING the secret-contacts claim", () => {
    const miller = x.claims.find((c) => c.text.includes("not heard that they’re talking"));
    const contacts = x.claims.find((c) => c.text.includes("secretly maintaining contact"));
    expect(miller?.relations).toEqual([{ claimId: contacts!.id, type: "DISPUTES" }]);
  });
  it("carries source, cue and content offsets that point into the text", () => {
    for (const item of [...x.quotes, ...x.claims]) {
      expect(text.slice(item.start, item.end)).toBe(item.text);
      expect(item.cue).not.toBeNull();
      if (item.cue) expect(text.slice(item.cue.start, item.cue.end)).toBe(item.cue.text);
    }
  });
});
