import Database from "better-sqlite3";
import pg from "pg";

/**
 * One statement on the e2e server's store (SQLite file or PostgreSQL, from E2E_DATABASE_URL), for
 * the few tests that change what no API can (a token's age). `?` placeholders, as in SQLite.
 */
export async function runOnStore(text: string, params: unknown[]): Promise<void> {
  const url = process.env.E2E_DATABASE_URL!;
  if (/^postgres(ql)?:/.test(url)) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      let n = 0;
      await client.query(
        text.replace(/\?/g, () => `$${++n}`),
        params,
      );
    } finally {
      await client.end();
    }
    return;
  }
  const sqlite = new Database(url.replace(/^file:/, ""));
  try {
    sqlite.prepare(text).run(...params);
  } finally {
    sqlite.close();
  }
}
