import { readConfig } from "../config.js";
import { DataDirLockedError } from "../db/data-dir-lock.js";
import { openStore, type Store } from "../db/store.js";

/** Opens the same store the server uses (DATABASE_URL or the embedded data dir), explaining a held lock. */
export async function openCliStore(command: string): Promise<Store> {
  const config = readConfig(process.env);
  try {
    return await openStore(config.store);
  } catch (error) {
    if (error instanceof DataDirLockedError)
      throw new CliError(
        `The embedded store in ${error.dataDir} is held by a running whosaid server (pid ${error.pid}); ` +
          `the embedded store allows one process at a time. Stop the server (Ctrl-C), run \`npm run ${command}\` again, ` +
          `then start the server. With PostgreSQL (DATABASE_URL) both can run at once.`,
      );
    if ((error as NodeJS.ErrnoException)?.code === "ECONNREFUSED") throw new CliError("Cannot reach PostgreSQL at DATABASE_URL: is it running?");
    throw error;
  }
}

/** An error whose message is all the user needs; printed without a stack trace. */
export class CliError extends Error {}
