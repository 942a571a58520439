import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getPublishedOccupation } from "@/lib/occupations/read";
import { searchOccupations } from "@/lib/search/search";
import { ensureSearchIndex } from "@/lib/search/sync-index";
import { MIGRATIONS_FOLDER, openDatabase } from "./index";
import { migrationsBefore } from "./testing/migrations-before";

describe("migrations on a database that holds data", () => {
  it("upgrade a first-release database without losing anything", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "catalog-migrate-"));
    const file = path.join(dir, "old.db");
    const old = new Database(file);
    // The first release's migration only: every one before the second.
    const [, second] = JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, "meta/_journal.json"), "utf8")).entries;
    migrate(drizzle(old), { migrationsFolder: migrationsBefore(MIGRATIONS_FOLDER, second.tag) });
    old.exec(`
      INSERT INTO classifications (id, level, parent_id, parent_key, name, slug) VALUES
        (1, 1, NULL, 0, 'Old Major', 'old-major'), (2, 2, 1, 1, 'Old Middle', 'old-middle'), (3, 3, 2, 2, 'Old Minor', 'old-minor');
      INSERT INTO occupations (id, slug, name, name_key, reading, minor_id, summary, description, status, version)
        VALUES (1, 'old-job', 'Old job', 'old job', 'むかしのしごと', 3, 'Kept summary.', 'Kept description.', 'published', 7);
      INSERT INTO occupation_terms (occupation_id, list, position, value, value_key) VALUES (1, 'alias', 0, 'Legacy title', 'legacy title');
      INSERT INTO occupation_aptitudes (occupation_id, kind, position, item, reason) VALUES (1, 'strength', 0, 'Patience', 'Because.');
      INSERT INTO users (email, password_hash, role) VALUES ('old@example.test', 'x', 'admin');
      INSERT INTO revisions (occupation_id, version, snapshot, status) VALUES (1, 7, '{}', 'published');
      INSERT INTO api_tokens (user_id, token_hash, created_at) VALUES (1, 'h', '2026-01-01T00:00:00.000Z');
    `);
    old.close();

    const db = openDatabase(file); // applies every later migration
    (globalThis as { catalogDb?: unknown }).catalogDb = db;
    const sqlite = db.sqlite.writer;
    const applied = (sqlite.prepare("SELECT count(*) AS n FROM __drizzle_migrations").get() as { n: number }).n;
    const shipped = JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, "meta/_journal.json"), "utf8")).entries.length;
    expect(applied).toBe(shipped);
    expect(sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
    const found = await getPublishedOccupation("old-job");
    expect(found?.profile).toMatchObject({
      name: "Old job",
      reading: "むかしのしごと",
      summary: "Kept summary.",
      description: "Kept description.",
      version: 7,
      aliases: ["Legacy title"],
      aptitudes: { strengths: [{ item: "Patience", reason: "Because." }], weaknesses: [] },
      classification: { major: "Old Major", middle: "Old Middle", minor: "Old Minor" },
    });
    // Start-up indexes what the old release stored, so the old profile is searchable.
    await ensureSearchIndex();
    expect((await searchOccupations({ q: "legacy title" })).results.map((r) => r.slug)).toEqual(["old-job"]);
    expect((sqlite.prepare("SELECT count(*) AS n FROM users").get() as { n: number }).n).toBe(1);
    expect((sqlite.prepare("SELECT count(*) AS n FROM revisions").get() as { n: number }).n).toBe(1);
    // A token from before expiry existed gets the default 90 days from its creation.
    expect(sqlite.prepare("SELECT expires_at AS e FROM api_tokens").get()).toEqual({ e: "2026-04-01T00:00:00.000Z" });
  });
});
