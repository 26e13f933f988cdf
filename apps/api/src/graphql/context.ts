import type { Store } from "../db/store.js";
import { ANONYMOUS_CALLER, type Caller } from "../modules/access/api-key.js";
import type { AccessPolicy, Authenticator } from "../modules/access/authenticator.js";
import type { IngestDeps } from "../modules/ingest/ingest.service.js";
import { createLoaders, type Loaders } from "./loaders.js";

export interface AccessDeps {
  policy: AccessPolicy;
  authenticator: Authenticator;
}

export interface Context {
  store: Store;
  loaders: Loaders;
  ingest: IngestDeps;
  access: AccessDeps;
  caller: Caller;
  /** Who is making the request, as edit history records it: the key's name. */
  user: string;
}

export const ANONYMOUS = "anonymous";

export function createContext(store: Store, ingest: IngestDeps, access: AccessDeps, caller: Caller = ANONYMOUS_CALLER): Context {
  const user = caller.kind === "key" ? caller.name : ANONYMOUS;
  return { store, loaders: createLoaders(store.db), ingest, access, caller, user };
}
