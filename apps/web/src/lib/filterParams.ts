/** A person filter kept in the URL as id + name, so the picker can show it after a reload. */
export function personParam(params: URLSearchParams, key: string): { id: string; name: string } | null {
  const id = params.get(key);
  return id ? { id, name: params.get(`${key}Name`) ?? "" } : null;
}

/** A calendar day (YYYY-MM-DD) as the instant a filter takes: its start, or with `endOfDay` its last millisecond (UTC). */
export function dayParam(params: URLSearchParams, key: string, endOfDay = false): string | null {
  const day = params.get(key);
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const date = new Date(`${day}T${endOfDay ? "23:59:59.999" : "00:00:00.000"}Z`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** Returns a copy of `params` with the given keys set (or removed when empty). */
export function withParams(params: URLSearchParams, changes: Record<string, string | null | undefined>): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(changes)) {
    if (value) next.set(key, value);
    else next.delete(key);
  }
  return next;
}
