import { GraphQLError } from "graphql";
import { runKeysCommand, UsageError } from "./keys-command.js";
import { CliError, openCliStore } from "./open-cli-store.js";

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const io = { out: (line: string) => console.log(line), err: (line: string) => console.error(line) };
  if (argv.length === 0 || argv.includes("--help") || argv.includes("-h")) return runKeysCommand(null as never, argv, io);
  const store = await openCliStore("keys");
  try {
    return await runKeysCommand(store.db, argv, io);
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
