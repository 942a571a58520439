import fc from "fast-check";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readCard } from "@/lib/cards/read-card";
import { profileWrite } from "@/lib/occupations/schema";
import { decodeCsvFile } from "./decode-csv";
import { decodeJsonFile } from "./decode-json";
import { encodeCsv } from "./encode-csv";
import { encodeJsonProfiles } from "./encode-json";

const seed = readCard(readFileSync(path.resolve(import.meta.dirname, "../../db/demo/labor-union-secretary-general.txt"), "utf8"));
if (!seed.ok) throw new Error("seed card must parse");
const profile = { slug: "labor-union-secretary-general", ...seed.profile };
const JSON_TEXT = encodeJsonProfiles([profile, { ...profile, slug: "second", name: "Second" }]);
const CSV_TEXT = encodeCsv([profile, { ...profile, slug: "second", name: "Second" }]);

/** Damage a text the way bad files are damaged: cut, splice random text, duplicate, drop a byte. */
const damage = (text: string) =>
  fc
    .array(
      fc.oneof(
        fc.record({ kind: fc.constant("cut" as const), at: fc.nat(text.length) }),
        fc.record({ kind: fc.constant("splice" as const), at: fc.nat(text.length), s: fc.string({ maxLength: 30 }) }),
        fc.record({ kind: fc.constant("drop" as const), at: fc.nat(text.length), n: fc.integer({ min: 1, max: 40 }) }),
        fc.record({
          kind: fc.constant("chars" as const),
          at: fc.nat(text.length),
          s: fc.constantFrom('"', ",", "\n", "{", "}", "[", "]", "\\", "\u0000", "\r"),
        }),
      ),
      { minLength: 1, maxLength: 5 },
    )
    .map((ops) =>
      ops.reduce((t, op) => {
        const at = Math.min(op.at, t.length);
        if (op.kind === "cut") return t.slice(0, at);
        if (op.kind === "drop") return t.slice(0, at) + t.slice(at + op.n);
        return t.slice(0, at) + op.s + t.slice(at);
      }, text),
    );

function checkRecords(records: ReturnType<typeof decodeJsonFile>, text: string) {
  const lines = text.split(/\r\n|\r|\n/).length;
  for (const r of records) {
    if (r.content) expect(r.errors).toEqual([]);
    for (const e of r.errors) {
      expect(e.line).toBeGreaterThanOrEqual(1);
      expect(e.line).toBeLessThanOrEqual(lines);
      expect(e.message).not.toBe("");
    }
  }
}

describe("importers under damaged input", () => {
  it("JSON: valid records or line-numbered errors, never a throw", () => {
    fc.assert(
      fc.property(damage(JSON_TEXT), (text) => {
        checkRecords(decodeJsonFile("f.json", text), text);
      }),
      { numRuns: 400 },
    );
  });

  it("CSV: valid records or line-numbered errors, never a throw", () => {
    fc.assert(
      fc.property(damage(CSV_TEXT), (text) => {
        checkRecords(decodeCsvFile("f.csv", text), text);
      }),
      { numRuns: 400 },
    );
  });

  it("write API body validation: any JSON value is accepted or refused with issues, never a throw", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.jsonValue(), fc.record({ ...Object.fromEntries(Object.keys(profile).map((k) => [k, fc.jsonValue()])) })),
        (body) => {
          const r = profileWrite.safeParse(body);
          if (!r.success) expect(r.error.issues.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 500 },
    );
  });
});
