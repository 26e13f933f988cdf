/**
 * Node flags the API server runs with (`npm start`, `npm run serve`, and the benchmarks, which run
 * it as shipped; node-flags.test.ts keeps the scripts in step). A request allocates ~1.8 MB, so at a
 * hundred requests a second the default 16 MB young generation is scavenged several times a second,
 * each time copying the in-flight requests' objects; a 64 MB semi-space makes that a quarter as
 * often (docs/benchmarks.md, session 8).
 */
export const API_NODE_FLAGS = ["--max-semi-space-size=64"] as const;
