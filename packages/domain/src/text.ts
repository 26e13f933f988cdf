/**
 * Article-text rules: how pasted text is normalised before storage, when it is refused, and the
 * content hash that makes ingestion idempotent.
 *
 * Normalisation policy (stored text, what offsets refer to): Unicode NFC, a leading BOM dropped,
 * CRLF/CR turned into LF, and a stray control character (an ESC left by a copy-paste) made a space.
 * Nothing else changes, so offsets stay meaningful.
 * Hash policy (deduplication): the normalised text with every run of whitespace made one space and
 * the ends trimmed, so the same article pasted with different spacing or in NFD is one article.
 */

export const MIN_ARTICLE_CHARS = 40;
export const MAX_ARTICLE_CHARS = 500_000;

export type TextProblemCode = "EMPTY" | "TOO_SHORT" | "TOO_LONG" | "BINARY";

export interface TextProblem {
  code: TextProblemCode;
  message: string;
}

// Control characters other than tab, LF, CR, FF. NUL is never text; a few others turn up in real copy.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g;
const NUL = "\u0000";

/** The stored form of an article text (see the policy above). */
export function normalizeArticleText(raw: string): string {
  return raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").replace(CONTROL, " ").normalize("NFC");
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a text cannot be an article, or null when it can. Looks at the text as given. */
export function articleTextProblem(raw: string): TextProblem | null {
  if (raw.trim().length === 0) return { code: "EMPTY", message: "The article text is empty." };
  if (raw.length > MAX_ARTICLE_CHARS)
    return {
      code: "TOO_LONG",
      message: `The article text is longer than ${MAX_ARTICLE_CHARS.toLocaleString("en")} characters.`,
    };
  if (raw.includes(NUL) || controlShare(raw) > 0.005 || LONE_SURROGATE.test(raw) || replacementShare(raw) > 0.01)
    return { code: "BINARY", message: "The article text contains binary data (control characters or invalid Unicode)." };
  if (raw.trim().length < MIN_ARTICLE_CHARS)
    return { code: "TOO_SHORT", message: `The article text is too short (under ${MIN_ARTICLE_CHARS} characters).` };
  return null;
}

function controlShare(text: string): number {
  return (text.match(CONTROL)?.length ?? 0) / text.length;
}

function replacementShare(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\uFFFD"); i !== -1; i = text.indexOf("\uFFFD", i + 1)) n++;
  return n / text.length;
}

/** The text the content hash is taken over (see the policy above). */
export function hashableText(text: string): string {
  return normalizeArticleText(text).replace(/\s+/g, " ").trim();
}

/** SHA-256 (hex) of the hashable form of an article text; Web Crypto, so it runs in Node and browsers. */
export async function contentHash(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(hashableText(text));
  const digest = await globalThis.crypto.subtle.digest("SHA-256", bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Words in a text: runs of letters or digits (with inner apostrophes or hyphens). */
export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
