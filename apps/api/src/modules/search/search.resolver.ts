import { MaxLength, Max, Min } from "class-validator";
import { Args, ArgsType, createUnionType, Ctx, Field, Int, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { badInput } from "../../graphql/errors.js";
import type { Typed } from "../../graphql/node.js";
import { Article } from "../article/article.type.js";
import { Claim } from "../claim/claim.type.js";
import { Person } from "../person/person.type.js";
import { Quote } from "../quote/quote.type.js";
import { searchEverything } from "./search.service.js";

export const SearchHit = createUnionType({
  name: "SearchHit",
  description: "One result of `search`: an article, a person, a quote or a claim.",
  types: () => [Article, Person, Quote, Claim] as const,
  resolveType: (value) => (value as unknown as Typed).__typename,
});

@ArgsType()
class SearchArgs {
  @Field(() => String, { description: "What to look for: words of a quote, claim or article, or part of a name." })
  @MaxLength(200)
  query!: string;

  @Field(() => Int, { nullable: true, defaultValue: 20, description: "At most this many results (1–50)." })
  @Min(1)
  @Max(50)
  first!: number;
}

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], { description: "Searches articles, people, quotes and claims at once, best match first." })
  async search(@Args(() => SearchArgs) { query, first }: SearchArgs, @Ctx() ctx: Context) {
    const words = query.trim();
    if (!words) throw badInput("The search query is empty.");
    return searchEverything(ctx.store.db, words, first);
  }
}
