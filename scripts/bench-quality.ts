/**
 * Latency of the editorial quality dashboard and the Atom feed, signed in as an editor, against a
 * running server: used by `npm run bench` on its large catalog, and runnable alone:
 *   tsx scripts/bench-quality.ts http://127.0.0.1:PORT EMAIL PASSWORD
 */
import { pathToFileURL } from "node:url";

export type Latency = { p50: number; p95: number };

/** A session cookie for next-auth's credentials sign-in. */
async function signIn(base: string, email: string, password: string): Promise<string> {
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair.indexOf("=");
      jar.set(pair.slice(0, i), pair.slice(i + 1));
    }
  };
  keep(csrfRes);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie() },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  keep(res);
  if (![...jar.keys()].some((k) => k.includes("session-token"))) throw new Error(`sign-in failed (${res.status})`);
  return cookie();
}

async function measure(url: string, cookie: string | undefined, rounds: number): Promise<Latency> {
  const get = async () => {
    const res = await fetch(url, { headers: cookie ? { Cookie: cookie } : {} });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${url}: ${res.status}`);
  };
  await get();
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    await get();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  const at = (p: number) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))];
  return { p50: at(0.5), p95: at(0.95) };
}

/** p50/p95 of /admin/quality, of /admin (the signed-in baseline: same guard and layout, no lists) and of /feed.xml. */
export async function qualityFigures(base: string, email: string, password: string, rounds = 20) {
  const cookie = await signIn(base, email, password);
  return {
    quality: await measure(`${base}/admin/quality`, cookie, rounds),
    admin: await measure(`${base}/admin`, cookie, rounds),
    feed: await measure(`${base}/feed.xml`, undefined, rounds),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [base, email, password] = process.argv.slice(2);
  console.log(JSON.stringify(await qualityFigures(base, email, password)));
}
