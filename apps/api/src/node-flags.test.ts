import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { API_NODE_FLAGS } from "./node-flags.js";

const scripts = (path: string) => (JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8")) as { scripts: Record<string, string> }).scripts;

describe("the API server's node flags", () => {
  it.each([
    ["../../../package.json", "start"],
    ["../../../package.json", "bench:ingest"],
    ["../package.json", "serve"],
  ])("are on the command line of %s's %s script", (file, name) => {
    expect(scripts(file)[name]).toContain(`node ${API_NODE_FLAGS.join(" ")} `);
  });
});
