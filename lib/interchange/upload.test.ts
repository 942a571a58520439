import JSZip from "jszip";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decodeUploads } from "./upload";
import { UPLOAD_MAX_FILE_BYTES } from "./upload-limits";

/** Errors as the CLI shows them (file, line, English message), without the words for other languages. */
const plain = <E extends { phrase?: unknown }>(errors: E[]) => errors.map(({ phrase: _phrase, ...e }) => e);

const seed = readFileSync(path.resolve(import.meta.dirname, "../../db/demo/labor-union-secretary-general.txt"));

describe("uploads", () => {
  it("decodes cards, and a zip of cards, with a digest of what was sent", async () => {
    const zip = new JSZip();
    zip.file("cards/a.txt", seed);
    const bytes = await zip.generateAsync({ type: "uint8array" });
    const result = await decodeUploads([
      { name: "one.txt", bytes: seed },
      { name: "more.zip", bytes },
    ]);
    expect(result.errors).toEqual([]);
    expect(result.records.map((r) => r.file)).toEqual(["one.txt", "more.zip/cards/a.txt"]);
    expect(result.digest).toMatch(/^[0-9a-f]{64}$/);
    const again = await decodeUploads([
      { name: "one.txt", bytes: seed },
      { name: "more.zip", bytes },
    ]);
    expect(again.digest).toBe(result.digest);
  });

  it("refuses a zip bomb with a message instead of inflating it", async () => {
    const zip = new JSZip();
    zip.file("bomb.txt", Buffer.alloc(60 * 1024 * 1024, 0x41), { compression: "DEFLATE" });
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    expect(bytes.length).toBeLessThan(UPLOAD_MAX_FILE_BYTES);
    const result = await decodeUploads([{ name: "bomb.zip", bytes }]);
    expect(plain(result.errors)).toEqual([{ file: "bomb.zip", line: 1, message: expect.stringMatching(/unpacks to more than 50 MB/) }]);
  });

  it("refuses big files, too many files, unknown types and bad zips", async () => {
    const big = await decodeUploads([{ name: "big.csv", bytes: new Uint8Array(UPLOAD_MAX_FILE_BYTES + 1) }]);
    expect(big.errors[0].message).toMatch(/at most 5 MB per file/);
    const many = await decodeUploads(Array.from({ length: 21 }, (_, i) => ({ name: `${i}.txt`, bytes: seed })));
    expect(many.errors[0].message).toMatch(/at most 20 per import/);
    const exe = await decodeUploads([{ name: "tool.exe", bytes: seed }]);
    expect(exe.errors[0].message).toMatch(/unsupported file type ".exe"/);
    const broken = await decodeUploads([{ name: "broken.zip", bytes: seed }]);
    expect(broken.errors[0].message).toMatch(/not a readable zip/);
  });
});
