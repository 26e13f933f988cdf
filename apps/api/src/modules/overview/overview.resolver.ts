import { sql } from "drizzle-orm";
import { Max, Min } from "class-validator";
import { Args, ArgsType, Ctx, Field, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { Person, type PersonModel } from "../person/person.type.js";
import { loadPersonPart } from "../person/person-parts.js";
import { claimsByVerdict, countRows, mostQuoted, personTimelineFromRows, personTimelineSql, timeline, type DayCountRow } from "./overview.service.js";
import { DayCount, Overview, VerdictCount } from "./overview.type.js";

@ArgsType()
class MostQuotedArgs {
  @Field(() => Int, { nullable: true, defaultValue: 5, description: "How many people (1–50)." })
  @Min(1)
  @Max(50)
  first!: number;
}

@ArgsType()
class TimelineArgs {
  @Field(() => Int, { nullable: true, defaultValue: 90, description: "How many days, ending at the latest article's day (1–730)." })
  @Min(1)
  @Max(730)
  days!: number;
}

@Resolver(() => Overview)
export class OverviewResolver {
  @Query(() => Overview, { description: "Store-wide figures: counts, claims by verdict, most-quoted people, a timeline." })
  overview() {
    return {};
  }

  @FieldResolver(() => Int)
  articleCount(@Ctx() ctx: Context) {
    return countRows(ctx.store.db, "article");
  }

  @FieldResolver(() => Int)
  personCount(@Ctx() ctx: Context) {
    return countRows(ctx.store.db, "person");
  }

  @FieldResolver(() => Int)
  quoteCount(@Ctx() ctx: Context) {
    return countRows(ctx.store.db, "quote");
  }

  @FieldResolver(() => Int)
  claimCount(@Ctx() ctx: Context) {
    return countRows(ctx.store.db, "claim");
  }

  @FieldResolver(() => [VerdictCount], { description: "Claims per verdict (verdicts no claim has are left out)." })
  claimsByVerdict(@Ctx() ctx: Context) {
    return claimsByVerdict(ctx.store.db);
  }

  @FieldResolver(() => [Person], { description: "The people with the most quotes, most first." })
  mostQuoted(@Args(() => MostQuotedArgs) { first }: MostQuotedArgs, @Ctx() ctx: Context) {
    return mostQuoted(ctx.store.db, first);
  }

  @FieldResolver(() => [DayCount], { description: "Articles, quotes and claims per day, oldest first, ending at the latest article's day." })
  timeline(@Args(() => TimelineArgs) { days }: TimelineArgs, @Ctx() ctx: Context) {
    return timeline(ctx.store.db, days);
  }
}

@ArgsType()
class PersonTimelineArgs {
  @Field(() => Int, { nullable: true, defaultValue: 90, description: "How many days, ending at the day of the latest article naming them (1–730)." })
  @Min(1)
  @Max(730)
  days!: number;
}

@Resolver(() => Person)
export class PersonTimelineResolver {
  @FieldResolver(() => [DayCount], {
    description: "Per day, oldest first: articles naming this person, their quotes and the claims they make (days without any included).",
  })
  async timeline(@Root() p: PersonModel, @Args(() => PersonTimelineArgs) { days }: PersonTimelineArgs, @Ctx() ctx: Context) {
    // Read in the same statement as the page's other person parts (person-parts.ts).
    const rows = await loadPersonPart<DayCountRow>(ctx, `timeline:${p.dbId}:${days}`, personTimelineSql(p.dbId, days), sql`x.day`);
    return personTimelineFromRows(rows);
  }
}
