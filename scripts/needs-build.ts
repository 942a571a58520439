import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const root = process.cwd();

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".") || entry.name === "data") continue;
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Whether .next is missing or older than any source file (npm start and npm run bench build then). */
export function needsBuild(): boolean {
  const id = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(id)) return true;
  const built = statSync(id).mtimeMs;
  return [
    "app",
    "lib",
    "db",
    "i18n",
    "messages",
    "proxy.ts",
    "instrumentation.ts",
    "instrumentation-node.ts",
    "next.config.ts",
    "package-lock.json",
  ].some((p) => {
    const full = path.join(root, p);
    if (!existsSync(full)) return false;
    return (statSync(full).isDirectory() ? newestSource(full) : statSync(full).mtimeMs) > built;
  });
}
