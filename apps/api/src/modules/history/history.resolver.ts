import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { Claim, type ClaimModel } from "../claim/claim.type.js";
import { Person, type PersonModel } from "../person/person.type.js";
import { Quote, type QuoteModel } from "../quote/quote.type.js";
import { Edit } from "./history.type.js";

const DESCRIPTION = "Edits made to this item by people, newest first (at most 50): who, when, what, before → after.";

@Resolver(() => Quote)
export class QuoteHistoryResolver {
  @FieldResolver(() => [Edit], { description: DESCRIPTION })
  history(@Root() q: QuoteModel, @Ctx() ctx: Context) {
    return ctx.loaders.quoteHistory.load(q.dbId);
  }
}

@Resolver(() => Claim)
export class ClaimHistoryResolver {
  @FieldResolver(() => [Edit], { description: DESCRIPTION })
  history(@Root() c: ClaimModel, @Ctx() ctx: Context) {
    return ctx.loaders.claimHistory.load(c.dbId);
  }
}

@Resolver(() => Person)
export class PersonHistoryResolver {
  @FieldResolver(() => [Edit], { description: DESCRIPTION })
  history(@Root() p: PersonModel, @Ctx() ctx: Context) {
    return ctx.loaders.personHistory.load(p.dbId);
  }
}
