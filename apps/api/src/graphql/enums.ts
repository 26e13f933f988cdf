import { registerEnumType } from "type-graphql";

export enum SourceKind {
  PERSON = "PERSON",
  ORGANIZATION = "ORGANIZATION",
  WORK = "WORK",
  ANONYMOUS = "ANONYMOUS",
}
registerEnumType(SourceKind, {
  name: "SourceKind",
  description: "What kind of source a quote or claim is attributed to.",
  valuesConfig: {
    PERSON: { description: "A named person (see `Source.person`)." },
    ORGANIZATION: { description: "An organisation: a newspaper, agency, company, campaign…" },
    WORK: { description: "A work: a book, report, study, filing…" },
    ANONYMOUS: { description: "An unnamed source: “an aide”, “a senior official”." },
  },
});

export enum QuoteKind {
  DIRECT = "DIRECT",
  PARTIAL = "PARTIAL",
}
registerEnumType(QuoteKind, {
  name: "QuoteKind",
  description: "How much of the speaker's words the quotation marks hold.",
  valuesConfig: {
    DIRECT: { description: "A whole quoted statement." },
    PARTIAL: { description: "A fragment quoted inside the writer's sentence (called Putin a “genius”)." },
  },
});

export enum Verdict {
  UNREVIEWED = "UNREVIEWED",
  SUPPORTED = "SUPPORTED",
  DISPUTED = "DISPUTED",
  FALSE = "FALSE",
  MISLEADING = "MISLEADING",
  UNPROVEN = "UNPROVEN",
}
registerEnumType(Verdict, {
  name: "Verdict",
  description: "An editor's judgement of a claim (maps onto schema.org ClaimReview ratings).",
  valuesConfig: {
    UNREVIEWED: { description: "Nobody has reviewed the claim yet." },
    SUPPORTED: { description: "The evidence supports the claim." },
    DISPUTED: { description: "Credible sources dispute the claim." },
    FALSE: { description: "The claim is false." },
    MISLEADING: { description: "The claim is accurate in part but misleading." },
    UNPROVEN: { description: "There is not enough evidence either way." },
  },
});

export enum RelationType {
  DISPUTES = "DISPUTES",
  SUPPORTS = "SUPPORTS",
  REPEATS = "REPEATS",
}
registerEnumType(RelationType, {
  name: "RelationType",
  description: "How one claim relates to another.",
  valuesConfig: {
    DISPUTES: { description: "`from` denies or contradicts `to`." },
    SUPPORTS: { description: "`from` backs `to` up." },
    REPEATS: { description: "`from` is the same claim as `to`, reported again." },
  },
});
