import { readFileSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/index";
import { auditLog, classifications, occupations } from "@/db/schema";
import { readCard } from "@/lib/cards/read-card";
import { createOccupation, publishOccupation, updateOccupation } from "@/lib/occupations/edit";
import { getPublishedOccupation } from "@/lib/occupations/read";
import type { ProfileContent } from "@/lib/occupations/schema";
import { getWorkingCopy } from "@/lib/occupations/working-copy";
import { addTier, deleteTier, mergeTier, moveTier, renameTier } from "./manage";
import { getAdminTierTree } from "./tier-tree";

const actor = { id: null, email: "admin@example.test" };
const card = (file: string): ProfileContent => {
  const r = readCard(readFileSync(path.resolve(__dirname, "../../db/demo", file), "utf8"));
  if (!r.ok) throw new Error(file);
  return r.profile;
};
const tier = async (name: string, parentId: number | null = null) =>
  (await db.select().from(classifications).where(eq(classifications.name, name))).find(
    (t) => parentId === null || t.parentId === parentId,
  )!;
const inTier = (major: string, middle: string, minor: string) => ({ major, middle, minor });
const profile = (name: string, c: ReturnType<typeof inTier>): ProfileContent => ({
  ...card("baker.txt"),
  name,
  aliases: [],
  relatedJobs: [],
  careerPath: [],
  classification: c,
});
const lastAudit = async () => (await db.select().from(auditLog).orderBy(auditLog.id)).at(-1);

beforeAll(async () => {
  await createOccupation(profile("Alpha one", inTier("Alpha", "Alpha mid", "Alpha minor")), { actor, publish: true });
  await createOccupation(profile("Alpha two", inTier("Alpha", "Alpha mid", "Alpha minor")), { actor });
  await createOccupation(profile("Alpha three", inTier("Alpha", "Alpha mid", "Other minor")), { actor, publish: true });
  await createOccupation(profile("Beta one", inTier("Beta", "Beta mid", "Beta minor")), { actor, publish: true });
});

describe("classification editing", () => {
  it("counts published and all profiles up the tree", async () => {
    const alpha = (await getAdminTierTree()).find((t) => t.name === "Alpha")!;
    expect(alpha).toMatchObject({ level: 1, published: 2, total: 3 });
    expect(alpha.children[0].children.map((c) => [c.name, c.published, c.total])).toEqual([
      ["Alpha minor", 1, 2],
      ["Other minor", 1, 1],
    ]);
  });

  it("renames an entry with its slug; profiles show the new name; a sibling's name is a field error", async () => {
    const minor = await tier("Other minor");
    await renameTier(minor.id, "Renamed minor", actor);
    expect((await db.select().from(classifications).where(eq(classifications.id, minor.id)).limit(1))[0]).toMatchObject({
      name: "Renamed minor",
      slug: "renamed-minor",
    });
    expect((await getPublishedOccupation("alpha-three"))?.profile.classification.minor).toBe("Renamed minor");
    expect(await lastAudit()).toMatchObject({
      action: "classification.rename",
      target: 'Minor "Other minor"',
      detail: '→ "Renamed minor"',
    });
    await expect(renameTier(minor.id, "Alpha minor", actor)).rejects.toMatchObject({
      fields: { name: expect.stringContaining("already exists") },
    });
  });

  it("keeps pending drafts pointing at a renamed entry", async () => {
    const p = (await getWorkingCopy("alpha-one"))!;
    await updateOccupation(
      (await db.select().from(occupations).where(eq(occupations.slug, "alpha-one")).limit(1))[0]!.id,
      { ...p, summary: "Pending edit" },
      { expectedVersion: p.version, actor },
    );
    await renameTier((await tier("Alpha mid")).id, "Alpha middle", actor);
    const after = (await getWorkingCopy("alpha-one"))!;
    expect(after.summary).toBe("Pending edit");
    expect(after.classification.middle).toBe("Alpha middle");
    await publishOccupation((await db.select().from(occupations).where(eq(occupations.slug, "alpha-one")).limit(1))[0]!.id, {
      expectedVersion: after.version,
      actor,
    });
    // publishing must not recreate the old "Alpha mid" entry
    expect(await tier("Alpha mid")).toBeUndefined();
  });

  it("moves a Minor under another Middle, and refuses a wrong level or a name clash", async () => {
    const minor = await tier("Renamed minor");
    const betaMid = await tier("Beta mid");
    await moveTier(minor.id, betaMid.id, actor);
    expect((await getPublishedOccupation("alpha-three"))?.profile.classification).toEqual({
      major: "Beta",
      middle: "Beta mid",
      minor: "Renamed minor",
    });
    await expect(moveTier(minor.id, (await tier("Alpha")).id, actor)).rejects.toMatchObject({
      fields: { parentId: expect.stringContaining("Middle") },
    });
    await expect(moveTier((await tier("Alpha")).id, betaMid.id, actor)).rejects.toMatchObject({ fields: { parentId: expect.any(String) } });
    const clash = await addTier((await tier("Alpha middle")).id, "Renamed minor", actor);
    await expect(moveTier(clash, betaMid.id, actor)).rejects.toMatchObject({ fields: { name: expect.any(String) } });
    await deleteTier(clash, actor);
  });

  it("moves a Middle under another Major", async () => {
    const betaMid = await tier("Beta mid");
    await moveTier(betaMid.id, (await tier("Alpha")).id, actor);
    expect((await getPublishedOccupation("beta-one"))?.profile.classification.major).toBe("Alpha");
    await moveTier(betaMid.id, (await tier("Beta")).id, actor);
  });

  it("merges an entry into a sibling: children move, same-named children merge, then it is removed", async () => {
    const gamma = await addTier(null, "Gamma", actor);
    const gMid = await addTier(gamma, "Beta mid", actor); // same name as Beta's middle: merges into it
    await createOccupation(profile("Gamma one", inTier("Gamma", "Beta mid", "Beta minor")), { actor, publish: true });
    await createOccupation(profile("Gamma two", inTier("Gamma", "Gamma only mid", "Gamma minor")), { actor, publish: true });
    const beta = await tier("Beta");
    await expect(mergeTier(gamma, (await tier("Beta minor", gMid)).id, actor)).rejects.toMatchObject({
      fields: { intoId: expect.any(String) },
    });
    await mergeTier(gamma, beta.id, actor);
    expect(await tier("Gamma")).toBeUndefined();
    expect((await getPublishedOccupation("gamma-one"))?.profile.classification).toEqual({
      major: "Beta",
      middle: "Beta mid",
      minor: "Beta minor",
    });
    expect((await getPublishedOccupation("gamma-two"))?.profile.classification).toEqual({
      major: "Beta",
      middle: "Gamma only mid",
      minor: "Gamma minor",
    });
    expect(await db.select().from(classifications).where(eq(classifications.name, "Beta minor"))).toHaveLength(1);
    expect(await lastAudit()).toMatchObject({ action: "classification.merge", target: 'Major "Gamma"', detail: 'into "Beta"' });
  });

  it("deletes only unused entries, saying what uses the others", async () => {
    const beta = await tier("Beta");
    await expect(deleteTier(beta.id, actor)).rejects.toThrow('Cannot delete Major "Beta": 4 occupations and 2 Middle groups use it.');
    await expect(deleteTier((await tier("Gamma minor")).id, actor)).rejects.toThrow(/1 occupation uses it/);
    const empty = await addTier((await tier("Beta mid")).id, "Empty minor", actor);
    await deleteTier(empty, actor);
    expect(await tier("Empty minor")).toBeUndefined();
    expect(await lastAudit()).toMatchObject({ action: "classification.delete", target: 'Minor "Empty minor"' });
  });

  it("adds entries with unique names per parent, and none under a Minor", async () => {
    await expect(addTier(null, "Beta", actor)).rejects.toMatchObject({ fields: { name: expect.any(String) } });
    await expect(addTier((await tier("Beta minor")).id, "Too deep", actor)).rejects.toMatchObject({
      fields: { parentId: expect.any(String) },
    });
    const id = await addTier((await tier("Alpha")).id, "Beta mid", actor); // same name under another parent is fine
    expect(id).toBeGreaterThan(0);
  });
});
