import { GraphQLDateTimeISO } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";
import type { ArticleRow } from "../../db/schema.js";
import { connectionType } from "../../graphql/connection.js";
import { toGlobalId } from "../../graphql/ids.js";
import { Node, type Typed } from "../../graphql/node.js";

/** An article as resolvers pass it around: the row with its global id; lists leave the text out. */
export type ArticleModel = Omit<ArticleRow, "id" | "search" | "text"> & Typed & { id: string; dbId: number; text?: string };

export function toArticleModel(row: Omit<ArticleRow, "search" | "text"> & { text?: string }): ArticleModel {
  return { ...row, __typename: "Article", dbId: row.id, id: toGlobalId("Article", row.id) };
}

@ObjectType({ simpleResolvers: true, implements: Node, description: "A news article and what whosaid extracted from it." })
export class Article extends Node {
  @Field(() => String, { nullable: true, description: "Where the article was published, when known." })
  url!: string | null;

  @Field(() => String, { nullable: true, description: "The page's canonical URL, when it names one." })
  canonicalUrl!: string | null;

  @Field(() => String, { nullable: true, description: "Headline." })
  title!: string | null;

  @Field(() => String, { nullable: true, description: "Outlet that published it (The New York Times…)." })
  publisher!: string | null;

  @Field(() => [String], { description: "Bylined authors." })
  authors!: string[];

  @Field(() => String, { nullable: true, description: "The byline as the page prints it, when known." })
  byline!: string | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: "When the outlet published it, when known." })
  publishedAt!: Date | null;

  @Field(() => GraphQLDateTimeISO, { description: "When whosaid stored it." })
  ingestedAt!: Date;

  @Field(() => String, { nullable: true, description: "Language code (en…), when known." })
  language!: string | null;

  @Field(() => Int, { description: "Number of words in the text." })
  wordCount!: number;

  @Field(() => String, { description: "SHA-256 of the normalised text; the same article is never stored twice." })
  contentHash!: string;

  @Field(() => String, { description: "Version of the extractor that produced the persons, quotes and claims." })
  extractorVersion!: string;
}

export const ArticleConnection = connectionType(Article, "Article", "articles");
