/**
 * A throw-away PostgreSQL server for tests: a fresh data directory under the OS temp dir, one
 * `postgres` process on a free loopback port, stopped (by PID) and deleted by `stop()`, on process
 * exit and on SIGINT/SIGTERM. Runs as the `postgres` user when we are root, because initdb and
 * postgres refuse root. Durability is off (fsync, synchronous_commit): the data dies with the test.
 *
 * TCP connections need the password in `url` (scram-sha-256), so a wrong password really is
 * refused; the Unix socket in the temp dir is trust-only and used by nobody but this module.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import {
  chownSync,
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import * as tracked from "./temp-postgres-cleanup";

export type TempPostgres = {
  /** postgres://postgres:<password>@127.0.0.1:<port>/<database> */
  url: string;
  /** The same server's `postgres` maintenance database (for CREATE/DROP DATABASE). */
  adminUrl: string;
  port: number;
  pid: number;
  /** Stops the server (fast shutdown, SIGKILL after 10 s) and deletes its directory. Idempotent. */
  stop(): Promise<void>;
  /** Stops the server but keeps its data: "fast" shuts down cleanly, "kill" is a crash (SIGKILL). */
  halt(mode?: "fast" | "kill"): Promise<void>;
  /** Starts the halted server again on the same port and data. */
  resume(): Promise<void>;
};

export type TempPostgresOptions = {
  /** Database created for `url` (default "catalog"). */
  database?: string;
  /** Fixed port; default: a free one chosen by the OS. */
  port?: number;
  /** Passed to postgres as `-c key=value`. */
  settings?: Record<string, string | number>;
};

const PASSWORD = "temp-postgres-test";
const START_TIMEOUT_MS = 30_000;

export function postgresBinDir(): string {
  if (process.env.PG_BIN_DIR) return process.env.PG_BIN_DIR;
  for (const v of ["17", "16", "15"]) {
    const dir = `/usr/lib/postgresql/${v}/bin`;
    if (existsSync(path.join(dir, "postgres"))) return dir;
  }
  throw new Error("PostgreSQL server binaries not found (apt-get install postgresql, or set PG_BIN_DIR)");
}

/** uid/gid of the `postgres` account when we are root (initdb refuses root), else undefined. */
function runAs(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
  const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
  return { uid, gid };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitReady(adminUrl: string, child: ChildProcess, logFile: string) {
  const deadline = Date.now() + START_TIMEOUT_MS;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) break;
    const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 1000 });
    try {
      await client.connect();
      await client.query("select 1");
      await client.end();
      return;
    } catch (error) {
      lastError = error;
      await client.end().catch(() => {});
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const log = existsSync(logFile) ? readFileSync(logFile, "utf8").split("\n").slice(-15).join("\n") : "";
  throw new Error(`temporary PostgreSQL did not start (${String(lastError)})\n${log}`);
}

export async function createDatabase(adminUrl: string, name: string, template?: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`bad database name: ${name}`);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`create database ${name}${template ? ` template ${template}` : ""}`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function startTempPostgres(options: TempPostgresOptions = {}): Promise<TempPostgres> {
  const bin = postgresBinDir();
  const owner = runAs();
  const dir = mkdtempSync(path.join(tmpdir(), "catalog-pg-"));
  tracked.add(dir);
  const dataDir = path.join(dir, "data");
  const logFile = path.join(dir, "postgres.log");
  const pwFile = path.join(dir, "pw");
  writeFileSync(pwFile, PASSWORD);
  if (owner) {
    chownSync(dir, owner.uid, owner.gid);
    chownSync(pwFile, owner.uid, owner.gid);
  }
  try {
    const init = spawnSync(
      path.join(bin, "initdb"),
      [
        "-D",
        dataDir,
        "-U",
        "postgres",
        "--pwfile",
        pwFile,
        "--auth-local=trust",
        "--auth-host=scram-sha-256",
        "-E",
        "UTF8",
        "--locale=C.UTF-8",
        "--no-sync",
      ],
      { encoding: "utf8", ...owner, cwd: dir },
    );
    if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr || init.stdout}`);
  } catch (error) {
    tracked.remove(dir);
    throw error;
  }

  const port = options.port ?? (await freePort());
  const settings: Record<string, string | number> = {
    listen_addresses: "127.0.0.1",
    fsync: "off",
    synchronous_commit: "off",
    full_page_writes: "off",
    max_connections: 200,
    ...options.settings,
  };
  const args = ["-D", dataDir, "-p", String(port), "-k", dir];
  for (const [key, value] of Object.entries(settings)) args.push("-c", `${key}=${value}`);
  const adminUrl = `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/postgres`;

  let child: ChildProcess | undefined;
  const launch = async () => {
    const log = openSync(logFile, "a");
    if (owner) chownSync(logFile, owner.uid, owner.gid);
    const spawned = spawn(path.join(bin, "postgres"), args, { stdio: ["ignore", log, log], cwd: dir, ...owner });
    closeSync(log);
    if (spawned.pid === undefined) throw new Error("could not spawn postgres");
    spawned.unref();
    tracked.serving(dir, spawned.pid);
    child = spawned;
    await waitReady(adminUrl, spawned, logFile);
  };
  const halt = async (mode: "fast" | "kill" = "fast") => {
    const current = child;
    child = undefined;
    if (!current?.pid) return;
    tracked.serving(dir, undefined);
    if (current.exitCode !== null || current.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => current.once("exit", () => resolve()));
    // fast = SIGINT (clients disconnected, clean shutdown); kill = SIGKILL (a crash, recovery on restart).
    current.kill(mode === "kill" ? "SIGKILL" : "SIGINT");
    const timer = setTimeout(() => current.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
    if (mode === "kill") await killOrphanBackends(dataDir);
  };
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await halt();
    tracked.remove(dir);
  };
  try {
    await launch();
    const url = await createDatabase(adminUrl, options.database ?? "catalog");
    return {
      url,
      adminUrl,
      port,
      get pid() {
        return child?.pid ?? 0;
      },
      stop,
      halt,
      resume: launch,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * After SIGKILL of the postmaster its backends exit on their own when they notice, but a restart
 * on the same data directory refuses while any still holds the shared memory. Backends run with
 * the data directory as their cwd, which finds exactly this server's orphans; kill them (a crash
 * takes them down too) and wait until they are gone.
 */
async function killOrphanBackends(dataDir: string) {
  for (let i = 0; i < 100; i++) {
    const orphans = readdirSync("/proc").filter((entry) => {
      if (!/^\d+$/.test(entry)) return false;
      try {
        return readlinkSync(`/proc/${entry}/cwd`) === dataDir;
      } catch {
        return false;
      }
    });
    if (orphans.length === 0) break;
    for (const pid of orphans) {
      try {
        process.kill(Number(pid), "SIGKILL");
      } catch {
        // exited meanwhile
      }
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  rmSync(path.join(dataDir, "postmaster.pid"), { force: true });
}
