import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "@whosaid/extract";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it, vi } from "vitest";
import { openStore } from "../db/store.js";
import { sharedData } from "../test/harness.js";

// Whole runs of the command over 84 articles: slower than unit tests, more so on a busy machine.
vi.setConfig({ testTimeout: 240_000 });

const apiDir = fileURLToPath(new URL("../..", import.meta.url));
const devText = sharedData("polnear/dev/text");
const devCount = readdirSync(devText).filter((f) => f.endsWith(".txt")).length;
const scratch = mkdtempSync(join(tmpdir(), "whosaid-ingest-cli-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs the ingest command in one node process (tsx's loader, no wrapper) on the embedded store in `dataDir`. */
function ingest(dataDir: string, args: string[], onOutput?: (all: string, kill: () => void) => void) {
  const { DATABASE_URL: _pg, ...env } = process.env;
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/ingest.ts", ...args], {
    cwd: apiDir,
    env: { ...env, WHOSAID_DATA_DIR: dataDir },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const collect = (d: Buffer) => {
    output += d;
    onOutput?.(output, () => child.kill("SIGKILL"));
  };
  child.stdout.on("data", collect);
  child.stderr.on("data", collect);
  return new Promise<{ code: number | null; signal: string | null; output: string }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal, output })),
  );
}

async function storedArticles(dataDir: string) {
  const store = await openStore({ kind: "pglite", dataDir });
  try {
    const { rows } = await store.db.execute<{ text: string; quotes: number; claims: number }>(sql`
      select a.text,
             (select count(*)::int from quote q where q.article_id = a.id) as quotes,
             (select count(*)::int from claim c where c.article_id = a.id) as claims
      from article a`);
    return rows;
  } finally {
    await store.close();
  }
}

describe("npm run ingest", () => {
  it(`ingests the ${devCount} PolNeAR dev texts once, and a second run finds them all known`, async () => {
    const dataDir = join(scratch, "twice");
    const first = await ingest(dataDir, [devText]);
    expect(first.code).toBe(0);
    expect(first.output).toContain(`${devCount} of ${devCount} inputs: ${devCount} new, 0 already known, 0 failed.`);
    expect(first.output).toMatch(/ingest \d+\/\d+ \(\d+%\) [\d.]+\/s ETA \d+s/);
    const second = await ingest(dataDir, [devText]);
    expect(second.output).toContain(`${devCount} of ${devCount} inputs: 0 new, ${devCount} already known, 0 failed.`);
    expect(await storedArticles(dataDir)).toHaveLength(devCount);
  });

  it("loses nothing acknowledged and leaves no half-written article after kill -9 partway", async () => {
    const dataDir = join(scratch, "killed");
    // Killed at the first progress line, printed once the first article is stored: away from a terminal the next
    // line comes two seconds later, by when a quiet machine has stored all 84 (a kill at "10/84" came too late there).
    const killed = await ingest(dataDir, [devText], (output, kill) => {
      if (/ingest [1-9]\d*\//.test(output)) kill();
    });
    expect(killed.signal).toBe("SIGKILL");
    const rerun = await ingest(dataDir, [devText]);
    expect(rerun.code).toBe(0);
    const known = Number(/(\d+) already known/.exec(rerun.output)?.[1]);
    expect(known).toBeGreaterThanOrEqual(1);
    expect(known).toBeLessThan(devCount);
    const rows = await storedArticles(dataDir);
    expect(rows).toHaveLength(devCount);
    for (const row of rows) {
      const expected = extract(row.text);
      expect({ quotes: row.quotes, claims: row.claims }).toEqual({ quotes: expected.quotes.length, claims: expected.claims.length });
    }
  });

  it("reads .jsonl exports and list files, reports bad lines and keeps going", async () => {
    const dataDir = join(scratch, "mixed");
    const files = readdirSync(devText).slice(0, 2).map((f) => join(devText, f));
    const jsonl = join(scratch, "export.jsonl");
    writeFileSync(
      jsonl,
      [
        JSON.stringify({ text: readFileSync(files[0]!, "utf8"), title: "From JSONL", publisher: "Export", publishedAt: "2016-10-01T00:00:00Z" }),
        "{not json",
        JSON.stringify({ title: "nothing to ingest" }),
      ].join("\n"),
    );
    const list = join(scratch, "list.txt");
    writeFileSync(list, `${files[1]}\n${files[0]}\n`);
    const run = await ingest(dataDir, [jsonl, list]);
    expect(run.code).toBe(1);
    expect(run.output).toContain("5 of 5 inputs: 2 new, 1 already known, 2 failed.");
    expect(run.output).toMatch(/export\.jsonl:2: not valid JSON/);
    expect(run.output).toMatch(/export\.jsonl:3: needs "text", "html" or "url"/);
  });

  it("explains a missing input and a held store", async () => {
    const missing = await ingest(join(scratch, "missing"), ["/no/such/file.txt"]);
    expect(missing.code).toBe(2);
    expect(missing.output).toMatch(/no such file, folder or URL/);
    const held = join(scratch, "held");
    const store = await openStore({ kind: "pglite", dataDir: held });
    try {
      const run = await ingest(held, [devText]);
      expect(run.code).toBe(2);
      expect(run.output).toMatch(/held by a running whosaid server/);
    } finally {
      await store.close();
    }
  });
});
