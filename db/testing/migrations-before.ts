import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * A copy of a drizzle migrations folder holding only its migrations before `tag` (all of them
 * when no entry has that tag), for tests that upgrade a store made by an older release.
 */
export function migrationsBefore(folder: string, tag: string): string {
  const journal = JSON.parse(readFileSync(path.join(folder, "meta/_journal.json"), "utf8")) as { entries: { tag: string }[] };
  const end = journal.entries.findIndex((e) => e.tag === tag);
  const entries = journal.entries.slice(0, end < 0 ? undefined : end);
  const copy = mkdtempSync(path.join(tmpdir(), "catalog-migrations-"));
  mkdirSync(path.join(copy, "meta"));
  for (const e of entries) copyFileSync(path.join(folder, `${e.tag}.sql`), path.join(copy, `${e.tag}.sql`));
  writeFileSync(path.join(copy, "meta/_journal.json"), JSON.stringify({ ...journal, entries }));
  return copy;
}
