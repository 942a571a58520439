import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { decodeCardFile } from "./decode-card";
import { decodeCsvFile } from "./decode-csv";
import { decodeJsonFile } from "./decode-json";
import { failedRecord, type ImportRecord } from "./records";

export type Format = "card" | "json" | "csv";

export function guessFormat(file: string): Format | undefined {
  const ext = path.extname(file).toLowerCase();
  if (ext === ".txt" || ext === ".card") return "card";
  if (ext === ".json") return "json";
  if (ext === ".csv") return "csv";
  return undefined;
}

/** Files named on the command line, directories expanded (sorted, one level of known extensions). */
export async function expandPaths(paths: string[], format?: Format): Promise<{ files: string[]; errors: string[] }> {
  const files: string[] = [];
  const errors: string[] = [];
  for (const p of paths) {
    const info = await stat(p).catch(() => undefined);
    if (!info) errors.push(`${p}:0: no such file or directory`);
    else if (info.isDirectory()) {
      const names = (await readdir(p)).sort();
      for (const n of names) {
        const f = path.join(p, n);
        const fmt = guessFormat(f);
        if (fmt && (!format || fmt === format) && (await stat(f)).isFile()) files.push(f);
      }
    } else files.push(p);
  }
  return { files, errors };
}

export type Decoder = (file: string, text: string) => ImportRecord[];

const decoders: Record<Format, Decoder> = { card: decodeCardFile, json: decodeJsonFile, csv: decodeCsvFile };

/** Decode one file's bytes; bytes that are not UTF-8 are an error at the line where they appear. */
export function decodeBytes(file: string, bytes: Uint8Array, format?: Format): ImportRecord[] {
  const fmt = format ?? guessFormat(file);
  const decoder = fmt && decoders[fmt];
  if (!decoder) return [failedRecord(file, 1, "ImportErrors.unknownFormat")];
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const lossy = new TextDecoder("utf-8").decode(bytes);
    const line = Math.max(lossy.split("\n").findIndex((l) => l.includes("\uFFFD")) + 1, 1);
    return [failedRecord(file, line, "ImportErrors.notUtf8")];
  }
  return decoder(file, text);
}

/** Read and decode files from disk. */
export async function decodeFiles(files: string[], format?: Format): Promise<ImportRecord[]> {
  const records: ImportRecord[] = [];
  for (const file of files) records.push(...decodeBytes(file, await readFile(file), format));
  return records;
}
