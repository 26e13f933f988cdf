/**
 * Below this confidence the extractor doubts a claim: on our annotated pages most such "claims" report an act
 * ("Lorenz thanked Saltzman"), not a proposition. A claim an editor reviewed is never doubtful.
 */
export const DOUBTFUL_BELOW = 0.5;

/** The URL parameter that hides doubtful claims on the pages that list them. */
export const HIDE_DOUBTFUL_PARAM = "sure";

export function isDoubtful(claim: { confidence: number; reviewed: boolean }): boolean {
  return !claim.reviewed && claim.confidence < DOUBTFUL_BELOW;
}
