import "reflect-metadata";
import { parseArgs } from "node:util";
import { createPooledExtractor } from "../modules/ingest/extraction-pool.js";
import { reextractArticles } from "../modules/ingest/reextract.js";
import { CliError, openCliStore } from "./open-cli-store.js";
import { createProgress } from "./progress.js";

const HELP = `Re-run extraction on stored articles after the extractor changed.

Usage: npm run reextract [-- --all]

By default only articles extracted by another extractor version are re-run; --all re-runs every
article. Quotes and claims a person reviewed or corrected are kept as they are, and new machine
quotes or claims overlapping them are dropped. Each article is replaced in its own transaction, so
stopping halfway is safe: run it again to finish.
`;

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { help: { type: "boolean", short: "h" }, all: { type: "boolean" } } });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const store = await openCliStore("reextract");
  const extractor = createPooledExtractor();
  let stop = false;
  process.once("SIGINT", () => {
    stop = true;
    process.stderr.write("\nreextract: stopping after the articles in progress…\n");
  });
  let progress: ReturnType<typeof createProgress> | null = null;
  try {
    const summary = await reextractArticles(store.db, extractor, {
      all: values.all,
      shouldStop: () => stop,
      onProgress: (done, total, failed) => {
        progress ??= createProgress(total, "reextract");
        progress.tick({ created: done - failed, known: 0, failed });
      },
    });
    (progress as ReturnType<typeof createProgress> | null)?.stop();
    console.log(
      summary.total === 0
        ? `Every article is already extracted by extractor ${extractor.version}.`
        : `${summary.done} of ${summary.total} articles re-extracted with extractor ${extractor.version}, ${summary.failed.length} failed.`,
    );
    for (const f of summary.failed.slice(0, 50)) console.log(`  failed: article ${f.articleId}: ${f.reason}`);
    return summary.failed.length > 0 ? 1 : stop ? 130 : 0;
  } finally {
    await extractor.close();
    await store.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof CliError ? `reextract: ${error.message}` : error);
    process.exit(2);
  },
);
