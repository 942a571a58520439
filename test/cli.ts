import { spawn, spawnSync } from "node:child_process";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "..");
const TSX = path.join(ROOT, "node_modules/tsx/dist/cli.mjs");

/** Run the real CLI (`npm run catalog -- …`) on a given database file. */
export function runCli(dbFile: string, args: string[]) {
  return spawnSync(process.execPath, [TSX, "--conditions=react-server", "lib/cli/main.ts", ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: `file:${dbFile}` },
    encoding: "utf8",
  });
}

export function spawnCli(dbFile: string, args: string[]) {
  return spawn(process.execPath, [TSX, "--conditions=react-server", "lib/cli/main.ts", ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: `file:${dbFile}` },
    stdio: "ignore",
  });
}
