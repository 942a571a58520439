import JSZip from "jszip";
import { createHash } from "node:crypto";
import { decodeBytes, guessFormat } from "./read-files";
import type { ImportError, ImportRecord } from "./records";
import { UPLOAD_MAX_FILE_BYTES, UPLOAD_MAX_FILES, UPLOAD_MAX_TOTAL_BYTES } from "./upload-limits";

export const ZIP_MAX_ENTRIES = 5_000;
export const ZIP_MAX_UNZIPPED_BYTES = 50 * 1024 * 1024;
export const UPLOAD_EXTENSIONS = [".txt", ".json", ".csv", ".zip"];

export type Upload = { name: string; bytes: Uint8Array };
export type DecodedUpload = { records: ImportRecord[]; errors: ImportError[]; digest: string };

const fail = (file: string, message: string): ImportError => ({ file, line: 1, message });

/** Inflate a zip's entries with a running byte budget, so a zip bomb stops at the limit, not in memory. */
async function unzip(upload: Upload, budget: { left: number }): Promise<Upload[] | ImportError> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(upload.bytes);
  } catch {
    return fail(upload.name, "not a readable zip file");
  }
  const entries = Object.values(zip.files).filter((f) => !f.dir && !f.name.startsWith("__MACOSX/"));
  if (entries.length > ZIP_MAX_ENTRIES) return fail(upload.name, `zip holds ${entries.length} files; at most ${ZIP_MAX_ENTRIES}`);
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
    if (!ok) return fail(upload.name, `unpacks to more than ${ZIP_MAX_UNZIPPED_BYTES / 1024 / 1024} MB; refused`);
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
  if (uploads.length === 0) errors.push(fail("upload", "choose at least one file"));
  if (uploads.length > UPLOAD_MAX_FILES) errors.push(fail("upload", `${uploads.length} files; at most ${UPLOAD_MAX_FILES} per import`));
  const total = uploads.reduce((n, u) => n + u.bytes.length, 0);
  if (total > UPLOAD_MAX_TOTAL_BYTES) errors.push(fail("upload", `${(total / 1024 / 1024).toFixed(1)} MB in all; at most ${UPLOAD_MAX_TOTAL_BYTES / 1024 / 1024} MB`));
  for (const u of uploads) {
    const ext = u.name.slice(u.name.lastIndexOf(".")).toLowerCase();
    if (!UPLOAD_EXTENSIONS.includes(ext)) errors.push(fail(u.name, `unsupported file type "${ext}"; use ${UPLOAD_EXTENSIONS.join(", ")}`));
    if (u.bytes.length > UPLOAD_MAX_FILE_BYTES) errors.push(fail(u.name, `${(u.bytes.length / 1024 / 1024).toFixed(1)} MB; at most ${UPLOAD_MAX_FILE_BYTES / 1024 / 1024} MB per file`));
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
