import { GraphQLJSON } from "graphql-scalars";
import { GraphQLDateTimeISO } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import type { EditHistoryRow } from "../../db/schema.js";

export type EditModel = EditHistoryRow;

@ObjectType({ simpleResolvers: true, description: "One recorded edit of a quote, claim or person: who did what, when, and the item before and after." })
export class Edit {
  @Field(() => String, {
    description:
      "What was done: UPDATE_SPEAKER, UPDATE_CLAIMANT, UPDATE_SUBJECTS, DELETE, ADD, SET_VERDICT, LINK, UNLINK, MERGE, MERGED_INTO, SPLIT, SPLIT_FROM.",
  })
  action!: string;

  @Field(() => String, { description: "Who made the edit (the `X-Whosaid-User` header; \"anonymous\" without one)." })
  actor!: string;

  @Field(() => GraphQLDateTimeISO, { description: "When the edit was made." })
  at!: Date;

  @Field(() => GraphQLJSON, { nullable: true, description: "The item before the edit (null when it was added)." })
  before!: unknown;

  @Field(() => GraphQLJSON, { nullable: true, description: "The item after the edit (null when it was deleted)." })
  after!: unknown;
}
