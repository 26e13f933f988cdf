import type DataLoader from "dataloader";
import { notFound } from "./errors.js";
import { dbIdOf, type NodeTypeName } from "./ids.js";

/** The item a global id names, through its DataLoader; NOT_FOUND when the id is malformed, of another type or unknown. */
export async function loadNode<T>(loader: DataLoader<number, T | null>, globalId: string, type: NodeTypeName): Promise<T> {
  const dbId = dbIdOf(globalId, type);
  const found = dbId === null ? null : await loader.load(dbId);
  if (!found) throw notFound(type.toLowerCase(), globalId);
  return found;
}
