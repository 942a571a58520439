import { sql } from "drizzle-orm";
import { indexedTerms } from "../indexed-terms";
import { cjkRuns, normaliseText, readingKey, wordsOf } from "../normalise";
import { pgRows, type PgExec } from "./exec";
import { bodyWord, TS_CONFIG } from "./match-pg";
import { readListRowsPg } from "./read-pg";

/** Words of a text joined by single spaces: how names, aliases and body text reach the index. */
const wordLine = (s: string) => wordsOf(normaliseText(s)).join(" ");
/** The same for the body's tsvector, with its words as the query writes them (bodyWord). */
const bodyLine = (s: string) => wordsOf(normaliseText(s)).map(bodyWord).join(" ");

type Source = { id: number; name: string; nameKey: string; reading: string; summary: string; description: string };
const REBUILD_BATCH = 500;

/**
 * Write the search_documents and search_names rows of some profiles in one statement: every
 * column computed here by the same normalisation as the SQLite index (normalise.ts), the
 * tsvectors by PostgreSQL.
 */
async function writeDocuments(exec: PgExec, rows: Source[]) {
  if (!rows.length) return;
  const lists = await readListRowsPg(
    exec,
    rows.map((r) => r.id),
  );
  const cols = {
    id: [] as number[],
    name: [] as string[],
    aliases: [] as string[],
    summary: [] as string[],
    rest: [] as string[],
    length: [] as number[],
    nameLines: [] as string[],
    reading: [] as string[],
    cjk: [] as string[],
    nameKey: [] as string[],
    readingText: [] as string[],
  };
  for (const r of rows) {
    const { aliases, skills } = indexedTerms(lists, r.id);
    cols.id.push(r.id);
    cols.name.push(bodyLine(r.name));
    cols.aliases.push(aliases.map(bodyLine).join("\n"));
    cols.summary.push(bodyLine(r.summary));
    // Skills twice: bm25 weighs a skill 2 and description text 1 (both weight D here), see bm25-pg.ts.
    cols.rest.push([...skills, ...skills, r.description].map(bodyLine).join("\n"));
    cols.length.push([r.name, ...aliases, r.summary, ...skills, r.description].reduce((n, t) => n + wordsOf(normaliseText(t)).length, 0));
    cols.nameLines.push([r.name, ...aliases].map(wordLine).join("\n"));
    cols.reading.push(readingKey(r.reading));
    cols.cjk.push(cjkRuns([r.name, ...aliases, r.summary, r.description, ...skills].join("\n")));
    cols.nameKey.push(r.nameKey);
    cols.readingText.push(r.reading);
  }
  const arr = (v: unknown[], type: string) => sql`${sql.param(v)}::${sql.raw(type)}[]`;
  // One statement writes both tables from the same arrays: the body to search_documents, names,
  // readings and Japanese runs to search_names (drizzle/pg/0005).
  await exec.execute(sql`WITH u AS (SELECT * FROM unnest(${arr(cols.id, "int")}, ${arr(cols.name, "text")}, ${arr(cols.aliases, "text")},
      ${arr(cols.summary, "text")}, ${arr(cols.rest, "text")}, ${arr(cols.length, "int")}, ${arr(cols.nameLines, "text")},
      ${arr(cols.reading, "text")}, ${arr(cols.cjk, "text")}, ${arr(cols.nameKey, "text")}, ${arr(cols.readingText, "text")})
      AS u(id, name, aliases, summary, rest, length, name_lines, reading, cjk, name_key, reading_text)),
    docs AS (INSERT INTO search_documents (occupation_id, body, doc_length)
      SELECT u.id,
        setweight(to_tsvector(${TS_CONFIG}, u.name), 'A') || setweight(to_tsvector(${TS_CONFIG}, u.aliases), 'B')
          || setweight(to_tsvector(${TS_CONFIG}, u.summary), 'C') || setweight(to_tsvector(${TS_CONFIG}, u.rest), 'D'),
        u.length
      FROM u)
    INSERT INTO search_names (occupation_id, names, name_lines, reading_key, cjk, name_key, reading)
    SELECT u.id, to_tsvector('simple', u.name_lines), u.name_lines, u.reading, u.cjk, u.name_key, u.reading_text FROM u`);
  await exec.execute(
    sql`UPDATE search_totals SET docs = docs + ${rows.length}, tokens = tokens + ${cols.length.reduce((a, b) => a + b, 0)}`,
  );
}

const SOURCE = sql`SELECT id, name, name_key AS "nameKey", reading, summary, description FROM occupations o
  WHERE o.status = 'published' AND o.deleted_at IS NULL`;

/**
 * Make the index match some profiles' current state (the counterpart of syncSearchIndex): a
 * published, live profile is (re)indexed, anything else removed. Runs in the caller's
 * transaction, so the index never disagrees with a commit.
 */
export async function syncSearchIndexPg(exec: PgExec, ids: number | number[]) {
  const list = Array.isArray(ids) ? ids : [ids];
  if (!list.length) return;
  await exec.execute(sql`WITH gone AS (DELETE FROM search_documents WHERE occupation_id = ANY(${sql.param(list)}::int[]) RETURNING doc_length),
      names AS (DELETE FROM search_names WHERE occupation_id = ANY(${sql.param(list)}::int[]))
    UPDATE search_totals SET docs = docs - (SELECT count(*) FROM gone), tokens = tokens - (SELECT coalesce(sum(doc_length), 0) FROM gone)`);
  await writeDocuments(exec, await pgRows<Source>(exec, sql`${SOURCE} AND o.id = ANY(${sql.param(list)}::int[])`));
}

/** Empty the index and fill it again from every published profile, in batches (call it in a transaction). */
export async function rebuildSearchIndexPg(exec: PgExec, onProgress?: (done: number, total: number) => void): Promise<number> {
  await exec.execute(sql`DELETE FROM search_documents`);
  await exec.execute(sql`DELETE FROM search_names`);
  await exec.execute(sql`UPDATE search_totals SET docs = 0, tokens = 0`);
  const [{ n }] = await pgRows<{ n: number }>(exec, sql`SELECT count(*)::int AS n FROM (${SOURCE}) s`);
  let done = 0;
  for (let after = 0; ;) {
    const rows = await pgRows<Source>(exec, sql`${SOURCE} AND o.id > ${after} ORDER BY o.id LIMIT ${REBUILD_BATCH}`);
    if (!rows.length) break;
    await writeDocuments(exec, rows);
    after = rows[rows.length - 1].id;
    done += rows.length;
    onProgress?.(done, n);
  }
  return done;
}

/** Rebuild when the index does not hold one entry per published profile (cheap when in step). */
export async function ensureSearchIndexPg(exec: PgExec): Promise<boolean> {
  const [r] = await pgRows<{ docs: number; names: number; published: number }>(
    exec,
    sql`SELECT (SELECT count(*)::int FROM search_documents) AS docs, (SELECT count(*)::int FROM search_names) AS names,
      (SELECT count(*)::int FROM (${SOURCE}) s) AS published`,
  );
  if (r.docs === r.published && r.names === r.published) return false;
  await rebuildSearchIndexPg(exec);
  return true;
}
