import { describe, expect, it } from "vitest";
import { createOccupation } from "@/lib/occupations/edit";
import { emptyProfile } from "@/lib/occupations/schema";
import { getPublicTierTree, getTierTree } from "./browse";

const actor = { id: null, email: "test@example.test" };
const profile = (name: string, major: string) => ({
  ...emptyProfile(),
  name,
  classification: { major, middle: `${major} middle`, minor: `${major} minor` },
});

describe("public tier lists", () => {
  it("show only tiers with published profiles, never a draft-only tier with count 0", async () => {
    await createOccupation(profile("Published baker", "Food"), { actor, publish: true });
    await createOccupation(profile("Draft welder", "Metal"), { actor });
    const names = (await getPublicTierTree()).map((t) => [t.name, t.count, t.children.map((m) => m.children.map((n) => n.name))]);
    expect(names).toEqual([["Food", 1, [["Food minor"]]]]);
    // The admin forms still offer every tier.
    expect((await getTierTree()).map((t) => t.name)).toEqual(["Food", "Metal"]);
  });
});
