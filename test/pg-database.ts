import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";

/**
 * A new database copied from the migrated template, synchronously (psql), so tests can switch to an
 * empty store between two statements as they do with a new SQLite file. Returns its URL.
 */
export function freshPostgresDatabase(adminUrl: string): string {
  const name = `t_${randomBytes(6).toString("hex")}`;
  execFileSync("psql", [adminUrl, "-qAtc", `create database ${name} template catalog_template`], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
