import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const page = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  plugins: [react()],
  build: {
    // Two pages: the dashboard (served at / with an SPA fallback) and the GraphiQL playground
    // (served by the API for a browser GET of /graphql).
    rolldownOptions: {
      input: { main: page("./index.html"), playground: page("./playground.html") },
      onwarn(warning, warn) {
        // GraphiQL ships React-compiler output with "use no memo" directives; dropping them is harmless.
        if (warning.code === "MODULE_LEVEL_DIRECTIVE") return;
        warn(warning);
      },
    },
    // Monaco is large by nature; the playground loads it on its own page only.
    chunkSizeWarningLimit: 5000,
  },
  // Monaco's workers import each other as modules.
  worker: { format: "es" },
  server: {
    proxy: {
      "/graphql": {
        target: "http://localhost:4000",
        // A browser navigating to /graphql gets the playground page, as the API does in production.
        bypass(req) {
          if (req.method === "GET" && req.headers.accept?.includes("text/html")) return "/playground.html";
          return undefined;
        },
      },
    },
  },
});
