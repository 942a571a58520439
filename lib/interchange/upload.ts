import JSZip from "jszip";
import { createHash } from "node:crypto";
import { decodeBytes, guessFormat } from "./read-files";
import { importError, type ImportError, type ImportRecord } from "./records";
import type { ProblemKey } from "@/lib/validation/problem";
import { UPLOAD_MAX_FILE_BYTES, UPLOAD_MAX_FILES, UPLOAD_MAX_TOTAL_BYTES } from "./upload-limits";

export const ZIP_MAX_ENTRIES = 5_000;
export const ZIP_MAX_UNZIPPED_BYTES = 50 * 1024 * 1024;
export const UPLOAD_EXTENSIONS = [".txt", ".json", ".csv", ".zip"];

export type Upload = { name: string; bytes: Uint8Array };
export type DecodedUpload = { records: ImportRecord[]; errors: ImportError[]; digest: string };

const fail = (file: string, key: ProblemKey, values?: Record<string, string>) => importError(file, 1, key, values);

/** Inflate a zip's entries with a running byte budget, so a zip bomb stops at the limit, not in memory. */
async function unzip(upload: Upload, budget: { left: number }): Promise<Upload[] | ImportError> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(upload.bytes);
  } catch {
    return fail(upload.name, "ImportErrors.zipUnreadable");
  }
  const entries = Object.values(zip.files).filter((f) => !f.dir && !f.name.startsWith("__MACOSX/"));
  if (entries.length > ZIP_MAX_ENTRIES)
    return fail(upload.name, "ImportErrors.zipTooManyFiles", { count: String(entries.length), max: String(ZIP_MAX_ENTRIES) });
  const out: Upload[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (!guessFormat(entry.name)) continue;
    const chunks: Buffer[] = [];
    const ok = await new Promise<boolean>((resolve) => {
      const stream = entry.nodeStream("nodebuffer");
      stream.on("data", (chunk: Buffer) => {
        budget.left -= chunk.length;
        if (budget.left < 0) {
          stream.pause();
          resolve(false);
        } else chunks.push(chunk);
      });
      stream.on("error", () => resolve(false));
      stream.on("end", () => resolve(true));
    });
    if (!ok) return fail(upload.name, "ImportErrors.zipTooBig", { mb: String(ZIP_MAX_UNZIPPED_BYTES / 1024 / 1024) });
    out.push({ name: `${upload.name}/${entry.name}`, bytes: Buffer.concat(chunks) });
  }
  return out;
}

/**
 * Check uploaded files against the limits and decode them. The digest covers names and bytes,
 * so a confirmation can prove it applies exactly what was previewed.
 */
export async function decodeUploads(uploads: Upload[]): Promise<DecodedUpload> {
  const errors: ImportError[] = [];
  const hash = createHash("sha256");
  if (uploads.length === 0) errors.push(fail("upload", "ImportErrors.noFiles"));
  if (uploads.length > UPLOAD_MAX_FILES)
    errors.push(fail("upload", "ImportErrors.tooManyFiles", { count: String(uploads.length), max: String(UPLOAD_MAX_FILES) }));
  const total = uploads.reduce((n, u) => n + u.bytes.length, 0);
  if (total > UPLOAD_MAX_TOTAL_BYTES)
    errors.push(
      fail("upload", "ImportErrors.totalTooBig", {
        mb: (total / 1024 / 1024).toFixed(1),
        max: String(UPLOAD_MAX_TOTAL_BYTES / 1024 / 1024),
      }),
    );
  for (const u of uploads) {
    const ext = u.name.slice(u.name.lastIndexOf(".")).toLowerCase();
    if (!UPLOAD_EXTENSIONS.includes(ext))
      errors.push(fail(u.name, "ImportErrors.fileType", { ext, allowed: UPLOAD_EXTENSIONS.join(", ") }));
    if (u.bytes.length > UPLOAD_MAX_FILE_BYTES)
      errors.push(
        fail(u.name, "ImportErrors.fileTooBig", {
          mb: (u.bytes.length / 1024 / 1024).toFixed(1),
          max: String(UPLOAD_MAX_FILE_BYTES / 1024 / 1024),
        }),
      );
  }
  if (errors.length) return { records: [], errors, digest: "" };

  const budget = { left: ZIP_MAX_UNZIPPED_BYTES };
  const files: Upload[] = [];
  for (const u of uploads) {
    hash.update(u.name).update("\0").update(u.bytes).update("\0");
    if (u.name.toLowerCase().endsWith(".zip")) {
      const inner = await unzip(u, budget);
      if ("message" in inner) errors.push(inner);
      else files.push(...inner);
    } else files.push(u);
  }
  if (errors.length) return { records: [], errors, digest: "" };
  const records = files.flatMap((f) => decodeBytes(f.name, f.bytes));
  return { records, errors: [], digest: hash.digest("hex") };
}
