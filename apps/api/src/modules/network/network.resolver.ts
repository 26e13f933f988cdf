import { Max, Min } from "class-validator";
import { Args, ArgsType, Ctx, Field, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { Person, type PersonModel } from "../person/person.type.js";
import { sql } from "drizzle-orm";
import { loadPersonPart } from "../person/person-parts.js";
import { coOccurrenceFromRows, coOccurrenceSql, type CoOccurrenceRow } from "./network.service.js";
import { CoOccurrence } from "./network.type.js";

@ArgsType()
class CoOccurrenceArgs {
  @Field(() => Int, { nullable: true, defaultValue: 12, description: "How many people (1–50)." })
  @Min(1)
  @Max(50)
  first!: number;
}

@Resolver(() => Person)
export class PersonNetworkResolver {
  @FieldResolver(() => CoOccurrence, { description: "People who appear in the same articles as this person: a small network." })
  async coOccurrence(@Root() p: PersonModel, @Args(() => CoOccurrenceArgs) { first }: CoOccurrenceArgs, @Ctx() ctx: Context) {
    // Read in the same statement as the page's other person parts (person/person-parts.ts).
    const rows = await loadPersonPart<CoOccurrenceRow>(ctx, `network:${p.dbId}:${first}`, coOccurrenceSql(p.dbId, first), sql`x.kind`);
    return coOccurrenceFromRows(p.dbId, rows);
  }
}
