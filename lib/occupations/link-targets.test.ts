import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readCard } from "@/lib/cards/read-card";
import { createOccupation } from "./edit";
import { searchLinkTargets } from "./link-targets";
import { adminListQuery, listOccupationsForAdmin } from "./admin-list";

const actor = { id: null, email: "test@example.test" };
function card(file: string) {
  const r = readCard(readFileSync(path.resolve(__dirname, "../../db/demo", file), "utf8"));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.profile;
}

describe("link targets and the admin list", () => {
  it("finds other profiles by name, reading or alias, never the profile itself", async () => {
    const plumber = await createOccupation(card("plumber.txt"), { actor, publish: true });
    const welder = await createOccupation(card("welder.txt"), { actor });
    expect((await searchLinkTargets("plumb")).map((r) => r.name)).toEqual(["Plumber"]);
    expect((await searchLinkTargets("plumb", plumber.id)).length).toBe(0);
    const byReading = await searchLinkTargets(card("welder.txt").reading.slice(0, 3));
    expect(byReading[0]).toMatchObject({ id: welder.id, matched: "reading", status: "draft", tier: expect.stringContaining("›") });
    const alias = card("plumber.txt").aliases[0];
    expect((await searchLinkTargets(alias.slice(0, 4))).some((r) => r.id === plumber.id)).toBe(true);
  });

  it("lists by status and search term", async () => {
    const all = await listOccupationsForAdmin(adminListQuery.parse({ q: "", major: "", status: "", sort: "name", page: 1 }));
    expect(all.total).toBeGreaterThanOrEqual(2);
    const drafts = await listOccupationsForAdmin(adminListQuery.parse({ q: "", major: "", status: "draft", sort: "updated", page: 1 }));
    expect(drafts.rows.map((r) => r.name)).toEqual(["Welder"]);
    const q = await listOccupationsForAdmin(adminListQuery.parse({ q: "PLUM", status: "", major: "", sort: "name", page: "1" }));
    expect(q.rows.map((r) => r.slug)).toEqual(["plumber"]);
    expect(adminListQuery.parse({ q: 1, status: "bogus", sort: "x", page: "-3" })).toMatchObject({ status: "", sort: "updated", page: 1 });
  });
});
