import { describe, expect, it } from "vitest";
import { dialect, writeTransaction } from "@/db/index";
import { countStatements } from "@/db/statement-count";
import {
  findTierPath,
  getPublicTierTree,
  listOccupationsInMinor,
  listPreviewsInMinors,
  listRecentlyUpdated,
} from "@/lib/classifications/browse";
import { lastPublishedAt } from "@/lib/revisions/public-history";
import { useEmptyDatabase } from "@/test/use-database";
import { getPublishedOccupation } from "./read";
import { emptyProfile, type ProfileContent } from "./schema";
import { saveProfile } from "./write";

const tiers = (minor: string) => ({ major: "Major Group", middle: "Middle Group", minor });
const job = (name: string, minor: string, more: Partial<ProfileContent> = {}): ProfileContent => ({
  ...emptyProfile(),
  name,
  classification: tiers(minor),
  summary: `What a ${name} does.`,
  ...more,
});

/** A catalog of `n` jobs, each in a Minor group of its own, and a "Hub" profile linking to all of them, with n skills, aliases and strengths. */
async function catalogOf(n: number) {
  useEmptyDatabase();
  const names = Array.from({ length: n }, (_, i) => `Job ${i + 1}`);
  await writeTransaction(async (tx) => {
    for (const [i, name] of names.entries()) await saveProfile(tx, job(name, `Minor ${i + 1}`), { status: "published" });
    const hub = job("Hub", "Minor 1", {
      relatedJobs: names.map((name) => ({ name, slug: null })),
      careerPath: names.map((name) => ({ name, slug: null })),
      requiredSkills: names.map((name) => `Skill of ${name}`),
      recommendedSkills: names.map((name) => `Extra of ${name}`),
      personalityTraits: names.map((name) => `Trait of ${name}`),
      aliases: names.map((name) => `Alias of ${name}`),
      aptitudes: { strengths: names.map((name) => ({ item: `Strength of ${name}`, reason: "" })), weaknesses: [] },
    });
    await saveProfile(tx, hub, { status: "published", slug: "hub" });
  });
}

/** The reads each public page makes for its data, as the pages make them. */
const pages = {
  async profile() {
    const found = await getPublishedOccupation("hub");
    await lastPublishedAt(found!.meta.id);
    return found!.profile.relatedJobs.filter((l) => l.slug).length;
  },
  async home() {
    await getPublicTierTree();
    return (await listRecentlyUpdated()).length;
  },
  async middle() {
    const { nodes } = (await findTierPath(["major-group", "middle-group"]))!;
    const previews = await listPreviewsInMinors(
      nodes[1].children.map((m) => m.id),
      3,
    );
    return [...previews.values()].flat().length;
  },
  async minor() {
    const { nodes } = (await findTierPath(["major-group", "middle-group", "minor-1"]))!;
    return (await listOccupationsInMinor(nodes[2].id, 60, 0, "reading")).length;
  },
};

/**
 * No N+1: each public page reads its data in a fixed number of statements, whatever the number of
 * related jobs, skills, aliases or Minor groups (counted by Drizzle's logger, on whichever store the
 * suite runs: SQLite under `npm test`, PostgreSQL under `npm run test:pg`).
 */
describe("statements per public page", () => {
  it("do not grow with a profile's related jobs and lists, nor with a tier's groups", async () => {
    const counts = async (n: number) => {
      await catalogOf(n);
      const out: Record<string, { statements: number; items: number }> = {};
      for (const [page, read] of Object.entries(pages)) {
        const { result, statements } = await countStatements(read);
        out[page] = { statements: statements.length, items: result };
      }
      return out;
    };
    const small = await counts(2);
    const large = await counts(12);
    // The data is really there (links resolved, one group per job, …).
    expect(large.profile.items).toBe(12);
    expect(large.middle.items).toBe(13);
    expect(small.middle.items).toBe(3);
    for (const page of Object.keys(pages))
      expect({ page, statements: large[page].statements }).toEqual({ page, statements: small[page].statements });
    // One profile: slug, row, terms, aptitudes, links, last published revision; on PostgreSQL, where
    // each statement is a round trip, the first five are one statement (read-pg.ts).
    expect(large.profile.statements).toBeLessThanOrEqual(dialect === "pg" ? 2 : 6);
    expect(large.home.statements).toBeLessThanOrEqual(3);
  }, 60_000);
});
