import type { Store } from "../db/store.js";
import type { IngestDeps } from "../modules/ingest/ingest.service.js";
import { createLoaders, type Loaders } from "./loaders.js";

export interface Context {
  store: Store;
  loaders: Loaders;
  ingest: IngestDeps;
}

export function createContext(store: Store, ingest: IngestDeps): Context {
  return { store, loaders: createLoaders(store.db), ingest };
}
