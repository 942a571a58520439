/**
 * App processes for the tests on a real PostgreSQL that need whole servers (two instances on one
 * database, a crash during an import): `npm start` instances and `npm run catalog` runs with
 * DATABASE_URL set, each stopped by its own pid (scripts/cluster-processes.ts).
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { httpOk, startProc, waitFor, type Proc } from "@/scripts/cluster-processes";

const root = process.cwd();
const START_MS = 180_000;

export type AppInstance = { url: string; proc: Proc; logFile: string };

/** Environment every instance of one test shares: one database, one session signing key. */
export function sharedEnv(databaseUrl: string): NodeJS.ProcessEnv {
  // No Redis and no Varnish: each instance learns of the other's writes from the database's
  // invalidation outbox alone (lib/cache/outbox-poller.ts), as two plain `npm start`s do.
  const { REDIS_URL: _r, VARNISH_PURGE_URL: _v, ...inherited } = process.env;
  return {
    ...inherited,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    HOST: "127.0.0.1",
    LOG_LEVEL: "warn",
  };
}

/**
 * `npm start` on `port` (migrate, load the demo catalog into an empty database, serve), ready when
 * /api/health answers 200. Start instances one after another: the first one loads the demo.
 */
export async function startInstance(env: NodeJS.ProcessEnv, port: number, dir: string): Promise<AppInstance> {
  const url = `http://127.0.0.1:${port}`;
  const logFile = path.join(dir, `app-${port}.log`);
  const proc = startProc(`app-${port}`, process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/start.ts"], {
    env: { ...env, PORT: String(port), NEXTAUTH_URL: url },
    logFile,
    cwd: root,
  });
  await waitFor(`instance on ${port}`, () => httpOk(`${url}/api/health`), START_MS, proc);
  return { url, proc, logFile };
}

export type CliResult = { status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string };

/** `npm run catalog -- args` against env's database; resolves when it has exited (never rejects). */
export function catalog(env: NodeJS.ProcessEnv, args: string[]): { done: Promise<CliResult>; pid: number } {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "lib/cli/main.ts", ...args], {
    env,
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += String(d)));
  child.stderr.on("data", (d) => (stderr += String(d)));
  const done = new Promise<CliResult>((resolve) => child.once("exit", (status, signal) => resolve({ status, signal, stdout, stderr })));
  return { done, pid: child.pid! };
}

/** `catalog` that must succeed; its last line of output (a token, a summary). */
export async function catalogOk(env: NodeJS.ProcessEnv, args: string[]): Promise<string> {
  const r = await catalog(env, args).done;
  if (r.status !== 0) throw new Error(`catalog ${args.join(" ")} failed (${r.status}): ${r.stderr}`);
  return r.stdout.trim().split("\n").at(-1) ?? "";
}

/** A line of a stack trace ("    at fn (file:line:col)"): what the CLI must never print. */
export const STACK_LINE = /^\s+at .+(\(|:\d+:\d+)/m;
