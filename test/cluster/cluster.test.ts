/**
 * The scale-out topology under faults (`npm run test:cluster`): a real PostgreSQL, a real Redis, a
 * real Varnish and two real app instances (scripts/cluster-topology.ts, as `npm run cluster` starts
 * them, each stopped by its pid in afterAll, also when a test fails).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startCluster, type Cluster } from "@/scripts/cluster-topology";
import { catalogCli, CookieJar, get, load, putSummary, signIn, timeUntilShown } from "./client";

const PORT = Number(process.env.CLUSTER_TEST_PORT ?? 3360);
const PASSWORD = "cluster-test-password-1";
let cluster: Cluster;
let auth: Record<string, string>;
let [i1, i2, front] = ["", "", ""];
const page = (base: string, slug: string) => `${base}/occupations/${slug}`;

beforeAll(async () => {
  cluster = await startCluster({ port: PORT, instances: 2, env: { LOG_LEVEL: "warn" } });
  [i1, i2] = cluster.instances.map((i) => i.url);
  front = cluster.url;
  catalogCli(cluster, ["user", "add", "--email", "editor@cluster.test", "--role", "editor", "--password", PASSWORD]);
  auth = { authorization: `Bearer ${catalogCli(cluster, ["token", "create", "--email", "editor@cluster.test"])}` };
  // A process's first render of a route loads its code (seconds on a busy machine); a serving
  // instance has long done that. Each renders a profile of its own once, before anything is timed.
  for (const [base, slug] of [
    [i1, "baker"],
    [i2, "chef"],
  ])
    expect((await get(page(base, slug))).headers.get("x-nextjs-cache")).toBe("MISS");
}, 300_000);

afterAll(async () => {
  await cluster?.stop();
});

/** Every cache (each instance's, Redis, Varnish) holds the page as it is now. */
async function warm(slug: string) {
  for (const base of [i1, i2, front, front]) expect((await get(page(base, slug))).status).toBe(200);
}

describe("one catalog across instances", () => {
  it("shares rendered pages: a page rendered by instance 1 is a cache hit on instance 2, with its hash CSP", async () => {
    const first = await get(page(i1, "registered-nurse"));
    const second = await get(page(i2, "registered-nurse"));
    expect(second.headers.get("x-nextjs-cache")).toBe("HIT");
    expect(second.text).toBe(first.text);
    expect(second.headers.get("content-security-policy")).toMatch(/script-src 'self' 'sha256-/);
    expect(second.headers.get("xkey")).toBe("profile:registered-nurse");
    const health = (await (await fetch(`${i2}/api/health`)).json()) as { cache: string };
    expect(health.cache).toBe("ok");
  });

  it("a publish through instance 1 is on instance 2 and through Varnish within 1 s; a draft save changes nothing public", async () => {
    await warm("architect");
    const text = `Published across the cluster ${Date.now()}`;
    const put = await putSummary(i1, "architect", text, { publish: true, auth });
    expect(put.status, put.body).toBe(200);
    const since = performance.now();
    expect(await timeUntilShown(page(i2, "architect"), text, 5000, since)).toBeLessThanOrEqual(1000);
    expect(await timeUntilShown(page(front, "architect"), text, 5000, since)).toBeLessThanOrEqual(1000);
    expect((await get(`${front}/api/v1/occupations/architect`)).text).toContain(text);

    const draft = `Draft only ${Date.now()}`;
    expect((await putSummary(i2, "architect", draft, { publish: false, auth })).status).toBe(200);
    await new Promise((r) => setTimeout(r, 1500));
    for (const base of [i1, i2, front]) {
      const now = await get(page(base, "architect"));
      expect(now.text).toContain(text);
      expect(now.text).not.toContain(draft);
    }
  });

  it("signs in on instance 1 and saves through instance 2 with that session", async () => {
    const jar = new CookieJar();
    expect(await signIn(jar, i1, "editor@cluster.test", PASSWORD)).toEqual({ ok: true, error: undefined });
    const session = (await (await jar.fetch(`${i2}/api/auth/session`)).json()) as { user?: { email?: string } };
    expect(session.user?.email).toBe("editor@cluster.test");
    const text = `Saved with a session from the other instance ${Date.now()}`;
    const put = await putSummary(i2, "certified-public-accountant", text, { publish: true, auth: jar.header() });
    expect(put.status, put.body).toBe(200);
    expect(await timeUntilShown(page(i1, "certified-public-accountant"), text)).toBeLessThanOrEqual(1000);
  });

  it("holds the sign-in limit across instances: 5 failures spread over both, then even the right password waits", async () => {
    catalogCli(cluster, ["user", "add", "--email", "limited@cluster.test", "--role", "editor", "--password", PASSWORD]);
    for (let n = 0; n < 5; n++) {
      const r = await signIn(new CookieJar(), n % 2 ? i2 : i1, "limited@cluster.test", "wrong-password-0");
      expect(r.error).toMatch(/Wrong email or password/);
    }
    for (const base of [i1, i2]) {
      const r = await signIn(new CookieJar(), base, "limited@cluster.test", PASSWORD);
      expect(r.ok).toBe(false);
      expect(r.error).toMatch(/Too many failed sign-ins/);
    }
  });
});

describe("faults", () => {
  const urls = () => [
    page(front, "architect"),
    page(front, "registered-nurse"),
    `${front}/`,
    `${front}/browse`,
    `${front}/api/v1/occupations/registered-nurse`,
    // Not cached by Varnish: every one of these reaches an instance.
    `${front}/api/v1/search?q=engineer`,
  ];

  it("SIGKILL of one instance under load through Varnish: no request fails once its probe marks it sick; it rejoins when restarted", async () => {
    const [a, b] = cluster.instances;
    const running = load(urls(), 9000);
    await new Promise((r) => setTimeout(r, 2000));
    const killedAt = 2000;
    await b.proc.kill();
    const result = await running;
    // Probe: every 500 ms, sick after 2 failures in a window of 3 (deploy: scripts/cluster-varnish.ts).
    const afterSick = result.failures.filter((f) => f.at > killedAt + 2500);
    expect(afterSick, JSON.stringify(result.failures.slice(0, 5))).toEqual([]);
    expect(result.total).toBeGreaterThan(100);

    await b.restart();
    await new Promise((r) => setTimeout(r, 1500));
    // With instance 1 gone, everything Varnish answers comes from the restarted instance 2.
    await a.proc.kill();
    await new Promise((r) => setTimeout(r, 2000));
    const search = await get(`${front}/api/v1/search?q=engineer`);
    expect(search.status).toBe(200);
    await a.restart();
  }, 240_000);

  it("Redis stopped under load: no 5xx, health says degraded, publishes stay fresh, and no stale page stays once Redis is back", async () => {
    await warm("registered-nurse");
    const running = load([...urls(), page(i1, "registered-nurse"), page(i2, "registered-nurse")], 8000);
    await new Promise((r) => setTimeout(r, 1500));
    await cluster.redis.proc.stop();
    await new Promise((r) => setTimeout(r, 500));
    const health = (await (await fetch(`${i1}/api/health`)).json()) as { ok: boolean; cache: string };
    expect(health).toMatchObject({ ok: true, cache: "degraded" });

    const during = `Published while Redis was away ${Date.now()}`;
    expect((await putSummary(i1, "registered-nurse", during, { publish: true, auth })).status).toBe(200);
    const since = performance.now();
    for (const base of [i2, front])
      expect(await timeUntilShown(page(base, "registered-nurse"), during, 5000, since), base).toBeLessThanOrEqual(1000);

    await cluster.redis.restart();
    const result = await running;
    const serverErrors = result.failures.filter((f) => typeof f.status !== "number" || f.status >= 500);
    expect(serverErrors, JSON.stringify(serverErrors.slice(0, 5))).toEqual([]);

    // Redis kept its old copy of the page (append-only file). An instance that starts now never
    // saw the publish in its own memory: it must still not serve the old page.
    await new Promise((r) => setTimeout(r, 1000));
    await cluster.instances[1].restart();
    expect((await get(page(i2, "registered-nurse"))).text).toContain(during);

    const after = `Published after Redis came back ${Date.now()}`;
    expect((await putSummary(i2, "registered-nurse", after, { publish: true, auth })).status).toBe(200);
    const since2 = performance.now();
    for (const base of [i1, i2, front])
      expect(await timeUntilShown(page(base, "registered-nurse"), after, 5000, since2), base).toBeLessThanOrEqual(1000);
    expect(((await (await fetch(`${i1}/api/health`)).json()) as { cache: string }).cache).toBe("ok");
  }, 240_000);

  it("PostgreSQL restarted under load: cached reads keep answering, writes get a clear 503 while it is down and work after, without restarting the instances", async () => {
    const pg = cluster.postgres!;
    await warm("architect");
    const cached = [page(front, "architect"), page(i1, "architect"), page(i2, "architect"), `${front}/`];
    for (const u of cached) await get(u);
    const running = load(cached, 8000);
    await new Promise((r) => setTimeout(r, 1000));
    // The profile is read before the database goes: only the PUT meets it down.
    const read = await fetch(`${i1}/api/v1/occupations/architect?draft=1`, { headers: auth });
    const etag = read.headers.get("etag")!;
    const { version: _v, updatedAt: _u, status: _s, ...body } = (await read.json()) as Record<string, unknown>;
    const pid = pg.pid;
    await pg.halt("fast");
    const res = await fetch(`${i1}/api/v1/occupations/architect?publish=1`, {
      method: "PUT",
      headers: { ...auth, "content-type": "application/json", "if-match": etag },
      body: JSON.stringify({ ...body, summary: `While the database was away ${Date.now()}` }),
    });
    const write = { status: res.status, body: await res.text() };
    expect(write.status, write.body).toBe(503);
    expect(JSON.parse(write.body)).toMatchObject({ error: { message: expect.stringMatching(/database/i) } });
    for (const u of cached) expect((await get(u)).status, u).toBe(200);
    await new Promise((r) => setTimeout(r, 2000));
    await pg.resume();
    expect(pg.pid).not.toBe(pid);
    const result = await running;
    expect(result.failures, JSON.stringify(result.failures.slice(0, 5))).toEqual([]);

    // The same instance processes (their pools reconnect): a publish works and is fresh everywhere.
    const text = `After the database came back ${Date.now()}`;
    let put = { status: 0, body: "" };
    for (let n = 0; n < 20 && put.status !== 200; n++) {
      put = await putSummary(i2, "architect", text, { publish: true, auth }).catch((e: Error) => ({ status: 0, body: e.message }));
      if (put.status !== 200) await new Promise((r) => setTimeout(r, 250));
    }
    expect(put.status, put.body).toBe(200);
    const since = performance.now();
    for (const base of [i1, front]) expect(await timeUntilShown(page(base, "architect"), text, 5000, since)).toBeLessThanOrEqual(1000);
  }, 120_000);
});
