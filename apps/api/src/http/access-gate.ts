import type { RequestHandler, Response } from "express";
import type { Caller } from "../modules/access/api-key.js";
import type { AccessPolicy, Authenticator } from "../modules/access/authenticator.js";
import type { RateLimiter } from "./rate-limit.js";

/** The caller the gate let through, for the GraphQL context and the export routes. */
export function callerOf(res: Response): Caller {
  return (res.locals.caller as Caller | undefined) ?? { kind: "anonymous" };
}

/**
 * In front of /graphql and /export: reads the API key, charges the rate limit (per key, else per IP;
 * a bad key is charged to its IP), then refuses bad keys, and anonymous callers when reading is closed.
 */
export function accessGate(authenticator: Authenticator, policy: AccessPolicy, limiter: RateLimiter | null): RequestHandler {
  return async (req, res, next) => {
    try {
      const auth = await authenticator.authenticate(req.headers.authorization);
      const caller: Caller = auth.ok ? auth.caller : { kind: "anonymous" };
      const wait = limiter
        ? await limiter.consume(caller.kind === "key" ? { key: caller.keyId === null ? "admin" : String(caller.keyId) } : { ip: req.ip ?? "unknown" })
        : null;
      if (wait !== null) {
        res.status(429).set("Retry-After", String(wait));
        return void res.json(errorBody("RATE_LIMITED", `Too many requests: try again in ${wait} s.`));
      }
      if (!auth.ok) return void unauthenticated(res, auth.message);
      if (policy.readAccess === "KEY" && caller.kind === "anonymous")
        return void unauthenticated(res, "This whosaid server needs an API key for reading too: send `Authorization: Bearer <key>`.");
      res.locals.caller = caller;
      next();
    } catch (error) {
      next(error);
    }
  };
}

function unauthenticated(res: Response, message: string): void {
  res.status(401).set("WWW-Authenticate", 'Bearer realm="whosaid"').json(errorBody("UNAUTHENTICATED", message));
}

const errorBody = (code: string, message: string) => ({ errors: [{ message, extensions: { code } }] });
