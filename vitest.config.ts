import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

const src = (p: string) => fileURLToPath(new URL(p, import.meta.url));
// Tests run against the packages' sources, so a change is tested without a rebuild.
const alias = [
  { find: /^@whosaid\/domain$/, replacement: src("./packages/domain/src/index.ts") },
  { find: /^@whosaid\/extract$/, replacement: src("./packages/extract/src/index.ts") },
  { find: /^@whosaid\/extract\/html$/, replacement: src("./packages/extract/src/html.ts") },
];

export default defineConfig({
  test: {
    projects: [
      { resolve: { alias }, test: { name: "domain", include: ["packages/domain/src/**/*.test.ts"] } },
      { resolve: { alias }, test: { name: "extract", include: ["packages/extract/src/**/*.test.ts"], testTimeout: 30_000 } },
      {
        // One graphql for everyone: the CommonJS build Node itself loads (type-graphql, Apollo and
        // graphql-query-complexity's CommonJS build all use it); Vite would otherwise pick index.mjs.
        resolve: { alias: [...alias, { find: /^graphql$/, replacement: require.resolve("graphql") }] },
        test: {
          name: "api",
          include: ["apps/api/src/**/*.test.ts"],
          setupFiles: ["reflect-metadata"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One PostgreSQL database is shared by the suite, so files run one after another there.
          fileParallelism: !process.env.DATABASE_URL,
        },
      },
      { resolve: { alias }, test: { name: "web", include: ["apps/web/src/**/*.test.{ts,tsx}"] } },
      { resolve: { alias }, test: { name: "bench", include: ["bench/src/**/*.test.ts"], testTimeout: 60_000 } },
      {
        resolve: { alias },
        test: {
          name: "browser",
          include: ["apps/web/e2e/**/*.test.ts"],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
