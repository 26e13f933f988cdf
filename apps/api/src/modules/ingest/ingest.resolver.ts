import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { Role } from "../access/api-key.js";
import type { Context } from "../../graphql/context.js";
import { IngestArticleInput, IngestArticlePayload } from "./ingest.input.js";
import { ingestArticle } from "./ingest.service.js";

@Resolver()
export class IngestResolver {
  @Authorized<Role>("EDITOR")
  @Mutation(() => IngestArticlePayload, {
    description:
      "Stores an article and what the extractor finds in it (persons, quotes, claims) in one transaction. " +
      "The same text or URL again returns the stored article with `created: false`. " +
      "With only a `url`, the server fetches the page (public http/https sites only).",
  })
  ingestArticle(
    @Arg("input", () => IngestArticleInput, { description: "The article." }) input: IngestArticleInput,
    @Ctx() ctx: Context,
  ) {
    return ingestArticle(ctx.store.db, ctx.ingest, input);
  }
}
