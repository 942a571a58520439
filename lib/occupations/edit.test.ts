import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readCard } from "@/lib/cards/read-card";
import { getPublishedOccupation } from "./read";
import { createOccupation, deleteOccupation, publishOccupation, undeleteOccupation, unpublishOccupation, updateOccupation } from "./edit";
import type { ProfileContent } from "./schema";

const actor = { id: null, email: "test@example.test" };
function card(file: string): ProfileContent {
  const r = readCard(readFileSync(path.resolve(__dirname, "../../db/demo", file), "utf8"));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.profile;
}

describe("editing occupations", () => {
  it("drafts stay private until published; edits of a published profile wait as drafts", async () => {
    const seed = card("labor-union-secretary-general.txt");
    const created = await createOccupation(seed, { actor });
    expect(created).toMatchObject({ slug: "labor-union-secretary-general", status: "draft", version: 1 });
    expect(await getPublishedOccupation(created.slug)).toBeUndefined();

    const published = await publishOccupation(created.id, { expectedVersion: 1, actor });
    expect(published.version).toBe(2);
    expect((await getPublishedOccupation(created.slug))?.profile.summary).toBe(seed.summary);

    const edited = await updateOccupation(created.id, { ...seed, summary: "A new summary." }, { expectedVersion: 2, actor });
    expect(edited).toMatchObject({ version: 3, status: "published" });
    expect((await getPublishedOccupation(created.slug))?.profile.summary).toBe(seed.summary);

    await publishOccupation(created.id, { expectedVersion: 3, actor });
    expect((await getPublishedOccupation(created.slug))?.profile.summary).toBe("A new summary.");

    await unpublishOccupation(created.id, { expectedVersion: 4, actor });
    expect(await getPublishedOccupation(created.slug)).toBeUndefined();
  });

  it("refuses a save made on a stale version", async () => {
    const nurse = await createOccupation(card("registered-nurse.txt"), { actor, publish: true });
    await updateOccupation(nurse.id, { ...card("registered-nurse.txt"), summary: "First editor." }, { expectedVersion: 1, actor, publish: true });
    await expect(
      updateOccupation(nurse.id, { ...card("registered-nurse.txt"), summary: "Second editor." }, { expectedVersion: 1, actor, publish: true }),
    ).rejects.toMatchObject({ status: 412 });
    expect((await getPublishedOccupation(nurse.slug))?.profile.summary).toBe("First editor.");
  });

  it("refuses a slug that is taken, naming the field", async () => {
    const a = await createOccupation(card("pharmacist.txt"), { actor });
    await expect(createOccupation({ ...card("pharmacist.txt"), name: "Other" }, { actor, slug: a.slug })).rejects.toMatchObject({
      fields: { slug: expect.stringContaining("Pharmacist") },
    });
  });

  it("resolves links when the target appears later, and falls back to plain names after a delete", async () => {
    const chair = card("labor-union-chairperson.txt");
    const bureau = card("labor-union-bureau-chief.txt");
    const b = await createOccupation(bureau, { actor, publish: true });
    const c = await createOccupation(chair, { actor, publish: true });
    const linkTo = async (slug: string, name: string) =>
      (await getPublishedOccupation(slug))?.profile.relatedJobs.find((r) => r.name === name)?.slug ?? null;
    expect(await linkTo(b.slug, "Labor union chairperson")).toBe(c.slug);
    await deleteOccupation(c.id, { actor });
    expect(await linkTo(b.slug, "Labor union chairperson")).toBeNull();
    await undeleteOccupation(c.id, { actor });
    expect(await linkTo(b.slug, "Labor union chairperson")).toBe(c.slug);
  });

  it("keeps names unique among live profiles, ignoring case and width", async () => {
    const base = { ...card("baker.txt"), aliases: [], relatedJobs: [], careerPath: [] };
    const first = await createOccupation({ ...base, name: "Unique Baker" }, { actor, publish: true });
    for (const name of ["unique baker", "ＵＮＩＱＵＥ　ＢＡＫＥＲ", "  Unique   Baker "]) {
      await expect(createOccupation({ ...base, name: name.trim() }, { actor, slug: "another-baker" })).rejects.toMatchObject({
        fields: { name: `Already used by ${first.slug}` },
      });
    }
    const second = await createOccupation({ ...base, name: "Unique Baker Two" }, { actor });
    await expect(updateOccupation(second.id, { ...base, name: "UNIQUE BAKER" }, { expectedVersion: 1, actor })).rejects.toMatchObject({
      fields: { name: `Already used by ${first.slug}` },
    });
    // A deleted profile frees its name; restoring it while the name is used again is refused.
    await deleteOccupation(first.id, { actor });
    const third = await createOccupation({ ...base, name: "Unique Baker" }, { actor, slug: "unique-baker-again" });
    await expect(undeleteOccupation(first.id, { actor })).rejects.toThrow(/now used by unique-baker-again/);
    expect(third.slug).toBe("unique-baker-again");
  });
});
