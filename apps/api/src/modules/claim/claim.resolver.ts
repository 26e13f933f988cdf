import { Max, MaxLength, Min } from "class-validator";
import { Arg, Args, Ctx, Field, FieldResolver, Float, ID, InputType, Query, Resolver, Root } from "type-graphql";
import { PageArgs, toConnection } from "../../graphql/connection.js";
import type { Context } from "../../graphql/context.js";
import { loadNode } from "../../graphql/load-node.js";
import { decodeIdCursor } from "../../graphql/cursor.js";
import { Verdict } from "../../graphql/enums.js";
import { filterId } from "../../graphql/ids.js";
import { Article } from "../article/article.type.js";
import { InArticleFilter } from "../shared/in-article.input.js";
import { Person } from "../person/person.type.js";
import { createSourceFieldsResolver } from "../quote/source-fields.resolver.js";
import { Source, type SourceModel } from "../quote/source.type.js";
import { listClaims } from "./claim.service.js";
import { Claim, ClaimConnection, ClaimRelation, type ClaimModel, type ClaimRelationModel } from "./claim.type.js";

@InputType({ description: "Narrows the claim list; all given conditions must hold." })
export class ClaimFilter extends InArticleFilter {
  @Field(() => String, { nullable: true, description: "Words to find in the claim (web-search syntax)." })
  @MaxLength(200)
  search?: string | null;

  @Field(() => ID, { nullable: true, description: "Only claims made by this person." })
  claimantId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only claims about this person." })
  subjectId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only claims from this article." })
  articleId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Only hedged (true) or unhedged (false) claims." })
  hedged?: boolean | null;

  @Field(() => Verdict, { nullable: true, description: "Only claims with this verdict." })
  verdict?: Verdict | null;

  @Field(() => Float, {
    nullable: true,
    description: "Only claims the extractor is at least this confident of (0–1), and every claim an editor reviewed. 0.5 hides the doubtful ones: most of those report an act, not a proposition.",
  })
  @Min(0)
  @Max(1)
  minConfidence?: number | null;
}

@Resolver(() => Claim)
export class ClaimResolver extends createSourceFieldsResolver(() => Claim, "claimant", {
  source: "Who makes the claim (innermost source); null when unknown.",
  cue: "The attributing words (“claims”, “according to”).",
  sourceSpan: "Where the text names the claimant.",
}) {
  @Query(() => Claim, { description: "One claim by id; NOT_FOUND when there is none." })
  async claim(@Arg("id", () => ID, { description: "The claim's id." }) id: string, @Ctx() ctx: Context) {
    return loadNode(ctx.loaders.claim, id, "Claim");
  }

  @Query(() => ClaimConnection, { description: "Claims, newest first, optionally filtered." })
  async claims(
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Arg("filter", () => ClaimFilter, { nullable: true, description: "Conditions on the claims." }) filter: ClaimFilter | null,
    @Ctx() ctx: Context,
  ) {
    const page = await listClaims(ctx.store.db, {
      first,
      afterId: decodeIdCursor(after),
      search: filter?.search,
      claimantId: filterId(filter?.claimantId, "Person", "filter.claimantId"),
      subjectId: filterId(filter?.subjectId, "Person", "filter.subjectId"),
      articleId: filterId(filter?.articleId, "Article", "filter.articleId"),
      hedged: filter?.hedged,
      verdict: filter?.verdict,
      minConfidence: filter?.minConfidence,
      publisher: filter?.publisher,
      from: filter?.from,
      to: filter?.to,
    });
    return toConnection(page, (c) => [c.dbId]);
  }

  @FieldResolver(() => [Source], { description: "The attribution chain the claim reached the article through, outermost first." })
  via(@Root() c: ClaimModel): SourceModel[] {
    return c.via.map((s) => ({ name: s.name, kind: s.kind as SourceModel["kind"], personId: s.personId }));
  }

  @FieldResolver(() => [Person], { description: "The people the claim is about." })
  subjects(@Root() c: ClaimModel, @Ctx() ctx: Context) {
    return ctx.loaders.claimSubjects.load(c.dbId);
  }

  @FieldResolver(() => Article, { description: "The article the claim appears in." })
  async article(@Root() c: ClaimModel, @Ctx() ctx: Context) {
    return (await ctx.loaders.article.load(c.articleId))!;
  }

  @FieldResolver(() => [ClaimRelation], { description: "Claims this one disputes, supports or repeats, and those that do so to it." })
  relations(@Root() c: ClaimModel, @Ctx() ctx: Context) {
    return ctx.loaders.claimRelations.load(c.dbId);
  }
}

@Resolver(() => ClaimRelation)
export class ClaimRelationResolver {
  @FieldResolver(() => Claim, { description: "The claim that disputes, supports or repeats." })
  async from(@Root() r: ClaimRelationModel, @Ctx() ctx: Context) {
    return (await ctx.loaders.claim.load(r.claimId))!;
  }

  @FieldResolver(() => Claim, { description: "The claim disputed, supported or repeated." })
  async to(@Root() r: ClaimRelationModel, @Ctx() ctx: Context) {
    return (await ctx.loaders.claim.load(r.targetClaimId))!;
  }
}
