/** One row of a before → after table. */
export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

/** A value as a short, readable string: names of sources, lists joined, "—" for nothing. */
export function showValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return value.length === 0 ? "—" : value.map(showValue).join(", ");
  if (typeof value === "object") {
    const o = value as Record<string, unknown>;
    if (typeof o.name === "string") return o.kind && o.kind !== "PERSON" ? `${o.name} (${String(o.kind).toLowerCase()})` : o.name;
    return JSON.stringify(value);
  }
  return String(value);
}

/**
 * The fields that differ between two snapshots of an item (either may be null: added or deleted),
 * in the order they first appear.
 */
export function changedFields(before: unknown, after: unknown): FieldChange[] {
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields
    .map((field) => ({ field, before: showValue(b[field]), after: showValue(a[field]) }))
    .filter((row) => row.before !== row.after);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === "object" && !Array.isArray(value);
}
