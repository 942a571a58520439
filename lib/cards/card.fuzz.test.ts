import fc from "fast-check";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readCard } from "./read-card";
import { serializeCard } from "./serialize";

const SEED = readFileSync(path.resolve(__dirname, "../../db/demo/labor-union-secretary-general.txt"), "utf8");
const LINES = SEED.split("\n");

/** Mutations of a valid card: what damaged or hand-edited files contain. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(LINES.length - 1) }),
  fc.record({ kind: fc.constant("swap" as const), a: fc.nat(LINES.length - 1), b: fc.nat(LINES.length - 1) }),
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(LINES.length), text: fc.string({ maxLength: 80 }) }),
  fc.record({ kind: fc.constant("bytes" as const), at: fc.nat(LINES.length - 1), text: fc.string({ unit: "binary", maxLength: 20 }) }),
  fc.record({ kind: fc.constant("long" as const), at: fc.nat(LINES.length - 1), n: fc.integer({ min: 1_000, max: 30_000 }) }),
  fc.record({ kind: fc.constant("nul" as const), at: fc.nat(LINES.length - 1) }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function apply(lines: string[], m: Mutation): string[] {
  const out = [...lines];
  const clamp = (i: number) => Math.min(i, Math.max(out.length - 1, 0));
  switch (m.kind) {
    case "delete":
      out.splice(clamp(m.at), 1);
      break;
    case "swap": {
      const a = clamp(m.a),
        b = clamp(m.b);
      [out[a], out[b]] = [out[b], out[a]];
      break;
    }
    case "insert":
      out.splice(Math.min(m.at, out.length), 0, m.text);
      break;
    case "bytes":
      out[clamp(m.at)] = `${out[clamp(m.at)] ?? ""}${m.text}`;
      break;
    case "long":
      out[clamp(m.at)] = `${out[clamp(m.at)] ?? ""}${"x".repeat(m.n)}`;
      break;
    case "nul":
      out[clamp(m.at)] = `${out[clamp(m.at)] ?? ""}\u0000`;
      break;
  }
  return out;
}

describe("card parser under mutation", () => {
  it("returns a profile that round-trips, or line-numbered errors; it never throws", () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (ms) => {
        const text = ms.reduce(apply, LINES).join("\n");
        const lineCount = text.split(/\r\n|\r|\n/).length;
        const result = readCard(text);
        if (result.ok) {
          const again = readCard(serializeCard(result.profile));
          expect(again.ok).toBe(true);
          if (again.ok) expect(serializeCard(again.profile)).toBe(serializeCard(result.profile));
        } else {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const e of result.errors) {
            expect(e.line).toBeGreaterThanOrEqual(1);
            expect(e.line).toBeLessThanOrEqual(lineCount);
            expect(e.message.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it("handles invalid UTF-8 decoded leniently and arbitrary text without throwing", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2_000 }), (bytes) => {
        const text = new TextDecoder("utf-8").decode(bytes);
        expect(() => readCard(text)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
