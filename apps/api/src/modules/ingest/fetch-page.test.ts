import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHostileServer, type HostileServer } from "../../test/hostile-server.js";
import { DEFAULT_FETCH_POLICY, FetchError, fetchPage, type FetchPolicy } from "./fetch-page.js";

let server: HostileServer;
let trusted: FetchPolicy;
beforeAll(async () => {
  server = await startHostileServer();
  trusted = { ...DEFAULT_FETCH_POLICY, allowHosts: new Set([`127.0.0.1:${server.port}`]), timeoutMs: 3000 };
  server.page("/article", "<html><body><article><p>Hello</p></article></body></html>");
  server.page("/notes", "plain words", "text/plain");
});
afterAll(() => server.close());

async function failure(url: string, policy: FetchPolicy): Promise<FetchError> {
  const error = await fetchPage(url, policy).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FetchError);
  return error as FetchError;
}

describe("fetchPage", () => {
  it("fetches HTML and plain text from an allowed host", async () => {
    expect(await fetchPage(`${server.origin}/article`, trusted)).toMatchObject({ contentType: "html", body: expect.stringContaining("Hello") });
    expect(await fetchPage(`${server.origin}/notes`, trusted)).toMatchObject({ contentType: "text", body: "plain words" });
  });

  it("refuses loopback in every spelling before connecting, even on an open port", async () => {
    // The port is allowed here, so only the address check stands between the fetch and the server.
    const policy = { ...DEFAULT_FETCH_POLICY, ports: new Set([server.port]) };
    const before = server.connections();
    for (const host of ["127.0.0.1", "localhost", "[::1]", "0.0.0.0", "2130706433", "0x7f.1", "[::ffff:127.0.0.1]", "127.1"]) {
      expect((await failure(`http://${host}:${server.port}/article`, policy)).code, host).toBe("URL_NOT_ALLOWED");
    }
    expect(server.connections()).toBe(before);
  });

  it("refuses private, link-local, metadata and reserved addresses", async () => {
    for (const url of [
      "http://169.254.169.254/latest/meta-data/",
      "http://[fd00:ec2::254]/",
      "http://metadata.google.internal/",
      "http://10.0.0.1/",
      "http://172.16.0.1/",
      "http://192.168.1.1/",
      "http://100.64.0.1/",
      "http://[fc00::1]/",
      "http://[fe80::1]/",
    ]) {
      expect((await failure(url, DEFAULT_FETCH_POLICY)).code, url).toBe("URL_NOT_ALLOWED");
    }
  });

  it("refuses other schemes, credentials and non-standard ports", async () => {
    for (const url of ["file:///etc/passwd", "gopher://example.com/", "ftp://example.com/", "data:text/html,hi", "javascript:alert(1)", "http://user:pw@example.com/", "http://example.com:22/", "http://example.com:5432/", "http://example.com:6379/"]) {
      expect((await failure(url, DEFAULT_FETCH_POLICY)).code, url).toBe("URL_NOT_ALLOWED");
    }
  });

  it("re-checks every redirect hop and stops loops", async () => {
    expect((await failure(`${server.origin}/redirect-to-metadata`, trusted)).code).toBe("URL_NOT_ALLOWED");
    expect((await failure(`${server.origin}/loop`, trusted)).code).toBe("TOO_MANY_REDIRECTS");
  });

  it("cuts a 50 MB body, a gzip bomb and a lying Content-Length at the cap", async () => {
    const rssBefore = process.memoryUsage().rss;
    for (const path of ["/huge", "/gzip-bomb", "/lying-length"]) {
      const error = await failure(`${server.origin}${path}`, trusted);
      expect(["RESPONSE_TOO_LARGE", "FETCH_FAILED"], path).toContain(error.code);
      if (path !== "/lying-length") expect(error.code).toBe("RESPONSE_TOO_LARGE");
    }
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(100 * 1024 * 1024);
  });

  it("gives up on a slow server at the deadline", async () => {
    const started = Date.now();
    expect((await failure(`${server.origin}/slow`, { ...trusted, timeoutMs: 1500 })).code).toBe("TIMEOUT");
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("refuses content that is not HTML or text", async () => {
    expect((await failure(`${server.origin}/png`, trusted)).code).toBe("UNSUPPORTED_CONTENT_TYPE");
  });

  it("reports an HTTP error status", async () => {
    expect((await failure(`${server.origin}/missing`, trusted)).code).toBe("FETCH_FAILED");
  });
});
