import { MaxLength } from "class-validator";
import { GraphQLDateTimeISO } from "graphql-scalars";
import { Field, InputType } from "type-graphql";

/**
 * The filter fields quotes and claims share: conditions on the article they are in (what
 * `inArticleWhere` asks). A base class only; it is not in the schema by itself.
 */
@InputType("InArticleFilter")
export abstract class InArticleFilter {
  @Field(() => String, { nullable: true, description: "Only from articles by this publisher (exact name)." })
  @MaxLength(200)
  publisher?: string | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: "Only from articles of this time or later (published, else ingested)." })
  from?: Date | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: "Only from articles of this time or earlier (published, else ingested)." })
  to?: Date | null;
}
