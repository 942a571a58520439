import { relations, sql } from "drizzle-orm";
import { type AnySQLiteColumn, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { now, users } from "./schema-sqlite-accounts";

export { apiTokens, auditLog, signInFailures, users } from "./schema-sqlite-accounts";

/** Major (level 1) → Middle (2) → Minor (3). Names are unique within their parent. */
export const classifications = sqliteTable(
  "classifications",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    level: integer("level").notNull(),
    parentId: integer("parent_id").references((): AnySQLiteColumn => classifications.id, { onDelete: "restrict" }),
    /** parentId, or 0 for a Major tier: SQLite's unique indexes treat NULLs as distinct. */
    parentKey: integer("parent_key").notNull().default(0),
    name: text("name").notNull(),
    slug: text("slug").notNull(),
  },
  (t) => [
    uniqueIndex("classifications_parent_name").on(t.parentKey, t.name),
    uniqueIndex("classifications_parent_slug").on(t.parentKey, t.slug),
    index("classifications_parent").on(t.parentId),
  ],
);

export const occupations = sqliteTable(
  "occupations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull(),
    /** Lower-cased NFKC name, for resolving links by name. */
    nameKey: text("name_key").notNull(),
    reading: text("reading").notNull().default(""),
    /** The gojūon row the reading starts in (あ か さ … わ; lib/reading/gojuon.ts), "" without a kana reading. */
    readingRow: text("reading_row").notNull().default(""),
    industry: text("industry").notNull().default(""),
    minorId: integer("minor_id")
      .notNull()
      .references(() => classifications.id, { onDelete: "restrict" }),
    summary: text("summary").notNull().default(""),
    description: text("description").notNull().default(""),
    futureOutlook: text("future_outlook").notNull().default(""),
    workStyle: text("work_style").notNull().default(""),
    status: text("status", { enum: ["draft", "published"] })
      .notNull()
      .default("draft"),
    version: integer("version").notNull().default(1),
    /** Unpublished edits of a published profile (profile JSON); the public page keeps the columns above. */
    draft: text("draft"),
    source: text("source"),
    /** The version a bulk import (O*NET) last wrote; a later version means an editor changed it since. */
    importedVersion: integer("imported_version"),
    /**
     * Bit i set when section EMPTY_SECTIONS[i] (lib/quality/empty-sections.ts) is empty. Kept at
     * write time so the quality dashboard counts empty sections per section from one small index
     * instead of probing every profile's lists (100k profiles × 13 sections).
     */
    emptySections: integer("empty_sections").notNull().default(0),
    /**
     * 1 when the reading is not empty and has a character KANA_PATTERN refuses (old or raw data).
     * Kept at write time so the dashboard reads a partial index of just these rows instead of
     * testing every reading with GLOB per request.
     */
    readingNotKana: integer("reading_not_kana").notNull().default(0),
    createdAt: text("created_at").notNull().default(now),
    updatedAt: text("updated_at").notNull().default(now),
    deletedAt: text("deleted_at"),
  },
  (t) => [
    index("occupations_minor_status").on(t.minorId, t.status, t.name),
    index("occupations_name_key").on(t.nameKey),
    // Tier counts, listings and "recently updated" read only live published rows: partial indexes
    // holding just those let the tier GROUP BY count without touching the table (570 → 6 ms at
    // 100k). No other index may start with status: SQLite preferred (status=?) to these.
    index("occupations_published_minor")
      .on(t.minorId, t.name)
      .where(sql`status = 'published' AND deleted_at IS NULL`),
    index("occupations_published_updated")
      .on(t.updatedAt)
      .where(sql`status = 'published' AND deleted_at IS NULL`),
    // The quality dashboard (lib/quality): readings, empty sections, and old drafts of live profiles.
    index("occupations_live_reading")
      .on(t.reading)
      .where(sql`deleted_at IS NULL`),
    index("occupations_live_not_kana")
      .on(t.reading)
      .where(sql`deleted_at IS NULL AND reading_not_kana = 1`),
    index("occupations_live_empty_sections")
      .on(t.emptySections)
      .where(sql`deleted_at IS NULL AND empty_sections <> 0`),
    index("occupations_live_drafts_updated")
      .on(t.updatedAt)
      .where(sql`deleted_at IS NULL AND (status = 'draft' OR draft IS NOT NULL)`),
    // The gojūon index (/browse/reading): row counts and a row's profiles from the index alone.
    index("occupations_published_reading")
      .on(t.readingRow, t.reading)
      .where(sql`status = 'published' AND deleted_at IS NULL`),
  ],
);

/** Ordered string lists of a profile: traits, skills and aliases. */
export const occupationTerms = sqliteTable(
  "occupation_terms",
  {
    occupationId: integer("occupation_id")
      .notNull()
      .references(() => occupations.id, { onDelete: "cascade" }),
    list: text("list", { enum: ["trait", "required_skill", "recommended_skill", "alias"] }).notNull(),
    position: integer("position").notNull(),
    value: text("value").notNull(),
    /** Lower-cased NFKC value (aliases resolve links by it). */
    valueKey: text("value_key").notNull(),
  },
  (t) => [primaryKey({ columns: [t.occupationId, t.list, t.position] }), index("occupation_terms_key").on(t.list, t.valueKey)],
);

export const occupationAptitudes = sqliteTable(
  "occupation_aptitudes",
  {
    occupationId: integer("occupation_id")
      .notNull()
      .references(() => occupations.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ["strength", "weakness"] }).notNull(),
    position: integer("position").notNull(),
    item: text("item").notNull(),
    reason: text("reason").notNull(),
  },
  (t) => [primaryKey({ columns: [t.occupationId, t.kind, t.position] })],
);

/** Career path steps and related jobs: a name, linked to a profile when one of that name or alias exists. */
export const occupationLinks = sqliteTable(
  "occupation_links",
  {
    occupationId: integer("occupation_id")
      .notNull()
      .references(() => occupations.id, { onDelete: "cascade" }),
    list: text("list", { enum: ["career", "related"] }).notNull(),
    position: integer("position").notNull(),
    name: text("name").notNull(),
    nameKey: text("name_key").notNull(),
    targetId: integer("target_id").references(() => occupations.id, { onDelete: "set null" }),
    /**
     * 1 when the link names its own profile (its name or one of its aliases), as the middle of a
     * career path does: not a link to resolve. Set at write time from the profile's own content,
     * so "unresolved" is a small partial index instead of every profile's self-step read and dropped.
     */
    selfLink: integer("self_link").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.occupationId, t.list, t.position] }),
    index("occupation_links_name_key").on(t.nameKey),
    index("occupation_links_target").on(t.targetId),
    // The quality dashboard's unresolved links, in profile and list order. The two constant leading
    // columns are there for the planner: with two equalities it prefers this small index to
    // occupation_links_target (target_id IS NULL alone), which would read every self-step too.
    index("occupation_links_unresolved")
      .on(t.targetId, t.selfLink, t.occupationId, t.list, t.position)
      .where(sql`target_id IS NULL AND self_link = 0`),
  ],
);

/**
 * Pairs of profiles whose names are likely the same occupation (lib/quality/likely-duplicates.ts),
 * computed when a profile is written (against its neighbours in name order) rather than by
 * scanning every name per dashboard request. a_id < b_id.
 */
export const duplicateCandidates = sqliteTable(
  "duplicate_candidates",
  {
    aId: integer("a_id")
      .notNull()
      .references(() => occupations.id, { onDelete: "cascade" }),
    bId: integer("b_id")
      .notNull()
      .references(() => occupations.id, { onDelete: "cascade" }),
    distance: integer("distance").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.aId, t.bId] }),
    index("duplicate_candidates_b").on(t.bId),
    index("duplicate_candidates_distance").on(t.distance),
  ],
);

export const revisions = sqliteTable(
  "revisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    occupationId: integer("occupation_id")
      .notNull()
      .references(() => occupations.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    /** Full profile JSON at this version. */
    snapshot: text("snapshot").notNull(),
    status: text("status", { enum: ["draft", "published"] }).notNull(),
    authorId: integer("author_id").references(() => users.id, { onDelete: "set null" }),
    message: text("message").notNull().default(""),
    createdAt: text("created_at").notNull().default(now),
  },
  (t) => [
    index("revisions_occupation").on(t.occupationId, t.version),
    // The public feed: the latest published versions across the catalog.
    index("revisions_published_created")
      .on(t.createdAt)
      .where(sql`status = 'published'`),
  ],
);

/**
 * Public searches that found nothing, per day: the normalised query and how often, nothing about
 * who searched. Rows older than 90 days are deleted (lib/quality/zero-result-searches.ts).
 */
export const zeroResultSearches = sqliteTable(
  "zero_result_searches",
  {
    day: text("day").notNull(),
    query: text("query").notNull(),
    count: integer("count").notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.day, t.query] })],
);

/**
 * What the public site shows of each profile, as of the last write: the pages a change must
 * invalidate include where the profile *was* (old slug, old tier). Kept by lib/cache/invalidation.ts.
 */
export const publicFootprints = sqliteTable("public_footprints", {
  occupationId: integer("occupation_id")
    .primaryKey()
    .references(() => occupations.id, { onDelete: "cascade" }),
  slug: text("slug").notNull(),
  /** "<majorSlug>/<middleSlug>/<minorSlug>" */
  tierPath: text("tier_path").notNull(),
  isPublic: integer("is_public", { mode: "boolean" }).notNull(),
});

/**
 * Outbox of cache tags to invalidate, written in the same transaction as the change; every server
 * process polls it (lib/cache/outbox-poller.ts), so writes from the CLI or another instance reach
 * each server's page cache.
 */
export const cacheInvalidations = sqliteTable(
  "cache_invalidations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** Tag names, one per line. */
    tags: text("tags").notNull(),
    createdAt: text("created_at").notNull().default(now),
  },
  (t) => [index("cache_invalidations_created").on(t.createdAt)],
);

export const classificationsRelations = relations(classifications, ({ one }) => ({
  parent: one(classifications, { fields: [classifications.parentId], references: [classifications.id] }),
}));
