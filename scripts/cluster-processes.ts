/**
 * Child processes of `npm run cluster` and the cluster tests: each one started here is stopped
 * here, by its own pid (SIGTERM, then SIGKILL), and the Debian package of a missing program is named.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync } from "node:fs";
import { connect } from "node:net";

export type Proc = {
  name: string;
  child: ChildProcess;
  pid: number;
  /** Resolves when the process has exited (at once when it already has). */
  exited: Promise<void>;
  /** SIGTERM, then SIGKILL after graceMs; resolves once it is gone. */
  stop(graceMs?: number): Promise<void>;
  /** SIGKILL at once (a crash). */
  kill(): Promise<void>;
};

/** Start a program with its output in logFile; fails fast when it exits during start-up. */
export function startProc(
  name: string,
  cmd: string,
  args: string[],
  opts: { env?: NodeJS.ProcessEnv; logFile: string; cwd?: string },
): Proc {
  const log = createWriteStream(opts.logFile, { flags: "a" });
  const child = spawn(cmd, args, { env: opts.env ?? process.env, cwd: opts.cwd, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  if (child.pid === undefined) throw new Error(`${name}: could not start ${cmd}`);
  let done = false;
  const exited = new Promise<void>((resolve) => {
    child.once("exit", () => {
      done = true;
      resolve();
    });
    child.once("error", () => {
      done = true;
      resolve();
    });
  });
  const signal = (sig: NodeJS.Signals) => {
    if (!done) child.kill(sig);
  };
  return {
    name,
    child,
    pid: child.pid,
    exited,
    async stop(graceMs = 5000) {
      signal("SIGTERM");
      const timer = setTimeout(() => signal("SIGKILL"), graceMs);
      await exited;
      clearTimeout(timer);
    },
    async kill() {
      signal("SIGKILL");
      await exited;
    },
  };
}

/** Poll until check() is true; throws with `what` after timeoutMs, or at once when proc has exited. */
export async function waitFor(
  what: string,
  check: () => Promise<boolean>,
  timeoutMs: number,
  proc?: Proc,
  signal?: AbortSignal,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  let exited = false;
  void proc?.exited.then(() => (exited = true));
  while (Date.now() < until) {
    if (exited) throw new Error(`${what}: ${proc?.name} exited during start-up`);
    if (signal?.aborted) throw new Error("start-up interrupted");
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`${what}: not ready after ${timeoutMs / 1000} s`);
}

export function portOpen(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host }, () => {
      socket.end();
      resolve(true);
    });
    socket.on("error", () => resolve(false));
  });
}

export async function httpOk(url: string): Promise<boolean> {
  const res = await fetch(url, { signal: AbortSignal.timeout(2000), redirect: "manual" });
  await res.body?.cancel();
  return res.status === 200;
}

/** A program on PATH (or an absolute path that exists). */
export function hasProgram(name: string): boolean {
  if (name.startsWith("/")) return existsSync(name);
  return spawnSync("sh", ["-c", `command -v ${name}`], { stdio: "ignore" }).status === 0;
}

const XKEY_PATHS = [
  "/usr/lib/x86_64-linux-gnu/varnish/vmods/libvmod_xkey.so",
  "/usr/lib/aarch64-linux-gnu/varnish/vmods/libvmod_xkey.so",
  "/usr/lib/varnish/vmods/libvmod_xkey.so",
];

/** The Debian packages the cluster needs that this machine lacks (installs nothing). */
export function missingPackages(needPostgres: boolean): string[] {
  const missing: string[] = [];
  if (!hasProgram("redis-server")) missing.push("redis-server");
  if (!hasProgram("varnishd") && !hasProgram("/usr/sbin/varnishd")) missing.push("varnish");
  if (!XKEY_PATHS.some((p) => existsSync(p))) missing.push("varnish-modules");
  if (needPostgres && !existsSync("/usr/lib/postgresql")) missing.push("postgresql");
  return missing;
}

export const VARNISHD = hasProgram("varnishd") ? "varnishd" : "/usr/sbin/varnishd";
