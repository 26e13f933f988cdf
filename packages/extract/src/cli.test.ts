import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const cli = fileURLToPath(new URL("./cli.ts", import.meta.url));
const seed = fileURLToPath(new URL("../../../../shared/data/seed/woodward-trump-putin.txt", import.meta.url));
const page = fileURLToPath(new URL("../../../../shared/data/pages/bbc-1/source.html", import.meta.url));
const run = (...args: string[]) => spawnSync(process.execPath, ["--import", "tsx", cli, ...args], { encoding: "utf8", cwd: fileURLToPath(new URL("../", import.meta.url)) });

describe("cli", () => {
  it("prints one pretty JSON document for one file, text exact and BOM dropped", () => {
    const dir = mkdtempSync(join(tmpdir(), "whosaid-cli-"));
    const file = join(dir, "bom.txt");
    writeFileSync(file, "\uFEFFSenator Ann Lee said that the bill would pass.\r\n");
    const r = run(file);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.text).toBe("Senator Ann Lee said that the bill would pass.\r\n");
    expect(r.stdout.split("\n").length).toBeGreaterThan(5);
  });
  it("prints one JSON per line for several files, reads HTML, and reports bad files at the end", () => {
    const dir = mkdtempSync(join(tmpdir(), "whosaid-cli-"));
    writeFileSync(join(dir, "empty.txt"), "  \n");
    writeFileSync(join(dir, "binary.txt"), Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x80]));
    const r = run(seed, join(dir, "missing.txt"), join(dir, "empty.txt"), join(dir, "binary.txt"), page);
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split("\n");
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0]!).quotes).toHaveLength(4);
    expect(JSON.parse(lines[1]!).title).toMatch(/Obama/);
    expect(r.stderr).toMatch(/missing\.txt: no such file/);
    expect(r.stderr).toMatch(/empty\.txt: The article text is empty/);
    expect(r.stderr).toMatch(/binary\.txt: not UTF-8/);
  });
  it("writes DIR/<name>.json with --out and shows --help", () => {
    const out = mkdtempSync(join(tmpdir(), "whosaid-out-"));
    expect(run("--out", out, seed).status).toBe(0);
    expect(JSON.parse(readFileSync(join(out, "woodward-trump-putin.json"), "utf8")).persons).toHaveLength(5);
    // Two saved pages both called source.html: neither overwrites the other.
    const other = fileURLToPath(new URL("../../../../shared/data/pages/guardian-1/source.html", import.meta.url));
    expect(run("--out", out, page, other).status).toBe(0);
    const texts = ["source.json", "source-2.json"].map((f) => JSON.parse(readFileSync(join(out, f), "utf8")).text as string);
    expect(texts[0]).toMatch(/Obama/);
    expect(texts[1]).toMatch(/Parata/);
    const help = run("--help");
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/Usage/);
  });
});
