import type { Store } from "../db/store.js";
import type { IngestDeps } from "../modules/ingest/ingest.service.js";
import { createLoaders, type Loaders } from "./loaders.js";

export interface Context {
  store: Store;
  loaders: Loaders;
  ingest: IngestDeps;
  /** Who is making the request, as edit history records it. */
  user: string;
}

export const ANONYMOUS = "anonymous";

/**
 * The acting user from the `X-Whosaid-User` header (until API keys exist): trimmed, printable,
 * at most 100 characters; "anonymous" when absent or unusable.
 */
export function userFromHeader(value: string | string[] | undefined): string {
  const raw = Array.isArray(value) ? value[0] : value;
  const cleaned = (raw ?? "").replace(/[^\p{L}\p{N}\p{P}\p{Zs}]/gu, "").trim().slice(0, 100);
  return cleaned || ANONYMOUS;
}

export function createContext(store: Store, ingest: IngestDeps, user: string = ANONYMOUS): Context {
  return { store, loaders: createLoaders(store.db), ingest, user };
}
