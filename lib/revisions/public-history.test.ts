import { describe, expect, it } from "vitest";
import { createOccupation, deleteOccupation, publishOccupation, undeleteOccupation, updateOccupation } from "@/lib/occupations/edit";
import { emptyProfile, type ProfileContent } from "@/lib/occupations/schema";
import { useEmptyDatabase } from "@/test/use-database";
import { formatChangeSummary } from "@/i18n/change-summary";
import { changeSummaryWords } from "@/i18n/translator";
import { summariseChange, type ChangeSummary } from "./change-summary";
import { getPublishedVersionContent, listPublishedVersions, publishedOccupationId } from "./public-history";

const actor = { id: null, email: "secret-editor@example.test" };
const base: ProfileContent = {
  ...emptyProfile(),
  name: "Baker",
  classification: { major: "Services", middle: "Food", minor: "Bakers" },
  summary: "Bakes bread.",
  requiredSkills: ["Kneading", "Timing"],
};

const en = (s: ChangeSummary) => formatChangeSummary(s, changeSummaryWords("en"));
const ja = (s: ChangeSummary) => formatChangeSummary(s, changeSummaryWords("ja"));

describe("one-line change summaries", () => {
  it("names changed sections and counts list items added, removed, reworded and moved", () => {
    expect(en(summariseChange(undefined, base))).toBe("First published.");
    expect(en(summariseChange(base, base))).toBe("No change to the content.");
    const after = { ...base, summary: "Bakes bread and cakes.", requiredSkills: ["Timing", "Hygiene", "Kneading"], aliases: ["Boulanger"] };
    expect(en(summariseChange(base, after))).toBe("Changed: Summary; Required skills (1 added, 1 moved); Aliases (1 added).");
    expect(en(summariseChange(after, { ...after, requiredSkills: ["Timing"] }))).toBe("Changed: Required skills (2 removed).");
  });

  it("reads in Japanese on the Japanese pages", () => {
    const after = { ...base, summary: "Bakes bread and cakes.", requiredSkills: ["Timing", "Hygiene", "Kneading"], aliases: ["Boulanger"] };
    expect(ja(summariseChange(undefined, base))).toBe("初めて公開。");
    expect(ja(summariseChange(base, after))).toBe("変更：概要、必要なスキル（1件追加、1件移動）、別名（1件追加）。");
  });
});

describe("the public history of a profile", () => {
  it("lists published versions only, newest first, with notes but no drafts or authors", async () => {
    useEmptyDatabase();
    const created = await createOccupation(base, { actor, message: "first draft" });
    expect(await publishedOccupationId("baker")).toBeUndefined();
    const v2 = await publishOccupation(created.id, { expectedVersion: 1, actor });
    const v3 = await updateOccupation(
      created.id,
      { ...base, summary: "Draft wording." },
      { expectedVersion: v2.version, actor, message: "draft note" },
    );
    const v4 = await updateOccupation(
      created.id,
      { ...base, summary: "Bakes bread and cakes.", aliases: ["Boulanger"] },
      { expectedVersion: v3.version, actor, publish: true, message: "Added cakes" },
    );
    // A delete and undelete write published revisions with unchanged content: not new versions.
    await deleteOccupation(created.id, { actor });
    await undeleteOccupation(created.id, { actor });

    const id = await publishedOccupationId("baker");
    expect(id).toBe(created.id);
    const versions = await listPublishedVersions(id!);
    expect(versions.map((v) => v.version)).toEqual([v4.version, v2.version]);
    expect(versions[0]).toMatchObject({ note: "Added cakes" });
    expect(en(versions[0].summary)).toBe("Changed: Summary; Aliases (1 added).");
    expect(versions[1]).toMatchObject({ summary: { kind: "first" }, note: "" });
    const json = JSON.stringify(versions);
    expect(json).not.toContain("Draft wording");
    expect(json).not.toContain("draft note");
    expect(json).not.toContain("secret-editor");

    expect((await getPublishedVersionContent(id!, v4.version))?.summary).toBe("Bakes bread and cakes.");
    expect(await getPublishedVersionContent(id!, v3.version)).toBeUndefined();
    expect(await getPublishedVersionContent(id!, 99)).toBeUndefined();
  });
});

describe("the from...to path segment of a comparison", () => {
  it("reads two version numbers and nothing else", async () => {
    const { parseVersionRange, versionRange } = await import("./version-range");
    expect(parseVersionRange(versionRange(2, 5))).toEqual({ from: 2, to: 5 });
    expect(parseVersionRange("2%2E%2E%2E5")).toEqual({ from: 2, to: 5 });
    for (const bad of ["2..5", "0...3", "a...b", "2...", "%E0%A4%A", "1...99999999999"])
      expect(parseVersionRange(bad), bad).toBeUndefined();
  });
});
