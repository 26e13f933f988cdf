import { userInfo } from "node:os";
import type { Db } from "../../db/store.js";
import { createApiKey, revokeKeysCreatedBy } from "./access.service.js";

export const SIGN_IN_CREATOR = "sign-in link";

/**
 * A fresh admin key for whoever started this server on their machine (Jupyter-style), named after
 * their login so edits are recorded under it. The previous run's link stops working.
 */
export async function createSignInKey(db: Db): Promise<string> {
  await revokeKeysCreatedBy(db, SIGN_IN_CREATOR);
  const { key } = await createApiKey(db, { name: `${localUserName()} (local)`, role: "ADMIN", createdBy: SIGN_IN_CREATOR });
  return key;
}

/** The key travels in the fragment, which browsers never send to the server or put in Referer headers. */
export function signInUrl(origin: string, key: string): string {
  return `${origin}/sign-in#key=${encodeURIComponent(key)}`;
}

function localUserName(): string {
  try {
    return userInfo().username || "local user";
  } catch {
    return "local user";
  }
}
