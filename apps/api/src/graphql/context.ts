import type { Store } from "../db/store.js";
import type { Extractor } from "../modules/ingest/ingest.service.js";
import { createLoaders, type Loaders } from "./loaders.js";

export interface Context {
  store: Store;
  loaders: Loaders;
  extractor: Extractor;
}

export function createContext(store: Store, extractor: Extractor): Context {
  return { store, loaders: createLoaders(store.db), extractor };
}
