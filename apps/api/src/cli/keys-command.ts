import { parseArgs } from "node:util";
import type { Db } from "../db/store.js";
import { isRole, type Role } from "../modules/access/api-key.js";
import { createApiKey, listApiKeys, revokeApiKey } from "../modules/access/access.service.js";

export const KEYS_HELP = `Manage whosaid API keys. Requests send a key as \`Authorization: Bearer <key>\`.

Usage: npm run --silent keys -- create --role <viewer|editor|admin> --name "<who uses it>"
       npm run --silent keys -- list [--all]
       npm run --silent keys -- revoke <id | prefix>

Roles: viewer reads (when WHOSAID_READ_ACCESS=key), editor also ingests and corrects,
admin also deletes and manages keys. \`create\` prints the key alone on stdout (so
KEY=$(npm run --silent keys -- create …) works); it is stored only as a hash and cannot be shown
again. \`list --all\` includes revoked keys. Keys act on the store the server uses (DATABASE_URL or
the embedded store, which must not be held by a running server).
`;

export interface CommandOutput {
  out(line: string): void;
  err(line: string): void;
}

export class UsageError extends Error {}

/** Runs one `keys` command against a store; returns the exit code. */
export async function runKeysCommand(db: Db, argv: string[], io: CommandOutput, actor = "keys command"): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { role: { type: "string" }, name: { type: "string" }, all: { type: "boolean" }, help: { type: "boolean", short: "h" } },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    io.out(KEYS_HELP);
    return command || values.help ? 0 : 2;
  }
  switch (command) {
    case "create": {
      const role = (values.role ?? "").toUpperCase();
      if (!isRole(role)) throw new UsageError(`--role must be viewer, editor or admin${values.role ? `, not "${values.role}"` : ""}.`);
      if (!values.name?.trim()) throw new UsageError('--name is required: who or what will use the key (e.g. --name "Ana, night desk").');
      const { row, key } = await createApiKey(db, { name: values.name, role: role as Role, createdBy: actor });
      io.err(`Created ${row.role.toLowerCase()} key #${row.id} "${row.name}". Copy it now: it is stored only as a hash.`);
      io.out(key);
      return 0;
    }
    case "list": {
      const rows = await listApiKeys(db, { includeRevoked: values.all });
      if (rows.length === 0) {
        io.err(values.all ? "No keys yet." : "No live keys (list --all shows revoked ones).");
        return 0;
      }
      io.out(["id", "prefix", "role", "name", "created", "last used", "revoked"].join("\t"));
      for (const r of rows)
        io.out([r.id, `${r.prefix}…`, r.role.toLowerCase(), r.name, day(r.createdAt), day(r.lastUsedAt), day(r.revokedAt)].join("\t"));
      return 0;
    }
    case "revoke": {
      if (rest.length !== 1) throw new UsageError("revoke takes one key id or prefix (see `list`).");
      const row = await revokeApiKey(db, rest[0]!.replace(/…$/, ""));
      io.err(`Revoked key #${row.id} "${row.name}" (${row.role.toLowerCase()}). A running server refuses it within 10 seconds.`);
      return 0;
    }
    default:
      throw new UsageError(`Unknown command "${command}": use create, list or revoke (--help).`);
  }
}

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 16).replace("T", " ") : "-");
