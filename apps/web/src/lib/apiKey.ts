const STORAGE = "whosaid.apiKey";

/** The API key this browser signs its requests with; "" when signed out. */
export function storedApiKey(): string {
  try {
    return localStorage.getItem(STORAGE) ?? "";
  } catch {
    return "";
  }
}

export function storeApiKey(key: string): void {
  try {
    localStorage.setItem(STORAGE, key.trim());
  } catch {
    // Private mode without storage: the key lasts until the page is closed (see apollo.ts).
  }
  sessionKey = key.trim();
}

export function forgetApiKey(): void {
  try {
    localStorage.removeItem(STORAGE);
  } catch {
    // Nothing stored.
  }
  sessionKey = "";
}

let sessionKey = "";

/** The key to send: the stored one, or one given in this page's life when storage is unavailable. */
export function currentApiKey(): string {
  return storedApiKey() || sessionKey;
}

/** The key in a sign-in link's fragment (`/sign-in#key=wsk_…`), or null. */
export function keyFromFragment(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const key = params.get("key")?.trim();
  return key && isPlausibleKey(key) ? key : null;
}

/** What a header can carry: printable ASCII without spaces, of a sensible length. */
export function isPlausibleKey(key: string): boolean {
  return /^[\x21-\x7e]{8,200}$/.test(key);
}

export const authorizationHeader = (key: string): Record<string, string> => (key ? { authorization: `Bearer ${key}` } : {});
