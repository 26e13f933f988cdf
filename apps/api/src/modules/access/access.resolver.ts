import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import type { Role } from "./api-key.js";
import { createApiKey, listApiKeys, revokeApiKey } from "./access.service.js";
import {
  ApiKey,
  CreateApiKeyInput,
  CreateApiKeyPayload,
  RevokeApiKeyInput,
  RevokeApiKeyPayload,
  toApiKey,
  Viewer,
  type ReadAccess,
} from "./access.type.js";

@Resolver()
export class AccessResolver {
  @Query(() => Viewer, { description: "Who is asking: whether the request carries a key, its name and role." })
  viewer(@Ctx() ctx: Context): Viewer {
    const { caller } = ctx;
    const readAccess = ctx.access.policy.readAccess as ReadAccess;
    return caller.kind === "key"
      ? { signedIn: true, name: caller.name, role: caller.role, readAccess }
      : { signedIn: false, name: null, role: null, readAccess };
  }

  @Authorized<Role>("ADMIN")
  @Query(() => [ApiKey], { description: "API keys, oldest first (admin)." })
  async apiKeys(
    @Arg("includeRevoked", () => Boolean, { defaultValue: false, description: "List revoked keys too." }) includeRevoked: boolean,
    @Ctx() ctx: Context,
  ) {
    return (await listApiKeys(ctx.store.db, { includeRevoked })).map(toApiKey);
  }

  @Authorized<Role>("ADMIN")
  @Mutation(() => CreateApiKeyPayload, { description: "Creates an API key (admin). The key is in the answer and nowhere else." })
  async createApiKey(@Arg("input", () => CreateApiKeyInput) input: CreateApiKeyInput, @Ctx() ctx: Context) {
    const { row, key } = await createApiKey(ctx.store.db, { name: input.name, role: input.role, createdBy: ctx.user });
    return { key, apiKey: toApiKey(row) };
  }

  @Authorized<Role>("ADMIN")
  @Mutation(() => RevokeApiKeyPayload, { description: "Revokes an API key (admin); requests with it are refused from now on." })
  async revokeApiKey(@Arg("input", () => RevokeApiKeyInput) input: RevokeApiKeyInput, @Ctx() ctx: Context) {
    const row = await revokeApiKey(ctx.store.db, input.id);
    ctx.access.authenticator.forget();
    return { apiKey: toApiKey(row) };
  }
}
