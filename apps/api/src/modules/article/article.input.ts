import { MaxLength } from "class-validator";
import { GraphQLDateTimeISO } from "graphql-scalars";
import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "Narrows the article list; all given conditions must hold." })
export class ArticleFilter {
  @Field(() => String, { nullable: true, description: "Words to find in the title or text (web-search syntax: \"phrase\", -word, or)." })
  @MaxLength(200)
  search?: string | null;

  @Field(() => String, { nullable: true, description: "Exact publisher name." })
  @MaxLength(200)
  publisher?: string | null;

  @Field(() => ID, { nullable: true, description: "Only articles that mention this person." })
  personId?: string | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: "Published at or after this time." })
  from?: Date | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: "Published at or before this time." })
  to?: Date | null;
}
