import { readdir, readFile, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import type { IngestRequest } from "../modules/ingest/ingest.service.js";

/** One article to ingest, loaded only when its turn comes. */
export interface IngestItem {
  /** What the user will recognise in progress and errors: a path, a URL, or path:line. */
  label: string;
  load(): Promise<IngestRequest>;
}

const TEXT_EXTENSIONS = new Set([".txt", ".text", ".md"]);
const HTML_EXTENSIONS = new Set([".html", ".htm", ".xhtml"]);
const URL_PATTERN = /^https?:\/\//i;

export class InputError extends Error {}

/**
 * Expands command-line arguments into articles: text and HTML files, folders (recursively, in name
 * order), http(s) URLs, `.jsonl` exports (one `{text|html|url, title, publisher, publishedAt}` per
 * line) and list files (a `.txt` whose every line is a URL or an existing path).
 */
export async function expandInputs(args: readonly string[]): Promise<IngestItem[]> {
  const items: IngestItem[] = [];
  for (const arg of args) items.push(...(await expandOne(arg)));
  return items;
}

async function expandOne(arg: string): Promise<IngestItem[]> {
  if (URL_PATTERN.test(arg)) return [{ label: arg, load: async () => ({ url: arg }) }];
  const info = await stat(arg).catch(() => null);
  if (!info) throw new InputError(`${arg}: no such file, folder or URL.`);
  if (info.isDirectory()) {
    const names = (await readdir(arg)).sort();
    const nested = await Promise.all(
      names.filter((n) => !n.startsWith(".")).map(async (n) => {
        const path = join(arg, n);
        const s = await stat(path);
        return s.isDirectory() || isArticleFile(n) ? expandOne(path) : [];
      }),
    );
    return nested.flat();
  }
  const ext = extname(arg).toLowerCase();
  if (ext === ".jsonl" || ext === ".ndjson") return expandJsonl(arg);
  if (TEXT_EXTENSIONS.has(ext)) {
    const listed = await asListFile(arg);
    if (listed) return (await Promise.all(listed.map(expandOne))).flat();
    return [{ label: arg, load: async () => ({ text: await readText(arg), title: null }) }];
  }
  if (HTML_EXTENSIONS.has(ext)) return [{ label: arg, load: async () => ({ html: await readText(arg) }) }];
  throw new InputError(`${arg}: not a .txt, .html or .jsonl file.`);
}

function isArticleFile(name: string): boolean {
  const ext = extname(name).toLowerCase();
  return TEXT_EXTENSIONS.has(ext) || HTML_EXTENSIONS.has(ext) || ext === ".jsonl" || ext === ".ndjson";
}

async function readText(path: string): Promise<string> {
  const bytes = await readFile(path);
  if (bytes.includes(0)) throw new InputError(`${basename(path)} is a binary file, not text.`);
  return new TextDecoder("utf-8", { fatal: false }).decode(bytes);
}

/** The entries of a list file, or null when the file is an article. */
async function asListFile(path: string): Promise<string[] | null> {
  const info = await stat(path);
  if (info.size > 1024 * 1024) return null;
  const lines = (await readFile(path, "utf8")).split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  if (lines.length === 0) return null;
  for (const line of lines) {
    if (URL_PATTERN.test(line)) continue;
    if (!(await stat(line).catch(() => null))) return null;
  }
  return lines;
}

async function expandJsonl(path: string): Promise<IngestItem[]> {
  const lines = (await readFile(path, "utf8")).split(/\r?\n/);
  return lines.flatMap((line, i) =>
    line.trim() === ""
      ? []
      : [
          {
            label: `${path}:${i + 1}`,
            load: async () => parseJsonlRecord(line, `${path}:${i + 1}`),
          },
        ],
  );
}

/** One line of a `.jsonl` export as an ingest request. */
export function parseJsonlRecord(line: string, where: string): IngestRequest {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    throw new InputError(`${where}: not valid JSON.`);
  }
  if (!record || typeof record !== "object" || Array.isArray(record)) throw new InputError(`${where}: expected a JSON object.`);
  const r = record as Record<string, unknown>;
  const str = (key: string) => (typeof r[key] === "string" ? (r[key] as string) : null);
  const publishedAt = str("publishedAt") ? new Date(str("publishedAt")!) : null;
  if (publishedAt && Number.isNaN(publishedAt.getTime())) throw new InputError(`${where}: publishedAt is not a date.`);
  const authors = Array.isArray(r.authors) ? r.authors.filter((a): a is string => typeof a === "string") : null;
  const request: IngestRequest = {
    text: str("text"),
    html: str("html"),
    url: str("url"),
    title: str("title"),
    publisher: str("publisher"),
    authors,
    publishedAt,
  };
  if (!request.text && !request.html && !request.url) throw new InputError(`${where}: needs "text", "html" or "url".`);
  return request;
}
