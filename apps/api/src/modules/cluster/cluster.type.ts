import { GraphQLDateTimeISO } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";
import type { ClaimClusterRow } from "../../db/schema.js";
import { connectionType } from "../../graphql/connection.js";
import { toGlobalId } from "../../graphql/ids.js";
import { Node, type Typed } from "../../graphql/node.js";
import { Article } from "../article/article.type.js";
import { Claim } from "../claim/claim.type.js";

export type ClaimClusterModel = Omit<ClaimClusterRow, "id"> & Typed & { id: string; dbId: number };

export function toClaimClusterModel(row: ClaimClusterRow): ClaimClusterModel {
  return { ...row, __typename: "ClaimCluster", dbId: row.id, id: toGlobalId("ClaimCluster", row.id) };
}

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description:
    "One claim as several articles reported it: its reports in order of first appearance, the outlets and the days it spread over. " +
    "Claims are grouped on ingest when their words match closely and they agree on claimant or subject; editors' REPEATS links join them too.",
})
export class ClaimCluster extends Node {
  @Field(() => Int, { description: "How many claims (reports) the cluster holds." })
  size!: number;

  @Field(() => GraphQLDateTimeISO, { description: "When the claim first appeared: the first report's article time (published, else ingested)." })
  firstAt!: Date;

  @Field(() => GraphQLDateTimeISO, { description: "When the claim last appeared." })
  lastAt!: Date;
}

export const ClaimClusterConnection = connectionType(ClaimCluster, "ClaimCluster", "claim clusters");

@ObjectType({ simpleResolvers: true, description: "Where and when a claim appeared." })
export class ClaimAppearance {
  @Field(() => Claim, { description: "The claim as that article reported it." })
  claim!: Claim;

  @Field(() => Article, { description: "The article." })
  article!: Article;

  @Field(() => GraphQLDateTimeISO, { description: "The article's time: published, else ingested." })
  at!: Date;
}

@ObjectType({ simpleResolvers: true, description: "How often a cluster's claim was reported on one day (the article's day, UTC)." })
export class ClaimDayCount {
  @Field(() => String, { description: "The day, YYYY-MM-DD." })
  day!: string;

  @Field(() => Int, { description: "Articles reporting the claim that day." })
  articles!: number;

  @Field(() => Int, { description: "Reports of the claim that day." })
  claims!: number;
}
