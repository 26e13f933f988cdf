/**
 * DISPUTES links: a claim that denies ("denied that…") or professes ignorance of ("had not heard
 * that they’re talking") what an earlier claim says about the same people disputes that claim.
 * The target is the earliest earlier claim, by another claimant, that covers the denial's subjects
 * (the original allegation rather than its elaborations).
 */
import type { ClaimDraft } from "./claims.js";
import { DENIAL_PHRASES, NEGATED_KNOWLEDGE, NEGATORS } from "./lexicon.js";

const NEGATED = new RegExp(
  `(?:\\b(?:${[...NEGATORS].filter((n) => n !== "n't").join("|")})|n[’']t)\\s+(?:[\\p{L}]+\\s+)?(?:${[...NEGATED_KNOWLEDGE].join("|")})\\b`,
  "iu",
);
const PHRASE = new RegExp(`\\b(?:${DENIAL_PHRASES.map((p) => p.replace(/ /g, "\\s+")).join("|")})\\b`, "iu");
const CONTENT_HEAD_CHARS = 60;
const LOOKBACK_CLAIMS = 200;

/** Whether a claim denies something: a denial verb, or a negated knowledge verb near the start of its content. */
export function isDenial(claim: ClaimDraft, text: string): boolean {
  if (claim.frame.verb?.denial) return true;
  const head = text.slice(claim.start, Math.min(claim.end, claim.start + CONTENT_HEAD_CHARS));
  return NEGATED.test(head) || PHRASE.test(head);
}

/** For each claim, the index of the earlier claim it disputes, or null. */
export function findDisputes(claims: readonly ClaimDraft[], text: string): (number | null)[] {
  const denials = claims.map((c) => isDenial(c, text));
  return claims.map((claim, i) => {
    if (!denials[i] || claim.subjects.length === 0) return null;
    const needed = Math.min(2, claim.subjects.length);
    for (let j = Math.max(0, i - LOOKBACK_CLAIMS); j < i; j++) {
      const other = claims[j]!;
      if (sameClaimant(claim, other) || denials[j]) continue;
      const shared = other.subjects.filter((s) => claim.subjects.includes(s)).length;
      if (shared >= needed) return j;
    }
    return null;
  });
}

function sameClaimant(a: ClaimDraft, b: ClaimDraft): boolean {
  if (!a.claimant || !b.claimant) return false;
  if (a.claimantPerson !== null) return a.claimantPerson === b.claimantPerson;
  return a.claimant.text.toLowerCase() === b.claimant.text.toLowerCase();
}
