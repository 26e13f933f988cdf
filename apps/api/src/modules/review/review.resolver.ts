import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import type { Role } from "../access/api-key.js";
import type { MentionRow } from "../../db/schema.js";
import type { Context } from "../../graphql/context.js";
import { findClaimsByIds } from "../claim/claim.service.js";
import { findPersonsByIds } from "../person/person.service.js";
import { Mention } from "../person/person.type.js";
import { findQuotesByIds } from "../quote/quote.service.js";
import {
  AddClaimInput,
  AddQuoteInput,
  DeleteInput,
  LinkClaimsInput,
  MergePersonsInput,
  SetClaimVerdictInput,
  SplitPersonInput,
  UpdateClaimInput,
  UpdateQuoteInput,
} from "./review.input.js";
import * as review from "./review.service.js";
import {
  ClaimPayload,
  DeletePayload,
  LinkClaimsPayload,
  MergePersonsPayload,
  QuotePayload,
  SplitPersonPayload,
} from "./review.type.js";

const REVIEWED = "The item becomes `reviewed`, so re-extraction never overwrites it. Recorded in its `history`.";

/** Corrections by editors. Each runs in one transaction and records who made it; bad input writes nothing. */
@Resolver()
export class ReviewResolver {
  @Authorized<Role>("EDITOR")
  @Mutation(() => QuotePayload, { description: `Attributes a quote to another speaker (a known person, or a name with its kind). ${REVIEWED}` })
  async updateQuote(@Arg("input", () => UpdateQuoteInput) input: UpdateQuoteInput, @Ctx() ctx: Context) {
    const id = await review.updateQuoteSpeaker(ctx.store.db, ctx.user, input.id, input.speaker);
    return { quote: await loadQuote(ctx, id) };
  }

  @Authorized<Role>("EDITOR")
  @Mutation(() => ClaimPayload, { description: `Corrects a claim's claimant and/or the people it is about. ${REVIEWED}` })
  async updateClaim(@Arg("input", () => UpdateClaimInput) input: UpdateClaimInput, @Ctx() ctx: Context) {
    const id = await review.updateClaim(ctx.store.db, ctx.user, input);
    return { claim: await loadClaim(ctx, id) };
  }

  @Authorized<Role>("ADMIN")
  @Mutation(() => DeletePayload, { description: "Deletes a wrongly extracted quote. Its history stays readable." })
  async deleteQuote(@Arg("input", () => DeleteInput) input: DeleteInput, @Ctx() ctx: Context) {
    await review.deleteQuote(ctx.store.db, ctx.user, input.id);
    return { deletedId: input.id };
  }

  @Authorized<Role>("ADMIN")
  @Mutation(() => DeletePayload, { description: "Deletes a wrongly extracted claim with its subjects and relations. Its history stays readable." })
  async deleteClaim(@Arg("input", () => DeleteInput) input: DeleteInput, @Ctx() ctx: Context) {
    await review.deleteClaim(ctx.store.db, ctx.user, input.id);
    return { deletedId: input.id };
  }

  @Authorized<Role>("EDITOR")
  @Mutation(() => QuotePayload, {
    description: `Adds a quote the extractor missed, from a span of the article's text (quotation marks at its edges are left out). ${REVIEWED}`,
  })
  async addQuote(@Arg("input", () => AddQuoteInput) input: AddQuoteInput, @Ctx() ctx: Context) {
    const id = await review.addQuote(ctx.store.db, ctx.user, input);
    return { quote: await loadQuote(ctx, id) };
  }

  @Authorized<Role>("EDITOR")
  @Mutation(() => ClaimPayload, { description: `Adds a claim the extractor missed, from a span of the article's text. ${REVIEWED}` })
  async addClaim(@Arg("input", () => AddClaimInput) input: AddClaimInput, @Ctx() ctx: Context) {
    const id = await review.addClaim(ctx.store.db, ctx.user, input);
    return { claim: await loadClaim(ctx, id) };
  }

  @Authorized<Role>("EDITOR")
  @Mutation(() => MergePersonsPayload, {
    description:
      "Merges two records of one person: aliases and roles are combined, every mention, quote, claim, subject and article " +
      "link of `sourceId` moves to `targetId`, counters are recounted, and `sourceId` is removed. The quotes and claims " +
      "that move are attributed by the target's name; the names they had become the target's aliases.",
  })
  async mergePersons(@Arg("input", () => MergePersonsInput) input: MergePersonsInput, @Ctx() ctx: Context) {
    const id = await review.mergePersons(ctx.store.db, ctx.user, input.targetId, input.sourceId);
    return { person: await loadPerson(ctx, id), removedId: input.sourceId };
  }

  @Authorized<Role>("EDITOR")
  @Mutation(() => SplitPersonPayload, {
    description:
      "Moves the chosen aliases, mentions and articles of a wrongly merged person to a new person. A quote or claim moves " +
      "with an alias when it is attributed by that name or the article's words for its speaker are that alias; what moves " +
      "is attributed by the new person's name.",
  })
  async splitPerson(@Arg("input", () => SplitPersonInput) input: SplitPersonInput, @Ctx() ctx: Context) {
    const { personId, createdId } = await review.splitPerson(ctx.store.db, ctx.user, input);
    return { person: await loadPerson(ctx, personId), created: await loadPerson(ctx, createdId) };
  }

  @Authorized<Role>("EDITOR")
  @Mutation(() => ClaimPayload, { description: `Sets a claim's verdict with the reviewer's note. ${REVIEWED}` })
  async setClaimVerdict(@Arg("input", () => SetClaimVerdictInput) input: SetClaimVerdictInput, @Ctx() ctx: Context) {
    const id = await review.setClaimVerdict(ctx.store.db, ctx.user, input.id, input.verdict, input.note);
    return { claim: await loadClaim(ctx, id) };
  }

  @Authorized<Role>("EDITOR")
  @Mutation(() => LinkClaimsPayload, {
    description: "Records that one claim DISPUTES, SUPPORTS or REPEATS another (idempotent). Both claims become `reviewed`.",
  })
  async linkClaims(@Arg("input", () => LinkClaimsInput) input: LinkClaimsInput, @Ctx() ctx: Context) {
    const result = await review.linkClaims(ctx.store.db, ctx.user, input.fromId, input.toId, input.type);
    return { relation: result.relation, from: await loadClaim(ctx, result.fromId), to: await loadClaim(ctx, result.toId) };
  }

  @Authorized<Role>("EDITOR")
  @Mutation(() => LinkClaimsPayload, { description: "Removes a relation between two claims; NOT_FOUND when they are not linked that way." })
  async unlinkClaims(@Arg("input", () => LinkClaimsInput) input: LinkClaimsInput, @Ctx() ctx: Context) {
    const result = await review.unlinkClaims(ctx.store.db, ctx.user, input.fromId, input.toId, input.type);
    return { relation: null, from: await loadClaim(ctx, result.fromId), to: await loadClaim(ctx, result.toId) };
  }
}

@Resolver(() => Mention)
export class MentionResolver {
  @FieldResolver(() => ID, { description: "Opaque id of the mention (to move it in `splitPerson`)." })
  id(@Root() m: MentionRow): string {
    return review.toMentionId(m.id);
  }
}

// Read after the transaction commits, bypassing the request's loaders (they may hold the item as it was).
async function loadQuote(ctx: Context, id: number) {
  return (await findQuotesByIds(ctx.store.db, [id]))[0]!;
}
async function loadClaim(ctx: Context, id: number) {
  return (await findClaimsByIds(ctx.store.db, [id]))[0]!;
}
async function loadPerson(ctx: Context, id: number) {
  return (await findPersonsByIds(ctx.store.db, [id]))[0]!;
}
