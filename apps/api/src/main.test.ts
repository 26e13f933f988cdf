import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it, vi } from "vitest";
import { INGEST, newsText } from "./test/harness.js";

// The real process, run from source through tsx's loader in ONE node process (the tsx binary would
// add a wrapper process, and killing the wrapper would leave the server running).
const apiDir = fileURLToPath(new URL("..", import.meta.url));
// Each test starts real server processes (several seconds each on a busy machine).
vi.setConfig({ testTimeout: 180_000 });
const dataDir = mkdtempSync(join(tmpdir(), "whosaid-main-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

interface Running {
  child: ChildProcess;
  url: string;
  /** The admin key in the printed sign-in link. */
  key: string;
  output: () => string;
}

function run(args: string[] = [], env: Record<string, string> = {}): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const { DATABASE_URL: _ignored, ...baseEnv } = process.env; // the embedded store, unless a test sets one
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts", ...args], {
    cwd: apiDir,
    env: { ...baseEnv, PORT: "0", WHOSAID_DATA_DIR: dataDir, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function start(): Promise<Running & { exited: Promise<number | null> }> {
  const proc = run();
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const match = /dashboard:\s+(http:\/\/localhost:\d+)\/[\s\S]*sign in:\s+\S+\/sign-in#key=(\S+)/.exec(proc.output());
    if (match) return { ...proc, url: match[1]!, key: decodeURIComponent(match[2]!) };
    if (proc.child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  proc.child.kill("SIGKILL");
  throw new Error(`server did not start:\n${proc.output()}`);
}

const graphql = (url: string, query: string, variables?: unknown, key?: string) =>
  fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query, variables }),
  }).then((r) => r.json() as Promise<any>);

describe("the server process", () => {
  it("prints --help", async () => {
    const proc = run(["--help"]);
    expect(await proc.exited).toBe(0);
    expect(proc.output()).toMatch(/WHOSAID_DATA_DIR/);
  });

  it("keeps data across a SIGTERM restart and refuses a second process on the same data directory", async () => {
    const first = await start();
    expect(first.output()).toMatch(/playground: http:\/\/localhost:\d+\/graphql/);
    const ingested = await graphql(first.url, INGEST, { input: { text: newsText("restart") } }, first.key);
    expect(ingested.data.ingestArticle.created).toBe(true);

    const second = run();
    expect(await second.exited).not.toBe(0);
    expect(second.output()).toMatch(/in use by another whosaid process/);

    first.child.kill("SIGTERM");
    expect(await first.exited).toBe(0);

    const again = await start();
    try {
      const { data } = await graphql(again.url, `{ articles(first: 5) { nodes { id wordCount } } }`);
      expect(data.articles.nodes).toEqual([ingested.data.ingestArticle.article && { id: ingested.data.ingestArticle.article.id, wordCount: ingested.data.ingestArticle.article.wordCount }]);
      // Each start prints a new sign-in link and the previous one stops working.
      expect(again.key).not.toBe(first.key);
      expect((await graphql(again.url, `{ viewer { role } }`, undefined, first.key)).errors[0].extensions.code).toBe("UNAUTHENTICATED");
      expect((await graphql(again.url, `{ viewer { name role } }`, undefined, again.key)).data.viewer).toEqual({ name: expect.stringMatching(/\(local\)$/), role: "ADMIN" });
    } finally {
      again.child.kill("SIGINT");
      expect(await again.exited).toBe(0);
    }
  });

  it("takes over the lock of a process that was killed", async () => {
    const victim = await start();
    victim.child.kill("SIGKILL");
    await victim.exited;
    const next = await start();
    next.child.kill("SIGTERM");
    expect(await next.exited).toBe(0);
  });

  it("fails fast with a clear message when PostgreSQL cannot be reached", async () => {
    const proc = run([], { DATABASE_URL: "postgres://postgres@127.0.0.1:1/none" });
    expect(await proc.exited).toBe(1);
    expect(proc.output()).toMatch(/cannot reach PostgreSQL/);
  });

  it("explains a bad PORT", async () => {
    const proc = run([], { PORT: "eighty" });
    expect(await proc.exited).toBe(1);
    expect(proc.output()).toMatch(/PORT must be a port number/);
  });
});
