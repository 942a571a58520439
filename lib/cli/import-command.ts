import { parseArgs } from "node:util";
import { importRecords } from "@/lib/interchange/import";
import { decodeFiles, expandPaths, type Format } from "@/lib/interchange/read-files";
import { formatError } from "@/lib/interchange/records";
import { progressReporter } from "./progress";
import { UsageError } from "./usage-error";

export async function runImport(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: "string" },
      "dry-run": { type: "boolean", default: false },
      draft: { type: "boolean", default: false },
    },
  });
  if (!positionals.length) throw new UsageError("import: name at least one file or directory");
  const format = values.format as Format | undefined;
  if (format && !["card", "json", "csv"].includes(format)) throw new UsageError(`import: unknown format "${format}"`);

  const started = performance.now();
  const { files, errors: pathErrors } = await expandPaths(positionals, format);
  if (pathErrors.length) {
    for (const e of pathErrors) process.stderr.write(`${e}\n`);
    return 1;
  }
  const records = await decodeFiles(files, format);
  const progress = progressReporter("import");
  const report = await importRecords(records, {
    dryRun: values["dry-run"],
    status: values.draft ? "draft" : "published",
    onProgress: progress.update,
  });
  progress.stop();
  for (const e of report.errors) process.stderr.write(`${formatError(e)}\n`);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const summary = `created ${report.created}, updated ${report.updated}, unchanged ${report.unchanged}, errors ${report.errors.length}`;
  if (report.errors.length) {
    process.stderr.write(`import refused: nothing was written (${summary})\n`);
    return 1;
  }
  process.stdout.write(`${values["dry-run"] ? "dry run (nothing written): " : ""}${summary} from ${files.length} file(s) in ${seconds}s\n`);
  return 0;
}
