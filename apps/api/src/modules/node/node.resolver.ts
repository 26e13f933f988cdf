import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { fromGlobalId } from "../../graphql/ids.js";
import { Node } from "../../graphql/node.js";

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: "Anything by its global id; null when there is nothing with that id." })
  async node(@Arg("id", () => ID, { description: "A global id from this API." }) id: string, @Ctx() ctx: Context) {
    const parsed = fromGlobalId(id);
    if (!parsed) return null;
    const loader = {
      Article: ctx.loaders.article,
      Person: ctx.loaders.person,
      Quote: ctx.loaders.quote,
      Claim: ctx.loaders.claim,
      ClaimCluster: ctx.loaders.claimCluster,
    }[parsed.type];
    return loader.load(parsed.id);
  }
}
