import "reflect-metadata";
import { readdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { extract, EXTRACTOR_VERSION } from "@whosaid/extract";
import { markedSection, replaceSection } from "@whosaid/extract/accuracy-report";
import { sql } from "drizzle-orm";
import { openStore } from "../db/store.js";
import { DEFAULT_FETCH_POLICY } from "../modules/ingest/fetch-page.js";
import { ingestArticle } from "../modules/ingest/ingest.service.js";

const HELP = `Person-registry check: ingests the PolNeAR dev texts into a fresh in-memory store and counts
how many Persons each well-known politician ended up as (target: one each).

Usage: npm run eval:registry [-- --no-write]
Writes its table into docs/accuracy.md between the registry markers unless --no-write.
`;

/** People who must each be one Person, and namesakes who must stay apart from them. */
const PEOPLE = [
  { name: "Donald Trump", surname: "trump", given: "donald" },
  { name: "Hillary Clinton", surname: "clinton", given: "hillary" },
  { name: "Bill Clinton", surname: "clinton", given: "bill" },
  { name: "Barack Obama", surname: "obama", given: "barack" },
  { name: "Mike Pence", surname: "pence", given: "mike" },
  { name: "Tim Kaine", surname: "kaine", given: "tim" },
];


async function main() {
  const { values } = parseArgs({ options: { help: { type: "boolean" }, "no-write": { type: "boolean" } } });
  if (values.help) return void process.stdout.write(HELP);
  const root = resolve(new URL("../../../..", import.meta.url).pathname);
  const dir = resolve(process.env.WHOSAID_SHARED ?? join(root, "../shared"), "data/polnear/dev/text");
  const files = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
  const store = await openStore({ kind: "pglite", dataDir: null });
  const deps = {
    extractor: { version: EXTRACTOR_VERSION, extract: (t: string) => extract(t), extractFromHtml: () => null },
    fetchPolicy: DEFAULT_FETCH_POLICY,
  };
  for (const f of files) await ingestArticle(store.db, deps, { text: readFileSync(join(dir, f), "utf8") });
  const { rows } = (await store.db.execute(
    sql`select name, surname_key, mention_count from person where surname_key = any(${sql.param([...new Set(PEOPLE.map((p) => p.surname))])}::text[]) order by mention_count desc`,
  )) as unknown as { rows: { name: string; surname_key: string; mention_count: number }[] };
  await store.close();

  const lines = [
    `| Person | Persons in the store | their names (mentions) |`,
    `|---|---|---|`,
    ...PEOPLE.map((p) => {
      const mine = rows.filter((r) => r.surname_key === p.surname && r.name.toLowerCase().split(/\s+/).includes(p.given));
      return `| ${p.name} | ${mine.length} | ${mine.map((r) => `${r.name} (${r.mention_count})`).join(", ")} |`;
    }),
  ];
  const others = rows.filter((r) => !PEOPLE.some((p) => r.surname_key === p.surname && r.name.toLowerCase().split(/\s+/).includes(p.given)));
  const section = markedSection("registry", [
    `## Person registry (PolNeAR dev, ${files.length} articles, extractor ${EXTRACTOR_VERSION}, ${new Date().toISOString().slice(0, 10)})`,
    "",
    "Measured by `npm run eval:registry`: every dev text ingested into a fresh store; target one Person each.",
    "",
    ...lines,
    "",
    `Other Persons with these surnames: ${others.map((r) => `${r.name} (${r.mention_count})`).join(", ") || "none"}.`,
  ]);
  console.log(section);
  if (!values["no-write"]) {
    const path = join(root, "docs/accuracy.md");
    const current = existsSync(path) ? readFileSync(path, "utf8") : "# Accuracy\n";
    writeFileSync(path, replaceSection(current, "registry", section));
    console.error(`[whosaid] wrote ${path}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
