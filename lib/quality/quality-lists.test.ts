import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getStore } from "@/db/index";
import { createOccupation, deleteOccupation } from "@/lib/occupations/edit";
import { emptyProfile, KANA_PATTERN, type ProfileContent } from "@/lib/occupations/schema";
import { useEmptyDatabase } from "@/test/use-database";
import { emptySectionMask } from "./empty-sections";
import { NOT_KANA_GLOB } from "./kana-glob";
import { likelySame, listLikelyDuplicates } from "./likely-duplicates";
import {
  countEmptySections,
  listEmptySection,
  listMissingReadings,
  listNonKanaReadings,
  listStaleDrafts,
  listStalePublished,
} from "./quality-lists";
import { listUnresolvedLinks } from "@/lib/occupations/unresolved-links";
import { rebuildDuplicateCandidates } from "./duplicate-candidates";
import { getEditableOccupation } from "@/lib/occupations/editable";
import { undeleteOccupation, updateOccupation } from "@/lib/occupations/edit";

const actor = { id: null, email: "q@example.test" };
const full = (name: string, extra: Partial<ProfileContent> = {}): ProfileContent => ({
  ...emptyProfile(),
  name,
  reading: "てすと",
  industry: "Any",
  classification: { major: "Services", middle: "Food", minor: "Bakers" },
  summary: "S.",
  description: "D.",
  futureOutlook: "F.",
  workStyle: "W.",
  personalityTraits: ["Calm"],
  requiredSkills: ["A"],
  recommendedSkills: ["B"],
  careerPath: [{ name, slug: null }],
  relatedJobs: [],
  aptitudes: { strengths: [{ item: "X", reason: "Y" }], weaknesses: [{ item: "Z", reason: "W" }] },
  aliases: ["Alias of " + name],
  ...extra,
});
const names = (l: { items: { name: string }[] }) => l.items.map((i) => i.name);
const sql = (s: string, ...p: unknown[]) =>
  getStore()
    .sqlite.writer.prepare(s)
    .run(...p);

describe("the quality dashboard's lists", () => {
  it("finds missing and non-kana readings, empty sections and unresolved links among live profiles", async () => {
    useEmptyDatabase();
    const complete = await createOccupation(full("Baker"), { actor, publish: true });
    await createOccupation(
      full("Chef", {
        reading: "",
        summary: "",
        relatedJobs: [
          { name: "Pastry wizard", slug: null },
          { name: "Baker", slug: null },
        ],
      }),
      { actor, publish: true },
    );
    const raw = await createOccupation(full("Welder"), { actor, publish: true });
    // Raw data (not through the form): the migration's backfill sets the flag the dashboard reads.
    sql("UPDATE occupations SET reading = 'weldaa' WHERE id = ?", raw.id);
    sql(migrationStatement("SET `reading_not_kana` = 1"));
    const gone = await createOccupation(full("Gone", { reading: "", summary: "" }), { actor, publish: true });
    await deleteOccupation(gone.id, { actor });

    expect(await listMissingReadings()).toMatchObject({ count: 1, items: [{ name: "Chef" }] });
    expect(await listNonKanaReadings()).toMatchObject({ count: 1, items: [{ name: "Welder", detail: "weldaa" }] });
    const empty = await countEmptySections();
    expect(empty.summary).toBe(1);
    expect(empty.relatedJobs).toBe(2);
    expect(empty.description).toBe(0);
    expect((await listEmptySection("summary")).map((i) => i.name)).toEqual(["Chef"]);
    // Baker's own career step is not a link; Chef's "Baker" resolves; "Pastry wizard" does not.
    const links = await listUnresolvedLinks();
    expect(links).toMatchObject({ total: 1, links: [{ occupation: { name: "Chef" }, list: "related", name: "Pastry wizard" }] });
    expect(complete.id).toBeGreaterThan(0);
  });

  it("lists old drafts and long-unchanged published profiles, oldest first", async () => {
    useEmptyDatabase();
    const now = new Date("2026-12-03T00:00:00Z");
    const oldDraft = await createOccupation(full("Old draft"), { actor });
    await createOccupation(full("New draft"), { actor });
    const oldPub = await createOccupation(full("Old published"), { actor, publish: true });
    await createOccupation(full("Fresh published"), { actor, publish: true });
    sql("UPDATE occupations SET updated_at = '2026-10-01T00:00:00.000Z' WHERE id = ?", oldDraft.id);
    sql("UPDATE occupations SET updated_at = '2025-11-01T00:00:00.000Z' WHERE id = ?", oldPub.id);
    sql("UPDATE occupations SET updated_at = '2026-11-30T00:00:00.000Z' WHERE id <> ? AND id <> ?", oldDraft.id, oldPub.id);
    expect(names(await listStaleDrafts(now))).toEqual(["Old draft"]);
    expect(names(await listStalePublished(now))).toEqual(["Old published"]);
  });

  it("flags near-identical names as likely duplicates, not numbered variants or different jobs", async () => {
    expect(likelySame("labor union chairperson", "labour union chairperson")).toBe(1);
    expect(likelySame("baker", "banker")).toBeUndefined();
    expect(likelySame("welder 2", "welder 3")).toBeUndefined();
    useEmptyDatabase();
    await createOccupation(full("Labor union chairperson"), { actor, publish: true });
    await createOccupation(full("Labour union chairperson"), { actor, publish: true });
    await createOccupation(full("Baker"), { actor, publish: true });
    await createOccupation(full("Banker"), { actor, publish: true });
    const dup = await listLikelyDuplicates();
    expect(dup.count).toBe(1);
    expect([dup.pairs[0].a.name, dup.pairs[0].b.name].sort()).toEqual(["Labor union chairperson", "Labour union chairperson"]);
  });

  it("the stored empty-section mask and the SQL kana test agree with the schema's rules", () => {
    const withRelated = full("X", { relatedJobs: [{ name: "Y", slug: null }] });
    expect(emptySectionMask(withRelated)).toBe(0);
    expect(emptySectionMask({ ...withRelated, summary: "", aliases: [] })).toBe((1 << 1) | (1 << 11));
    const glob = getStore().sqlite.writer.prepare("SELECT ? GLOB ? AS bad");
    for (const s of ["かんごし", "カンゴシ", "ｶﾝｺﾞｼ", "ろうどう くみあい", "かんご・し", "kango", "看護師", "かんごし1"]) {
      expect({ s, bad: (glob.get(s, NOT_KANA_GLOB) as { bad: number }).bad === 1 }).toEqual({ s, bad: !KANA_PATTERN.test(s) });
    }
  });
});

/** One statement of drizzle/0008 (the backfills), found by a piece of its text. */
function migrationStatement(piece: string): string {
  const migration = readFileSync(path.resolve(import.meta.dirname, "../../drizzle/sqlite/0008_quality_write_time.sql"), "utf8");
  return migration
    .split("--> statement-breakpoint")
    .find((s) => s.includes(piece))!
    .replace(/^--.*$/gm, "");
}

describe("what the write path keeps for the dashboard", () => {
  const stored = () => {
    const q = (s: string) => getStore().sqlite.writer.prepare(s).all();
    return {
      notKana: q("SELECT id, reading_not_kana AS f FROM occupations ORDER BY id"),
      self: q("SELECT occupation_id, list, position, self_link AS f FROM occupation_links ORDER BY 1, 2, 3"),
      pairs: q("SELECT a_id, b_id, distance FROM duplicate_candidates ORDER BY 1, 2"),
    };
  };

  it("agrees with a recomputation from scratch after creates, renames, alias edits, deletes and restores", async () => {
    useEmptyDatabase();
    const a = await createOccupation(full("Labor union chairperson", { aliases: ["Chairperson"] }), { actor, publish: true });
    await createOccupation(full("Labour union chairperson"), { actor, publish: true });
    const c = await createOccupation(
      full("Baker", {
        careerPath: [
          { name: "Apprentice", slug: null },
          { name: "Head baker", slug: null },
          { name: "Baker", slug: null },
        ],
      }),
      { actor, publish: true },
    );
    const d = await createOccupation(full("Bakers"), { actor, publish: true });
    // Rename Baker, and give it the career step "Head baker" as an alias: that step becomes a self-step.
    const cNow = (await getEditableOccupation(c.id))!;
    await updateOccupation(
      c.id,
      { ...cNow.content, name: "Bakker", aliases: ["Head baker"] },
      { expectedVersion: cNow.meta.version, actor, publish: true },
    );
    // Drop the chairperson's alias: "Chairperson" in its own career path would no longer be a self-step.
    const aNow = (await getEditableOccupation(a.id))!;
    await updateOccupation(
      a.id,
      { ...aNow.content, aliases: [], careerPath: [{ name: "Chairperson", slug: null }] },
      { expectedVersion: aNow.meta.version, actor, publish: true },
    );
    await deleteOccupation(d.id, { actor });
    await undeleteOccupation(d.id, { actor });
    sql("UPDATE occupations SET reading = 'Baker' WHERE id = ?", c.id);
    sql("UPDATE occupations SET reading_not_kana = 1 WHERE id = ?", c.id); // as the form never writes it

    const kept = stored();
    expect(kept.pairs.length).toBeGreaterThan(0);
    expect(kept.self).toContainEqual({ occupation_id: c.id, list: "career", position: 1, f: 1 });
    expect(kept.self).toContainEqual({ occupation_id: a.id, list: "career", position: 0, f: 0 });

    // Recompute everything the way the migration backfills it and the bulk insert rebuilds it.
    sql("UPDATE occupations SET reading_not_kana = 0");
    sql("UPDATE occupation_links SET self_link = 0");
    sql(migrationStatement("SET `reading_not_kana` = 1"));
    sql(migrationStatement("SET `self_link` = 1"));
    const { writeTransaction } = await import("@/db/index");
    await writeTransaction(async (tx) => await rebuildDuplicateCandidates(tx));
    expect(stored()).toEqual(kept);
    expect((await listLikelyDuplicates()).count).toBe(1); // the chairperson pair
  });
});

describe("the migration's backfill of empty_sections", () => {
  it("computes what the write path stores", async () => {
    useEmptyDatabase();
    await createOccupation(full("A"), { actor, publish: true });
    await createOccupation(
      full("B", { summary: "", industry: "", aliases: [], careerPath: [], aptitudes: { strengths: [], weaknesses: [] } }),
      { actor },
    );
    await createOccupation(
      full("C", {
        relatedJobs: [{ name: "A", slug: null }],
        personalityTraits: [],
        requiredSkills: [],
        recommendedSkills: [],
        workStyle: "",
      }),
      { actor, publish: true },
    );
    const sqlite = getStore().sqlite.writer;
    const stored = sqlite.prepare("SELECT name, empty_sections AS m FROM occupations ORDER BY name").all();
    const migration = readFileSync(path.resolve(import.meta.dirname, "../../drizzle/sqlite/0005_history_feed_quality.sql"), "utf8");
    const backfill = migration.split("--> statement-breakpoint").find((s) => s.includes("UPDATE `occupations` SET `empty_sections`"))!;
    sqlite.prepare("UPDATE occupations SET empty_sections = 0").run();
    sqlite.prepare(backfill.replace(/^--.*$/gm, "")).run();
    expect(sqlite.prepare("SELECT name, empty_sections AS m FROM occupations ORDER BY name").all()).toEqual(stored);
    expect(stored).not.toContainEqual({ name: "B", m: 0 });
  });
});
