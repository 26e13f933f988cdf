import { describe, expect, it } from "vitest";
import { bearerToken, displayPrefix, generateApiKey, hashApiKey, isRole, roleAtLeast } from "./api-key.js";

describe("API keys", () => {
  it("are long, random, recognisable and hashed deterministically", () => {
    const a = generateApiKey();
    const b = generateApiKey();
    expect(a.key).toMatch(/^wsk_[A-Za-z0-9_-]{43}$/);
    expect(a.key).not.toBe(b.key);
    expect(a.hash).toBe(hashApiKey(a.key));
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.hash).not.toContain(a.key.slice(4));
    expect(a.prefix).toBe(displayPrefix(a.key));
    expect(a.key.startsWith(a.prefix)).toBe(true);
  });

  it("rank roles: admin may do what editors may, editors what viewers may", () => {
    expect(roleAtLeast("ADMIN", "EDITOR")).toBe(true);
    expect(roleAtLeast("EDITOR", "EDITOR")).toBe(true);
    expect(roleAtLeast("EDITOR", "ADMIN")).toBe(false);
    expect(roleAtLeast("VIEWER", "EDITOR")).toBe(false);
    expect(isRole("EDITOR")).toBe(true);
    expect(isRole("editor")).toBe(false);
  });

  it("read the bearer token of an Authorization header", () => {
    expect(bearerToken(undefined)).toBeNull();
    expect(bearerToken("  ")).toBeNull();
    expect(bearerToken("Bearer wsk_abc")).toBe("wsk_abc");
    expect(bearerToken("bearer   wsk_abc ")).toBe("wsk_abc");
    expect(bearerToken(["Bearer one", "Bearer two"])).toBe("one");
    expect(bearerToken("Basic dXNlcjpwYXNz")).toBe("malformed");
    expect(bearerToken("Bearer two words")).toBe("malformed");
    expect(bearerToken(`Bearer ${"x".repeat(500)}`)).toBe("malformed");
  });
});
