import { MaxLength } from "class-validator";
import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Query, Resolver, Root } from "type-graphql";
import { PageArgs, toConnection } from "../../graphql/connection.js";
import type { Context } from "../../graphql/context.js";
import { loadNode } from "../../graphql/load-node.js";
import { decodeIdCursor } from "../../graphql/cursor.js";
import { filterId } from "../../graphql/ids.js";
import { Article } from "../article/article.type.js";
import { InArticleFilter } from "../shared/in-article.input.js";
import { Person } from "../person/person.type.js";
import { listQuotes } from "./quote.service.js";
import { Quote, QuoteConnection, type QuoteModel } from "./quote.type.js";
import { createSourceFieldsResolver } from "./source-fields.resolver.js";
import { Source, type SourceModel } from "./source.type.js";

@InputType({ description: "Narrows the quote list; all given conditions must hold." })
export class QuoteFilter extends InArticleFilter {
  @Field(() => String, { nullable: true, description: "Words to find in the quote (web-search syntax)." })
  @MaxLength(200)
  search?: string | null;

  @Field(() => ID, { nullable: true, description: "Only quotes by this person." })
  speakerId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only quotes from this article." })
  articleId?: string | null;
}

@Resolver(() => Quote)
export class QuoteResolver extends createSourceFieldsResolver(() => Quote, "speaker", {
  source: "Who said it; null when the extractor could not tell.",
  cue: "The words that attribute it (“said”, “allegedly told”).",
  sourceSpan: "Where the text names the speaker (“Putin”, “he”).",
}) {
  @Query(() => Quote, { description: "One quote by id; NOT_FOUND when there is none." })
  async quote(@Arg("id", () => ID, { description: "The quote's id." }) id: string, @Ctx() ctx: Context) {
    return loadNode(ctx.loaders.quote, id, "Quote");
  }

  @Query(() => QuoteConnection, { description: "Quotes, newest first, optionally filtered." })
  async quotes(
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Arg("filter", () => QuoteFilter, { nullable: true, description: "Conditions on the quotes." }) filter: QuoteFilter | null,
    @Ctx() ctx: Context,
  ) {
    const page = await listQuotes(ctx.store.db, {
      first,
      afterId: decodeIdCursor(after),
      search: filter?.search,
      speakerId: filterId(filter?.speakerId, "Person", "filter.speakerId"),
      articleId: filterId(filter?.articleId, "Article", "filter.articleId"),
      publisher: filter?.publisher,
      from: filter?.from,
      to: filter?.to,
    });
    return toConnection(page, (q) => [q.dbId]);
  }

  @FieldResolver(() => Article, { description: "The article the quote appears in." })
  async article(@Root() q: QuoteModel, @Ctx() ctx: Context) {
    return (await ctx.loaders.article.load(q.articleId))!;
  }
}

@Resolver(() => Source)
export class SourceResolver {
  @FieldResolver(() => Person, { nullable: true, description: "The person, when the source is a PERSON." })
  person(@Root() s: SourceModel, @Ctx() ctx: Context) {
    return s.personId === null ? null : ctx.loaders.person.load(s.personId);
  }
}
