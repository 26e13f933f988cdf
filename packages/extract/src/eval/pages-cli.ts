#!/usr/bin/env node
/**
 * `npm run eval:pages [-- --no-write] [--data DIR]`: saved news pages against our own annotation
 * (pages-gold.json), printed and written to docs/accuracy.md between the `pages` markers.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { EXTRACTOR_NAME, EXTRACTOR_VERSION, extract } from "../index.js";
import gold from "./pages-gold.json" with { type: "json" };
import { scorePages, type PageGold } from "./pages.js";
import { markedSection, ratio, replaceSection, triple } from "./report.js";

const HELP = `usage: eval:pages [--no-write] [--data SHARED_DATA_DIR]
Scores persons, quotes and speakers, and claims and claimants where annotated, on the saved pages in
packages/extract/src/eval/pages-gold.json and writes the result into docs/accuracy.md.
`;
const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));

function main(): void {
  const { values } = parseArgs({ options: { help: { type: "boolean" }, "no-write": { type: "boolean" }, data: { type: "string" } } });
  if (values.help) return void process.stdout.write(HELP);
  const pagesDir = join(values.data ?? process.env.WHOSAID_SHARED_DATA ?? join(repoRoot, "..", "shared", "data"), "pages");
  if (!existsSync(pagesDir)) {
    process.stderr.write(`eval:pages: no saved pages under ${pagesDir} (expected ../shared/data beside the checkout, or --data)\n`);
    process.exit(1);
  }
  const s = scorePages(pagesDir, (gold as unknown as { pages: Record<string, PageGold> }).pages, (t) => extract(t));
  const section = markedSection("pages", [
    `## Saved news pages (our annotation, extractor ${EXTRACTOR_NAME} ${EXTRACTOR_VERSION}, ${new Date().toISOString().slice(0, 10)})`,
    "",
    `Measured by \`npm run eval:pages\` on ${s.pages.length} pages of \`shared/data/pages\` (${s.pages.join(", ")}), against our own annotation in \`packages/extract/src/eval/pages-gold.json\`: the named people, and every quotation with the speaker the article gives it (scare quotes, headings and imagined speech are not quotes). Matched as the seed article is. A development set read by the people who write the rules, not the issue's held-out set.${s.changed.length ? ` Not scored, their text changed since the annotation: ${s.changed.join(", ")}.` : ""}`,
    "",
    "| Measure | Ours | Issue target (held-out real news) |",
    "|---|---|---|",
    `| Persons P / R / F1 | ${triple(s.persons)} | F1 ≥ 0.90 |`,
    `| Quotes P / R / F1 (token F1 ≥ 0.5) | ${triple(s.quotes)} | F1 ≥ 0.97 |`,
    `| Speakers right (matched quotes) | ${ratio(s.speakers.correct, s.speakers.total)} | ≥ 0.90 |`,
    ...(s.claimPages.length
      ? [
          `| Claims P / R / F1 (content token F1 ≥ 0.5; ${s.claimPages.length} pages) | ${triple(s.claims)} | F1 ≥ 0.55 |`,
          `| Claimants right (matched claims) | ${ratio(s.claimants.correct, s.claimants.total)} | ≥ 0.75 |`,
        ]
      : []),
    ...(s.claimPages.length
      ? [
          "",
          `Claims are annotated on ${s.claimPages.join(", ")}: every proposition the article attributes to a source (indirect speech, "according to", hedges, denials, indirect speech with a partial quotation), not a direct quotation standing alone, nor actions, requests or plans. A claimant is right when it is the annotated person, or, for other sources, one of the names the article gives it with the same kind.`,
        ]
      : []),
  ]);
  process.stdout.write(`${section}\n`);
  if (s.changed.length) process.stderr.write(`eval:pages: text changed since the annotation, not scored: ${s.changed.join(", ")}\n`);
  if (values["no-write"]) return;
  const out = join(repoRoot, "docs", "accuracy.md");
  writeFileSync(out, replaceSection(readFileSync(out, "utf8"), "pages", section));
  process.stderr.write(`eval:pages: wrote ${out}\n`);
}

main();
