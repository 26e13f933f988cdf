import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestStore } from "../test/harness.js";
import type { Store } from "../db/store.js";
import { Authenticator } from "../modules/access/authenticator.js";
import { runKeysCommand, UsageError } from "./keys-command.js";

let store: Store;
beforeAll(async () => {
  store = await openTestStore();
});
afterAll(() => store.close());

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runKeysCommand(store.db, argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

describe("npm run keys", () => {
  it("creates a key that authenticates with its role, lists it and revokes it", async () => {
    const created = await run("create", "--role", "editor", "--name", "Ana, night desk");
    expect(created.code).toBe(0);
    expect(created.out).toHaveLength(1);
    const key = created.out[0]!;
    expect(key).toMatch(/^wsk_/);
    expect(created.err[0]).toMatch(/editor key #\d+ "Ana, night desk"/);

    const auth = new Authenticator(store.db);
    expect(await auth.authenticate(`Bearer ${key}`)).toMatchObject({ ok: true, caller: { name: "Ana, night desk", role: "EDITOR" } });

    const listed = await run("list");
    const row = listed.out.find((l) => l.includes("Ana, night desk"))!;
    expect(row).toContain("editor");
    expect(row).toContain(key.slice(0, 10));
    expect(listed.out.join("\n")).not.toContain(key);

    const id = row.split("\t")[0]!;
    expect((await run("revoke", id)).code).toBe(0);
    expect((await run("list")).out.join("\n")).not.toContain("Ana, night desk");
    expect((await run("list", "--all")).out.join("\n")).toContain("Ana, night desk");
    expect(await new Authenticator(store.db).authenticate(`Bearer ${key}`)).toMatchObject({ ok: false });
  });

  it("revokes by the prefix list shows", async () => {
    const key = (await run("create", "--role", "viewer", "--name", "script")).out[0]!;
    const prefix = (await run("list")).out.find((l) => l.includes("script"))!.split("\t")[1]!;
    expect((await run("revoke", prefix)).code).toBe(0);
    expect(await new Authenticator(store.db).authenticate(`Bearer ${key}`)).toMatchObject({ ok: false });
  });

  it("explains bad usage", async () => {
    await expect(run("create", "--role", "boss", "--name", "x")).rejects.toThrow(UsageError);
    await expect(run("create", "--role", "admin")).rejects.toThrow(/--name is required/);
    await expect(run("revoke")).rejects.toThrow(/one key id/);
    await expect(run("revoke", "424242")).rejects.toThrow(/No API key/);
    await expect(run("frobnicate")).rejects.toThrow(/Unknown command/);
    expect((await run("--help")).out[0]).toMatch(/Usage: npm run --silent keys/);
    expect((await run()).code).toBe(2);
  });
});
