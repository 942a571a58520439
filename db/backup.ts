import Database from "better-sqlite3";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { copyFileSync, existsSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { getStore, MIGRATIONS_FOLDER } from "./store";
import { serverUsingDatabase } from "./server-lock";

/** A consistent copy of the live database via SQLite's online backup API; safe while the server writes. */
export async function backupDatabase(target: string): Promise<{ pages: number; bytes: number }> {
  if (existsSync(target)) throw new Error(`${target} already exists; choose a new file name`);
  const tmp = `${target}.partial`;
  rmSync(tmp, { force: true });
  const result = await getStore().sqlite.writer.backup(tmp);
  renameSync(tmp, target);
  const check = checkBackup(target);
  if (!check.ok) throw new Error(`backup check failed: ${check.problem}`);
  return { pages: result.totalPages, bytes: result.totalPages * (check.pageSize ?? 4096) };
}

export type BackupCheck = { ok: true; migrations: number; occupations: number; pageSize?: number } | { ok: false; problem: string };

/** Integrity check, and a schema no newer than this release (migration hashes must match ours). */
export function checkBackup(file: string): BackupCheck {
  if (!existsSync(file)) return { ok: false, problem: `${file}: no such file` };
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const integrity = db.pragma("integrity_check", { simple: true });
    if (integrity !== "ok") return { ok: false, problem: `integrity check: ${String(integrity)}` };
    const ours = readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER }).map((m) => m.hash);
    const theirs = (db.prepare("SELECT hash FROM __drizzle_migrations ORDER BY created_at").all() as { hash: string }[]).map((r) => r.hash);
    if (theirs.length > ours.length)
      return { ok: false, problem: `made by a newer release (${theirs.length} migrations, this release has ${ours.length})` };
    if (theirs.some((h, i) => h !== ours[i])) return { ok: false, problem: "its migrations do not match this release's" };
    const occupations = (db.prepare("SELECT count(*) AS n FROM occupations").get() as { n: number }).n;
    const pageSize = db.pragma("page_size", { simple: true }) as number;
    return { ok: true, migrations: theirs.length, occupations, pageSize };
  } catch (e) {
    return { ok: false, problem: `not a catalog database (${(e as Error).message})` };
  } finally {
    db?.close();
  }
}

/** Put a checked backup in place of the database; refused while a server uses it. */
export function restoreDatabase(backup: string, dbPath: string): BackupCheck {
  const pid = serverUsingDatabase(dbPath);
  if (pid) return { ok: false, problem: `a server (pid ${pid}) is using ${dbPath}; stop it first` };
  const check = checkBackup(backup);
  if (!check.ok) return check;
  const tmp = path.join(path.dirname(dbPath), `.restore-${process.pid}.db`);
  copyFileSync(backup, tmp);
  for (const suffix of ["-wal", "-shm"]) rmSync(`${dbPath}${suffix}`, { force: true });
  renameSync(tmp, dbPath);
  return check;
}
