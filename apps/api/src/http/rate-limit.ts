import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

export interface RateLimitOptions {
  /** Requests per minute for callers without an API key, per IP address. */
  anonymousPerMinute: number;
  /** Requests per minute per API key. */
  keyPerMinute: number;
}

export const DEFAULT_RATE_LIMITS: RateLimitOptions = { anonymousPerMinute: 600, keyPerMinute: 3000 };

/** Reads WHOSAID_RATE_LIMIT_ANON / WHOSAID_RATE_LIMIT_KEY (requests per minute); "off" for either disables limiting. */
export function rateLimitsFromEnv(env: NodeJS.ProcessEnv): RateLimitOptions | false {
  if (env.WHOSAID_RATE_LIMIT_ANON === "off" || env.WHOSAID_RATE_LIMIT_KEY === "off") return false;
  return {
    anonymousPerMinute: perMinute("WHOSAID_RATE_LIMIT_ANON", env.WHOSAID_RATE_LIMIT_ANON, DEFAULT_RATE_LIMITS.anonymousPerMinute),
    keyPerMinute: perMinute("WHOSAID_RATE_LIMIT_KEY", env.WHOSAID_RATE_LIMIT_KEY, DEFAULT_RATE_LIMITS.keyPerMinute),
  };
}

function perMinute(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === "") return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`${name} must be a whole number of requests per minute or "off", not "${value}".`);
  return n;
}

export interface RateLimiter {
  /** Counts one request; null when allowed, else the seconds to wait. */
  consume(identity: { key: string } | { ip: string }): Promise<number | null>;
}

/**
 * Per-IP and per-key request limits, in memory: one process. Replicas behind a balancer would share
 * a PostgreSQL or Redis limiter from the same library.
 */
export function createRateLimiter(options: RateLimitOptions): RateLimiter {
  const anonymous = new RateLimiterMemory({ points: options.anonymousPerMinute, duration: 60 });
  const keyed = new RateLimiterMemory({ points: options.keyPerMinute, duration: 60 });
  return {
    async consume(identity) {
      const [limiter, id] = "key" in identity ? [keyed, `key:${identity.key}`] : [anonymous, `ip:${identity.ip}`];
      try {
        await limiter.consume(id);
        return null;
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      }
    },
  };
}
