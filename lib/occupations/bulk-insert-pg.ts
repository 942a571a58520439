import { sql, type SQL } from "drizzle-orm";
import { emptySectionMask } from "@/lib/quality/empty-sections";
import { readingNotKana } from "@/lib/quality/kana-glob";
import { readingRow } from "@/lib/reading/gojuon";
import { pgRows, type PgExec } from "@/lib/search/pg/exec";
import { syncSearchIndexPg } from "@/lib/search/pg/sync-index-pg";
import type { BulkProfile, BulkReport } from "./bulk-insert";
import { nameKey } from "./name-key";
import type { ProfileContent } from "./schema";
import { canonicalContent, selfLinkTest } from "./write";

/** Profiles per round of INSERTs: a few hundred rows per statement (a profile has ~20 list rows). */
export const PG_BULK_BATCH = 250;

type TierPath = ProfileContent["classification"];
export type BulkInserterPgOptions = {
  authorId?: number | null;
  message?: string;
  /** The Minor tier id of a path, creating missing tiers (ensureTierPath in the caller's transaction). */
  minorIdOf: (path: TierPath) => Promise<number>;
  batchSize?: number;
  /** Set imported_version to 1 (a tracked import such as O*NET wrote these; see imported-version.ts). */
  importedVersion?: boolean;
};

/**
 * Rows as one multi-row INSERT: the columns travel as one array parameter each, read back by
 * `unnest` (a statement per table per batch, and no limit on parameters per statement).
 * `columns` are "name:type" pairs; `fixed` adds constant columns (SQL) after them.
 */
async function insertRows(exec: PgExec, table: string, columns: string[], rows: unknown[][], fixed: [string, SQL][] = [], returning?: SQL) {
  if (!rows.length) return [];
  const cols = columns.map((c) => c.split(":") as [string, string]);
  const arrays = cols.map(([, type], i) => sql`${sql.param(rows.map((r) => r[i]))}::${sql.raw(type)}[]`);
  const names = [...cols.map(([n]) => n), ...fixed.map(([n]) => n)].join(", ");
  const values = [...cols.map(([n]) => sql.identifier(n)), ...fixed.map(([, v]) => v)];
  return pgRows<Record<string, unknown>>(
    exec,
    sql`INSERT INTO ${sql.identifier(table)} (${sql.raw(names)})
      SELECT ${sql.join(values, sql`, `)} FROM unnest(${sql.join(arrays, sql`, `)}) AS u(${sql.raw(cols.map(([n]) => n).join(", "))})
      ${returning ?? sql``}`,
  );
}

/**
 * The PostgreSQL counterpart of bulkInserter: new published profiles written as saveProfile would
 * (columns, lists, version 1 and its revision), buffered and sent as multi-row INSERTs of
 * `batchSize` profiles (never a row per round trip), inside the caller's transaction (so an error
 * anywhere leaves nothing). A slug or live name that exists is skipped and counted as existing.
 * Call `flush` after the last `add`, then `finishBulkInsertPg`.
 */
export async function bulkInserterPg(exec: PgExec, opts: BulkInserterPgOptions) {
  const names = new Set(
    (await pgRows<{ k: string }>(exec, sql`SELECT name_key AS k FROM occupations WHERE deleted_at IS NULL`)).map((r) => r.k),
  );
  const tierIds = new Map<string, number>();
  const slugs = new Set<string>();
  const report: BulkReport = { created: 0, existing: 0 };
  const inserted: number[] = [];
  const batchSize = opts.batchSize ?? PG_BULK_BATCH;
  let pending: (BulkProfile & { key: string })[] = [];

  const minorId = async (c: ProfileContent) => {
    const k = `${c.classification.major}\u0000${c.classification.middle}\u0000${c.classification.minor}`;
    let id = tierIds.get(k);
    if (id === undefined) tierIds.set(k, (id = await opts.minorIdOf(c.classification)));
    return id;
  };

  async function flush() {
    const batch = pending;
    pending = [];
    if (!batch.length) return;
    const time = new Date().toISOString();
    const rows: unknown[][] = [];
    for (const { slug, content: c, key } of batch)
      rows.push([
        slug,
        c.name,
        key,
        c.reading,
        readingRow(c.reading),
        readingNotKana(c.reading),
        c.industry ?? "",
        await minorId(c),
        c.summary,
        c.description,
        c.futureOutlook,
        c.workStyle,
        c.source ? JSON.stringify(c.source) : null,
        emptySectionMask(c),
      ]);
    const made = await insertRows(
      exec,
      "occupations",
      ["slug:text", "name:text", "name_key:text", "reading:text", "reading_row:text", "reading_not_kana:int", "industry:text"].concat([
        "minor_id:int",
        "summary:text",
        "description:text",
        "future_outlook:text",
        "work_style:text",
        "source:text",
        "empty_sections:int",
      ]),
      rows,
      [
        ["status", sql`'published'`],
        ["version", sql`1`],
        ["created_at", sql`${time}`],
        ["updated_at", sql`${time}`],
        ...(opts.importedVersion ? [["imported_version", sql`1`] as [string, SQL]] : []),
      ],
      sql`ON CONFLICT (slug) DO NOTHING RETURNING id, slug`,
    );
    const idOf = new Map(made.map((r) => [r.slug as string, r.id as number]));
    const terms: unknown[][] = [];
    const aptitudes: unknown[][] = [];
    const links: unknown[][] = [];
    const revisions: unknown[][] = [];
    for (const { slug, content: c, key } of batch) {
      const id = idOf.get(slug);
      if (id === undefined) {
        report.existing++;
        names.delete(key);
        continue;
      }
      report.created++;
      inserted.push(id);
      const lists = [
        ["trait", c.personalityTraits],
        ["required_skill", c.requiredSkills],
        ["recommended_skill", c.recommendedSkills],
        ["alias", c.aliases],
      ] as const;
      for (const [list, values] of lists) values.forEach((v, i) => terms.push([id, list, i, v, nameKey(v)]));
      c.aptitudes.strengths.forEach((a, i) => aptitudes.push([id, "strength", i, a.item, a.reason]));
      c.aptitudes.weaknesses.forEach((a, i) => aptitudes.push([id, "weakness", i, a.item, a.reason]));
      const isSelf = selfLinkTest(c);
      c.careerPath.forEach((l, i) => links.push([id, "career", i, l.name, nameKey(l.name), isSelf(nameKey(l.name))]));
      c.relatedJobs.forEach((l, i) => links.push([id, "related", i, l.name, nameKey(l.name), isSelf(nameKey(l.name))]));
      revisions.push([id, JSON.stringify(canonicalContent(c))]);
    }
    await insertRows(exec, "occupation_terms", ["occupation_id:int", "list:text", "position:int", "value:text", "value_key:text"], terms);
    await insertRows(
      exec,
      "occupation_aptitudes",
      ["occupation_id:int", "kind:text", "position:int", "item:text", "reason:text"],
      aptitudes,
    );
    await insertRows(
      exec,
      "occupation_links",
      ["occupation_id:int", "list:text", "position:int", "name:text", "name_key:text", "self_link:int"],
      links,
    );
    await insertRows(exec, "revisions", ["occupation_id:int", "snapshot:text"], revisions, [
      ["version", sql`1`],
      ["status", sql`'published'`],
      ["author_id", sql`${opts.authorId ?? null}::int`],
      ["message", sql`${opts.message ?? ""}`],
      ["created_at", sql`${time}`],
    ]);
  }

  return {
    report,
    /** Ids of the profiles created so far (for the search index and the steps after a bulk insert). */
    inserted,
    async add({ slug, content }: BulkProfile) {
      const key = nameKey(content.name);
      if (names.has(key) || slugs.has(slug)) {
        report.existing++;
        return;
      }
      names.add(key);
      slugs.add(slug);
      pending.push({ slug, content, key });
      if (pending.length >= batchSize) await flush();
    },
    flush,
  };
}

/**
 * After a PostgreSQL bulk insert: point every unresolved link at its profile in one set-based
 * statement (as resolveUnresolvedLinks does on SQLite), and index the new profiles for search in
 * batches.
 */
export async function finishBulkInsertPg(exec: PgExec, inserted: number[]) {
  // Fresh statistics first: planned on the empty tables' figures, the lookups below scanned.
  await exec.execute(sql`ANALYZE occupations, occupation_terms, occupation_links`);
  await exec.execute(sql`
    UPDATE occupation_links l SET target_id = coalesce(
      (SELECT o.id FROM occupations o WHERE o.name_key = l.name_key AND o.id <> l.occupation_id AND o.deleted_at IS NULL ORDER BY o.id LIMIT 1),
      (SELECT t.occupation_id FROM occupation_terms t JOIN occupations o ON o.id = t.occupation_id
        WHERE t.list = 'alias' AND t.value_key = l.name_key AND o.id <> l.occupation_id AND o.deleted_at IS NULL ORDER BY o.id LIMIT 1))
    WHERE l.target_id IS NULL`);
  for (let i = 0; i < inserted.length; i += 500) await syncSearchIndexPg(exec, inserted.slice(i, i + 500));
}
