import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { serializeCard } from "@/lib/cards/serialize";
import { CARD_SEPARATOR } from "@/lib/cards/split";
import { listExportProfiles } from "@/lib/interchange/export";
import { UsageError } from "./usage-error";

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
  const format = values.format!;
  if (format !== "card") throw new UsageError(`export: unknown format "${format}"`);
  const profiles = await listExportProfiles({ all: values.all, major: values.major, slugs: positionals });
  const missing = positionals.filter((s) => !profiles.some((p) => p.slug === s));
  if (missing.length) {
    process.stderr.write(`export: no ${values.all ? "" : "published "}profile with slug ${missing.map((s) => `"${s}"`).join(", ")}\n`);
    return 1;
  }
  if (!values.out) {
    const body = profiles.map(serializeCard).join(CARD_SEPARATOR);
    process.stdout.write(body ? `${body}\n` : "");
    return 0;
  }
  if (path.extname(values.out)) {
    await mkdir(path.dirname(path.resolve(values.out)), { recursive: true });
    await writeFile(values.out, profiles.map(serializeCard).join(CARD_SEPARATOR));
  } else {
    await mkdir(values.out, { recursive: true });
    for (const p of profiles) await writeFile(path.join(values.out, `${p.slug}.txt`), serializeCard(p));
  }
  process.stderr.write(`exported ${profiles.length} profile(s) to ${values.out}\n`);
  return 0;
}
