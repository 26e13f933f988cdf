import { Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import { MaxLength, MinLength } from "class-validator";
import type { ApiKeyRow } from "../../db/schema.js";
import { ROLES, type Role } from "./api-key.js";

/** `ROLES` as a GraphQL enum: one value a role, named as the role. */
export const AccessRole = Object.fromEntries(ROLES.map((role) => [role, role])) as { readonly [R in Role]: R };
export type AccessRole = Role;
registerEnumType(AccessRole, {
  name: "AccessRole",
  description: "What an API key may do. Each role may also do what the ones above it may.",
  valuesConfig: {
    VIEWER: { description: "Read (needed only when the server closes reading to anonymous callers)." },
    EDITOR: { description: "Ingest articles, correct quotes and claims, review, merge and split persons." },
    ADMIN: { description: "Delete quotes and claims; create and revoke API keys." },
  } satisfies Record<Role, { description: string }>,
});

export enum ReadAccess {
  OPEN = "OPEN",
  KEY = "KEY",
}
registerEnumType(ReadAccess, {
  name: "ReadAccess",
  description: "Whether reading needs an API key on this server.",
  valuesConfig: { OPEN: { description: "Anyone may read." }, KEY: { description: "Reading needs a key of any role." } },
});

@ObjectType({ simpleResolvers: true, description: "Who the current request is made by, and what it may do." })
export class Viewer {
  @Field(() => Boolean, { description: "Whether the request carries a valid API key." })
  signedIn!: boolean;

  @Field(() => String, { nullable: true, description: "The key's name (edits are recorded under it)." })
  name!: string | null;

  @Field(() => AccessRole, { nullable: true, description: "The key's role; null without a key." })
  role!: AccessRole | null;

  @Field(() => ReadAccess, { description: "Whether this server lets anonymous callers read." })
  readAccess!: ReadAccess;
}

@ObjectType({ simpleResolvers: true, description: "An API key (the key itself is shown only once, when it is created)." })
export class ApiKey {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "Who or what uses it; edits made with it are recorded under this name." })
  name!: string;

  @Field(() => AccessRole)
  role!: AccessRole;

  @Field(() => String, { description: "The key's first characters, to tell keys apart." })
  prefix!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => String, { description: "Who created it." })
  createdBy!: string;

  @Field(() => Date, { nullable: true, description: "When it was last used (to the minute)." })
  lastUsedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: "When it was revoked; null while it works." })
  revokedAt!: Date | null;
}

export function toApiKey(row: ApiKeyRow): ApiKey {
  return { ...row, id: String(row.id) };
}

@InputType({ description: "A new API key." })
export class CreateApiKeyInput {
  @Field(() => String, { description: "Who or what will use it (a person, a script)." })
  @MinLength(1)
  @MaxLength(100)
  name!: string;

  @Field(() => AccessRole)
  role!: AccessRole;
}

@ObjectType({ simpleResolvers: true, description: "A created key. Copy `key` now: it is not stored and cannot be shown again." })
export class CreateApiKeyPayload {
  @Field(() => String, { description: "The key to send as `Authorization: Bearer <key>`." })
  key!: string;

  @Field(() => ApiKey)
  apiKey!: ApiKey;
}

@InputType({ description: "The key to revoke." })
export class RevokeApiKeyInput {
  @Field(() => ID, { description: "The key's id (or its prefix)." })
  @MaxLength(40)
  id!: string;
}

@ObjectType({ simpleResolvers: true, description: "The revoked key." })
export class RevokeApiKeyPayload {
  @Field(() => ApiKey)
  apiKey!: ApiKey;
}
