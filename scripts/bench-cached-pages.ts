/**
 * The cached-page figures of `npm run bench` (issue 13), each against a baseline of the same run:
 * the profile, Minor and home pages from the catalog's cache handler, ÷ Next's own cache
 * (PAGE_CACHE_HANDLER=plain) and ÷ a bare node:http server sending the same bytes; 1,000 profiles
 * rotated ÷ one hot profile; publish-to-fresh; the server's memory over many distinct pages.
 */
import Database from "better-sqlite3";
import http from "node:http";
import { cannon, inBatches, serverMemory, SMALL_MACHINE, startServer, stopServer, tsx } from "./bench-process";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const ROTATE = Number(process.env.BENCH_ROTATE ?? 1_000);
const RSS_PAGES = Number(process.env.BENCH_RSS_PAGES ?? 10_000);
const PUBLISHES = Number(process.env.BENCH_PUBLISHES ?? 20);
const log = (s: string) => process.stdout.write(`[bench] ${s}\n`);

type Row = { name: string; value: string; baseline: string; ratio: number; goal: string; met?: boolean };

async function publishToFresh(base: string, db: string, slugs: string[]): Promise<number[]> {
  tsx(["lib/cli/main.ts", "user", "add", "--email", "bench@example.test", "--role", "editor", "--password", "bench-password-0123"], db);
  const token = tsx(["lib/cli/main.ts", "token", "create", "--email", "bench@example.test"], db).trim().split("\n").pop()!;
  const times: number[] = [];
  for (const [i, slug] of slugs.entries()) {
    await (await fetch(`${base}/occupations/${slug}`)).arrayBuffer();
    const current = await fetch(`${base}/api/v1/occupations/${slug}`);
    const marker = `Bench publish ${i} ${Date.now()}.`;
    const put = await fetch(`${base}/api/v1/occupations/${slug}?publish=1`, {
      method: "PUT",
      headers: { Authorization: `Bearer ${token}`, "If-Match": current.headers.get("etag")!, "Content-Type": "application/json" },
      body: JSON.stringify({ ...(await current.json()), summary: marker }),
    });
    if (!put.ok) throw new Error(`publish ${slug}: ${put.status} ${await put.text()}`);
    const t0 = performance.now();
    for (;;) {
      if ((await (await fetch(`${base}/occupations/${slug}`)).text()).includes(marker)) break;
      if (performance.now() - t0 > 10_000) throw new Error(`${slug} not fresh after 10 s`);
      await new Promise((r) => setTimeout(r, 10));
    }
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b);
}

function bareServer(port: number, bodies: Map<string, Buffer>, headers: Record<string, string>): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const body = bodies.get(req.url ?? "") ?? bodies.values().next().value!;
    res.writeHead(200, { ...headers, "Content-Length": body.length });
    res.end(body);
  });
  return new Promise((r) => server.listen(port, "127.0.0.1", () => r(server)));
}

/**
 * Starts the production server on `bigDb` at `PORT`, measures, and leaves it running (with Next's
 * plain cache handler) for the bench's later, dynamic pages; adds its rows and notes.
 */
export async function cachedPageFigures(bigDb: string, PORT: number, rows: Row[], notes: string[]) {
  log("starting the production server on the large catalog…");
  let server = await startServer(bigDb, PORT);
  const base = `http://127.0.0.1:${PORT}`;
  const reader = new Database(bigDb, { readonly: true });
  const slugs = reader
    .prepare("SELECT slug FROM occupations WHERE status = 'published' AND deleted_at IS NULL AND id % 1999 = 1 LIMIT 50")
    .pluck()
    .all() as string[];
  const rotation = reader
    .prepare("SELECT slug FROM occupations WHERE status = 'published' AND deleted_at IS NULL ORDER BY id LIMIT ?")
    .pluck()
    .all(ROTATE) as string[];
  const minorPath = reader
    .prepare("SELECT tier_path FROM public_footprints WHERE is_public = 1 GROUP BY tier_path ORDER BY count(*) DESC LIMIT 1")
    .pluck()
    .get() as string;
  const rssSlugs = reader
    .prepare("SELECT slug FROM occupations WHERE status = 'published' AND deleted_at IS NULL ORDER BY id DESC LIMIT ?")
    .pluck()
    .all(RSS_PAGES) as string[];
  reader.close();
  const kinds: { name: string; paths: string[] }[] = [
    { name: "profile page", paths: slugs.map((s) => `/occupations/${s}`) },
    { name: "Minor browse page", paths: [`/browse/${minorPath}`] },
    { name: "home page", paths: ["/"] },
  ];

  log("cached pages: catalog cache handler (hash CSP, tags)…");
  const bodies = new Map<string, Buffer>();
  let headers: Record<string, string> = {};
  for (const k of kinds) {
    for (const p of k.paths) {
      await fetch(`${base}${p}`); // renders and stores it
      const res = await fetch(`${base}${p}`);
      if (!res.ok || !res.headers.get("content-security-policy")?.includes("sha256-")) throw new Error(`${p}: ${res.status}, no hash CSP`);
      bodies.set(p, Buffer.from(await res.arrayBuffer()));
      headers = { "Content-Type": res.headers.get("content-type") ?? "text/html" };
    }
  }
  const catalogRps = new Map<string, number>();
  for (const k of kinds) {
    await cannon(base, k.paths, 2); // warm-up
    catalogRps.set(k.name, await cannon(base, k.paths, SECONDS));
  }

  log(`${rotation.length} distinct profiles rotated vs one hot profile…`);
  const rotPaths = rotation.map((s) => `/occupations/${s}`);
  await inBatches(rotPaths, 4, async (p) => void (await (await fetch(`${base}${p}`)).arrayBuffer()));
  const rotatedRps = await cannon(base, rotPaths, SECONDS);
  const hotRps = await cannon(base, [rotPaths[0]], SECONDS);
  rows.push({
    name: `7. ${rotation.length} distinct profiles rotated ÷ one hot profile`,
    value: `${rotatedRps.toFixed(0)} req/s`,
    baseline: `${hotRps.toFixed(0)} req/s`,
    ratio: rotatedRps / hotRps,
    goal: "≥ 0.9",
    met: rotatedRps / hotRps >= 0.9,
  });

  log(`publish-to-fresh over ${PUBLISHES} publishes through the write API…`);
  const fresh = await publishToFresh(base, bigDb, slugs.slice(0, PUBLISHES));
  rows.push({
    name: `8. publish → fresh page, worst of ${fresh.length} (median)`,
    value: `${fresh.at(-1)!.toFixed(0)} ms`,
    baseline: `${fresh[Math.floor(fresh.length / 2)].toFixed(0)} ms median`,
    ratio: fresh.at(-1)! / 1000,
    goal: "worst ≤ 1 s",
    met: fresh.at(-1)! <= 1000,
  });

  // Memory is measured with the settings the README gives for a 500 MB budget (Caching → Memory):
  // with Node's defaults the heap grows lazily to several GB on a large machine before collecting.
  log(
    `memory after ${rssSlugs.length} distinct profile pages (${Object.entries(SMALL_MACHINE)
      .map(([k, v]) => `${k}=${v}`)
      .join(" ")})…`,
  );
  await stopServer(server);
  server = await startServer(bigDb, PORT, SMALL_MACHINE);
  await inBatches(
    rssSlugs.map((s) => `/occupations/${s}`),
    4,
    async (p) => void (await (await fetch(`${base}${p}`)).arrayBuffer()),
  );
  const mem = serverMemory(server.pid!);
  rows.push({
    name: `9. server RSS after ${rssSlugs.length} distinct profile pages (README's 500 MB settings)`,
    value: `${mem.rssMb.toFixed(0)} MB (peak ${mem.peakMb.toFixed(0)} MB; anonymous ${mem.anonMb.toFixed(0)}, file-backed ${mem.fileMb.toFixed(0)})`,
    baseline: "500 MB",
    ratio: mem.peakMb / 500,
    goal: "peak < 500 MB",
    met: mem.peakMb < 500,
  });
  await stopServer(server);

  log("the same pages from Next's own cache (PAGE_CACHE_HANDLER=plain: its static ceiling)…");
  server = await startServer(bigDb, PORT, { PAGE_CACHE_HANDLER: "plain" });
  const plainRps = new Map<string, number>();
  for (const k of kinds) {
    for (const p of k.paths) {
      await fetch(`${base}${p}`);
      const res = await fetch(`${base}${p}`);
      const b = Buffer.from(await res.arrayBuffer());
      if (b.length !== bodies.get(p)!.length) notes.push(`${p}: ${b.length} bytes from the plain handler vs ${bodies.get(p)!.length}`);
    }
    await cannon(base, k.paths, 2);
    plainRps.set(k.name, await cannon(base, k.paths, SECONDS));
  }

  log("the same bytes from a bare node:http server…");
  const bare = await bareServer(PORT + 1, bodies, headers);
  const bareRps = new Map<string, number>();
  for (const k of kinds) {
    await cannon(`http://127.0.0.1:${PORT + 1}`, k.paths, 2);
    bareRps.set(k.name, await cannon(`http://127.0.0.1:${PORT + 1}`, k.paths, SECONDS));
  }
  bare.close();
  kinds.forEach((k, i) => {
    const n = catalogRps.get(k.name)!;
    const b = bareRps.get(k.name)!;
    const pl = plainRps.get(k.name)!;
    rows.push({
      name: `1${"abc"[i]}. ${k.name} req/s ÷ bare node:http`,
      value: `${n.toFixed(0)} req/s`,
      baseline: `${b.toFixed(0)} req/s`,
      ratio: n / b,
      goal: "≥ 0.08",
      met: n / b >= 0.08,
    });
    rows.push({
      name: `6${"abc"[i]}. ${k.name} req/s ÷ Next's own cache`,
      value: `${n.toFixed(0)} req/s`,
      baseline: `${pl.toFixed(0)} req/s`,
      ratio: n / pl,
      goal: "≥ 0.9",
      met: n / pl >= 0.9,
    });
    const avg = k.paths.reduce((x, p) => x + bodies.get(p)!.length, 0) / k.paths.length;
    notes.push(
      `${k.name}: ${(avg / 1024).toFixed(1)} KiB of HTML${k.paths.length > 1 ? ` on average over ${k.paths.length} slugs` : ` (${k.paths[0]})`}`,
    );
  });
  return { base, firstProfilePath: kinds[0].paths[0] };
}
