import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readCard } from "@/lib/cards/read-card";
import { createOccupation, updateOccupation } from "./edit";
import { getPublishedOccupation } from "./read";
import type { ProfileContent } from "./schema";
import { listUnresolvedLinks } from "./unresolved-links";

const actor = { id: null, email: "test@example.test" };
function card(file: string): ProfileContent {
  const r = readCard(readFileSync(path.resolve(__dirname, "../../db/demo", file), "utf8"));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.profile;
}
const steps = async (slug: string) => (await getPublishedOccupation(slug))!.profile.careerPath;

describe("links by short form (alias) and the unresolved ones", () => {
  it("the three labor-union cards link their short-form career steps, and the rest are listed as unresolved", async () => {
    const sg = await createOccupation(card("labor-union-secretary-general.txt"), { actor, publish: true });
    const chair = await createOccupation(card("labor-union-chairperson.txt"), { actor, publish: true });
    await createOccupation(card("labor-union-bureau-chief.txt"), { actor, publish: true });

    expect(await steps(sg.slug)).toEqual([
      { name: "Union secretary", slug: null },
      { name: "Deputy secretary general", slug: null },
      { name: "Secretary general", slug: null },
      { name: "Chairperson", slug: "labor-union-chairperson" },
      { name: "Bureau chief", slug: "labor-union-bureau-chief" },
    ]);

    const { total, links } = await listUnresolvedLinks();
    const named = links.map((l) => `${l.occupation.slug} ${l.list}[${l.position}] ${l.name}`);
    expect(named).toContain("labor-union-secretary-general career[0] Union secretary");
    expect(named).toContain("labor-union-secretary-general career[1] Deputy secretary general");
    expect(named).toContain("labor-union-bureau-chief related[2] Human resources manager");
    // A step naming the profile itself by its name or an alias is not a broken link; by another
    // short form ("Secretary general" is no alias of the seed card) it is one an editor can fix.
    expect(named).not.toContain("labor-union-chairperson career[2] Labor union chairperson");
    expect(named).toContain("labor-union-secretary-general career[2] Secretary general");
    expect(named.some((n) => n.includes(" Chairperson"))).toBe(false);
    expect(total).toBe(links.length);
    expect((await listUnresolvedLinks({ limit: 2, offset: 1 })).links).toEqual(links.slice(1, 3));

    // Dropping the alias takes the link back to plain text, and it is listed as unresolved.
    const content = card("labor-union-chairperson.txt");
    await updateOccupation(
      chair.id,
      { ...content, aliases: content.aliases.filter((a) => a !== "Chairperson") },
      { expectedVersion: 1, actor, publish: true },
    );
    expect((await steps(sg.slug))[3]).toEqual({ name: "Chairperson", slug: null });
    const after = await listUnresolvedLinks();
    expect(after.total).toBe(total + 1);
    expect(after.links.map((l) => l.name)).toContain("Chairperson");
  });
});
