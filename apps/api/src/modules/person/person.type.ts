import { Field, Int, ObjectType } from "type-graphql";
import type { ArticlePersonRow, MentionRow, PersonRow } from "../../db/schema.js";
import { connectionType } from "../../graphql/connection.js";
import { toGlobalId } from "../../graphql/ids.js";
import { Node, type Typed } from "../../graphql/node.js";

export type PersonModel = Omit<PersonRow, "id"> & Typed & { id: string; dbId: number };

export function toPersonModel(row: PersonRow): PersonModel {
  return { ...row, __typename: "Person", dbId: row.id, id: toGlobalId("Person", row.id) };
}

@ObjectType({ simpleResolvers: true, implements: Node, description: "A person in the news: one Person across every article that names them." })
export class Person extends Node {
  @Field(() => String, { description: "Canonical full name." })
  name!: string;

  @Field(() => [String], { description: "Other names articles use: surname, title + surname…" })
  aliases!: string[];

  @Field(() => [String], { description: "Titles and descriptions articles give (“Russian President”, “veteran journalist”)." })
  roles!: string[];

  @Field(() => Int, { description: "Mentions across all articles, pronouns included." })
  mentionCount!: number;

  @Field(() => Int, { description: "Quotes attributed to this person." })
  quoteCount!: number;

  @Field(() => Int, { description: "Claims this person makes." })
  claimCount!: number;
}

export const PersonConnection = connectionType(Person, "Person", "persons");

@ObjectType({ simpleResolvers: true, description: "One place an article names or refers to a person." })
export class Mention {
  @Field(() => Int, { description: "Offset of the first character in `Article.text`." })
  start!: number;

  @Field(() => Int, { description: "Offset just after the last character." })
  end!: number;

  @Field(() => String, { description: "The words of the mention." })
  text!: string;

  @Field(() => Boolean, { description: "True when the mention is a pronoun resolved to this person." })
  pronoun!: boolean;
}

export type ArticlePersonModel = ArticlePersonRow;
export type MentionModel = MentionRow;

@ObjectType({ simpleResolvers: true, description: "A person as they appear in one article." })
export class ArticlePerson {
  @Field(() => Person, { description: "The person." })
  person!: Person;

  @Field(() => Int, { description: "How often this article mentions them." })
  mentionCount!: number;

  @Field(() => [String], { description: "Roles this article gives them." })
  roles!: string[];
}
