import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import path from "node:path";
import { parseArgs } from "node:util";
import { copyStore, openCopyEnd, type CopyEnd } from "@/db/copy-store";
import { redactUrl } from "@/db/postgres";
import { env } from "@/lib/env";
import { UsageError } from "./usage-error";

/**
 * Run this CLI on another store (`DATABASE_URL=url`) and return the sha256 of its stdout: the JSON
 * export of each side is made by the same code that serves that store, so equal checksums mean the
 * catalog reads the same on both.
 */
function cliOn(url: string, args: string[]): Promise<{ sha256: string; bytes: number }> {
  const tsx = path.resolve("node_modules/tsx/dist/cli.mjs");
  const child = spawn(process.execPath, [tsx, "--conditions=react-server", "lib/cli/main.ts", ...args], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const hash = createHash("sha256");
  let bytes = 0;
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => {
    hash.update(chunk);
    bytes += chunk.length;
  });
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code === 0) resolve({ sha256: hash.digest("hex"), bytes });
      else reject(new Error(`${args[0]} on ${redactUrl(url)} failed: ${stderr.trim().split("\n").pop() ?? `exit ${code}`}`));
    });
  });
}

/** `copy-store --to <DATABASE_URL>`: copy everything from this store into an empty one, then verify. */
export async function runCopyStore(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { to: { type: "string" } } });
  const to = values.to;
  if (!to) throw new UsageError("copy-store needs --to <DATABASE_URL> (an empty store)");
  if (to === env.databaseUrl) throw new UsageError("copy-store: --to names the store being copied");
  const started = performance.now();

  let source: CopyEnd | undefined;
  let target: CopyEnd | undefined;
  let copied: Record<string, number>;
  try {
    source = await openCopyEnd(env.databaseUrl);
    target = await openCopyEnd(to);
    copied = await copyStore(source, target);
  } finally {
    await source?.close();
    await target?.close();
  }
  const rows = Object.values(copied).reduce((a, b) => a + b, 0);
  process.stderr.write(`copied ${rows} rows in ${Object.keys(copied).length} tables to ${redactUrl(to)}; row counts match\n`);

  try {
    // The search index is derived from the profiles: build it on the target as `reindex` does.
    await cliOn(to, ["reindex"]);
    const [mine, theirs] = await Promise.all([
      cliOn(env.databaseUrl, ["export", "--format", "json", "--all"]),
      cliOn(to, ["export", "--format", "json", "--all"]),
    ]);
    if (mine.sha256 !== theirs.sha256) {
      throw new Error(
        `the JSON exports differ (source ${mine.sha256}, ${mine.bytes} bytes; target ${theirs.sha256}, ${theirs.bytes} bytes)`,
      );
    }
    process.stderr.write(`JSON exports identical: sha256 ${mine.sha256} (${mine.bytes} bytes) on both sides\n`);
  } catch (e) {
    // All or nothing: the target was empty, so empty it again.
    const again = await openCopyEnd(to);
    try {
      await again.clear();
    } finally {
      await again.close();
    }
    throw new Error(`copy-store: verification failed, the target was emptied again: ${e instanceof Error ? e.message : String(e)}`);
  }
  process.stderr.write(`copy-store done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  return 0;
}
