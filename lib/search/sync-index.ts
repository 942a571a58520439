import "server-only";
import { dialect, exec, rows, db, writeTransaction } from "@/db/index";
import { and, eq, isNull, sql } from "drizzle-orm";
import { occupations } from "@/db/schema";
import { readListRows } from "@/lib/occupations/list-rows";
import type { WriteTx as Tx } from "@/db/index";
import { indexedTerms } from "./indexed-terms";
import { cjkRuns, normaliseText, readingKey, wordsOf } from "./normalise";
import type { PgExec } from "./pg/exec";
import { ensureSearchIndexPg, rebuildSearchIndexPg, syncSearchIndexPg } from "./pg/sync-index-pg";

const TABLES = ["search_docs", "search_names", "search_grams"] as const;

/** Words of a text joined by single spaces: how names and aliases are kept for substring search. */
const wordLine = (s: string) => wordsOf(normaliseText(s)).join(" ");

/**
 * Make the search index match the row's current state: a published, not deleted profile is
 * indexed with its current public columns; anything else is removed. Runs inside the caller's
 * transaction (called from afterOccupationWrite), so the index never disagrees with a commit.
 */
export async function syncSearchIndex(tx: Tx, id: number) {
  if (dialect === "pg") return syncSearchIndexPg(tx as unknown as PgExec, id);
  for (const t of TABLES) await exec(sql`DELETE FROM ${sql.identifier(t)} WHERE rowid = ${id}`, tx);
  const row = (
    await tx
      .select({ name: occupations.name, reading: occupations.reading, summary: occupations.summary, description: occupations.description })
      .from(occupations)
      .where(and(eq(occupations.id, id), eq(occupations.status, "published"), isNull(occupations.deletedAt)))
      .limit(1)
  )[0];
  if (!row) return;
  const { aliases, skills } = indexedTerms(await readListRows(tx, [id]), id);
  const key = readingKey(row.reading);
  const body = [row.summary, row.description, ...skills].join("\n");

  await exec(
    sql`INSERT INTO search_docs (rowid, name, aliases, summary, skills, description)
    VALUES (${id}, ${row.name}, ${aliases.join("\n")}, ${row.summary}, ${skills.join("\n")}, ${row.description})`,
    tx,
  );
  await exec(
    sql`INSERT INTO search_names (rowid, name, aliases, reading)
    VALUES (${id}, ${row.name}, ${aliases.join("\n")}, ${key})`,
    tx,
  );
  await exec(
    sql`INSERT INTO search_grams (rowid, name, aliases, reading, cjk)
    VALUES (${id}, ${wordLine(row.name)}, ${aliases.map(wordLine).join("\n")}, ${key}, ${cjkRuns([row.name, ...aliases, body].join("\n"))})`,
    tx,
  );
}

/** Empty the index and fill it again from every published profile, in one transaction. */
export async function rebuildSearchIndex(onProgress?: (done: number, total: number) => void): Promise<number> {
  if (dialect === "pg") return writeTransaction((tx) => rebuildSearchIndexPg(tx as unknown as PgExec, onProgress));
  return await writeTransaction(async (tx) => {
    for (const t of TABLES) await exec(sql`INSERT INTO ${sql.identifier(t)} (${sql.identifier(t)}) VALUES ('delete-all')`, tx);
    const ids = (
      await tx
        .select({ id: occupations.id })
        .from(occupations)
        .where(and(eq(occupations.status, "published"), isNull(occupations.deletedAt)))
    ).map((r) => r.id);
    for (const [i, id] of ids.entries()) {
      await syncSearchIndex(tx, id);
      if (onProgress && (i % 500 === 0 || i === ids.length - 1)) onProgress(i + 1, ids.length);
    }
    return ids.length;
  });
}

/**
 * Rebuild when the index does not hold one entry per published profile: a database that had
 * profiles before the search migration, or an index emptied by hand. Cheap when in step.
 */
export async function ensureSearchIndex(): Promise<boolean> {
  if (dialect === "pg") return writeTransaction((tx) => ensureSearchIndexPg(tx as unknown as PgExec));
  const indexed = (await rows<{ n: number }>(sql`SELECT count(*) AS n FROM search_names`))[0]?.n ?? 0;
  const published =
    (
      await db
        .select({ n: sql<number>`count(*)` })
        .from(occupations)
        .where(and(eq(occupations.status, "published"), isNull(occupations.deletedAt)))
        .limit(1)
    )[0]?.n ?? 0;
  if (indexed === published) return false;
  await rebuildSearchIndex();
  return true;
}
