/**
 * The seed article against its gold file (evaluation.md metrics 2–4 on one article): persons,
 * quotes (token F1 ≥ 0.5) and their speakers, claims (content token F1 ≥ 0.5) and their claimants,
 * and the DISPUTES link of the gold `stance`.
 */
import { nameKey, type Extraction, type ExtractedSource } from "@whosaid/domain";
import { greedyMatch, tokenF1, type Counts } from "./scoring.js";

export interface SeedGold {
  persons: { name: string; aliases: string[]; roles: string[] }[];
  /** `speakerAliases`: other names the article gives a speaker that is not a person. */
  quotes: { text: string; speaker: string; speakerAliases?: string[]; kind: string }[];
  /** `sourceAliases`: other names the article gives the same non-person source ("DOC" for the Department of Conservation). */
  claims: { content: string; source: string; sourceKind: string; sourceAliases?: string[]; stance?: { disputes: number } }[];
}

export interface SeedScore {
  persons: Counts;
  roles: { found: number; total: number };
  quotes: Counts;
  speakers: { correct: number; total: number };
  claims: Counts;
  claimants: { correct: number; total: number };
  disputes: { correct: number; total: number };
}

function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

/** Scores an extraction of the seed text against the gold file. */
export function scoreSeed(x: Extraction, gold: SeedGold): SeedScore {
  const personOf = (name: string) => x.persons.find((p) => [p.name, ...p.aliases].some((n) => sameName(n, name)));
  const personMatch = greedyMatch(x.persons, gold.persons, (p, g) =>
    [p.name, ...p.aliases].some((n) => [g.name, ...g.aliases].some((m) => sameName(n, m))),
  );
  let rolesFound = 0;
  let rolesTotal = 0;
  personMatch.forEach((j, i) => {
    if (j < 0) return;
    for (const r of gold.persons[j]!.roles) if (x.persons[i]!.roles.some((pr) => sameName(pr, r))) rolesFound++;
  });
  for (const g of gold.persons) rolesTotal += g.roles.length;

  // A person speaker is right when it is the predicted person matched to the gold person of that name, so any
  // of the gold person's aliases counts (evaluation.md); otherwise the person bearing the name.
  const matchedTo = new Map<string, number>();
  personMatch.forEach((j, i) => {
    if (j >= 0) matchedTo.set(x.persons[i]!.id, j);
  });
  const goldPersonNamed = (name: string) => gold.persons.findIndex((g) => sameName(g.name, name));
  const speakerIs = (s: ExtractedSource | null, name: string) => {
    if (!s) return false;
    if (s.kind !== "person") return sameName(s.name, name);
    if (s.personId === undefined) return false;
    const g = goldPersonNamed(name);
    if (g >= 0 && matchedTo.has(s.personId)) return matchedTo.get(s.personId) === g;
    return s.personId === personOf(name)?.id;
  };
  const quoteMatch = greedyMatch(x.quotes, gold.quotes, (q, g) => tokenF1(q.text, g.text) >= 0.5);
  let speakers = 0;
  quoteMatch.forEach((j, i) => {
    if (j < 0) return;
    const g = gold.quotes[j]!;
    if ([g.speaker, ...(g.speakerAliases ?? [])].some((n) => speakerIs(x.quotes[i]!.speaker, n))) speakers++;
  });

  const claimMatch = greedyMatch(x.claims, gold.claims, (c, g) => tokenF1(c.text, g.content) >= 0.5);
  let claimants = 0;
  const goldToPred = new Map<number, number>();
  claimMatch.forEach((j, i) => {
    if (j < 0) return;
    goldToPred.set(j, i);
    const c = x.claims[i]!;
    const g = gold.claims[j]!;
    if (!c.claimant) return;
    const ok =
      g.sourceKind === "person"
        ? speakerIs(c.claimant, g.source)
        : [g.source, ...(g.sourceAliases ?? [])].some((n) => sameName(c.claimant!.name, n)) && c.claimant.kind === g.sourceKind;
    if (ok) claimants++;
  });
  let disputesCorrect = 0;
  let disputesTotal = 0;
  gold.claims.forEach((g, j) => {
    if (!g.stance) return;
    disputesTotal++;
    const pi = goldToPred.get(j);
    const ti = goldToPred.get(g.stance.disputes);
    if (pi === undefined || ti === undefined) return;
    if (x.claims[pi]!.relations.some((r) => r.type === "DISPUTES" && r.claimId === x.claims[ti]!.id)) disputesCorrect++;
  });

  const tp = (m: number[]) => m.filter((j) => j >= 0).length;
  return {
    persons: { tp: tp(personMatch), pred: x.persons.length, gold: gold.persons.length },
    roles: { found: rolesFound, total: rolesTotal },
    quotes: { tp: tp(quoteMatch), pred: x.quotes.length, gold: gold.quotes.length },
    speakers: { correct: speakers, total: tp(quoteMatch) },
    claims: { tp: tp(claimMatch), pred: x.claims.length, gold: gold.claims.length },
    claimants: { correct: claimants, total: tp(claimMatch) },
    disputes: { correct: disputesCorrect, total: disputesTotal },
  };
}
