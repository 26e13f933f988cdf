const KEY = "whosaid.user";

/** The name edits are recorded under (sent as X-Whosaid-User until API keys exist); "" when not set. */
export function currentUser(): string {
  try {
    return localStorage.getItem(KEY) ?? "";
  } catch {
    return "";
  }
}

export function setCurrentUser(name: string): void {
  try {
    const trimmed = name.trim();
    if (trimmed) localStorage.setItem(KEY, trimmed);
    else localStorage.removeItem(KEY);
  } catch {
    // Private mode without storage: edits stay anonymous.
  }
}

/** A header value fetch() accepts: printable ASCII only (HTTP headers are Latin-1 at best). */
export function headerSafe(name: string): string {
  return name.normalize("NFKD").replace(/[^\x20-\x7e]/g, "").trim().slice(0, 100);
}
