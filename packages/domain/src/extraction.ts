/**
 * The extraction contract (`shared/docs/extraction-format.md`): what `@whosaid/extract` returns,
 * what the API stores and what the GraphQL schema serves. Offsets are UTF-16 indices into `text`,
 * end exclusive.
 */

/** A slice of the article text. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Who a quote or claim is attributed to when that is not a named person in the article. */
export type SourceKind = "person" | "organization" | "work" | "anonymous";
export const SOURCE_KINDS: readonly SourceKind[] = ["person", "organization", "work", "anonymous"];

export interface ExtractedSource {
  /** The local person id (`p1`…) when `kind` is `person`. */
  personId?: string;
  name: string;
  kind: SourceKind;
}

export interface ExtractedMention {
  start: number;
  end: number;
  text: string;
  pronoun?: boolean;
}

export interface ExtractedPerson {
  id: string;
  name: string;
  aliases: string[];
  roles: string[];
  mentions: ExtractedMention[];
}

export type QuoteKind = "direct" | "partial";
export const QUOTE_KINDS: readonly QuoteKind[] = ["direct", "partial"];

export interface ExtractedQuote {
  id: string;
  text: string;
  start: number;
  end: number;
  kind: QuoteKind;
  speaker: ExtractedSource | null;
  source: Span | null;
  cue: Span | null;
  confidence: number;
}

export type RelationType = "DISPUTES" | "SUPPORTS" | "REPEATS";
export const RELATION_TYPES: readonly RelationType[] = ["DISPUTES", "SUPPORTS", "REPEATS"];

export interface ExtractedRelation {
  claimId: string;
  type: RelationType;
}

export interface ExtractedClaim {
  id: string;
  text: string;
  start: number;
  end: number;
  claimant: ExtractedSource | null;
  /** Attribution chain, outermost first ("according to the NYT, the book says…" → [NYT]). */
  via: ExtractedSource[];
  source: Span | null;
  cue: Span | null;
  hedged: boolean;
  hedges: string[];
  /** Local person ids the claim is about. */
  subjects: string[];
  relations: ExtractedRelation[];
  confidence: number;
}

export interface ExtractorInfo {
  name: string;
  version: string;
}

export interface Extraction {
  extractor: ExtractorInfo;
  title: string | null;
  text: string;
  persons: ExtractedPerson[];
  quotes: ExtractedQuote[];
  claims: ExtractedClaim[];
}
