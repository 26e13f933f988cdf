import type { RequestHandler } from "express";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

export interface RateLimitOptions {
  /** Requests per minute for callers without an API key, per IP address. */
  anonymousPerMinute: number;
  /** Requests per minute per API key. */
  keyPerMinute: number;
}

export const DEFAULT_RATE_LIMITS: RateLimitOptions = { anonymousPerMinute: 100, keyPerMinute: 1000 };

/** Reads WHOSAID_RATE_LIMIT_ANON / WHOSAID_RATE_LIMIT_KEY (per minute); "off" for either disables limiting. */
export function rateLimitsFromEnv(env: NodeJS.ProcessEnv): RateLimitOptions | false {
  if (env.WHOSAID_RATE_LIMIT_ANON === "off" || env.WHOSAID_RATE_LIMIT_KEY === "off") return false;
  const perMinute = (value: string | undefined, fallback: number) => (value && Number(value) > 0 ? Number(value) : fallback);
  return {
    anonymousPerMinute: perMinute(env.WHOSAID_RATE_LIMIT_ANON, DEFAULT_RATE_LIMITS.anonymousPerMinute),
    keyPerMinute: perMinute(env.WHOSAID_RATE_LIMIT_KEY, DEFAULT_RATE_LIMITS.keyPerMinute),
  };
}

/**
 * Per-IP and per-key request limits (in memory: one process; replicas behind a balancer would share a
 * PostgreSQL or Redis limiter from the same library). Over the limit: 429 with Retry-After.
 * `keyOf` names the API key a request carries, or null for anonymous callers.
 */
export function rateLimit(options: RateLimitOptions, keyOf: (authorization: string | undefined) => string | null): RequestHandler {
  const anonymous = new RateLimiterMemory({ points: options.anonymousPerMinute, duration: 60 });
  const keyed = new RateLimiterMemory({ points: options.keyPerMinute, duration: 60 });
  return (req, res, next) => {
    const key = keyOf(req.headers.authorization);
    const [limiter, id] = key ? [keyed, `key:${key}`] : [anonymous, `ip:${req.ip ?? "unknown"}`];
    limiter.consume(id).then(
      () => next(),
      (rejection: unknown) => {
        if (!(rejection instanceof RateLimiterRes)) return next(rejection);
        const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        res
          .status(429)
          .set("Retry-After", String(seconds))
          .json({ errors: [{ message: `Too many requests: try again in ${seconds} s.`, extensions: { code: "RATE_LIMITED" } }] });
      },
    );
  };
}
