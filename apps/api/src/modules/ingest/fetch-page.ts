import http from "node:http";
import https from "node:https";
import { pipeline } from "node:stream/promises";
import { Writable, type Readable } from "node:stream";
import zlib from "node:zlib";
import { isIP } from "node:net";
import ipaddr from "ipaddr.js";
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from "request-filtering-agent";

/**
 * Fetching a page a user names, safely: http(s) only, ports 80/443 only, every hop's resolved address
 * checked by request-filtering-agent before connecting (private, loopback, link-local, metadata and
 * odd encodings are refused at lookup, so DNS rebinding cannot slip through), redirects followed by
 * hand (each hop re-checked, at most 5, never https→http), one overall deadline, a cap on decoded
 * bytes (gzip bombs included) and an allowlist of content types. Node's http ignores HTTP_PROXY, so no
 * proxy can bypass the check.
 */
export type FetchErrorCode =
  | "URL_NOT_ALLOWED"
  | "TOO_MANY_REDIRECTS"
  | "TIMEOUT"
  | "RESPONSE_TOO_LARGE"
  | "UNSUPPORTED_CONTENT_TYPE"
  | "FETCH_FAILED";

export class FetchError extends Error {
  constructor(
    readonly code: FetchErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export interface FetchPolicy {
  /** `host:port` entries let through without the address check (tests, an intranet the operator trusts). */
  allowHosts: ReadonlySet<string>;
  /** Ports fetched on hosts that are not in `allowHosts`. */
  ports: ReadonlySet<number>;
  maxBytes: number;
  timeoutMs: number;
  maxRedirects: number;
}

export const DEFAULT_FETCH_POLICY: FetchPolicy = {
  allowHosts: new Set(),
  ports: new Set([80, 443]),
  maxBytes: 5 * 1024 * 1024,
  timeoutMs: 15_000,
  maxRedirects: 5,
};

/** Reads the policy from WHOSAID_FETCH_ALLOW_HOSTS / _MAX_BYTES / _TIMEOUT_MS. */
export function fetchPolicyFromEnv(env: NodeJS.ProcessEnv): FetchPolicy {
  const allowHosts = new Set(
    (env.WHOSAID_FETCH_ALLOW_HOSTS ?? "")
      .split(",")
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean),
  );
  const positive = (value: string | undefined, fallback: number) => {
    const n = Number(value);
    return value && Number.isFinite(n) && n > 0 ? n : fallback;
  };
  return {
    allowHosts,
    ports: DEFAULT_FETCH_POLICY.ports,
    maxBytes: positive(env.WHOSAID_FETCH_MAX_BYTES, DEFAULT_FETCH_POLICY.maxBytes),
    timeoutMs: positive(env.WHOSAID_FETCH_TIMEOUT_MS, DEFAULT_FETCH_POLICY.timeoutMs),
    maxRedirects: DEFAULT_FETCH_POLICY.maxRedirects,
  };
}

export interface FetchedPage {
  /** The address the page finally came from, after redirects. */
  url: string;
  contentType: "html" | "text";
  body: string;
}

const CONTENT_TYPES: Record<string, FetchedPage["contentType"]> = {
  "text/html": "html",
  "application/xhtml+xml": "html",
  "text/plain": "text",
};

const filteringHttp = new RequestFilteringHttpAgent({ keepAlive: false });
const filteringHttps = new RequestFilteringHttpsAgent({ keepAlive: false });
const plainHttp = new http.Agent({ keepAlive: false });
const plainHttps = new https.Agent({ keepAlive: false });

/** Fetches a page under the policy; every failure is a FetchError with a message a person understands. */
export async function fetchPage(url: string, policy: FetchPolicy = DEFAULT_FETCH_POLICY): Promise<FetchedPage> {
  const deadline = AbortSignal.timeout(policy.timeoutMs);
  let current = checkUrl(url, policy);
  for (let hop = 0; ; hop++) {
    const response = await request(current, policy, deadline);
    const status = response.statusCode ?? 0;
    if (status >= 300 && status < 400 && response.headers.location) {
      response.resume();
      if (hop >= policy.maxRedirects) throw new FetchError("TOO_MANY_REDIRECTS", `More than ${policy.maxRedirects} redirects.`);
      const next = checkUrl(new URL(response.headers.location, current).href, policy);
      if (current.protocol === "https:" && next.protocol === "http:")
        throw new FetchError("URL_NOT_ALLOWED", "The page redirects from https to plain http; refusing the downgrade.");
      current = next;
      continue;
    }
    if (status < 200 || status >= 300) {
      response.resume();
      throw new FetchError("FETCH_FAILED", `The site answered HTTP ${status}.`);
    }
    const mime = (response.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
    const contentType = CONTENT_TYPES[mime];
    if (!contentType) {
      response.destroy();
      throw new FetchError("UNSUPPORTED_CONTENT_TYPE", `The page is ${mime || "of no stated type"}, not HTML or plain text.`);
    }
    const declared = Number(response.headers["content-length"]);
    if (Number.isFinite(declared) && declared > policy.maxBytes) {
      response.destroy();
      throw tooLarge(policy);
    }
    const bytes = await readCapped(response, policy, deadline);
    return { url: current.href, contentType, body: decode(bytes, response.headers["content-type"]) };
  }
}

function checkUrl(raw: string, policy: FetchPolicy): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FetchError("URL_NOT_ALLOWED", "That is not a valid URL.");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new FetchError("URL_NOT_ALLOWED", "Only http and https URLs can be fetched.");
  if (url.username || url.password) throw new FetchError("URL_NOT_ALLOWED", "URLs with a user name or password are not fetched.");
  if (policy.allowHosts.has(hostPort(url))) return url;
  if (!policy.ports.has(Number(hostPort(url).split(":").at(-1))))
    throw new FetchError("URL_NOT_ALLOWED", "Only the standard ports (80 for http, 443 for https) are fetched.");
  if (isInternalName(url.hostname) || isNonPublicLiteral(url.hostname))
    throw new FetchError("URL_NOT_ALLOWED", "That address is private or reserved; only public sites are fetched.");
  return url;
}

/** Cloud metadata and other internal-only names, refused before any lookup. */
function isInternalName(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.$/, "");
  return name === "metadata" || name.endsWith(".internal") || name.endsWith(".local");
}

/**
 * Literal IP hosts are checked here too, before any socket exists (the agent checks them again, and
 * checks every address a name resolves to). WHATWG URL parsing has already turned odd encodings
 * such as 0x7f.1 or 2130706433 into dotted form.
 */
function isNonPublicLiteral(hostname: string): boolean {
  const bare = hostname.replace(/^\[|\]$/g, "");
  if (isIP(bare) === 0) return false;
  const parsed = ipaddr.process(bare);
  return parsed.range() !== "unicast";
}

function hostPort(url: URL): string {
  const port = url.port || (url.protocol === "https:" ? "443" : "80");
  return `${url.hostname.toLowerCase()}:${port}`;
}

function request(url: URL, policy: FetchPolicy, deadline: AbortSignal): Promise<http.IncomingMessage> {
  const trusted = policy.allowHosts.has(hostPort(url));
  const secure = url.protocol === "https:";
  const agent = trusted ? (secure ? plainHttps : plainHttp) : secure ? filteringHttps : filteringHttp;
  const client = secure ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.get(
      url,
      {
        agent,
        signal: deadline,
        headers: {
          "user-agent": "whosaid/0.1 (news attribution; +https://github.com/)",
          accept: "text/html,application/xhtml+xml,text/plain;q=0.9",
          "accept-encoding": "gzip, deflate, br",
        },
      },
      resolve,
    );
    req.on("error", (error) => reject(asFetchError(error, deadline)));
  });
}

async function readCapped(response: http.IncomingMessage, policy: FetchPolicy, deadline: AbortSignal): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > policy.maxBytes) return done(tooLarge(policy));
      chunks.push(chunk);
      done();
    },
  });
  const stages: (Readable | NodeJS.ReadWriteStream)[] = [response];
  const encoding = (response.headers["content-encoding"] ?? "").toLowerCase().trim();
  if (encoding === "gzip" || encoding === "x-gzip") stages.push(zlib.createGunzip());
  else if (encoding === "deflate") stages.push(zlib.createInflate());
  else if (encoding === "br") stages.push(zlib.createBrotliDecompress());
  try {
    await pipeline([...stages, sink] as unknown as [Readable, Writable], { signal: deadline });
  } catch (error) {
    response.destroy();
    throw asFetchError(error, deadline);
  }
  return Buffer.concat(chunks);
}

function decode(bytes: Buffer, contentType: string | undefined): string {
  const declared = /charset\s*=\s*"?([\w-]+)/i.exec(contentType ?? "")?.[1];
  const sniffed = declared ?? /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(bytes.subarray(0, 4096).toString("latin1"))?.[1];
  try {
    return new TextDecoder(sniffed ?? "utf-8").decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}

const tooLarge = (policy: FetchPolicy) =>
  new FetchError("RESPONSE_TOO_LARGE", `The page is larger than ${Math.round(policy.maxBytes / 1024 / 1024)} MB.`);

function asFetchError(error: unknown, deadline: AbortSignal): FetchError {
  if (error instanceof FetchError) return error;
  if (deadline.aborted) return new FetchError("TIMEOUT", "The site took too long to answer.");
  const message = error instanceof Error ? error.message : String(error);
  // request-filtering-agent's refusal: "DNS lookup 127.0.0.1(family:4, host:…) is not allowed. Because, It is private IP address."
  if (/is not allowed/i.test(message)) return new FetchError("URL_NOT_ALLOWED", "That address is private or reserved; only public sites are fetched.");
  if (/ENOTFOUND|EAI_AGAIN/.test(message)) return new FetchError("FETCH_FAILED", "The site's name could not be resolved.");
  return new FetchError("FETCH_FAILED", "The page could not be fetched (the connection failed).");
}
