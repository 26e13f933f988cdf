import { ArrayMaxSize, IsOptional, MaxLength, Min } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { QuoteKind, RelationType, SourceKind, Verdict } from "../../graphql/enums.js";

@InputType({
  description:
    "Who said or claimed something, as an editor gives it: an existing person (`personId`), or a name with its kind. " +
    "A PERSON name is matched to a known person by name (the quote or claim then shows that person's name, and the name " +
    "given joins their aliases), or a new person is created.",
})
export class SourceInput {
  @Field(() => ID, { nullable: true, description: "An existing person." })
  personId?: string | null;

  @Field(() => String, { nullable: true, description: "A name (“Jason Miller”, “the Kremlin”, “an aide”), when not giving `personId`." })
  @MaxLength(200)
  name?: string | null;

  @Field(() => SourceKind, { nullable: true, description: "What kind of source `name` is; PERSON when omitted." })
  kind?: SourceKind | null;
}

@InputType({ description: "A correction of a quote's speaker." })
export class UpdateQuoteInput {
  @Field(() => ID, { description: "The quote to correct." })
  id!: string;

  @Field(() => SourceInput, { description: "The speaker the quote should be attributed to." })
  speaker!: SourceInput;
}

@InputType({ description: "A correction of a claim: its claimant, its subjects, or both." })
export class UpdateClaimInput {
  @Field(() => ID, { description: "The claim to correct." })
  id!: string;

  @Field(() => SourceInput, { nullable: true, description: "Who makes the claim; unchanged when omitted." })
  claimant?: SourceInput | null;

  @Field(() => [ID], { nullable: true, description: "The people the claim is about (replaces the list); unchanged when omitted." })
  @IsOptional()
  @ArrayMaxSize(50)
  subjectIds?: string[] | null;
}

@InputType({ description: "The item to delete." })
export class DeleteInput {
  @Field(() => ID, { description: "Its id." })
  id!: string;
}

@InputType({ description: "A quote an editor adds from a stretch of an article's text." })
export class AddQuoteInput {
  @Field(() => ID, { description: "The article." })
  articleId!: string;

  @Field(() => Int, { description: "Offset of the quoted words in `Article.text`." })
  @Min(0)
  start!: number;

  @Field(() => Int, { description: "Offset just after the quoted words." })
  @Min(0)
  end!: number;

  @Field(() => SourceInput, { description: "Who said it." })
  speaker!: SourceInput;

  @Field(() => QuoteKind, { nullable: true, description: "DIRECT when omitted." })
  kind?: QuoteKind | null;
}

@InputType({ description: "A claim an editor adds from a stretch of an article's text." })
export class AddClaimInput {
  @Field(() => ID, { description: "The article." })
  articleId!: string;

  @Field(() => Int, { description: "Offset of the proposition in `Article.text`." })
  @Min(0)
  start!: number;

  @Field(() => Int, { description: "Offset just after the proposition." })
  @Min(0)
  end!: number;

  @Field(() => SourceInput, { nullable: true, description: "Who makes the claim, when known." })
  claimant?: SourceInput | null;

  @Field(() => [ID], { nullable: true, description: "The people the claim is about." })
  @IsOptional()
  @ArrayMaxSize(50)
  subjectIds?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: "Whether the article hedges it; false when omitted." })
  hedged?: boolean | null;
}

@InputType({ description: "Two records of one person: `sourceId` is absorbed into `targetId`." })
export class MergePersonsInput {
  @Field(() => ID, { description: "The person who stays." })
  targetId!: string;

  @Field(() => ID, { description: "The person merged into the target and then removed." })
  sourceId!: string;
}

@InputType({
  description:
    "Moves part of a wrongly merged person to a new person: the chosen aliases (and every mention, quote and claim " +
    "attributed under them), the chosen mentions, and everything in the chosen articles.",
})
export class SplitPersonInput {
  @Field(() => ID, { description: "The person to split." })
  id!: string;

  @Field(() => String, { description: "The new person's name." })
  @MaxLength(200)
  name!: string;

  @Field(() => [String], { nullable: true, description: "Aliases that belong to the new person." })
  @IsOptional()
  @ArrayMaxSize(100)
  @MaxLength(200, { each: true })
  aliases?: string[] | null;

  @Field(() => [ID], { nullable: true, description: "Mentions (`Mention.id`) that refer to the new person." })
  @IsOptional()
  @ArrayMaxSize(1000)
  mentionIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: "Articles in which every mention, quote and claim of the person is the new person's." })
  @IsOptional()
  @ArrayMaxSize(1000)
  articleIds?: string[] | null;
}

@InputType({ description: "An editor's verdict on a claim." })
export class SetClaimVerdictInput {
  @Field(() => ID, { description: "The claim." })
  id!: string;

  @Field(() => Verdict, { description: "The verdict." })
  verdict!: Verdict;

  @Field(() => String, { nullable: true, description: "Why: sources, reasoning (shown with the verdict)." })
  @MaxLength(5000)
  note?: string | null;
}

@InputType({ description: "A relation between two claims: `fromId` DISPUTES, SUPPORTS or REPEATS `toId`." })
export class LinkClaimsInput {
  @Field(() => ID, { description: "The claim that disputes, supports or repeats." })
  fromId!: string;

  @Field(() => ID, { description: "The claim disputed, supported or repeated." })
  toId!: string;

  @Field(() => RelationType, { description: "How `fromId` relates to `toId`." })
  type!: RelationType;
}
