import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readCard } from "@/lib/cards/read-card";
import { createOccupation } from "@/lib/occupations/edit";
import type { ProfileContent } from "@/lib/occupations/schema";
import { compareOccupations } from "./compare";
import { findPublishedSlug } from "./find-published";
import { compareQuery, comparison } from "./schema";
import { compareHref, moveSlug, parseSlugs } from "./selection";

const actor = { id: null, email: "test@example.test" };
function card(file: string): ProfileContent {
  const r = readCard(readFileSync(path.resolve(__dirname, "../../db/demo", file), "utf8"));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.profile;
}
const SG = "labor-union-secretary-general";
const CHAIR = "labor-union-chairperson";
const BUREAU = "labor-union-bureau-chief";

describe("comparing profiles", () => {
  beforeAll(async () => {
    for (const f of [`${SG}.txt`, `${CHAIR}.txt`, `${BUREAU}.txt`, "baker.txt"]) await createOccupation(card(f), { actor, publish: true });
    await createOccupation({ ...card("chef.txt"), name: "Draft chef" }, { actor, slug: "draft-chef" });
  });

  it("the three labor-union profiles: what they share, and what only one has", async () => {
    const c = await compareOccupations([SG, CHAIR, BUREAU]);
    expect(comparison.parse(c)).toEqual(c);
    expect(c.profiles.map((p) => p.slug)).toEqual([SG, CHAIR, BUREAU]);
    expect(c.missing).toEqual([]);
    expect(c.tiers.every((t) => t.shared)).toBe(true);

    const section = (key: string) => c.sections.find((s) => s.key === key)!;
    const row = (key: string, item: string) => section(key).rows.find((r) => r.item === item)!;
    // All three require labor law knowledge; only the secretary general lists meeting management.
    expect(row("requiredSkills", "Labor law knowledge")).toMatchObject({ shared: true, onlyIn: null });
    expect(row("requiredSkills", "Meeting management")).toMatchObject({
      shared: false,
      onlyIn: SG,
      cells: [{ has: true }, { has: false }, { has: false }],
    });
    // Two of three: neither shared nor unique.
    expect(row("requiredSkills", "Negotiation skills")).toMatchObject({ shared: false, onlyIn: null });
    // Shared rows come first.
    const req = section("requiredSkills").rows;
    expect(req.findIndex((r) => !r.shared)).toBe(req.filter((r) => r.shared).length);
    // Aptitudes carry each profile's reason.
    const stress = row("strengths", "Stress Tolerance");
    expect(stress.shared).toBe(true);
    expect(stress.cells[1].reason).toMatch(/^Because negotiations and member expectations/);
    expect(row("weaknesses", "Technical Expertise")).toMatchObject({ onlyIn: CHAIR });
    // Career steps keep their position and link by alias; related jobs their link.
    expect(row("careerPath", "Labor union secretary general").cells).toEqual([
      { has: false },
      { has: true, step: 2, slug: SG },
      { has: true, step: 2, slug: SG },
    ]);
    expect(row("careerPath", "Chairperson").cells[0]).toEqual({ has: true, step: 4, slug: CHAIR });
    expect(row("relatedJobs", "Human resources manager")).toMatchObject({
      onlyIn: BUREAU,
      cells: [{ has: false }, { has: false }, { has: true, slug: null }],
    });
  });

  it("items match by name key, across case and width", async () => {
    const baker = card("baker.txt");
    await createOccupation(
      { ...baker, name: "Pastry baker", requiredSkills: baker.requiredSkills.map((s) => s.toUpperCase()) },
      { actor, publish: true, slug: "pastry-baker" },
    );
    const c = await compareOccupations(["baker", "pastry-baker"]);
    const rows = c.sections.find((s) => s.key === "requiredSkills")!.rows;
    expect(rows).toHaveLength(baker.requiredSkills.length);
    expect(rows.every((r) => r.shared)).toBe(true);
  });

  it("unknown, draft and malformed slugs are named and left out", async () => {
    const c = await compareOccupations(["nope", SG, "draft-chef", "<b>x</b>"]);
    expect(c.profiles.map((p) => p.slug)).toEqual([SG]);
    expect(c.missing).toEqual(["nope", "draft-chef", "<b>x</b>"]);
    // One profile: nothing is "shared" or "only in" it.
    expect(c.sections.flatMap((s) => s.rows).some((r) => r.shared || r.onlyIn)).toBe(false);
  });

  it("the query: 2 to 4 slugs, trimmed, lower-cased, without repeats", () => {
    expect(compareQuery.parse({ slugs: " a, B ,a,,c" })).toEqual({ slugs: ["a", "b", "c"] });
    expect(compareQuery.safeParse({ slugs: "a,b,c,d,e" }).error?.issues[0].message).toBe("Compare at most 4 profiles at once");
    expect(compareQuery.safeParse({ slugs: "a" }).error?.issues[0].message).toBe("Compare at least 2 profiles");
    expect(compareQuery.safeParse({}).success).toBe(false);
    expect(compareQuery.safeParse({ slugs: "a,".repeat(600) }).success).toBe(false);
  });

  it("URL helpers: href, move", () => {
    expect(compareHref(["a", "b"])).toBe("/compare?slugs=a,b");
    expect(parseSlugs(new URL(`http://x${compareHref(["a", "b"])}`).searchParams.get("slugs"))).toEqual(["a", "b"]);
    expect(moveSlug(["a", "b", "c"], "c", -1)).toEqual(["a", "c", "b"]);
    expect(moveSlug(["a", "b", "c"], "a", -1)).toEqual(["a", "b", "c"]);
  });

  it("finds the profile a reader typed: slug, name or alias; published only", async () => {
    expect(await findPublishedSlug(SG)).toBe(SG);
    expect(await findPublishedSlug("  LABOR union Chairperson ")).toBe(CHAIR);
    expect(await findPublishedSlug("Union president")).toBe(CHAIR);
    expect(await findPublishedSlug("Draft chef")).toBeUndefined();
    expect(await findPublishedSlug("")).toBeUndefined();
  });
});
