import { describe, expect, it } from "vitest";
import { getStore } from "@/db/index";
import { listCatalogChanges, majorTierId } from "@/lib/feed/catalog-changes";
import { generateCatalog } from "@/lib/generate/generate";
import { deleteOccupation, unpublishOccupation, updateOccupation } from "@/lib/occupations/edit";
import { getEditableOccupation } from "@/lib/occupations/editable";
import { listLikelyDuplicates } from "@/lib/quality/likely-duplicates";
import {
  countEmptySections,
  listEmptySection,
  listMissingReadings,
  listNonKanaReadings,
  listStaleDrafts,
  listStalePublished,
} from "@/lib/quality/quality-lists";
import { listUnresolvedLinks } from "@/lib/occupations/unresolved-links";
import { listZeroResultSearches, recordZeroResultSearch } from "@/lib/quality/zero-result-searches";
import { listPublishedVersions, lastPublishedAt } from "@/lib/revisions/public-history";
import { fullScans, planDetails, statementsOf } from "@/test/query-plan";

const actor = { id: null, email: "plans@example.test" };

/** A generated catalog with what the dashboard and the feed look for: drafts, edits, removals, empty searches. */
async function fill() {
  await generateCatalog({ count: 300, seed: 5 });
  for (const id of [3, 4, 5]) {
    const occ = (await getEditableOccupation(id))!;
    await updateOccupation(
      id,
      { ...occ.content, reading: "", summary: "" },
      { expectedVersion: occ.meta.version, actor, publish: id !== 5 },
    );
  }
  await deleteOccupation(6, { actor });
  await unpublishOccupation(7, { expectedVersion: 1, actor });
  await recordZeroResultSearch("nothing at all");
}

const lists: [string, () => Promise<unknown>][] = [
  ["missing readings", () => listMissingReadings()],
  ["non-kana readings", () => listNonKanaReadings()],
  ["empty-section counts", () => countEmptySections()],
  ["one empty section", () => listEmptySection("summary")],
  ["unresolved links", () => listUnresolvedLinks()],
  ["likely duplicates", () => listLikelyDuplicates()],
  ["old drafts", () => listStaleDrafts()],
  ["stale published", () => listStalePublished()],
  ["zero-result searches", () => listZeroResultSearches()],
  ["catalog feed", () => listCatalogChanges()],
  ["one profile's history", () => listPublishedVersions(3)],
  ["last published", () => lastPublishedAt(3)],
];

describe("query plans of the quality dashboard, the feeds and the public history", () => {
  // One catalog for all of them (filling it is the slow part); a failure names the statement.
  it("no list reads a catalog table whole, and the counts use the partial indexes made for them", async () => {
    let majorSlug = "";
    const runs = await statementsOf(
      async () => {
        for (const [, fn] of lists) await fn();
        await listCatalogChanges({ majorId: await majorTierId(majorSlug) });
      },
      async () => {
        await fill();
        majorSlug = (
          getStore().sqlite.writer.prepare("SELECT slug FROM classifications WHERE level = 1 ORDER BY id LIMIT 1").get() as { slug: string }
        ).slug;
      },
    );
    expect(fullScans(runs)).toEqual([]);
    const details = planDetails(runs).join("\n");
    for (const index of [
      "occupations_live_empty_sections",
      "occupations_live_reading",
      "occupations_live_drafts_updated",
      "occupations_live_not_kana",
      "occupation_links_unresolved",
      "duplicate_candidates_distance",
      "revisions_published_created",
    ]) {
      expect(details).toContain(index);
    }
  });
});
