import { Max, Min } from "class-validator";
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, InputType, Int, Query, Resolver, Root } from "type-graphql";
import { PageArgs, toConnection } from "../../graphql/connection.js";
import type { Context } from "../../graphql/context.js";
import { decodeCursor, toPage } from "../../graphql/cursor.js";
import { badInput } from "../../graphql/errors.js";
import { filterId } from "../../graphql/ids.js";
import { loadNode } from "../../graphql/load-node.js";
import type { ArticleModel } from "../article/article.type.js";
import { Claim, ClaimConnection, type ClaimModel } from "../claim/claim.type.js";
import { clusterTimeline, listClusterClaimRefs, listClusters, MAX_LISTED, type ClaimRef } from "./cluster.service.js";
import { ClaimAppearance, ClaimCluster, ClaimClusterConnection, ClaimDayCount, type ClaimClusterModel } from "./cluster.type.js";

@InputType({ description: "Narrows the cluster list." })
export class ClaimClusterFilter {
  @Field(() => ID, { nullable: true, description: "Only clusters this person makes claims in or is a subject of." })
  personId?: string | null;
}

@ArgsType()
class RepeatsArgs {
  @Field(() => Int, { nullable: true, defaultValue: 10, description: `How many (1–${MAX_LISTED}).` })
  @Min(1)
  @Max(MAX_LISTED)
  first!: number;
}

@ArgsType()
class ClusterTimelineArgs {
  @Field(() => Int, { nullable: true, defaultValue: 90, description: "How many days, ending at the cluster's latest day (1–730)." })
  @Min(1)
  @Max(730)
  days!: number;
}

const cursorError = () => badInput("The `after` cursor is not valid; use an endCursor returned by this API.");

@Resolver(() => ClaimCluster)
export class ClaimClusterResolver {
  @Query(() => ClaimCluster, { description: "One claim cluster by id; NOT_FOUND when there is none." })
  async claimCluster(@Arg("id", () => ID, { description: "The cluster's id." }) id: string, @Ctx() ctx: Context) {
    return loadNode(ctx.loaders.claimCluster, id, "ClaimCluster");
  }

  @Query(() => ClaimClusterConnection, {
    description: "Claims reported by several articles: the most reported first, then the most recently repeated.",
  })
  async claimClusters(
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Arg("filter", () => ClaimClusterFilter, { nullable: true, description: "Conditions on the clusters." }) filter: ClaimClusterFilter | null,
    @Ctx() ctx: Context,
  ) {
    const key = decodeCursor(after, 3);
    if (key && !key.every((k) => typeof k === "number")) throw cursorError();
    const page = await listClusters(ctx.store.db, {
      first,
      after: key ? { size: key[0] as number, lastAt: new Date(key[1] as number), id: key[2] as number } : null,
      personId: filterId(filter?.personId, "Person", "filter.personId"),
    });
    return toConnection(page, (c) => [c.size, c.lastAt.getTime(), c.dbId]);
  }

  @FieldResolver(() => ClaimConnection, { description: "The claims, in order of appearance (article time, then as stored)." })
  async claims(@Root() cluster: ClaimClusterModel, @Args(() => PageArgs) { first, after }: PageArgs, @Ctx() ctx: Context) {
    let refs: ClaimRef[];
    if (after == null || after === "") {
      refs = (await ctx.loaders.clusterClaimRefs.load(cluster.dbId)).slice(0, first + 1);
    } else {
      const key = decodeCursor(after, 2);
      if (!key || !key.every((k) => typeof k === "number")) throw cursorError();
      refs = await listClusterClaimRefs(ctx.store.db, cluster.dbId, first, { at: new Date(key[0] as number), id: key[1] as number });
    }
    const page = toPage(refs, first);
    const claims = await ctx.loaders.claim.loadMany(page.items.map((r) => r.id));
    const items = page.items.flatMap((ref, i) => {
      const c = claims[i];
      return c && !(c instanceof Error) ? [{ claim: c, ref }] : [];
    });
    const connection = toConnection({ items, hasNextPage: page.hasNextPage }, ({ ref }) => [ref.at.getTime(), ref.id]);
    return {
      edges: connection.edges.map((e) => ({ cursor: e.cursor, node: e.node.claim })),
      nodes: connection.nodes.map((n) => n.claim),
      pageInfo: connection.pageInfo,
    };
  }

  @FieldResolver(() => ClaimAppearance, { description: "Where and when the claim first appeared." })
  async firstAppearance(@Root() cluster: ClaimClusterModel, @Ctx() ctx: Context): Promise<{ claim: ClaimModel; article: ArticleModel; at: Date }> {
    const [first] = await ctx.loaders.clusterClaimRefs.load(cluster.dbId);
    const claim = (await ctx.loaders.claim.load(first!.id))!;
    const article = (await ctx.loaders.article.load(claim.articleId))!;
    return { claim, article, at: first!.at };
  }

  @FieldResolver(() => [String], { description: "The outlets (publishers) that reported it, in order of first report." })
  async outlets(@Root() cluster: ClaimClusterModel, @Ctx() ctx: Context) {
    return (await ctx.loaders.clusterSpread.load(cluster.dbId)).outlets;
  }

  @FieldResolver(() => [String], { description: "The days (YYYY-MM-DD, UTC) it was reported on, oldest first." })
  async dates(@Root() cluster: ClaimClusterModel, @Ctx() ctx: Context) {
    return (await ctx.loaders.clusterSpread.load(cluster.dbId)).days;
  }

  @FieldResolver(() => Int, { description: "How many articles reported it." })
  async articleCount(@Root() cluster: ClaimClusterModel, @Ctx() ctx: Context) {
    return (await ctx.loaders.clusterSpread.load(cluster.dbId)).articleCount;
  }

  @FieldResolver(() => [ClaimDayCount], { description: "Reports per day, oldest first, ending at the latest report's day (days without any included)." })
  timeline(@Root() cluster: ClaimClusterModel, @Args(() => ClusterTimelineArgs) { days }: ClusterTimelineArgs, @Ctx() ctx: Context) {
    return clusterTimeline(ctx.store.db, cluster.dbId, days);
  }
}

@Resolver(() => Claim)
export class ClaimRepeatsResolver {
  @FieldResolver(() => ClaimCluster, { nullable: true, description: "The cluster of reports of this same claim in other articles; null when no other article repeats it." })
  async cluster(@Root() c: ClaimModel, @Ctx() ctx: Context) {
    return c.clusterId === null ? null : ctx.loaders.claimCluster.load(c.clusterId);
  }

  @FieldResolver(() => [Claim], {
    description: "Other claims reporting the same thing, in order of appearance: the rest of its cluster and claims an editor linked as REPEATS.",
  })
  async repeats(@Root() c: ClaimModel, @Args(() => RepeatsArgs) { first }: RepeatsArgs, @Ctx() ctx: Context) {
    const refs = (await ctx.loaders.repeatRefs.load(c.dbId)).slice(0, first);
    const claims = await ctx.loaders.claim.loadMany(refs.map((r) => r.id));
    return claims.filter((x): x is ClaimModel => x !== null && !(x instanceof Error));
  }
}
