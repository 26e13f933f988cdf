/** An editor's judgement of a claim; maps onto schema.org ClaimReview ratings. */
export type Verdict = "UNREVIEWED" | "SUPPORTED" | "DISPUTED" | "FALSE" | "MISLEADING" | "UNPROVEN";
export const VERDICTS: readonly Verdict[] = [
  "UNREVIEWED",
  "SUPPORTED",
  "DISPUTED",
  "FALSE",
  "MISLEADING",
  "UNPROVEN",
];
