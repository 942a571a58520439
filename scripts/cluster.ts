/**
 * `npm run cluster -- [--instances N]`: the scale-out topology on 127.0.0.1 (README, "Deploying on
 * several machines"): PostgreSQL (DATABASE_URL, or a temporary server), Redis, N app instances on
 * PORT+1 … PORT+N and Varnish on PORT (default 3000). Installs nothing: a missing program is named
 * with its Debian package. Ctrl-C or SIGTERM stops everything it started.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { parseArgs } from "node:util";
import { missingPackages } from "./cluster-processes";
import { startCluster, type Cluster } from "./cluster-topology";
import { needsBuild } from "./needs-build";

const say = (line: string) => process.stdout.write(`[cluster] ${line}\n`);

async function main() {
  const { values } = parseArgs({ options: { instances: { type: "string", default: "2" } } });
  const instances = Number(values.instances);
  if (!Number.isInteger(instances) || instances < 1 || instances > 16) throw new Error("--instances: a whole number from 1 to 16");
  const port = Number(process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 1 || port + instances + 1 > 65535)
    throw new Error("PORT: a port number with room for the instances above it");

  const missing = missingPackages(!process.env.DATABASE_URL);
  if (missing.length) throw new Error(`missing on this machine: ${missing.join(", ")} (Debian: apt-get install ${missing.join(" ")})`);

  if (needsBuild()) {
    say("building (next build)…");
    const r = spawnSync(process.execPath, [path.join("node_modules/next/dist/bin/next"), "build"], { stdio: "inherit" });
    if (r.status !== 0) throw new Error("next build failed");
  }

  const state: { cluster?: Cluster } = {};
  let stopping = false;
  const starting = new AbortController();
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    say("stopping…");
    // While starting, the abort makes startCluster stop what it has started (and reject).
    if (!state.cluster) return starting.abort();
    await state.cluster.stop();
    say("stopped");
    process.exit(code);
  };
  for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => void stop(0));

  say(`starting ${instances} instance(s) behind Varnish on port ${port}…`);
  const cluster = (state.cluster = await startCluster({
    port,
    instances,
    databaseUrl: process.env.DATABASE_URL,
    log: say,
    signal: starting.signal,
  }));
  say(`ready: ${cluster.url}  (logs in ${cluster.dir}; Ctrl-C stops everything)`);
  say(
    `an admin account: DATABASE_URL='${cluster.databaseUrl}' REDIS_URL=${cluster.redisUrl} VARNISH_PURGE_URL=${cluster.url}/ npm run catalog -- user add --email you@example.com --role admin`,
  );
  // A part that dies on its own is reported; the rest keeps serving (that is the point of the
  // topology: Varnish routes around a dead instance, the instances around a dead Redis).
  for (const p of [...cluster.instances.map((i) => i.proc), cluster.redis.proc, cluster.varnish.proc])
    void p.exited.then(() => {
      if (!stopping) say(`${p.name} exited (pid ${p.pid}); the rest keeps running. Ctrl-C stops everything.`);
    });
}

main().catch((e) => {
  process.stderr.write(`[cluster] ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
