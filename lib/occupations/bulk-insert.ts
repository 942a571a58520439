import "server-only";
import type { WriteTx } from "@/db/index";
import { sqliteWriter } from "@/db/index";
import { ensureTierPath } from "@/lib/classifications/tiers";
import { emptySectionMask } from "@/lib/quality/empty-sections";
import { readingNotKana } from "@/lib/quality/kana-glob";
import { rebuildDuplicateCandidates } from "@/lib/quality/duplicate-candidates";
import { recordBulkInsert } from "@/lib/cache/invalidation";
import { resolveUnresolvedLinks } from "./links";
import { readingRow } from "@/lib/reading/gojuon";
import { nameKey } from "./name-key";
import type { ProfileContent } from "./schema";
import { canonicalContent, selfLinkTest } from "./write";

export type BulkProfile = { slug: string; content: ProfileContent };
export type BulkReport = { created: number; existing: number };

/**
 * Add many new published profiles inside the caller's write transaction, with statements prepared
 * once (saveProfile builds and prepares ~17 statements per profile through Drizzle). Rows end up as
 * saveProfile would write them for a new profile: columns, lists, version 1 and its revision. A
 * slug that already exists is left alone and counted as existing. Link targets are not set here:
 * call `finishBulkInsert` once after the last batch.
 */
export function bulkInserter(tx: WriteTx, opts: { authorId?: number | null; message?: string } = {}) {
  void tx; // the statements run on the connection whose transaction `tx` is
  const sqlite = sqliteWriter();
  const insOccupation = sqlite.prepare(`INSERT INTO occupations
    (slug, name, name_key, reading, reading_row, reading_not_kana, industry, minor_id, summary, description, future_outlook, work_style, status, version, source, empty_sections, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'published', 1, ?, ?, ?, ?) ON CONFLICT (slug) DO NOTHING`);
  const insTerm = sqlite.prepare(`INSERT INTO occupation_terms (occupation_id, list, position, value, value_key) VALUES (?, ?, ?, ?, ?)`);
  const insAptitude = sqlite.prepare(
    `INSERT INTO occupation_aptitudes (occupation_id, kind, position, item, reason) VALUES (?, ?, ?, ?, ?)`,
  );
  const insLink = sqlite.prepare(
    `INSERT INTO occupation_links (occupation_id, list, position, name, name_key, target_id, self_link) VALUES (?, ?, ?, ?, ?, NULL, ?)`,
  );
  const insRevision = sqlite.prepare(`INSERT INTO revisions (occupation_id, version, snapshot, status, author_id, message, created_at)
    VALUES (?, 1, ?, 'published', ?, ?, ?)`);
  const tierIds = new Map<string, number>();
  // Names are unique among live profiles (see name-clash.ts); with the indexes set aside a lookup
  // per row would scan, so the live names are read once. A profile whose name is taken is skipped
  // and counted as existing, like one whose slug is.
  const names = new Set(
    (sqlite.prepare("SELECT name_key AS k FROM occupations WHERE deleted_at IS NULL").all() as { k: string }[]).map((r) => r.k),
  );
  const report: BulkReport = { created: 0, existing: 0 };
  const authorId = opts.authorId ?? null;
  const message = opts.message ?? "";

  const minorId = async (c: ProfileContent) => {
    const k = `${c.classification.major}\u0000${c.classification.middle}\u0000${c.classification.minor}`;
    let id = tierIds.get(k);
    if (id === undefined) tierIds.set(k, (id = await ensureTierPath(tx, c.classification)));
    return id;
  };

  async function add({ slug, content: c }: BulkProfile) {
    const key = nameKey(c.name);
    if (names.has(key)) {
      report.existing++;
      return;
    }
    const time = new Date().toISOString();
    const r = insOccupation.run(
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
      time,
      time,
    );
    if (r.changes === 0) {
      report.existing++;
      return;
    }
    names.add(key);
    const id = Number(r.lastInsertRowid);
    const terms = (list: string, values: string[]) => values.forEach((v, i) => insTerm.run(id, list, i, v, nameKey(v)));
    terms("trait", c.personalityTraits);
    terms("required_skill", c.requiredSkills);
    terms("recommended_skill", c.recommendedSkills);
    terms("alias", c.aliases);
    c.aptitudes.strengths.forEach((a, i) => insAptitude.run(id, "strength", i, a.item, a.reason));
    c.aptitudes.weaknesses.forEach((a, i) => insAptitude.run(id, "weakness", i, a.item, a.reason));
    const isSelf = selfLinkTest(c);
    c.careerPath.forEach((l, i) => insLink.run(id, "career", i, l.name, nameKey(l.name), isSelf(nameKey(l.name))));
    c.relatedJobs.forEach((l, i) => insLink.run(id, "related", i, l.name, nameKey(l.name), isSelf(nameKey(l.name))));
    insRevision.run(id, JSON.stringify(canonicalContent(c)), authorId, message, time);
    report.created++;
  }

  return { add, report };
}

const BULK_TABLES = ["occupations", "occupation_terms", "occupation_links", "occupation_aptitudes", "revisions"];

/**
 * Set the secondary indexes of the profile tables aside for a bulk insert that at least doubles
 * the catalog: building an index once from sorted rows is several times cheaper than keeping it up
 * to date through a million scattered inserts. The indexes are recreated from their own stored
 * definitions (so they always match the migrations) by the function returned, inside the same
 * transaction; readers keep seeing the old snapshot with its indexes until the commit.
 */
export function setIndexesAside(tx: WriteTx): { restore(onTables?: (table: string) => boolean): void } {
  void tx;
  const sqlite = sqliteWriter();
  const list = sqlite
    .prepare(
      `SELECT name, tbl_name AS "table", sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${BULK_TABLES.map(() => "?").join(",")})
      AND sql NOT LIKE 'CREATE UNIQUE%'`,
    )
    .all(...BULK_TABLES) as { name: string; table: string; sql: string }[];
  for (const i of list) sqlite.prepare(`DROP INDEX "${i.name.replace(/"/g, '""')}"`).run();
  const pending = new Set(list);
  return {
    restore(onTables = () => true) {
      for (const i of pending) {
        if (!onTables(i.table)) continue;
        sqlite.prepare(i.sql).run();
        pending.delete(i);
      }
    },
  };
}

/**
 * After a bulk insert: point every unresolved link at its profile, in one set-based statement.
 * With indexes set aside, the ones the lookups need come back first and occupation_links' own
 * after the update (so a million target_id changes do not each touch an index).
 */
export async function finishBulkInsert(tx: WriteTx, aside?: ReturnType<typeof setIndexesAside>) {
  aside?.restore((table) => table !== "occupation_links");
  await resolveUnresolvedLinks(tx);
  aside?.restore();
  await rebuildDuplicateCandidates(tx);
  await recordBulkInsert(tx);
}

/** A larger page cache for one bulk write (the transaction's pages stay in memory until commit); gives back a function restoring the old size. */
export function widenPageCache(kib = 1_048_576): () => void {
  const sqlite = sqliteWriter();
  const before = sqlite.pragma("cache_size", { simple: true }) as number;
  sqlite.pragma(`cache_size = ${-Math.abs(kib)}`);
  return () => sqlite.pragma(`cache_size = ${before}`);
}
