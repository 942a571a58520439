import type Database from "better-sqlite3";

/**
 * The connection as Drizzle sees it, with `prepare` memoised by SQL text. Drizzle prepares every
 * query it runs afresh, and SQLite's compile step was a large share of a profile save (~17
 * statements). A cached statement is reused only when it is not in the middle of an `iterate()`,
 * and it is handed back in its default (object rows) mode because Drizzle switches `raw()` on per
 * call. SQLite re-prepares a statement by itself after a schema change.
 */
export function withStatementCache(sqlite: Database.Database, max = 500): Database.Database {
  const cache = new Map<string, Database.Statement>();
  const prepare = (source: string): Database.Statement => {
    const hit = cache.get(source);
    if (hit && !hit.busy) {
      cache.delete(source);
      cache.set(source, hit);
      if (hit.reader) hit.raw(false);
      return hit;
    }
    if (hit) return sqlite.prepare(source);
    const stmt = sqlite.prepare(source);
    cache.set(source, stmt);
    if (cache.size > max) cache.delete(cache.keys().next().value!);
    return stmt;
  };
  return new Proxy(sqlite, {
    get(target, prop) {
      if (prop === "prepare") return prepare;
      const value = Reflect.get(target, prop, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
