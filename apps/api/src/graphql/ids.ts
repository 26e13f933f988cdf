/**
 * Global ids (Relay): base64url of "Type:databaseId", so `node(id:)` knows which table to read
 * and ids of different types never collide.
 */
export type NodeTypeName = "Article" | "Person" | "Quote" | "Claim" | "ClaimCluster";
const NODE_TYPES = new Set<string>(["Article", "Person", "Quote", "Claim", "ClaimCluster"]);

export function toGlobalId(type: NodeTypeName, id: number): string {
  return Buffer.from(`${type}:${id}`, "utf8").toString("base64url");
}

/** The type and database id inside a global id, or null when it is not one of ours. */
export function fromGlobalId(globalId: string): { type: NodeTypeName; id: number } | null {
  if (globalId.length > 64 || !/^[A-Za-z0-9_-]+$/.test(globalId)) return null;
  const match = /^([A-Za-z]+):([1-9][0-9]{0,15})$/.exec(Buffer.from(globalId, "base64url").toString("utf8"));
  if (!match || !NODE_TYPES.has(match[1]!)) return null;
  const id = Number(match[2]);
  return Number.isSafeInteger(id) ? { type: match[1] as NodeTypeName, id } : null;
}

/** The database id when `globalId` is a `type` id, else null. */
export function dbIdOf(globalId: string, type: NodeTypeName): number | null {
  const parsed = fromGlobalId(globalId);
  return parsed && parsed.type === type ? parsed.id : null;
}

import { badInput } from "./errors.js";

/** The database id of an id argument used as a filter; a malformed or wrong-type id is the user's error. */
export function filterId(globalId: string | null | undefined, type: NodeTypeName, field: string): number | null {
  if (globalId == null) return null;
  const id = dbIdOf(globalId, type);
  if (id === null) throw badInput(`\`${field}\` must be the id of a ${type}.`);
  return id;
}
