import path from "node:path";
import { backupDatabase, restoreDatabase } from "@/db/backup";
import { env } from "@/lib/env";
import { UsageError } from "./usage-error";

/** backup/restore copy a SQLite file; a PostgreSQL store is backed up by PostgreSQL's own tools. */
function refusePostgres(command: string): number | undefined {
  if (env.databaseDialect !== "pg") return undefined;
  process.stderr.write(`${command}: the store is PostgreSQL; use pg_dump -Fc / pg_restore (see README, PostgreSQL)\n`);
  return 1;
}

export async function runBackup(args: string[]): Promise<number> {
  if (args.length !== 1) throw new UsageError("backup: name the backup file to write");
  const refused = refusePostgres("backup");
  if (refused !== undefined) return refused;
  const target = path.resolve(args[0]);
  try {
    const { pages } = await backupDatabase(target);
    process.stdout.write(`backed up ${env.databasePath} to ${target} (${pages} pages, integrity ok)\n`);
    return 0;
  } catch (e) {
    process.stderr.write(`backup: ${(e as Error).message}\n`);
    return 1;
  }
}

export async function runRestore(args: string[]): Promise<number> {
  if (args.length !== 1) throw new UsageError("restore: name the backup file to restore");
  const refused = refusePostgres("restore");
  if (refused !== undefined) return refused;
  const result = restoreDatabase(path.resolve(args[0]), env.databasePath);
  if (!result.ok) {
    process.stderr.write(`restore refused: ${result.problem}\n`);
    return 1;
  }
  process.stdout.write(`restored ${args[0]} to ${env.databasePath} (${result.occupations} profiles); migrations run on next start\n`);
  return 0;
}
