export interface PersonOption {
  value: string;
  label: string;
}

/**
 * A person picker's options: the people already picked first, then the search's answer, minus `exclude`. With
 * `typed` set (the answer is for an earlier search), only names holding the typed text, so the list neither shows
 * names that do not match nor empties while the new answer is on its way.
 */
export function personOptions(
  nodes: readonly { id: string; name: string }[],
  { typed, selected, exclude }: { typed: string | null; selected: readonly { id: string; name: string }[]; exclude: readonly string[] },
): PersonOption[] {
  const needle = typed?.toLowerCase() ?? null;
  const seen = new Map<string, string>();
  for (const p of selected) seen.set(p.id, p.name);
  for (const p of nodes) if (!seen.has(p.id) && (needle === null || p.name.toLowerCase().includes(needle))) seen.set(p.id, p.name);
  return [...seen].filter(([id]) => !exclude.includes(id)).map(([value, label]) => ({ value, label }));
}
