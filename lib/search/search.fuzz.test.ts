import fc from "fast-check";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { decodeCardFile } from "@/lib/interchange/decode-card";
import { importRecords } from "@/lib/interchange/import";
import { searchOccupations } from "./search";
import { suggestOccupations } from "./suggest";

const DEMO = path.resolve(import.meta.dirname, "../../db/demo");

beforeAll(async () => {
  const records = readdirSync(DEMO).flatMap((f) => decodeCardFile(f, readFileSync(path.join(DEMO, f), "utf8")));
  await importRecords(records);
});

const hostile = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc
    .array(
      fc.constantFrom(
        '"',
        "*",
        "(",
        ")",
        "AND",
        "OR",
        "NOT",
        "NEAR",
        "name:",
        "-",
        "%",
        "_",
        "\\",
        "'",
        ";",
        "^",
        "{",
        "}",
        "ろう",
        "ロウ",
        "rō",
        "😀",
        " ",
      ),
      { maxLength: 12 },
    )
    .map((a) => a.join("")),
);

describe("search under arbitrary queries", () => {
  it("answers with results or none and never throws", async () => {
    await fc.assert(
      fc.asyncProperty(hostile, fc.integer({ min: 1, max: 3 }), async (q, page) => {
        const r = await searchOccupations({ q, page, pageSize: 10 });
        expect(r.total).toBeGreaterThanOrEqual(0);
        expect(r.results.length).toBeLessThanOrEqual(10);
        const s = await suggestOccupations(q);
        expect(s.length).toBeLessThanOrEqual(10);
      }),
      { numRuns: 300 },
    );
  });
});
