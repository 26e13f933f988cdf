import { timingSafeEqual } from "node:crypto";
import type { Db } from "../../db/store.js";
import { bearerToken, hashApiKey, type Caller } from "./api-key.js";
import { findLiveKeyByHash, touchApiKey } from "./access.service.js";

export type ReadAccess = "OPEN" | "KEY";

export interface AccessPolicy {
  /** OPEN: anyone may read; KEY: reading needs a key too (any role). */
  readAccess: ReadAccess;
  /** WHOSAID_ADMIN_KEY: an admin key that needs no row, to bootstrap a fresh install. */
  adminKey?: string;
}

export const OPEN_ACCESS: AccessPolicy = { readAccess: "OPEN" };

export type Authentication = { ok: true; caller: Caller } | { ok: false; message: string };

const CACHE_MS = 10_000;
const TOUCH_EVERY_MS = 60_000;

/**
 * Turns an Authorization header into a caller. Keys found are remembered for 10 s, so a busy client
 * costs one lookup per 10 s; revoking through the API forgets them at once, elsewhere within 10 s.
 */
export class Authenticator {
  private readonly cache = new Map<string, { caller: Caller; until: number }>();
  private readonly touched = new Map<number, number>();
  private readonly adminHash: Buffer | null;

  constructor(
    private readonly db: Db,
    adminKey?: string,
  ) {
    this.adminHash = adminKey ? Buffer.from(hashApiKey(adminKey), "hex") : null;
  }

  async authenticate(header: string | string[] | undefined): Promise<Authentication> {
    const token = bearerToken(header);
    if (token === null) return { ok: true, caller: { kind: "anonymous" } };
    if (token === "malformed") return { ok: false, message: "The Authorization header must be `Bearer <API key>`." };
    const hash = hashApiKey(token);
    if (this.adminHash && timingSafeEqual(Buffer.from(hash, "hex"), this.adminHash))
      return { ok: true, caller: { kind: "key", keyId: null, name: "admin (WHOSAID_ADMIN_KEY)", role: "ADMIN" } };

    const now = Date.now();
    const cached = this.cache.get(hash);
    if (cached && cached.until > now) return { ok: true, caller: cached.caller };
    const row = await findLiveKeyByHash(this.db, hash);
    if (!row) {
      this.cache.delete(hash);
      return { ok: false, message: "This API key is unknown or revoked." };
    }
    const caller: Caller = { kind: "key", keyId: row.id, name: row.name, role: row.role };
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(hash, { caller, until: now + CACHE_MS });
    if ((this.touched.get(row.id) ?? 0) + TOUCH_EVERY_MS < now) {
      this.touched.set(row.id, now);
      await touchApiKey(this.db, row.id);
    }
    return { ok: true, caller };
  }

  /** Drops remembered keys (after a revocation). */
  forget(): void {
    this.cache.clear();
  }
}
