import { ArrayMaxSize, IsUrl, MaxLength } from "class-validator";
import { GraphQLDateTimeISO } from "graphql-scalars";
import { Field, InputType, ObjectType } from "type-graphql";
import { MAX_ARTICLE_CHARS } from "@whosaid/domain";
import { Article } from "../article/article.type.js";

export const MAX_HTML_CHARS = 1_900_000;

@InputType({ description: "An article to ingest: its text, its saved HTML page, or just its URL (fetched by the server), with what is known about it." })
export class IngestArticleInput {
  @Field(() => String, { nullable: true, description: `Plain text of the article (at most ${MAX_ARTICLE_CHARS} characters).` })
  @MaxLength(MAX_ARTICLE_CHARS)
  text?: string | null;

  @Field(() => String, { nullable: true, description: "A saved web page; whosaid takes out the main text and metadata." })
  @MaxLength(MAX_HTML_CHARS)
  html?: string | null;

  @Field(() => String, { nullable: true, description: "Where the article was published (http or https); alone, the server fetches it." })
  @IsUrl({ protocols: ["http", "https"], require_protocol: true, require_tld: false }, { message: "url must be an http or https URL" })
  @MaxLength(2048)
  url?: string | null;

  @Field(() => String, { nullable: true, description: "Headline." })
  @MaxLength(1000)
  title?: string | null;

  @Field(() => String, { nullable: true, description: "Outlet that published it." })
  @MaxLength(200)
  publisher?: string | null;

  @Field(() => [String], { nullable: true, description: "Bylined authors." })
  @ArrayMaxSize(50)
  @MaxLength(200, { each: true })
  authors?: string[] | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: "When the outlet published it." })
  publishedAt?: Date | null;
}

@ObjectType({ simpleResolvers: true, description: "What `ingestArticle` did." })
export class IngestArticlePayload {
  @Field(() => Article, { description: "The stored article: new, or the one already stored with the same text." })
  article!: Article;

  @Field(() => Boolean, { description: "True when this call stored the article; false when it was already known." })
  created!: boolean;
}
