import { Field, ID, InterfaceType } from "type-graphql";
import type { NodeTypeName } from "./ids.js";

/** Every model value carries its GraphQL type name so interfaces and unions can resolve it. */
export interface Typed {
  __typename: NodeTypeName;
}

@InterfaceType({
  description: "Anything with a global id that `node(id:)` can fetch.",
  resolveType: (value: Typed) => value.__typename,
})
export abstract class Node {
  @Field(() => ID, { description: "Global, opaque id." })
  id!: string;
}
