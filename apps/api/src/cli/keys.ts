import { GraphQLError } from "graphql";
import { KEYS_HELP, runKeysCommand, UsageError } from "./keys-command.js";
import { CliError, openCliStore } from "./open-cli-store.js";

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  if (argv.length === 0 || argv.includes("--help") || argv.includes("-h")) {
    process.stdout.write(KEYS_HELP);
    return argv.length === 0 ? 2 : 0;
  }
  const store = await openCliStore("keys");
  try {
    return await runKeysCommand(store.db, argv, { out: (line) => console.log(line), err: (line) => console.error(line) });
  } finally {
    await store.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const known = error instanceof CliError || error instanceof UsageError || error instanceof GraphQLError || (error as { code?: string })?.code?.startsWith?.("ERR_PARSE_ARGS");
    console.error(known ? `keys: ${(error as Error).message}` : error);
    process.exit(2);
  },
);
