/**
 * The scale-out topology on 127.0.0.1, started and stopped as one: a database, Redis, N app
 * instances and Varnish in front, on PostgreSQL. `npm run cluster` (scripts/cluster.ts) and the cluster tests
 * (test/cluster/) use it; every process it starts it stops by pid, also after a failed start.
 */
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startTempPostgres, type TempPostgres } from "../db/testing/temp-postgres";
import { backendsVcl, varnishdArgs } from "./cluster-varnish";
import { httpOk, portOpen, startProc, VARNISHD, waitFor, type Proc } from "./cluster-processes";

export type ClusterOptions = {
  /** Varnish listens here; instances on port+1 … port+N, Redis on port+N+1, a temporary PostgreSQL on port+N+2. */
  port: number;
  instances: number;
  /** A PostgreSQL database (postgres://…) to use as is; without it a temporary server is started. */
  databaseUrl?: string;
  /** Extra environment for the instances (tests: LOG_LEVEL, …). */
  env?: Record<string, string>;
  log?: (line: string) => void;
  /** Aborting during start-up stops what has started and rejects (Ctrl-C while starting). */
  signal?: AbortSignal;
};

export type Instance = { index: number; port: number; url: string; proc: Proc; logFile: string; restart(): Promise<void> };

export type Cluster = {
  dir: string;
  url: string;
  databaseUrl: string;
  redisUrl: string;
  instances: Instance[];
  redis: { port: number; proc: Proc; restart(): Promise<void> };
  /** The temporary PostgreSQL (db/testing/temp-postgres.ts) when the cluster started one; halt/resume for fault tests. */
  postgres?: TempPostgres;
  varnish: { proc: Proc; logFile: string };
  /** Environment the instances run with (for a CLI run against the same database and caches). */
  env: NodeJS.ProcessEnv;
  stop(): Promise<void>;
};

const root = process.cwd();
const INSTANCE_START_MS = 120_000;

function startRedis(port: number, dir: string): Proc {
  return startProc(
    "redis",
    "redis-server",
    [
      "--port",
      String(port),
      "--bind",
      "127.0.0.1",
      "--save",
      "",
      "--appendonly",
      "yes",
      "--dir",
      dir,
      "--maxmemory-policy",
      "volatile-lru",
    ],
    { logFile: path.join(dir, "redis.log") },
  );
}

/** Migrate and load the demo catalog into an empty database (scripts/cluster-prepare.ts). */
async function prepareDatabase(databaseUrl: string, dir: string, track: (p: Proc) => Proc, signal?: AbortSignal) {
  const proc = track(
    startProc("prepare", process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/cluster-prepare.ts"], {
      env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: "production" },
      logFile: path.join(dir, "prepare.log"),
      cwd: root,
    }),
  );
  await proc.exited;
  if (signal?.aborted) throw new Error("start-up interrupted");
  if (proc.child.exitCode !== 0) throw new Error(`preparing the database failed (see ${path.join(dir, "prepare.log")})`);
}

export async function startCluster(opts: ClusterOptions): Promise<Cluster> {
  const log = opts.log ?? (() => undefined);
  const dir = mkdtempSync(path.join(tmpdir(), "catalog-cluster-"));
  // varnishd (started as root) compiles the VCL as its own unprivileged user: it must reach vcl/.
  chmodSync(dir, 0o711);
  const started: Proc[] = [];
  const track = (p: Proc) => (started.push(p), p);
  const ready = (what: string, check: () => Promise<boolean>, ms: number, proc: Proc) => waitFor(what, check, ms, proc, opts.signal);
  let postgres: TempPostgres | undefined;
  const stopAll = async () => {
    await Promise.all(started.reverse().map((p) => p.stop()));
    // Last: the instances and the prepare step are its clients. Stopped by its pid, directory deleted.
    await postgres?.stop();
    // CLUSTER_KEEP_LOGS=1 keeps the directory (logs, database) for a look after a failed test.
    if (process.env.CLUSTER_KEEP_LOGS) log(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  };
  try {
    const redisPort = opts.port + opts.instances + 1;
    // (lib/env's databaseDialect has the same test; importing lib/env here would read this process's environment.)
    if (opts.databaseUrl && !/^postgres(ql)?:\/\//i.test(opts.databaseUrl))
      throw new Error("the cluster's instances share one PostgreSQL: DATABASE_URL must be postgres://… (or unset for a temporary one)");
    if (!opts.databaseUrl) {
      postgres = await startTempPostgres({ port: opts.port + opts.instances + 2 });
      log(`postgresql   127.0.0.1:${postgres.port} (temporary, pid ${postgres.pid})`);
    }
    const databaseUrl = opts.databaseUrl ?? postgres!.url;
    let redis = track(startRedis(redisPort, dir));
    await ready("redis", () => portOpen(redisPort), 10_000, redis);
    log(`redis        redis://127.0.0.1:${redisPort}`);
    await prepareDatabase(databaseUrl, dir, track, opts.signal);
    log(`database     ${databaseUrl.replace(/:[^:@/]*@/, ":***@")}`);

    const url = `http://127.0.0.1:${opts.port}`;
    const redisUrl = `redis://127.0.0.1:${redisPort}`;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl,
      VARNISH_PURGE_URL: `${url}/`,
      // One signing key for every instance: a session made by one is valid on all.
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? randomBytes(32).toString("base64url"),
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? url,
      // Varnish on loopback is the proxy whose X-Forwarded-For the instances believe.
      TRUST_PROXY: "127.0.0.1",
      HOST: "127.0.0.1",
      NODE_ENV: "production",
      NEXT_RUNTIME: "nodejs",
      ...opts.env,
    };

    const instances: Instance[] = [];
    const startInstance = (index: number, port: number, logFile: string) =>
      track(
        startProc(`app${index}`, process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
          env: { ...env, PORT: String(port) },
          logFile,
          cwd: root,
        }),
      );
    for (let i = 1; i <= opts.instances; i++) {
      const port = opts.port + i;
      const logFile = path.join(dir, `app${i}.log`);
      const inst: Instance = {
        index: i,
        port,
        url: `http://127.0.0.1:${port}`,
        logFile,
        proc: startInstance(i, port, logFile),
        async restart() {
          await inst.proc.stop();
          inst.proc = startInstance(i, port, logFile);
          await ready(`app${i}`, () => httpOk(`${inst.url}/api/health`), INSTANCE_START_MS, inst.proc);
        },
      };
      instances.push(inst);
    }
    for (const inst of instances) {
      await ready(`app${inst.index}`, () => httpOk(`${inst.url}/api/health`), INSTANCE_START_MS, inst.proc);
      log(`instance ${inst.index}   ${inst.url}  (log: ${inst.logFile})`);
    }

    const vclDir = path.join(dir, "vcl");
    mkdirSync(vclDir, { mode: 0o755 });
    writeFileSync(path.join(vclDir, "backends.vcl"), backendsVcl(instances.map((i) => i.port)));
    const varnishLog = path.join(dir, "varnish.log");
    const varnish = track(
      startProc("varnish", VARNISHD, varnishdArgs({ port: opts.port, workDir: path.join(dir, "varnish"), vclDir }), {
        logFile: varnishLog,
      }),
    );
    await ready("varnish", () => httpOk(`${url}/`), 30_000, varnish);
    log(`varnish      ${url}  (the address to use)`);

    const cluster: Cluster = {
      dir,
      url,
      databaseUrl,
      redisUrl,
      instances,
      redis: {
        port: redisPort,
        get proc() {
          return redis;
        },
        async restart() {
          await redis.stop();
          redis = track(startRedis(redisPort, dir));
          await ready("redis", () => portOpen(redisPort), 10_000, redis);
        },
      },
      varnish: { proc: varnish, logFile: varnishLog },
      postgres,
      env,
      stop: async () => {
        await Promise.all(instances.map((i) => i.proc.stop()));
        await stopAll();
      },
    };
    return cluster;
  } catch (e) {
    // What the part that failed said, before its directory goes.
    const failed = started.find((p) => p.name !== "prepare" && (p.child.exitCode !== null || p.child.signalCode !== null));
    const logFile = failed && path.join(dir, `${failed.name}.log`);
    if (logFile && existsSync(logFile)) log(`${failed.name} said:\n${readFileSync(logFile, "utf8").split("\n").slice(-15).join("\n")}`);
    await stopAll();
    throw e;
  }
}
