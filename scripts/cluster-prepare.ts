/**
 * The database step of `npm run cluster`, run once before the instances start (under tsx with the
 * react-server condition, DATABASE_URL set): migrate, load the demo catalog into an empty
 * database, bring the search index in step. The same steps as `npm start` (scripts/start.ts).
 */
import path from "node:path";
import { getDb } from "@/db/index";
import { preparePostgres } from "@/db/postgres-store";
import { env } from "@/lib/env";
import { decodeFiles, expandPaths } from "@/lib/interchange/read-files";
import { importRecords } from "@/lib/interchange/import";
import { formatError } from "@/lib/interchange/records";
import { countOccupations } from "@/lib/occupations/count";
import { ensureSearchIndex } from "@/lib/search/sync-index";

async function main() {
  if (env.databaseDialect === "pg") await preparePostgres();
  else getDb();
  if ((await countOccupations()) === 0) {
    const { files } = await expandPaths([path.join(process.cwd(), "db", "demo")], "card");
    const report = await importRecords(await decodeFiles(files), { actor: "demo", message: "demo catalog" });
    if (report.errors.length) {
      for (const e of report.errors) process.stderr.write(`${formatError(e)}\n`);
      throw new Error("demo catalog failed to load");
    }
    process.stdout.write(`empty database: loaded the demo catalog (${report.created} profiles)\n`);
  }
  await ensureSearchIndex();
}

main().then(
  () => process.exit(0),
  (e) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
