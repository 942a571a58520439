import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getStore } from "@/db/index";
import { createOccupation, deleteOccupation, undeleteOccupation, updateOccupation } from "@/lib/occupations/edit";
import { KANA_PATTERN } from "@/lib/occupations/schema";
import { qualityActor as actor, fullProfile as full } from "@/test/quality-profile";
import { useEmptyDatabase } from "@/test/use-database";
import { NOT_KANA_GLOB } from "./kana-glob";
import { listLikelyDuplicates } from "./likely-duplicates";
import { rebuildDuplicateCandidates } from "./duplicate-candidates";
import { getEditableOccupation } from "@/lib/occupations/editable";

const sql = (s: string, ...p: unknown[]) =>
  getStore()
    .sqlite.writer.prepare(s)
    .run(...p);

/*
 * What SQLite's migrations backfill (drizzle/sqlite 0005, 0008) and the SQL kana test (GLOB) agree with
 * what the write path stores. PostgreSQL's migrations start from the current schema and have no
 * backfill, so this file is in vitest.pg.config.mts's SQLITE_ONLY; quality-lists.test.ts runs on both.
 */
describe("SQLite's quality backfills", () => {
  it("the SQL kana test (GLOB) agrees with the schema's rule", () => {
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
