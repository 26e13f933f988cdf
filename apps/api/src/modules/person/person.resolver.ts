import { Max, MaxLength, Min } from "class-validator";
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Float, ID, InputType, Query, Resolver, Root } from "type-graphql";
import { PageArgs, toConnection } from "../../graphql/connection.js";
import type { Context } from "../../graphql/context.js";
import { loadNode } from "../../graphql/load-node.js";
import { badInput } from "../../graphql/errors.js";
import { decodeCursor, decodeIdCursor } from "../../graphql/cursor.js";
import { ArticleConnection } from "../article/article.type.js";
import { ClaimConnection } from "../claim/claim.type.js";
import { QuoteConnection } from "../quote/quote.type.js";
import { personArticles, personClaims, personQuotes } from "./person-parts.js";
import { listPersons } from "./person.service.js";
import { ArticlePerson, Mention, Person, PersonConnection, type ArticlePersonModel, type PersonModel } from "./person.type.js";

@InputType({ description: "Narrows the person list." })
export class PersonFilter {
  @Field(() => String, { nullable: true, description: "Part of the name, any case (“putin”, “kamala h”)." })
  @MaxLength(200)
  search?: string | null;
}

@ArgsType()
export class PersonClaimsArgs extends PageArgs {
  @Field(() => Float, {
    nullable: true,
    description: "Only claims the extractor is at least this confident of (0–1), and every claim an editor reviewed; as `ClaimFilter.minConfidence`.",
  })
  @Min(0)
  @Max(1)
  minConfidence?: number | null;
}

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { description: "One person by id; NOT_FOUND when there is none." })
  async person(@Arg("id", () => ID, { description: "The person's id." }) id: string, @Ctx() ctx: Context) {
    return loadNode(ctx.loaders.person, id, "Person");
  }

  @Query(() => PersonConnection, { description: "People, most mentioned first." })
  async persons(
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Arg("filter", () => PersonFilter, { nullable: true, description: "Conditions on the people." }) filter: PersonFilter | null,
    @Ctx() ctx: Context,
  ) {
    const key = decodeCursor(after, 2);
    if (key && !key.every((k) => typeof k === "number")) throw badInput("The `after` cursor is not valid.");
    const page = await listPersons(ctx.store.db, {
      first,
      after: key ? { mentionCount: key[0] as number, id: key[1] as number } : null,
      search: filter?.search,
    });
    return toConnection(page, (p) => [p.mentionCount, p.dbId]);
  }

  @FieldResolver(() => ArticleConnection, { description: "Articles that mention this person, newest first." })
  async articles(@Root() p: PersonModel, @Args(() => PageArgs) { first, after }: PageArgs, @Ctx() ctx: Context) {
    const page = await personArticles(ctx, p.dbId, first, decodeIdCursor(after));
    return toConnection(page, (a) => [a.dbId]);
  }

  @FieldResolver(() => QuoteConnection, { description: "Quotes this person said, newest first." })
  async quotes(@Root() p: PersonModel, @Args(() => PageArgs) { first, after }: PageArgs, @Ctx() ctx: Context) {
    const page = await personQuotes(ctx, p.dbId, first, decodeIdCursor(after));
    return toConnection(page, (q) => [q.dbId]);
  }

  @FieldResolver(() => ClaimConnection, { description: "Claims this person makes, newest first." })
  async claims(@Root() p: PersonModel, @Args(() => PersonClaimsArgs) { first, after, minConfidence }: PersonClaimsArgs, @Ctx() ctx: Context) {
    const page = await personClaims(ctx, "claims", p.dbId, first, decodeIdCursor(after), minConfidence ?? null);
    return toConnection(page, (c) => [c.dbId]);
  }

  @FieldResolver(() => ClaimConnection, { description: "Claims about this person (they are a subject), newest first." })
  async claimsAbout(@Root() p: PersonModel, @Args(() => PersonClaimsArgs) { first, after, minConfidence }: PersonClaimsArgs, @Ctx() ctx: Context) {
    const page = await personClaims(ctx, "claimsAbout", p.dbId, first, decodeIdCursor(after), minConfidence ?? null);
    return toConnection(page, (c) => [c.dbId]);
  }
}

@Resolver(() => ArticlePerson)
export class ArticlePersonResolver {
  @FieldResolver(() => Person, { description: "The person." })
  async person(@Root() ap: ArticlePersonModel, @Ctx() ctx: Context) {
    return (await ctx.loaders.person.load(ap.personId))!;
  }

  @FieldResolver(() => [Mention], { description: "Every mention, in text order." })
  async mentions(@Root() ap: ArticlePersonModel, @Ctx() ctx: Context) {
    return (await ctx.loaders.mentionsByArticle.load(ap.articleId)).filter((m) => m.personId === ap.personId);
  }
}
