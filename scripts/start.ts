/**
 * `npm start`: migrate, load the demo catalog into an empty database, build when needed, serve.
 * Runs under tsx with the react-server condition (lib/ modules are server-only).
 */
import "@/lib/cli/clean-exit";
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { getDb } from "@/db/index";
import { redactUrl } from "@/db/postgres";
import { preparePostgres } from "@/db/postgres-store";
import { env } from "@/lib/env";
import { decodeFiles, expandPaths } from "@/lib/interchange/read-files";
import { importRecords } from "@/lib/interchange/import";
import { formatError } from "@/lib/interchange/records";
import { countOccupations } from "@/lib/occupations/count";
import { ensureSearchIndex } from "@/lib/search/sync-index";
import { countAdmins } from "@/lib/users/count";
import { needsBuild } from "./needs-build";

const root = process.cwd();
const log = (msg: string) => process.stdout.write(`[start] ${msg}\n`);

async function main() {
  if (env.databaseDialect === "pg") {
    await preparePostgres();
    log(`database ${redactUrl(env.databaseUrl)} migrated`);
  } else {
    getDb();
    log(`database ${env.databasePath} migrated`);
  }
  if ((await countOccupations()) === 0) {
    const { files } = await expandPaths([path.join(root, "db", "demo")], "card");
    const report = await importRecords(await decodeFiles(files), { actor: "demo", message: "demo catalog" });
    if (report.errors.length) {
      for (const e of report.errors) process.stderr.write(`${formatError(e)}\n`);
      throw new Error("demo catalog failed to load");
    }
    log(`empty database: loaded the demo catalog (${report.created} profiles)`);
  }
  if (await ensureSearchIndex()) log("search index rebuilt (it was not in step with the published profiles)");
  if ((await countAdmins()) === 0) {
    log("no admin account yet. Create one with:");
    log("  npm run catalog -- user add --email you@example.com --role admin");
  }
  if (needsBuild()) {
    log("building (next build)…");
    const r = spawnSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], {
      stdio: "inherit",
      env: process.env,
    });
    if (r.status !== 0) throw new Error("next build failed");
  }
  log(`serving on ${env.baseUrl}${env.host ? ` (listening on ${env.host}:${env.port})` : ""}`);
  // The server runs without the react-server condition this script needs (Next brings its own
  // React). NEXT_RUNTIME is what `next start` sets for the app; a custom server must set it itself.
  const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts/serve.ts")], {
    stdio: "inherit",
    env: { ...process.env, NEXTAUTH_SECRET: env.nextAuthSecret, NEXTAUTH_URL: env.baseUrl, NODE_ENV: "production", NEXT_RUNTIME: "nodejs" },
  });
  for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => child.kill(sig));
  child.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((e) => {
  process.stderr.write(`[start] ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
