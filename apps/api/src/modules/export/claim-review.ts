import type { ClaimReview, WithContext } from "schema-dts";

/** schema.org rating for each verdict: 1 = false … 5 = true, with the verdict's wording. */
export const VERDICT_RATINGS: Record<string, { value: number; name: string }> = {
  FALSE: { value: 1, name: "False" },
  MISLEADING: { value: 2, name: "Misleading" },
  DISPUTED: { value: 2, name: "Disputed" },
  UNPROVEN: { value: 3, name: "Unproven" },
  SUPPORTED: { value: 5, name: "True" },
};

export interface ReviewedClaim {
  id: string;
  text: string;
  verdict: string;
  verdictNote: string | null;
  claimantName: string | null;
  claimantKind: string | null;
  articleUrl: string | null;
  articleTitle: string | null;
  publisher: string | null;
  publishedAt: Date | null;
}


/**
 * A reviewed claim as a schema.org ClaimReview (what fact-checking tools and search engines read).
 * Typed with schema-dts, so the compiler checks every type and property against the vocabulary.
 */
export function toClaimReview(claim: ReviewedClaim, baseUrl: string): WithContext<ClaimReview> {
  const rating = VERDICT_RATINGS[claim.verdict] ?? { value: 3, name: claim.verdict };
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: `${baseUrl}/claims/${claim.id}`,
    claimReviewed: claim.text,
    ...(claim.verdictNote ? { reviewBody: claim.verdictNote } : {}),
    author: { "@type": "Organization", name: "whosaid" },
    reviewRating: {
      "@type": "Rating",
      ratingValue: rating.value,
      bestRating: 5,
      worstRating: 1,
      alternateName: rating.name,
    },
    itemReviewed: {
      "@type": "Claim",
      // schema.org lets a Claim's author be a Person or an Organization; a work (a book, a report) that
      // makes the claim is where it first appeared.
      ...(claim.claimantName && claim.claimantKind === "WORK"
        ? { firstAppearance: { "@type": "CreativeWork", name: claim.claimantName } }
        : claim.claimantName
          ? { author: { "@type": claim.claimantKind === "ORGANIZATION" ? "Organization" : "Person", name: claim.claimantName } }
          : {}),
      appearance: {
        "@type": "NewsArticle",
        ...(claim.articleUrl ? { url: claim.articleUrl } : {}),
        ...(claim.articleTitle ? { headline: claim.articleTitle } : {}),
        ...(claim.publisher ? { publisher: { "@type": "Organization", name: claim.publisher } } : {}),
        ...(claim.publishedAt ? { datePublished: claim.publishedAt.toISOString() } : {}),
      },
    },
  };
}
