import { and, asc, eq, isNull, or, sql } from "drizzle-orm";
import type { Db } from "../../db/store.js";
import { apiKey, type ApiKeyRow } from "../../db/schema.js";
import { badInput, notFound } from "../../graphql/errors.js";
import { generateApiKey, type Role } from "./api-key.js";

export interface CreatedKey {
  row: ApiKeyRow;
  /** The key itself; only this answer ever holds it. */
  key: string;
}

export function cleanKeyName(name: string): string {
  const cleaned = name.replace(/[^\p{L}\p{N}\p{P}\p{S}\p{Zs}]/gu, "").replace(/\s+/g, " ").trim();
  if (!cleaned) throw badInput("A key needs a name (who or what uses it).");
  if (cleaned.length > 100) throw badInput("A key's name is at most 100 characters.");
  return cleaned;
}

export async function createApiKey(db: Db, input: { name: string; role: Role; createdBy: string }): Promise<CreatedKey> {
  const generated = generateApiKey();
  const [row] = await db
    .insert(apiKey)
    .values({ name: cleanKeyName(input.name), role: input.role, prefix: generated.prefix, hash: generated.hash, createdBy: input.createdBy })
    .returning();
  return { row: row!, key: generated.key };
}

export async function listApiKeys(db: Db, options: { includeRevoked?: boolean } = {}): Promise<ApiKeyRow[]> {
  return db
    .select()
    .from(apiKey)
    .where(options.includeRevoked ? undefined : isNull(apiKey.revokedAt))
    .orderBy(asc(apiKey.id));
}

/** Revokes a key by its id or its shown prefix; revoking twice is harmless. */
export async function revokeApiKey(db: Db, idOrPrefix: string): Promise<ApiKeyRow> {
  const byId = /^\d{1,15}$/.test(idOrPrefix) ? eq(apiKey.id, Number(idOrPrefix)) : undefined;
  const matches = await db
    .select()
    .from(apiKey)
    .where(or(byId, eq(apiKey.prefix, idOrPrefix)));
  if (matches.length === 0) throw notFound("API key", idOrPrefix);
  if (matches.length > 1) throw badInput(`Several keys start with "${idOrPrefix}": revoke by id.`);
  const [row] = await db
    .update(apiKey)
    .set({ revokedAt: sql`coalesce(${apiKey.revokedAt}, now())` })
    .where(eq(apiKey.id, matches[0]!.id))
    .returning();
  return row!;
}

/** Revokes every live key a given creator made (the sign-in links of earlier local runs). */
export async function revokeKeysCreatedBy(db: Db, createdBy: string): Promise<number> {
  const rows = await db
    .update(apiKey)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(apiKey.createdBy, createdBy), isNull(apiKey.revokedAt)))
    .returning({ id: apiKey.id });
  return rows.length;
}

export async function findLiveKeyByHash(db: Db, hash: string): Promise<ApiKeyRow | undefined> {
  const [row] = await db
    .select()
    .from(apiKey)
    .where(and(eq(apiKey.hash, hash), isNull(apiKey.revokedAt)))
    .limit(1);
  return row;
}

export async function touchApiKey(db: Db, id: number): Promise<void> {
  await db.update(apiKey).set({ lastUsedAt: sql`now()` }).where(eq(apiKey.id, id));
}
