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
};

/** `unnest` of parallel arrays as one multi-row source: one statement per table per batch. */
function unnestRows(cols: [unknown[], string][], names: string[]): SQL {
  return sql`unnest(${sql.join(
    cols.map(([v, type]) => sql`${sql.param(v)}::${sql.raw(type)}[]`),
    sql`, `,
  )}) AS u(${sql.raw(names.join(", "))})`;
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
    const o = { slug: [] as string[], name: [] as string[], key: [] as string[], reading: [] as string[], row: [] as string[] };
    const p = {
      notKana: [] as number[],
      industry: [] as string[],
      minor: [] as number[],
      summary: [] as string[],
      description: [] as string[],
    };
    const q = { outlook: [] as string[], work: [] as string[], source: [] as (string | null)[], empty: [] as number[] };
    for (const { slug, content: c, key } of batch) {
      (o.slug.push(slug), o.name.push(c.name), o.key.push(key), o.reading.push(c.reading), o.row.push(readingRow(c.reading)));
      (p.notKana.push(readingNotKana(c.reading)), p.industry.push(c.industry ?? ""), p.minor.push(await minorId(c)));
      (p.summary.push(c.summary), p.description.push(c.description));
      (q.outlook.push(c.futureOutlook), q.work.push(c.workStyle), q.source.push(c.source ? JSON.stringify(c.source) : null));
      q.empty.push(emptySectionMask(c));
    }
    const made = await pgRows<{ id: number; slug: string }>(
      exec,
      sql`INSERT INTO occupations (slug, name, name_key, reading, reading_row, reading_not_kana, industry, minor_id, summary, description,
        future_outlook, work_style, status, version, source, empty_sections, created_at, updated_at)
      SELECT slug, name, name_key, reading, reading_row, not_kana, industry, minor_id, summary, description,
        future_outlook, work_style, 'published', 1, source, empty_sections, ${time}, ${time}
      FROM ${unnestRows(
        [
          [o.slug, "text"],
          [o.name, "text"],
          [o.key, "text"],
          [o.reading, "text"],
          [o.row, "text"],
          [p.notKana, "int"],
          [p.industry, "text"],
          [p.minor, "int"],
          [p.summary, "text"],
          [p.description, "text"],
          [q.outlook, "text"],
          [q.work, "text"],
          [q.source, "text"],
          [q.empty, "int"],
        ],
        ["slug", "name", "name_key", "reading", "reading_row", "not_kana", "industry", "minor_id", "summary", "description"].concat([
          "future_outlook",
          "work_style",
          "source",
          "empty_sections",
        ]),
      )}
      ON CONFLICT (slug) DO NOTHING RETURNING id, slug`,
    );
    const idOf = new Map(made.map((r) => [r.slug, r.id]));
    const terms = { id: [] as number[], list: [] as string[], pos: [] as number[], value: [] as string[], key: [] as string[] };
    const apt = { id: [] as number[], kind: [] as string[], pos: [] as number[], item: [] as string[], reason: [] as string[] };
    const links = {
      id: [] as number[],
      list: [] as string[],
      pos: [] as number[],
      name: [] as string[],
      key: [] as string[],
      self: [] as number[],
    };
    const revs = { id: [] as number[], snapshot: [] as string[] };
    for (const { slug, content: c, key } of batch) {
      const id = idOf.get(slug);
      if (id === undefined) {
        report.existing++;
        names.delete(key);
        continue;
      }
      report.created++;
      inserted.push(id);
      const addTerms = (list: string, values: string[]) =>
        values.forEach(
          (v, i) => (terms.id.push(id), terms.list.push(list), terms.pos.push(i), terms.value.push(v), terms.key.push(nameKey(v))),
        );
      addTerms("trait", c.personalityTraits);
      addTerms("required_skill", c.requiredSkills);
      addTerms("recommended_skill", c.recommendedSkills);
      addTerms("alias", c.aliases);
      for (const [kind, list] of [
        ["strength", c.aptitudes.strengths],
        ["weakness", c.aptitudes.weaknesses],
      ] as const)
        list.forEach((a, i) => (apt.id.push(id), apt.kind.push(kind), apt.pos.push(i), apt.item.push(a.item), apt.reason.push(a.reason)));
      const isSelf = selfLinkTest(c);
      for (const [list, steps] of [
        ["career", c.careerPath],
        ["related", c.relatedJobs],
      ] as const)
        steps.forEach((l, i) => {
          const k = nameKey(l.name);
          (links.id.push(id),
            links.list.push(list),
            links.pos.push(i),
            links.name.push(l.name),
            links.key.push(k),
            links.self.push(isSelf(k)));
        });
      (revs.id.push(id), revs.snapshot.push(JSON.stringify(canonicalContent(c))));
    }
    if (terms.id.length)
      await exec.execute(sql`INSERT INTO occupation_terms (occupation_id, list, position, value, value_key)
        SELECT * FROM ${unnestRows(
          [
            [terms.id, "int"],
            [terms.list, "text"],
            [terms.pos, "int"],
            [terms.value, "text"],
            [terms.key, "text"],
          ],
          ["a", "b", "c", "d", "e"],
        )}`);
    if (apt.id.length)
      await exec.execute(sql`INSERT INTO occupation_aptitudes (occupation_id, kind, position, item, reason)
        SELECT * FROM ${unnestRows(
          [
            [apt.id, "int"],
            [apt.kind, "text"],
            [apt.pos, "int"],
            [apt.item, "text"],
            [apt.reason, "text"],
          ],
          ["a", "b", "c", "d", "e"],
        )}`);
    if (links.id.length)
      await exec.execute(sql`INSERT INTO occupation_links (occupation_id, list, position, name, name_key, target_id, self_link)
        SELECT a, b, c, d, e, NULL, f FROM ${unnestRows(
          [
            [links.id, "int"],
            [links.list, "text"],
            [links.pos, "int"],
            [links.name, "text"],
            [links.key, "text"],
            [links.self, "int"],
          ],
          ["a", "b", "c", "d", "e", "f"],
        )}`);
    if (revs.id.length)
      await exec.execute(sql`INSERT INTO revisions (occupation_id, version, snapshot, status, author_id, message, created_at)
        SELECT a, 1, b, 'published', ${opts.authorId ?? null}::int, ${opts.message ?? ""}, ${time} FROM ${unnestRows(
          [
            [revs.id, "int"],
            [revs.snapshot, "text"],
          ],
          ["a", "b"],
        )}`);
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
