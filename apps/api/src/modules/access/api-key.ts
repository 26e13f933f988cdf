import { createHash, randomBytes } from "node:crypto";

/** Access roles, weakest first: each role may do what the ones before it may. */
export const ROLES = ["VIEWER", "EDITOR", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function roleAtLeast(role: Role, required: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(required);
}

/** Who is calling: nobody in particular, or the holder of an API key (the bootstrap admin key has no row). */
export type Caller = { kind: "anonymous" } | { kind: "key"; keyId: number | null; name: string; role: Role };

export const ANONYMOUS_CALLER: Caller = { kind: "anonymous" };

const KEY_PREFIX = "wsk_";

export interface NewApiKey {
  /** The key itself: shown once, never stored. */
  key: string;
  /** Its first characters, stored so people can tell keys apart. */
  prefix: string;
  hash: string;
}

/** 256 random bits, URL-safe, recognisable by its `wsk_` start. */
export function generateApiKey(): NewApiKey {
  const key = KEY_PREFIX + randomBytes(32).toString("base64url");
  return { key, prefix: displayPrefix(key), hash: hashApiKey(key) };
}

export function hashApiKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

export function displayPrefix(key: string): string {
  return key.slice(0, KEY_PREFIX.length + 6);
}

/**
 * The token of an `Authorization: Bearer <key>` header: null when there is no header,
 * "malformed" when there is one but it is not a usable bearer token.
 */
export function bearerToken(header: string | string[] | undefined): string | null | "malformed" {
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined || value.trim() === "") return null;
  const match = /^Bearer[ ]+([\x21-\x7e]{1,200})\s*$/i.exec(value);
  return match ? match[1]! : "malformed";
}
