/**
 * Proportions of the generated stores, measured from real output: the extractor
 * (`@whosaid/extract` 0.2.0, `extract(text)`) run over the 84 PolNeAR dev texts in
 * /work/shared/data/polnear/dev/text on 2025-11-27, counting per article the words, persons,
 * mentions (and pronoun mentions), quotes (partial ones, those with a PERSON speaker, words per quote),
 * claims (PERSON claimant, hedged, subjects, words per claim). Totals over the 84 articles:
 * 67,609 words, 686 persons, 3,645 mentions (1,496 pronouns), 888 quotes (284 partial, 647 with a
 * person speaker, 14,297 words), 1,138 claims (624 with a person claimant, 71 hedged, 874 subjects,
 * 19,533 words, 5 `via` links, 1 relation).
 */
export const POLNEAR = {
  wordsPerArticle: 805,
  /** Persons per article as observed, one value per PolNeAR dev article (sorted). */
  personsPerArticle: [
    0, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 5, 5, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 7, 7,
    7, 7, 7, 7, 7, 8, 8, 8, 8, 8, 8, 8, 9, 9, 9, 9, 9, 9, 9, 10, 10, 10, 10, 11, 11, 11, 11, 12, 12, 12, 13, 13, 13, 14, 14,
    15, 17, 18, 18, 22, 25, 27, 29,
  ] as const,
  mentionsPerPerson: 5.31,
  pronounShare: 0.41,
  quotesPerArticle: 10.57,
  partialQuoteShare: 0.32,
  quoteSpeakerPersonShare: 0.73,
  wordsPerQuote: 16.1,
  claimsPerArticle: 13.55,
  claimantPersonShare: 0.55,
  hedgedShare: 0.062,
  subjectsPerClaim: 0.77,
  wordsPerClaim: 17.2,
} as const;

/**
 * Choices that PolNeAR cannot measure (it is one snapshot of 2016 news): how many distinct people a
 * growing archive holds and how unevenly they are named. People are drawn by a Zipf law (exponent 1),
 * so a handful appear in a large share of articles, as the presidential candidates do in PolNeAR.
 */
export const ARCHIVE = {
  personsPerArticle: 0.6,
  personZipfExponent: 1.0,
  /** Vocabulary of content words, drawn by a Zipf law (exponent 1, as in natural text). */
  vocabularySize: 12_000,
  wordZipfExponent: 1.0,
  publishers: 12,
  /** Articles spread over this many days, ending at END_DAY. */
  days: 730,
} as const;
