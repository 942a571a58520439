/**
 * Two app instances (`npm start` on two ports) on one real PostgreSQL, no shared cache in between:
 * what one writes is on the other's public pages within 1 s, two editors racing on one profile
 * through different instances get one success and one conflict, and a CLI import while both serve
 * leaves both answering the same. `npm run test:pg:servers`.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTempPostgres, type TempPostgres } from "@/db/testing/temp-postgres";
import { encodeJsonProfiles } from "@/lib/interchange/encode-json";
import { syntheticCatalog } from "@/lib/generate/synthetic";
import { get, putSummary, timeUntilShown } from "@/test/cluster/client";
import { catalog, catalogOk, sharedEnv, startInstance, type AppInstance } from "./app-instance";

const PORT = Number(process.env.PG_SERVERS_TEST_PORT ?? 3380);
const PASSWORD = "two-instances-password-1";
/** Profiles in the CLI import: enough for it to take many seconds while both instances serve. */
const IMPORTED = 100;
let pg: TempPostgres;
let dir: string;
let env: NodeJS.ProcessEnv;
let a: AppInstance;
let b: AppInstance;
let auth: Record<string, string>;
const page = (i: AppInstance, slug: string) => `${i.url}/occupations/${slug}`;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "catalog-two-instances-"));
  pg = await startTempPostgres();
  env = sharedEnv(pg.url);
  try {
    a = await startInstance(env, PORT, dir);
    b = await startInstance(env, PORT + 1, dir);
  } catch (e) {
    await Promise.all([a?.proc.stop(), pg.stop()]);
    throw e;
  }
  await catalogOk(env, ["user", "add", "--email", "editor@two.test", "--role", "editor", "--password", PASSWORD]);
  auth = { authorization: `Bearer ${await catalogOk(env, ["token", "create", "--email", "editor@two.test"])}` };
  // A process's first render of a route loads its code (seconds on a busy machine): once each, untimed.
  for (const i of [a, b]) expect((await get(page(i, "baker"))).status).toBe(200);
}, 400_000);

afterAll(async () => {
  await Promise.all([a?.proc.stop(), b?.proc.stop()]);
  await pg?.stop();
  if (!process.env.PG_SERVERS_KEEP_LOGS) rmSync(dir, { recursive: true, force: true });
});

describe("two instances on one PostgreSQL", () => {
  it("a publish through one instance is on the other's (cached) public page within 1 s", async () => {
    for (const [from, to] of [
      [a, b],
      [b, a],
    ]) {
      await get(page(to, "architect"));
      expect((await get(page(to, "architect"))).headers.get("x-nextjs-cache")).toBe("HIT");
      const text = `Published through ${from.url} ${Date.now()}`;
      const put = await putSummary(from.url, "architect", text, { publish: true, auth });
      expect(put.status, put.body).toBe(200);
      expect(await timeUntilShown(page(to, "architect"), text, 5000)).toBeLessThanOrEqual(1000);
    }
  });

  it("two editors saving one profile through different instances: one success, one conflict, nothing lost", async () => {
    for (let round = 0; round < 5; round++) {
      const read = await fetch(`${a.url}/api/v1/occupations/chef?draft=1`, { headers: auth });
      const etag = read.headers.get("etag")!;
      const { version, updatedAt: _u, status: _s, ...body } = (await read.json()) as Record<string, unknown> & { version: number };
      const save = (i: AppInstance, who: string) =>
        fetch(`${i.url}/api/v1/occupations/chef?publish=1`, {
          method: "PUT",
          headers: { ...auth, "content-type": "application/json", "if-match": etag },
          body: JSON.stringify({ ...body, summary: `Saved by ${who} in round ${round}.` }),
        }).then(async (r) => ({ who, status: r.status, body: await r.text() }));
      // Both sent at once, each with the version both editors read.
      const results = await Promise.all([save(a, "editor A"), save(b, "editor B")]);
      expect(results.map((r) => r.status).sort(), results.map((r) => `${r.who}: ${r.status} ${r.body.slice(0, 200)}`).join("\n")).toEqual([
        200, 412,
      ]);
      const loser = results.find((r) => r.status === 412)!;
      expect(JSON.parse(loser.body).error.message).toMatch(/changed|version|conflict/i);
      const winner = results.find((r) => r.status === 200)!;
      // The winner's save is the one stored, on both instances, as exactly one new version.
      for (const i of [a, b]) {
        const now = (await (await fetch(`${i.url}/api/v1/occupations/chef?draft=1`, { headers: auth })).json()) as Record<string, unknown>;
        expect(now).toMatchObject({ version: version + 1, summary: `Saved by ${winner.who} in round ${round}.` });
      }
      // The loser, told of the conflict, saves again on the new version: both edits are in the history.
      const retry = await putSummary(b.url, "chef", `${loser.who} again after the conflict in round ${round}.`, { publish: true, auth });
      expect(retry.status, retry.body).toBe(200);
      expect(await timeUntilShown(page(a, "chef"), `${loser.who} again after the conflict in round ${round}.`, 5000)).toBeLessThanOrEqual(
        1000,
      );
    }
  });

  it("a CLI import while both serve: no failed request, and both answer the same afterwards", async () => {
    const profiles = Array.from({ length: IMPORTED }, (_, i) => syntheticCatalog(IMPORTED, 77).profile(i)).map((p) => ({
      ...p.content,
      slug: p.slug,
    }));
    const file = path.join(dir, "import.json");
    writeFileSync(file, encodeJsonProfiles(profiles));
    const last = profiles.at(-1)!;
    const search = (i: AppInstance, q: string) => `${i.url}/api/v1/search?q=${encodeURIComponent(q)}`;
    const word = last.name.split(" ")[0];
    const urls = [a, b].flatMap((i) => [page(i, "baker"), page(i, "chef"), search(i, word)]);

    // Readers on both instances for as long as the import runs.
    let importing = true;
    let requests = 0;
    const failures: string[] = [];
    const traffic = Promise.all(
      Array.from({ length: 4 }, async (_, w) => {
        for (let n = w; importing; n++) {
          const url = urls[n % urls.length];
          try {
            const res = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(15_000) });
            await res.arrayBuffer();
            if (res.status >= 400) failures.push(`${res.status} ${url}`);
          } catch (e) {
            failures.push(`${String(e)} ${url}`);
          }
          requests++;
        }
      }),
    );
    const result = await catalog(env, ["import", file]).done;
    importing = false;
    await traffic;
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`created ${IMPORTED},`));
    expect(failures).toEqual([]);
    expect(requests).toBeGreaterThan(10);

    // Both instances show the whole import, and the same search answer.
    const answers = [];
    for (const i of [a, b]) {
      expect(await timeUntilShown(page(i, last.slug), last.name, 1000)).toBeLessThanOrEqual(1000);
      const res = (await (await fetch(search(i, word))).json()) as { total: number; results: { slug: string }[] };
      answers.push(res);
    }
    expect(answers[0].total).toBeGreaterThan(0);
    expect(answers[1]).toEqual(answers[0]);
    const found = (await (await fetch(search(b, last.name))).json()) as { results: { slug: string }[] };
    expect(found.results[0]?.slug).toBe(last.slug);
  });
});
