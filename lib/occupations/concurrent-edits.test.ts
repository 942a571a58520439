import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/db/index";
import { revisions } from "@/db/schema";
import { eq } from "drizzle-orm";
import { readCard } from "@/lib/cards/read-card";
import { ConflictError } from "@/lib/errors";
import { createOccupation, updateOccupation } from "./edit";
import { getPublishedOccupation } from "./read";
import type { ProfileContent } from "./schema";

const actor = { id: null, email: "test@example.test" };
const seed = (() => {
  const r = readCard(readFileSync(path.resolve(__dirname, "../../db/demo/labor-union-secretary-general.txt"), "utf8"));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.profile as ProfileContent;
})();

// Runs on both stores: on SQLite writers queue on one lock; on PostgreSQL they really overlap
// (serialisable transactions on separate connections) and the losers are retried into a conflict.
describe("editors saving the same version at the same moment", () => {
  it("one save wins, every other gets a 412 conflict, and nothing is half-written or lost", async () => {
    const created = await createOccupation(seed, { actor, publish: true });
    const editors = Array.from({ length: 4 }, (_, i) => `Summary written by editor ${i}.`);
    const results = await Promise.allSettled(
      editors.map((summary) =>
        updateOccupation(created.id, { ...seed, summary }, { expectedVersion: created.version, actor, publish: true }),
      ),
    );
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r) => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(editors.length - 1);
    for (const r of lost) {
      expect(r.reason).toBeInstanceOf(ConflictError);
      expect((r.reason as ConflictError).message).toMatch(/changed meanwhile/);
    }
    const winner = editors[results.findIndex((r) => r.status === "fulfilled")];
    expect((await getPublishedOccupation(created.slug))?.profile.summary).toBe(winner);
    const versions = await db.select({ version: revisions.version }).from(revisions).where(eq(revisions.occupationId, created.id));
    expect(versions.map((v) => v.version).sort()).toEqual([1, 2]);
  });
});
