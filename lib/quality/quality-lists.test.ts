import { sql, type SQL } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { exec, rows, writeTransaction } from "@/db/index";
import { createOccupation, deleteOccupation } from "@/lib/occupations/edit";
import { qualityActor as actor, fullProfile as full } from "@/test/quality-profile";
import { useEmptyDatabase } from "@/test/use-database";
import { emptySectionMask } from "./empty-sections";
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

const names = (l: { items: { name: string }[] }) => l.items.map((i) => i.name);
/** Raw data, as an old import or a hand edit leaves it (not through the form). */
const run = (query: SQL) => exec(query);

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
    // Raw data with the flag the write path (and SQLite's backfill, quality-backfill.test.ts) sets for it.
    await run(sql`UPDATE occupations SET reading = 'weldaa', reading_not_kana = 1 WHERE id = ${raw.id}`);
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
    await run(sql`UPDATE occupations SET updated_at = '2026-10-01T00:00:00.000Z' WHERE id = ${oldDraft.id}`);
    await run(sql`UPDATE occupations SET updated_at = '2025-11-01T00:00:00.000Z' WHERE id = ${oldPub.id}`);
    await run(sql`UPDATE occupations SET updated_at = '2026-11-30T00:00:00.000Z' WHERE id <> ${oldDraft.id} AND id <> ${oldPub.id}`);
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

  it("keeps the stored empty-section mask in the schema's section order", () => {
    const withRelated = full("X", { relatedJobs: [{ name: "Y", slug: null }] });
    expect(emptySectionMask(withRelated)).toBe(0);
    expect(emptySectionMask({ ...withRelated, summary: "", aliases: [] })).toBe((1 << 1) | (1 << 11));
  });
});

describe("the likely-duplicate pairs the write path keeps", () => {
  const pairs = () =>
    rows<{ a_id: number; b_id: number; distance: number }>(sql`SELECT a_id, b_id, distance FROM duplicate_candidates ORDER BY 1, 2`);

  it("are the pairs a rebuild from scratch finds, after creates, renames, deletes and restores", async () => {
    useEmptyDatabase();
    const a = await createOccupation(full("Labor union chairperson"), { actor, publish: true });
    await createOccupation(full("Labour union chairperson"), { actor, publish: true });
    const c = await createOccupation(full("Baker"), { actor, publish: true });
    const d = await createOccupation(full("Head pastry chef assistants"), { actor, publish: true });
    await createOccupation(full("Welder 2"), { actor, publish: true });
    await createOccupation(full("Welder 3"), { actor, publish: true });
    const cNow = (await getEditableOccupation(c.id))!;
    await updateOccupation(
      c.id,
      { ...cNow.content, name: "Head pastry chef assistant" },
      { expectedVersion: cNow.meta.version, actor, publish: true },
    );
    await deleteOccupation(d.id, { actor });
    await undeleteOccupation(d.id, { actor });
    const gone = await createOccupation(full("Labour union chairpersons"), { actor, publish: true });
    await deleteOccupation(gone.id, { actor });

    const kept = await pairs();
    // The chairperson pair and the renamed Baker with the restored pastry chef assistants; the numbered welders and the deleted profile are not pairs.
    expect(kept).toHaveLength(2);
    expect(kept).toContainEqual({ a_id: a.id, b_id: a.id + 1, distance: 1 });
    await writeTransaction(async (tx) => await rebuildDuplicateCandidates(tx));
    expect(await pairs()).toEqual(kept);
    expect((await listLikelyDuplicates()).count).toBe(2);
  });
});
