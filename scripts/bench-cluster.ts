/**
 * `npm run bench:cluster`: the scale-out figures, each against a baseline measured in the same run
 * (docs/benchmarks.md, "Cluster"). Starts the topology of `npm run cluster` (on a temporary
 * PostgreSQL) on BENCH_CLUSTER_PORT (default 3370) … +4, the bare server on +5, and stops it all at the end.
 * - the profile page through Varnish ÷ bare node:http sending the same bytes;
 * - profile pages rendered afresh (cache misses) spread over 2 instances ÷ the same on 1 instance;
 * - publish-to-fresh through Varnish, worst of 20.
 */
import autocannon from "autocannon";
import http from "node:http";
import { catalogCli, putSummary } from "@/test/cluster/client";
import { missingPackages } from "./cluster-processes";
import { startCluster, type Cluster } from "./cluster-topology";

const PORT = Number(process.env.BENCH_CLUSTER_PORT ?? 3370);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const MISSES = Number(process.env.BENCH_CLUSTER_MISSES ?? 400);
const PUBLISHES = 20;
const log = (s: string) => process.stdout.write(`[bench:cluster] ${s}\n`);

/** req/s with 10 connections for `seconds`, or for exactly `amount` requests over `paths` each used once. */
function cannon(url: string, paths: string[], opts: { seconds?: number; amount?: number }): Promise<number> {
  return new Promise((resolve, reject) => {
    let i = 0;
    autocannon(
      {
        url,
        // Misses are renders (tens of ms each, seconds on a busy machine): fewer connections, a long timeout.
        connections: opts.amount ? 4 : 10,
        timeout: 120,
        ...(opts.amount ? { amount: opts.amount } : { duration: opts.seconds ?? SECONDS }),
        requests: [{ setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length] }) }],
      },
      (err, res) => {
        if (err) return reject(err);
        if (res.non2xx || res.errors) return reject(new Error(`${res.non2xx} non-2xx, ${res.errors} errors from ${url}`));
        resolve(opts.amount ? res.requests.total / (res.duration || 1) : res.requests.average);
      },
    );
  });
}

function bareServer(port: number, body: Buffer, headers: Record<string, string>): Promise<http.Server> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { ...headers, "Content-Length": body.length });
    res.end(body);
  });
  return new Promise((r) => server.listen(port, "127.0.0.1", () => r(server)));
}

/** Every published profile's slug, from the sitemap. */
async function publishedSlugs(base: string): Promise<string[]> {
  const xml = await (await fetch(`${base}/sitemap.xml`)).text();
  return [...new Set([...xml.matchAll(/\/occupations\/([^<"/?]+)<\/loc>/g)].map((m) => m[1]))];
}

async function publishToFresh(cluster: Cluster, slugs: string[]): Promise<number[]> {
  catalogCli(cluster, ["user", "add", "--email", "bench@cluster.test", "--role", "editor", "--password", "bench-password-0123"]);
  const auth = { authorization: `Bearer ${catalogCli(cluster, ["token", "create", "--email", "bench@cluster.test"])}` };
  const times: number[] = [];
  for (const [i, slug] of slugs.entries()) {
    await (await fetch(`${cluster.url}/occupations/${slug}`)).arrayBuffer();
    await (await fetch(`${cluster.url}/occupations/${slug}`)).arrayBuffer();
    const marker = `Cluster bench publish ${i} ${Date.now()}.`;
    // Writes go through Varnish too (passed to an instance, round-robin).
    const put = await putSummary(cluster.url, slug, marker, { publish: true, auth });
    if (put.status !== 200) throw new Error(`publish ${slug}: ${put.status} ${put.body}`);
    const t0 = performance.now();
    for (;;) {
      if ((await (await fetch(`${cluster.url}/occupations/${slug}`)).text()).includes(marker)) break;
      if (performance.now() - t0 > 10_000) throw new Error(`${slug} not fresh through Varnish after 10 s`);
      await new Promise((r) => setTimeout(r, 10));
    }
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b);
}

async function main() {
  const missing = missingPackages(true);
  if (missing.length) throw new Error(`missing: ${missing.join(", ")} (Debian: apt-get install ${missing.join(" ")})`);
  log(`starting Redis, 2 instances and Varnish on ${PORT}…`);
  const cluster = await startCluster({ port: PORT, instances: 2, env: { LOG_LEVEL: "warn" } });
  let bare: http.Server | undefined;
  try {
    const [i1] = cluster.instances;
    log(`adding ${MISSES * 2 + 200} generated profiles (pages never rendered yet, for the miss runs)…`);
    catalogCli(cluster, ["generate", "--count", String(MISSES * 2 + 200), "--seed", "7"]);
    const slugs = (await publishedSlugs(i1.url)).filter((s) => !["architect"].includes(s));
    if (slugs.length < MISSES * 2 + PUBLISHES) throw new Error(`only ${slugs.length} published profiles`);

    // Each instance renders once before anything is timed (a process's first render loads the route's code).
    for (const [n, inst] of cluster.instances.entries()) await (await fetch(`${inst.url}/occupations/${slugs.at(-1 - n)}`)).arrayBuffer();

    // 1. Varnish hits ÷ bare node:http with the same bytes (and the headers that matter).
    const profile = "/occupations/architect";
    for (let n = 0; n < 3; n++) await (await fetch(cluster.url + profile)).arrayBuffer();
    const res = await fetch(cluster.url + profile);
    const body = Buffer.from(await res.arrayBuffer());
    bare = await bareServer(PORT + 5, body, {
      "content-type": res.headers.get("content-type") ?? "text/html",
      "cache-control": res.headers.get("cache-control") ?? "",
      "content-security-policy": res.headers.get("content-security-policy") ?? "",
    });
    const bareRps = await cannon(`http://127.0.0.1:${PORT + 5}`, [profile], { seconds: SECONDS });
    const varnishRps = await cannon(cluster.url, [profile], { seconds: SECONDS });
    log(
      `profile page (${(body.length / 1024).toFixed(0)} KB): Varnish ${varnishRps.toFixed(0)} req/s, bare node:http ${bareRps.toFixed(0)} req/s → ratio ${(varnishRps / bareRps).toFixed(2)} (goal ≥ 0.5)`,
    );

    // 2. Misses: every request a profile never rendered; on instance 1 alone, then through Varnish over both.
    const path = (s: string) => `/occupations/${s}`;
    const one = await cannon(i1.url, slugs.slice(0, MISSES).map(path), { amount: MISSES });
    const two = await cannon(cluster.url, slugs.slice(MISSES, 2 * MISSES).map(path), { amount: MISSES });
    log(
      `profile page misses (${MISSES} distinct pages each): 1 instance ${one.toFixed(1)} req/s, 2 instances ${two.toFixed(1)} req/s → ratio ${(two / one).toFixed(2)} (goal ≥ 1.7; this machine has 2 cores for everything)`,
    );

    // 3. Publish-to-fresh through Varnish.
    const times = await publishToFresh(cluster, slugs.slice(2 * MISSES, 2 * MISSES + PUBLISHES));
    log(
      `publish-to-fresh through Varnish over ${PUBLISHES}: median ${times[Math.floor(times.length / 2)].toFixed(0)} ms, worst ${times.at(-1)!.toFixed(0)} ms (goal ≤ 1000)`,
    );
  } finally {
    bare?.close();
    await cluster.stop();
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    process.stderr.write(`[bench:cluster] ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
