/**
 * Processes for `npm run bench` (scripts/bench.ts): the CLI and workers under tsx, production
 * servers on a given database, autocannon runs, and the memory of a process.
 */
import autocannon from "autocannon";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { needsBuild } from "./needs-build";

export const ROOT = path.resolve(import.meta.dirname, "..");
const NEXT = path.join(ROOT, "node_modules/next/dist/bin/next");
const TSX = path.join(ROOT, "node_modules/tsx/dist/cli.mjs");
const children: ChildProcess[] = [];

/** Stop every server this run started that is still up. */
export function stopChildren() {
  for (const c of children) if (c.exitCode === null) c.kill("SIGTERM");
}

export function tsx(args: string[], db: string, nodeArgs: string[] = []) {
  const r = spawnSync(process.execPath, [...nodeArgs, TSX, "--conditions=react-server", ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: `file:${db}`, NODE_ENV: "production" },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`${args.join(" ")} failed:\n${r.stderr}`);
  return r.stdout;
}

export function ensureBuild(log: (line: string) => void) {
  if (!needsBuild()) return;
  log("building (next build)…");
  const r = spawnSync(process.execPath, [NEXT, "build"], { cwd: ROOT, stdio: "inherit" });
  if (r.status !== 0) throw new Error("next build failed");
}

/** The README's settings for a server held under 500 MB (Caching → Memory). */
export const SMALL_MACHINE = {
  MALLOC_ARENA_MAX: "2",
  PAGE_CACHE_MB: "32",
  SQLITE_CACHE_MB: "16",
  SQLITE_MMAP_MB: "0",
  NODE_OPTIONS: "--max-old-space-size=192 --max-semi-space-size=8",
};

export async function startServer(db: string, port: number, extraEnv: Record<string, string> = {}): Promise<ChildProcess> {
  const child = spawn(process.execPath, [NEXT, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: `file:${db}`,
      NODE_ENV: "production",
      NEXTAUTH_SECRET: "bench-secret-bench-secret-0123456789",
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      LOG_LEVEL: "warn",
      ...extraEnv,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  children.push(child);
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return child;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("the server did not become healthy");
}

export function cannon(url: string, paths: string[], seconds: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let i = 0;
    const inst = autocannon(
      {
        url,
        connections: 10,
        duration: seconds,
        requests: [{ setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length] }) }],
      },
      (err, res) =>
        err ? reject(err) : res.non2xx ? reject(new Error(`${res.non2xx} non-2xx responses from ${url}`)) : resolve(res.requests.average),
    );
    void inst;
  });
}

export async function stopServer(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  await exited;
}

export async function inBatches<T>(items: T[], concurrency: number, fn: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) await fn(items[next++]);
    }),
  );
}

/** Resident and peak memory of a process, from /proc (Linux). */
export function serverMemory(pid: number) {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN);
  return { rssMb: kb("VmRSS") / 1024, peakMb: kb("VmHWM") / 1024, anonMb: kb("RssAnon") / 1024, fileMb: kb("RssFile") / 1024 };
}
