import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { serializeCard } from "@/lib/cards/serialize";
import { encodeJsonProfile } from "@/lib/interchange/encode-json";
import { exportDocument } from "@/lib/interchange/export-document";
import { listExportProfiles } from "@/lib/interchange/export";
import type { Format } from "@/lib/interchange/read-files";
import type { Profile } from "@/lib/occupations/schema";
import { progressReporter } from "./progress";
import { UsageError } from "./usage-error";

const FORMATS: Format[] = ["card", "json", "csv"];

/** One profile per file in a directory: `<slug>.txt` cards or `<slug>.json` objects. */
async function writeDirectory(dir: string, format: "card" | "json", profiles: Profile[]) {
  await mkdir(dir, { recursive: true });
  for (const p of profiles) {
    if (format === "json") await writeFile(path.join(dir, `${p.slug}.json`), encodeJsonProfile(p));
    else await writeFile(path.join(dir, `${p.slug}.txt`), serializeCard(p));
  }
}

export async function runExport(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: "string", default: "card" },
      out: { type: "string" },
      major: { type: "string" },
      all: { type: "boolean", default: false },
    },
  });
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`export: unknown format "${values.format}" (use card, json or csv)`);
  const started = performance.now();
  const progress = progressReporter("export");
  const profiles = await listExportProfiles({ all: values.all, major: values.major, slugs: positionals, onProgress: progress.update });
  progress.stop();
  const missing = positionals.filter((s) => !profiles.some((p) => p.slug === s));
  if (missing.length) {
    process.stderr.write(`export: no ${values.all ? "" : "published "}profile with slug ${missing.map((s) => `"${s}"`).join(", ")}\n`);
    return 1;
  }
  if (!values.out) {
    process.stdout.write(exportDocument(format, profiles));
    return 0;
  }
  // CSV is always one table; cards and JSON go to one file when --out has an extension.
  if (format === "csv" || path.extname(values.out)) {
    await mkdir(path.dirname(path.resolve(values.out)), { recursive: true });
    await writeFile(values.out, exportDocument(format, profiles));
  } else {
    await writeDirectory(values.out, format, profiles);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  process.stderr.write(`exported ${profiles.length} profile(s) as ${format} to ${values.out} in ${seconds}s\n`);
  return 0;
}
