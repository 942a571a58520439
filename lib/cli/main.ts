import "./clean-exit";
import { connectionErrorIn, describePostgresError } from "@/db/postgres";
import { preparePostgres } from "@/db/postgres-store";
import { env } from "@/lib/env";
import { runBackup, runRestore } from "./backup-command";
import { runCopyStore } from "./copy-store-command";
import { runExport } from "./export-command";
import { runGenerate } from "./generate-command";
import { runImport } from "./import-command";
import { runImportOnet } from "./import-onet-command";
import { runReindex } from "./reindex-command";
import { runToken } from "./token-command";
import { runUser } from "./user-command";
import { UsageError } from "./usage-error";

const USAGE = `Usage: npm run catalog -- <command> [options]

Commands:
  import <file-or-dir>... [--format card|json|csv] [--dry-run] [--draft]
  export [--format card|json|csv] [--out PATH] [--major NAME] [--all] [slug...]
  import-onet <onet-dir> [--soc <soc_structure_2018.csv>] [--overwrite] [--dry-run]
  user add --email E --role editor|admin [--name N] [--password P]   (or CATALOG_PASSWORD, or a prompt)
  token create --email E [--name N] [--expires 90d]   print a new API token (last line of output)
  token list [--email E]   id, e-mail, name, created, last used, expires (never the secret)
  token revoke <id>        revoke a token at once
  generate --count N [--seed S]   add N synthetic, deterministic profiles (for benchmarks)
  backup <file>        consistent online copy of the database (safe while the server runs)
  restore <file>       check a backup and put it in place (refused while a server uses the database)
  reindex              rebuild the search index from every published profile
  copy-store --to <DATABASE_URL>   copy everything into an empty store (SQLite or PostgreSQL), then verify
`;

type Command = (args: string[]) => Promise<number>;

const commands: Record<string, Command> = {
  import: runImport,
  export: runExport,
  "import-onet": runImportOnet,
  user: runUser,
  token: runToken,
  generate: runGenerate,
  backup: runBackup,
  restore: runRestore,
  reindex: runReindex,
  "copy-store": runCopyStore,
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "help" || name === "--help" || name === "-h") {
    process.stdout.write(USAGE);
    return name ? 0 : 1;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  try {
    // Connect and migrate first: an unreachable server or a wrong password is one line, before any work.
    if (env.databaseDialect === "pg") await preparePostgres();
    return await command(rest);
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      process.stderr.write(`${(e as Error).message}\n\n${USAGE}`);
      return 2;
    }
    throw e;
  }
}

/** Exit once stdout has flushed: on a pipe, writes are asynchronous and process.exit would cut them off (at 64 KiB). */
function exitAfterFlush(code: number) {
  process.stdout.write("", () => process.exit(code));
}

main(process.argv.slice(2)).then(exitAfterFlush, (e) => {
  // The database went away mid-command (a crash, a restart): say so in one line, not with the SQL
  // and parameters of the statement that was running. The transaction was rolled back.
  const lost = env.databaseDialect === "pg" ? connectionErrorIn(e) : undefined;
  const message = lost
    ? `${describePostgresError(lost, env.databaseUrl)}; nothing was written`
    : e instanceof Error
      ? e.message
      : String(e);
  process.stderr.write(`error: ${message}\n`);
  exitAfterFlush(1);
});
