import { parseArgs } from "node:util";
import { importOnet } from "@/lib/interchange/onet/import-onet";
import { defaultSocFile } from "@/lib/interchange/onet/release";
import { formatError } from "@/lib/interchange/records";
import { progressReporter } from "./progress";
import { UsageError } from "./usage-error";

export async function runImportOnet(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      soc: { type: "string" },
      overwrite: { type: "boolean", default: false },
      "dry-run": { type: "boolean", default: false },
    },
  });
  if (positionals.length !== 1) throw new UsageError("import-onet: name the O*NET release folder (the text edition)");
  const [dir] = positionals;
  const started = performance.now();
  const progress = progressReporter("import-onet");
  const report = await importOnet(dir, {
    socFile: values.soc ?? defaultSocFile(dir),
    overwrite: values.overwrite,
    dryRun: values["dry-run"],
    onProgress: progress.update,
  });
  progress.stop();
  for (const e of report.errors) process.stderr.write(`${formatError(e)}\n`);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const summary = `created ${report.created}, updated ${report.updated}, unchanged ${report.unchanged}, skipped ${report.skipped.length}, errors ${report.errors.length}`;
  if (report.errors.length) {
    process.stderr.write(`import-onet refused: nothing was written (${summary})\n`);
    return 1;
  }
  for (const s of report.skipped) {
    process.stderr.write(`${s.file}:${s.line}: skipped "${s.slug}": edited since the last O*NET import (use --overwrite to replace it)\n`);
  }
  if (report.skillsFromSupplement) process.stdout.write("skills: from supplement_29.3/Skills.txt (O*NET 29.3 ratings)\n");
  const prefix = values["dry-run"] ? "dry run (nothing written): " : "";
  process.stdout.write(`${prefix}${report.occupations} O*NET occupations: ${summary} in ${seconds}s\n`);
  return 0;
}
