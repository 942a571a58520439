import Database from "better-sqlite3";
import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";

const isPostgres = (url: string) => /^postgres(ql)?:/.test(url);

/**
 * Rows of one statement on a store (SQLite file or PostgreSQL), by default the e2e server's
 * (E2E_DATABASE_URL), for the few tests that read or change what no API can (a token's age, the
 * audit log's raw detail). `?` placeholders, as in SQLite.
 */
export async function queryStore<T = Record<string, unknown>>(
  text: string,
  params: unknown[] = [],
  url = process.env.E2E_DATABASE_URL!,
): Promise<T[]> {
  if (isPostgres(url)) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      let n = 0;
      return (
        await client.query(
          text.replace(/\?/g, () => `$${++n}`),
          params,
        )
      ).rows as T[];
    } finally {
      await client.end();
    }
  }
  const sqlite = new Database(url.replace(/^file:/, ""));
  try {
    const statement = sqlite.prepare(text);
    return statement.reader ? (statement.all(...params) as T[]) : (statement.run(...params), []);
  } finally {
    sqlite.close();
  }
}

/** One statement on the e2e server's store, for what no API can change. */
export async function runOnStore(text: string, params: unknown[]): Promise<void> {
  await queryStore(text, params);
}

/**
 * A new, empty store of the same kind as the e2e server's, for a test that starts a server of its
 * own: a SQLite file in `dir`, or a new database on the same PostgreSQL (npm start migrates it).
 */
export async function freshStoreUrl(dir: string): Promise<string> {
  const shared = process.env.E2E_DATABASE_URL!;
  if (!isPostgres(shared)) return `file:${path.join(dir, "catalog.db")}`;
  const name = `e2e_${randomBytes(6).toString("hex")}`;
  await queryStore(`CREATE DATABASE ${name}`, [], shared);
  const url = new URL(shared);
  url.pathname = `/${name}`;
  return url.toString();
}
