import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../../test/harness.js";
import { rateLimitsFromEnv } from "../../http/rate-limit.js";
import { createApiKey } from "./access.service.js";

let api: TestApi;
let key: string;
beforeAll(async () => {
  api = await startTestApi({ rateLimits: { anonymousPerMinute: 3, keyPerMinute: 5 } });
  key = (await createApiKey(api.store.db, { name: "script", role: "VIEWER", createdBy: "test" })).key;
});
afterAll(() => api.close());

const ask = (headers: Record<string, string> = {}) => request(api.server.app).post("/graphql").set(headers).send({ query: "{ viewer { signedIn } }" });

describe("rate limits", () => {
  it("answer 429 with Retry-After once an address has used its requests, before any work", async () => {
    const ip = { "x-forwarded-for": "203.0.113.7" };
    // Without trust proxy the forwarded header is ignored: all these come from the test socket's address.
    for (let i = 0; i < 3; i++) expect((await ask(ip)).status).toBe(200);
    const over = await ask(ip);
    expect(over.status).toBe(429);
    expect(Number(over.headers["retry-after"])).toBeGreaterThanOrEqual(1);
    expect(Number(over.headers["retry-after"])).toBeLessThanOrEqual(60);
    expect(over.body.errors[0].extensions.code).toBe("RATE_LIMITED");
    expect((await request(api.server.app).get("/export/quotes.csv")).status).toBe(429);
  });

  it("count a key's requests apart from its address, and bad keys against the address", async () => {
    for (let i = 0; i < 5; i++) expect((await ask({ authorization: `Bearer ${key}` })).status).toBe(200);
    expect((await ask({ authorization: `Bearer ${key}` })).status).toBe(429);
    expect((await ask({ authorization: "Bearer wsk_guessing" })).status).toBe(429);
  });
});

describe("rate limit settings", () => {
  it("read per-minute numbers or off, and refuse nonsense", () => {
    expect(rateLimitsFromEnv({})).toEqual({ anonymousPerMinute: 600, keyPerMinute: 3000 });
    expect(rateLimitsFromEnv({ WHOSAID_RATE_LIMIT_ANON: "10", WHOSAID_RATE_LIMIT_KEY: "20" })).toEqual({ anonymousPerMinute: 10, keyPerMinute: 20 });
    expect(rateLimitsFromEnv({ WHOSAID_RATE_LIMIT_ANON: "off" })).toBe(false);
    expect(() => rateLimitsFromEnv({ WHOSAID_RATE_LIMIT_KEY: "lots" })).toThrow(/WHOSAID_RATE_LIMIT_KEY/);
  });
});
