import "reflect-metadata";
import { parseArgs } from "node:util";
import { createPooledExtractor } from "../modules/ingest/extraction-pool.js";
import { fetchPolicyFromEnv } from "../modules/ingest/fetch-page.js";
import { ingestArticle } from "../modules/ingest/ingest.service.js";
import { expandInputs, InputError, type IngestItem } from "./ingest-sources.js";
import { CliError, openCliStore } from "./open-cli-store.js";
import { createProgress, type Tally } from "./progress.js";

const HELP = `Ingest articles into whosaid's store (the same one the server uses).

Usage: npm run ingest -- <input …> [--concurrency N]

Inputs (any mix):
  article.txt | article.html      one article per file (.txt/.md plain text, .html/.htm saved page)
  folder/                         every such file inside, recursively, in name order
  https://…                       a page to fetch (public addresses only; see WHOSAID_FETCH_ALLOW_HOSTS)
  list.txt                        a file whose every line is a URL or a path
  export.jsonl                    one {"text"|"html"|"url", "title", "publisher", "publishedAt"} per line

Each article is stored in its own transaction as soon as it is extracted: stopping the run (Ctrl-C,
a crash, kill -9) loses nothing already counted, and running it again adds only what is missing.
The embedded store allows one process at a time: stop the server first, or use DATABASE_URL.

Exit status: 0 when every input was stored or already known, 1 when some failed, 2 on a usage error.
`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { help: { type: "boolean", short: "h" }, concurrency: { type: "string" } },
  });
  if (values.help || positionals.length === 0) {
    process.stdout.write(HELP);
    return values.help ? 0 : 2;
  }
  let items: IngestItem[];
  try {
    items = await expandInputs(positionals);
  } catch (error) {
    if (error instanceof InputError) throw new CliError(error.message);
    throw error;
  }
  const store = await openCliStore("ingest");
  const extractor = createPooledExtractor({ postgresUrl: store.postgresUrl });
  const deps = { extractor, fetchPolicy: fetchPolicyFromEnv(process.env) };
  const concurrency = Math.max(1, Number(values.concurrency) || 3);
  const tally: Tally = { created: 0, known: 0, failed: 0 };
  const failures: { label: string; reason: string }[] = [];
  const progress = createProgress(items.length, "ingest");
  let interrupted = false;
  process.once("SIGINT", () => {
    interrupted = true;
    process.stderr.write("\ningest: stopping after the articles in progress (Ctrl-C again to quit at once)…\n");
    process.once("SIGINT", () => process.exit(130));
  });

  let next = 0;
  const worker = async () => {
    while (!interrupted && next < items.length) {
      const item = items[next++]!;
      try {
        const { created } = await ingestArticle(store.db, deps, await item.load());
        tally[created ? "created" : "known"]++;
      } catch (error) {
        tally.failed++;
        failures.push({ label: item.label, reason: reasonOf(error) });
      }
      progress.tick(tally);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  } finally {
    progress.stop();
    await extractor.close();
    await store.close();
  }
  const done = tally.created + tally.known + tally.failed;
  console.log(
    `${done} of ${items.length} input${items.length === 1 ? "" : "s"}: ${tally.created} new, ${tally.known} already known, ${tally.failed} failed` +
      (interrupted ? ` (stopped early: ${items.length - done} not started; run again to continue)` : "") +
      ".",
  );
  for (const f of failures.slice(0, 50)) console.log(`  failed: ${f.label}: ${f.reason}`);
  if (failures.length > 50) console.log(`  … and ${failures.length - 50} more failures.`);
  if (interrupted) return 130;
  return tally.failed > 0 ? 1 : 0;
}

function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { extensions?: { code?: string } })?.extensions?.code;
  return code && code !== "INTERNAL_SERVER_ERROR" ? `${message} (${code})` : message;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof CliError ? `ingest: ${error.message}` : error);
    process.exit(2);
  },
);
