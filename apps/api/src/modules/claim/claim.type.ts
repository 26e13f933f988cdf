import { Field, Float, Int, ObjectType } from "type-graphql";
import type { ClaimRelationRow, ClaimRow } from "../../db/schema.js";
import { connectionType } from "../../graphql/connection.js";
import { RelationType, Verdict } from "../../graphql/enums.js";
import { toGlobalId } from "../../graphql/ids.js";
import { Node, type Typed } from "../../graphql/node.js";

export type ClaimModel = Omit<ClaimRow, "id" | "search"> & Typed & { id: string; dbId: number };

export function toClaimModel(row: Omit<ClaimRow, "search">): ClaimModel {
  return { ...row, __typename: "Claim", dbId: row.id, id: toGlobalId("Claim", row.id) };
}

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: "A proposition an article attributes to someone (“X said that P”, “according to X, P”), with hedges and chain.",
})
export class Claim extends Node {
  @Field(() => String, { description: "The reported proposition." })
  text!: string;

  @Field(() => Boolean, { description: "True when the article hedges it (“reportedly”, “allegedly”, “claims”)." })
  hedged!: boolean;

  @Field(() => [String], { description: "The hedging words used." })
  hedges!: string[];

  @Field(() => Int, { description: "Offset of the proposition in `Article.text`." })
  start!: number;

  @Field(() => Int, { description: "Offset just after the proposition." })
  end!: number;

  @Field(() => Float, { description: "The extractor's confidence, 0–1." })
  confidence!: number;

  @Field(() => Verdict, { description: "An editor's verdict; UNREVIEWED until someone reviews it." })
  verdict!: Verdict;

  @Field(() => String, { nullable: true, description: "The reviewer's note on the verdict." })
  verdictNote!: string | null;

  @Field(() => Boolean, { description: "True when an editor has checked or corrected this claim." })
  reviewed!: boolean;
}

export const ClaimConnection = connectionType(Claim, "Claim", "claims");

@ObjectType({ simpleResolvers: true, description: "A link between two claims: `from` DISPUTES, SUPPORTS or REPEATS `to`." })
export class ClaimRelation {
  @Field(() => RelationType, { description: "How `from` relates to `to`." })
  type!: RelationType;

  @Field(() => Claim, { description: "The claim that disputes, supports or repeats." })
  from!: Claim;

  @Field(() => Claim, { description: "The claim disputed, supported or repeated." })
  to!: Claim;
}

export type ClaimRelationModel = ClaimRelationRow;
