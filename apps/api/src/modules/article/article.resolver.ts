import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { articleClaimsOf, articlePersonsOf, articleQuotesOf } from "./article-parts.js";
import { PageArgs, toConnection } from "../../graphql/connection.js";
import type { Context } from "../../graphql/context.js";
import { loadNode } from "../../graphql/load-node.js";
import { decodeIdCursor } from "../../graphql/cursor.js";
import { filterId } from "../../graphql/ids.js";
import { Claim } from "../claim/claim.type.js";
import { ArticlePerson } from "../person/person.type.js";
import { Quote } from "../quote/quote.type.js";
import { ArticleFilter } from "./article.input.js";
import { listArticles } from "./article.service.js";
import { Article, ArticleConnection, type ArticleModel } from "./article.type.js";

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => Article, { description: "One article by id; NOT_FOUND when there is none." })
  async article(@Arg("id", () => ID, { description: "The article's id." }) id: string, @Ctx() ctx: Context) {
    return loadNode(ctx.loaders.article, id, "Article");
  }

  @Query(() => ArticleConnection, { description: "Articles, newest first, optionally filtered." })
  async articles(
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Arg("filter", () => ArticleFilter, { nullable: true, description: "Conditions on the articles." }) filter: ArticleFilter | null,
    @Ctx() ctx: Context,
  ) {
    const page = await listArticles(ctx.store.db, {
      first,
      afterId: decodeIdCursor(after),
      search: filter?.search,
      publisher: filter?.publisher,
      personId: filterId(filter?.personId, "Person", "filter.personId"),
      from: filter?.from,
      to: filter?.to,
    });
    return toConnection(page, (a) => [a.dbId]);
  }

  @FieldResolver(() => String, { description: "The plain text every offset (`start`, `end`) refers to (UTF-16 code units)." })
  async text(@Root() a: ArticleModel, @Ctx() ctx: Context) {
    // Lists load articles without their text; the few that ask for it come from the batched loader.
    return a.text ?? (await ctx.loaders.article.load(a.dbId))?.text ?? "";
  }

  @FieldResolver(() => [ArticlePerson], { description: "The people in the article, in order of first appearance." })
  persons(@Root() a: ArticleModel, @Ctx() ctx: Context) {
    return articlePersonsOf(ctx, a.dbId);
  }

  @FieldResolver(() => [Quote], { description: "Quotations in the article, in text order." })
  quotes(@Root() a: ArticleModel, @Ctx() ctx: Context) {
    return articleQuotesOf(ctx, a.dbId);
  }

  @FieldResolver(() => [Claim], { description: "Claims the article attributes to someone, in text order." })
  claims(@Root() a: ArticleModel, @Ctx() ctx: Context) {
    return articleClaimsOf(ctx, a.dbId);
  }
}
