#!/usr/bin/env node
/**
 * whosaid-extract: article files (.txt or .html) → extraction JSON on stdout.
 * One file → one pretty JSON document; several → one JSON per line; --out DIR → DIR/<name>.json.
 * Logs and errors go to stderr; a bad file is reported, the others still processed, exit code 1.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { articleTextProblem } from "@whosaid/domain";
import { extract } from "./index.js";

const HELP = `Usage: whosaid-extract [--out DIR] <file.txt|file.html> …

Reads news articles and prints who said what (persons, quotes, claims) as JSON.
  .txt   UTF-8 plain text (a leading BOM is dropped; the text is otherwise kept exactly)
  .html  a saved web page; the main text is taken out with Readability

Output: one file → one pretty JSON document on stdout; several files → one JSON per line.
Options:
  --out DIR   write DIR/<name>.json for each file instead of printing (a name that comes
              again in the same run gets -2, -3…: two saved pages called source.html)
  -h, --help  show this help
`;

interface Args {
  files: string[];
  out: string | null;
  help: boolean;
  error: string | null;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { files: [], out: null, help: false, error: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "-h" || a === "--help") args.help = true;
    else if (a === "--out") {
      const dir = argv[++i];
      if (!dir) args.error = "--out needs a directory";
      else args.out = dir;
    } else if (a.startsWith("--out=")) args.out = a.slice("--out=".length);
    else if (a.startsWith("-") && a !== "-") args.error = `unknown option ${a}`;
    else args.files.push(a);
  }
  return args;
}

/** Reads one article file into text (+ title for HTML), or throws an Error with a clear message. */
function readArticle(file: string): { text: string; title: string | null } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new Error(code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : `cannot read (${code ?? String(e)})`);
  }
  let raw: string;
  try {
    raw = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new Error("not UTF-8 text (binary file?)");
  }
  raw = raw.replace(/^\uFEFF/, "");
  if ([".html", ".htm", ".xhtml"].includes(extname(file).toLowerCase())) {
    const article = extractFromHtmlLazy(raw, file);
    if (!article) throw new Error("no article found in the HTML page");
    return { text: article.text, title: article.title };
  }
  const problem = articleTextProblem(raw);
  if (problem && (problem.code === "EMPTY" || problem.code === "BINARY")) throw new Error(problem.message);
  return { text: raw, title: null };
}

let htmlModule: typeof import("./html.js") | null = null;
function extractFromHtmlLazy(html: string, file: string) {
  if (!htmlModule) throw new Error(`HTML support not loaded for ${file}`);
  return htmlModule.extractFromHtml(html);
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (args.error || args.files.length === 0) {
    process.stderr.write(`whosaid-extract: ${args.error ?? "no input files"}\n\n${HELP}`);
    return 2;
  }
  if (args.files.some((f) => /\.x?html?$/i.test(f))) htmlModule = await import("./html.js");
  if (args.out) mkdirSync(args.out, { recursive: true });
  let failures = 0;
  const written = new Set<string>();
  for (const file of args.files) {
    try {
      const { text, title } = readArticle(file);
      const extraction = extract(text, { title });
      if (args.out) {
        const name = basename(file, extname(file));
        let target = join(args.out, `${name}.json`);
        for (let n = 2; written.has(target); n++) target = join(args.out, `${name}-${n}.json`);
        written.add(target);
        writeFileSync(target, JSON.stringify(extraction, null, 2) + "\n");
        process.stderr.write(`${file} → ${target}\n`);
      } else {
        process.stdout.write(args.files.length === 1 ? JSON.stringify(extraction, null, 2) + "\n" : JSON.stringify(extraction) + "\n");
      }
    } catch (e) {
      failures++;
      process.stderr.write(`whosaid-extract: ${file}: ${(e as Error).message}\n`);
    }
  }
  return failures > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`whosaid-extract: ${String(e)}\n`);
    process.exitCode = 1;
  },
);
