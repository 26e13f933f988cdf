import { Field, ID, ObjectType } from "type-graphql";
import { Claim, ClaimRelation } from "../claim/claim.type.js";
import { Person } from "../person/person.type.js";
import { Quote } from "../quote/quote.type.js";

@ObjectType({ simpleResolvers: true, description: "The quote after the change." })
export class QuotePayload {
  @Field(() => Quote, { description: "The quote as now stored." })
  quote!: Quote;
}

@ObjectType({ simpleResolvers: true, description: "The claim after the change." })
export class ClaimPayload {
  @Field(() => Claim, { description: "The claim as now stored." })
  claim!: Claim;
}

@ObjectType({ simpleResolvers: true, description: "What was deleted." })
export class DeletePayload {
  @Field(() => ID, { description: "The id of the deleted item (its history stays readable)." })
  deletedId!: string;
}

@ObjectType({ simpleResolvers: true, description: "The person who remains after a merge." })
export class MergePersonsPayload {
  @Field(() => Person, { description: "The merged person, with the absorbed one's aliases, mentions, quotes and claims." })
  person!: Person;

  @Field(() => ID, { description: "The id of the absorbed person, which no longer exists." })
  removedId!: string;
}

@ObjectType({ simpleResolvers: true, description: "The two persons after a split." })
export class SplitPersonPayload {
  @Field(() => Person, { description: "The person that was split, without what moved." })
  person!: Person;

  @Field(() => Person, { description: "The new person." })
  created!: Person;
}

@ObjectType({ simpleResolvers: true, description: "Two claims after linking or unlinking them." })
export class LinkClaimsPayload {
  @Field(() => ClaimRelation, { nullable: true, description: "The relation (null after unlinking)." })
  relation!: ClaimRelation | null;

  @Field(() => Claim, { description: "The claim that disputes, supports or repeats." })
  from!: Claim;

  @Field(() => Claim, { description: "The claim disputed, supported or repeated." })
  to!: Claim;
}
