import "reflect-metadata";
import { parseArgs } from "node:util";
import { reclusterAll } from "../modules/cluster/clustering.js";
import { CliError, openCliStore } from "./open-cli-store.js";
import { createProgress } from "./progress.js";

const HELP = `Rebuild the claim clusters (the same claim reported by several articles) of the whole store.

Usage: npm run clusters

Ingest clusters each article's claims as it stores them; run this after the clustering rules changed,
or once on a store filled before clusters existed. Every fingerprint and cluster is dropped and
rebuilt article by article in order of appearance, then editors' REPEATS links join their claims'
clusters. Each article is clustered in its own transaction: the API can keep serving meanwhile
(with PostgreSQL), and clusters fill up again while it runs. Stopping halfway leaves fewer clusters;
run it again to finish.
`;

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { help: { type: "boolean", short: "h" } } });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const store = await openCliStore("clusters");
  let stop = false;
  process.once("SIGINT", () => {
    stop = true;
    process.stderr.write("\nclusters: stopping after the article in progress…\n");
  });
  let progress: ReturnType<typeof createProgress> | null = null;
  try {
    const summary = await reclusterAll(store.db, {
      shouldStop: () => stop,
      onArticle: (done, total) => {
        progress ??= createProgress(total, "clusters");
        progress.tick({ created: done, known: 0, failed: 0 });
      },
    });
    (progress as ReturnType<typeof createProgress> | null)?.stop();
    console.log(
      `${summary.articles} articles clustered: ${summary.clusters} clusters holding ${summary.clustered} claims` +
        (summary.repeatsLinks ? `, ${summary.repeatsLinks} REPEATS links applied.` : "."),
    );
    return stop ? 130 : 0;
  } finally {
    await store.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof CliError ? `clusters: ${error.message}` : error);
    process.exit(2);
  },
);
