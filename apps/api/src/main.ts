import "reflect-metadata";
import type { AddressInfo } from "node:net";
import { ConfigError, HELP, readConfig } from "./config.js";
import { DataDirLockedError } from "./db/data-dir-lock.js";
import { openStore, type Store } from "./db/store.js";
import { createSignInKey, signInUrl } from "./modules/access/sign-in-link.js";
import { createServer } from "./server.js";

async function main(): Promise<void> {
  if (process.argv.includes("--help") || process.argv.includes("-h")) {
    process.stdout.write(HELP);
    return;
  }
  const config = readConfig(process.env);
  const where = config.store.kind === "postgres" ? "PostgreSQL" : `the embedded store in ${config.store.dataDir}`;
  console.error(`[whosaid] opening ${where}…`);
  const store = await openStore(config.store);
  const server = await createServer({ store, access: config.access, rateLimits: config.rateLimits, trustProxy: config.trustProxy });
  await new Promise<void>((resolve, reject) => {
    server.httpServer.once("error", reject);
    server.httpServer.listen(config.port, config.host || undefined, resolve);
  });
  // Before announcing the server: whoever sees it running may stop it at once, and must get a clean stop.
  stopOnSignals(store, server.stop);
  const { port } = server.httpServer.address() as AddressInfo;
  console.log(`whosaid is running on ${store.kind === "postgres" ? store.location : `PGlite (${store.location})`}`);
  console.log(`  dashboard:  http://localhost:${port}/`);
  console.log(`  playground: http://localhost:${port}/graphql`);
  if (config.signInLink) {
    // Printed, not logged: it holds an admin key for this machine's user.
    console.log(`  sign in:    ${signInUrl(`http://localhost:${port}`, await createSignInKey(store.db))}`);
    console.log(`              (opens the dashboard with an admin key for you; \`npm run keys -- --help\` for more keys)`);
  }
}

function stopOnSignals(store: Store, stopServer: () => Promise<void>): void {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) {
      console.error(`[whosaid] ${signal} again: exiting now.`);
      process.exit(1);
    }
    stopping = true;
    console.error(`[whosaid] ${signal}: finishing requests in flight and closing the store…`);
    try {
      await stopServer();
      await store.close();
      process.exit(0);
    } catch (error) {
      console.error("[whosaid] could not stop cleanly:", error);
      process.exit(1);
    }
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DataDirLockedError) console.error(`[whosaid] ${error.message}`);
  else if ((error as NodeJS.ErrnoException)?.code === "EADDRINUSE") console.error(`[whosaid] the port is already in use: set PORT to another one.`);
  else if ((error as NodeJS.ErrnoException)?.code === "ECONNREFUSED") console.error(`[whosaid] cannot reach PostgreSQL at DATABASE_URL: is it running?`);
  else console.error("[whosaid] failed to start:", error);
  process.exit(1);
});
