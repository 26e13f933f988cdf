/** "93%" for a 0–1 confidence. */
export function percent(confidence: number): string {
  return `${Math.round(Math.min(Math.max(confidence, 0), 1) * 100)}%`;
}

/** A date as readers expect it ("12 Oct 2024"), in UTC so every reader sees the same day; "" when absent or invalid. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  return date.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}

/** "1 quote" / "3 quotes". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** SCREAMING_CASE enum value to a label: "ANONYMOUS" → "anonymous". */
export function enumLabel(value: string): string {
  return value.toLowerCase().replace(/_/g, " ");
}

/** A moment with its time ("12 Oct 2024, 14:05"), in the reader's own time zone; "" when invalid. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return "";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  return date.toLocaleString("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" });
}
