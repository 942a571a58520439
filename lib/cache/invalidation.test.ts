import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { and, eq, gt, lte, max } from "drizzle-orm";
import { db } from "@/db/index";
import { cacheInvalidations, classifications, occupationLinks, occupations } from "@/db/schema";
import { addTier, deleteTier, mergeTier, moveTier, renameTier } from "@/lib/classifications/manage";
import { generateCatalog } from "@/lib/generate/generate";
import { decodeFiles, expandPaths } from "@/lib/interchange/read-files";
import { importRecords } from "@/lib/interchange/import";
import {
  deleteOccupation,
  idForSlug,
  publishOccupation,
  undeleteOccupation,
  unpublishOccupation,
  updateOccupation,
  createOccupation,
} from "@/lib/occupations/edit";
import { editableContent } from "@/lib/occupations/write";
import type { ProfileContent } from "@/lib/occupations/schema";

/**
 * The table of writes → public pages they must and must not invalidate (the tags a write queues
 * in the outbox). Runs in order on the demo catalog; each row starts from the state the rows
 * above left behind.
 */
const actor = { id: null, email: "test@example.test" };
const NURSE = "healthcare-occupations/nursing-professionals/registered-nurses";

async function tagsOf(write: () => Promise<unknown>): Promise<Set<string>> {
  const [before] = await db.select({ id: max(cacheInvalidations.id) }).from(cacheInvalidations);
  await write();
  const rows = await db.select().from(cacheInvalidations);
  return new Set(rows.filter((r) => r.id > (before?.id ?? 0)).flatMap((r) => r.tags.split("\n")));
}

const id = async (slug: string) => (await idForSlug(slug, true))!;
const version = async (slug: string) =>
  (
    await db
      .select({ v: occupations.version })
      .from(occupations)
      .where(eq(occupations.id, await id(slug)))
  )[0].v;
const content = async (slug: string) => (await editableContent(db, await id(slug)))!;
const tierId = async (slug: string, level: number) =>
  (
    await db
      .select({ id: classifications.id })
      .from(classifications)
      .where(and(eq(classifications.slug, slug), eq(classifications.level, level)))
  )[0].id;

type Row = { write: string; run: () => Promise<unknown>; must: string[]; mustNot: string[] };

const rows: Row[] = [
  {
    write: "draft save of a published profile",
    run: async () =>
      updateOccupation(
        await id("registered-nurse"),
        { ...(await content("registered-nurse")), summary: "Draft only." },
        { expectedVersion: await version("registered-nurse"), actor },
      ),
    must: [],
    mustNot: ["profile:registered-nurse", "home", "sitemap", `tier:${NURSE}`],
  },
  {
    write: "publish (the pending draft goes live)",
    run: async () => publishOccupation(await id("registered-nurse"), { expectedVersion: await version("registered-nurse"), actor }),
    must: [
      "profile:registered-nurse",
      `tier:${NURSE}`,
      "tier:healthcare-occupations",
      "tier:healthcare-occupations/nursing-professionals",
      "home",
      "sitemap",
      "feed",
      "reading-index",
    ],
    // Text only: pages linking to it show its slug, not its summary; counts do not move.
    mustNot: ["profile:licensed-practical-nurse", "profile:pharmacist", "browse", "profile:baker", "tier:production-process-occupations"],
  },
  {
    write: "unpublish",
    run: async () => unpublishOccupation(await id("registered-nurse"), { expectedVersion: await version("registered-nurse"), actor }),
    must: [
      "profile:registered-nurse",
      `tier:${NURSE}`,
      "browse",
      "home",
      "sitemap",
      "profile:licensed-practical-nurse",
      "profile:pharmacist",
    ],
    mustNot: ["profile:baker", "tier:clerical-occupations"],
  },
  {
    write: "edit of an unpublished profile",
    run: async () =>
      updateOccupation(
        await id("registered-nurse"),
        { ...(await content("registered-nurse")), summary: "Still a draft." },
        { expectedVersion: await version("registered-nurse"), actor },
      ),
    must: [],
    mustNot: ["profile:registered-nurse", "home", "sitemap"],
  },
  {
    write: "publish again",
    run: async () => publishOccupation(await id("registered-nurse"), { expectedVersion: await version("registered-nurse"), actor }),
    must: ["profile:registered-nurse", "browse", "profile:licensed-practical-nurse"],
    mustNot: ["profile:baker"],
  },
  {
    write: "slug change",
    run: async () =>
      updateOccupation(await id("registered-nurse"), await content("registered-nurse"), {
        expectedVersion: await version("registered-nurse"),
        slug: "nurse-rn",
        publish: true,
        actor,
      }),
    must: ["profile:registered-nurse", "profile:nurse-rn", "profile:licensed-practical-nurse", "profile:pharmacist", "sitemap"],
    mustNot: ["profile:baker", "browse"],
  },
  {
    write: "delete",
    run: async () => deleteOccupation(await id("baker"), { actor }),
    must: [
      "profile:baker",
      "tier:production-process-occupations/food-manufacturing-workers/bakers-and-confectioners",
      "browse",
      "home",
      "sitemap",
    ],
    mustNot: ["profile:nurse-rn", "tier:healthcare-occupations"],
  },
  {
    write: "undo delete",
    run: async () => undeleteOccupation(await id("baker"), { actor }),
    must: ["profile:baker", "tier:production-process-occupations", "browse"],
    mustNot: ["profile:nurse-rn"],
  },
  {
    write: "restore a revision (saved and published as a new version)",
    run: async () =>
      updateOccupation(
        await id("baker"),
        { ...(await content("baker")), summary: "Restored text." },
        { expectedVersion: await version("baker"), publish: true, actor, message: "Restored version 1" },
      ),
    must: ["profile:baker", "tier:production-process-occupations/food-manufacturing-workers/bakers-and-confectioners"],
    mustNot: ["profile:nurse-rn", "browse", "tier:healthcare-occupations"],
  },
  {
    write: "import of an edited card",
    run: async () => {
      const { files } = await expandPaths([path.resolve("db/demo/welder.txt")], "card");
      const records = await decodeFiles(files);
      records[0].content = { ...(records[0].content as ProfileContent), summary: "Imported summary." };
      return importRecords(records, { actor: "cli" });
    },
    must: ["profile:welder", "tier:production-process-occupations/metal-processing-workers/welders"],
    mustNot: ["profile:baker", "profile:nurse-rn", "browse"],
  },
  {
    write: "import of an unchanged card",
    run: async () =>
      importRecords(await decodeFiles((await expandPaths([path.resolve("db/demo/architect.txt")], "card")).files), { actor: "cli" }),
    must: [],
    mustNot: ["profile:architect", "home"],
  },
  {
    write: "new draft profile",
    run: async () => createOccupation({ ...(await content("welder")), name: "Welding inspector", aliases: [] }, { actor }),
    must: [],
    mustNot: ["profile:welding-inspector", "home"],
  },
  {
    write: "tier rename (Minor)",
    run: async () => renameTier(await tierId("welders", 3), "Welders and cutters", actor),
    must: [
      "tier:production-process-occupations/metal-processing-workers/welders",
      "tier:production-process-occupations/metal-processing-workers/welders-and-cutters",
      "tier:production-process-occupations/metal-processing-workers",
      "profile:welder",
    ],
    mustNot: ["profile:baker", "tier:healthcare-occupations", "profile:machinist"],
  },
  {
    write: "tier move (Minor to another Middle)",
    run: async () => moveTier(await tierId("welders-and-cutters", 3), await tierId("food-manufacturing-workers", 2), actor),
    must: [
      "tier:production-process-occupations/metal-processing-workers",
      "tier:production-process-occupations/food-manufacturing-workers",
      "tier:production-process-occupations/food-manufacturing-workers/welders-and-cutters",
      "profile:welder",
    ],
    mustNot: ["profile:baker", "tier:healthcare-occupations"],
  },
  {
    write: "tier add (empty Minor)",
    run: async () => addTier(await tierId("pharmacy-professionals", 2), "Hospital pharmacists", actor),
    must: ["tier:healthcare-occupations/pharmacy-professionals", "tier:healthcare-occupations/pharmacy-professionals/hospital-pharmacists"],
    mustNot: ["profile:pharmacist", "tier:production-process-occupations"],
  },
  {
    write: "tier merge",
    run: async () => mergeTier(await tierId("hospital-pharmacists", 3), await tierId("pharmacists", 3), actor),
    must: ["tier:healthcare-occupations/pharmacy-professionals", "tier:healthcare-occupations/pharmacy-professionals/hospital-pharmacists"],
    mustNot: ["tier:production-process-occupations", "profile:baker"],
  },
  {
    write: "tier delete (empty Minor)",
    run: async () => {
      const t = await addTier(await tierId("pharmacy-professionals", 2), "Temporary", actor);
      await deleteTier(t, actor);
    },
    must: ["tier:healthcare-occupations/pharmacy-professionals/temporary", "tier:healthcare-occupations/pharmacy-professionals"],
    mustNot: ["profile:pharmacist", "tier:production-process-occupations"],
  },
  {
    write: "generate",
    run: async () => generateCatalog({ count: 30, seed: 7 }),
    // Existing profiles whose unresolved links now name a generated one change too: checked below.
    must: ["home", "browse", "sitemap"],
    mustNot: [],
  },
];

describe("what each write invalidates", () => {
  beforeAll(async () => {
    const { files } = await expandPaths([path.resolve("db/demo")], "card");
    await importRecords(await decodeFiles(files), { actor: "demo" });
  });

  it("generate invalidates an existing profile only when one of its links now points at a generated profile", async () => {
    const [top] = await db.select({ id: max(occupations.id) }).from(occupations);
    const tags = await tagsOf(() => generateCatalog({ count: 30, seed: 8 }));
    const linking = await db
      .selectDistinct({ slug: occupations.slug })
      .from(occupationLinks)
      .innerJoin(occupations, eq(occupations.id, occupationLinks.occupationId))
      .where(and(gt(occupationLinks.targetId, top!.id!), lte(occupations.id, top!.id!)));
    const expected = linking.map((r) => `profile:${r.slug}`).sort();
    expect([...tags].filter((t) => t.startsWith("profile:")).sort()).toEqual(expected);
  });

  for (const row of rows) {
    it(`${row.write}: ${row.must.length ? row.must.length + " pages" : "no public page"}`, async () => {
      const tags = await tagsOf(row.run);
      for (const t of row.must) expect(tags, `${row.write} must invalidate ${t}`).toContain(t);
      for (const t of row.mustNot) expect(tags, `${row.write} must not invalidate ${t}`).not.toContain(t);
      if (!row.must.length) expect([...tags]).toEqual([]);
    });
  }
});
