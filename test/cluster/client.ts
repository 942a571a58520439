/**
 * What the cluster tests do over HTTP: read pages, write through the API, sign in with next-auth's
 * credentials endpoint (a small cookie jar), and a bounded load loop that records every failure.
 */
import { spawnSync } from "node:child_process";
import type { Cluster } from "@/scripts/cluster-topology";

/**
 * Node's fetch reuses keep-alive connections; on a loaded machine the server may close one just as
 * it is reused ("other side closed", nothing sent back). Such a request never reached the app, so
 * sending it once more is safe.
 */
async function retryClosedConnection(send: () => Promise<Response>): Promise<Response> {
  try {
    return await send();
  } catch (e) {
    const code = ((e as { cause?: { code?: string } }).cause ?? {}).code;
    if (code !== "UND_ERR_SOCKET" && code !== "ECONNRESET") throw e;
    return send();
  }
}

export async function get(url: string, init?: RequestInit): Promise<{ status: number; text: string; headers: Headers }> {
  const res = await retryClosedConnection(() => fetch(url, { redirect: "manual", signal: AbortSignal.timeout(15_000), ...init }));
  return { status: res.status, text: await res.text(), headers: res.headers };
}

/** Poll `url` until its body contains `needle`; the time it took (ms), or Infinity after timeoutMs. */
export async function timeUntilShown(url: string, needle: string, timeoutMs = 5000, since = performance.now()): Promise<number> {
  for (;;) {
    const page = await get(url).catch(() => undefined);
    if (page?.status === 200 && page.text.includes(needle)) return performance.now() - since;
    if (performance.now() - since > timeoutMs) return Infinity;
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** `npm run catalog` against the cluster's database and caches (prints its last line). */
export function catalogCli(cluster: Cluster, args: string[]): string {
  const r = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "lib/cli/main.ts", ...args], {
    env: { ...cluster.env, LOG_LEVEL: "warn" },
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`catalog ${args[0]} failed: ${r.stderr}`);
  return r.stdout.trim().split("\n").at(-1) ?? "";
}

export type Profile = Record<string, unknown> & { summary: string };

/** Read a profile with its ETag, change the summary, PUT it back (published at once with publish). */
export async function putSummary(base: string, slug: string, summary: string, opts: { publish: boolean; auth: Record<string, string> }) {
  const read = await fetch(`${base}/api/v1/occupations/${slug}?draft=1`, { headers: opts.auth });
  if (read.status !== 200) throw new Error(`read ${slug}: ${read.status} ${await read.text()}`);
  const etag = read.headers.get("etag")!;
  const profile = (await read.json()) as Profile;
  const { version: _v, updatedAt: _u, status: _s, ...body } = profile;
  const res = await fetch(`${base}/api/v1/occupations/${slug}${opts.publish ? "?publish=1" : ""}`, {
    method: "PUT",
    headers: { ...opts.auth, "content-type": "application/json", "if-match": etag },
    body: JSON.stringify({ ...body, summary }),
  });
  return { status: res.status, body: await res.text() };
}

/** A signed-in browser, as far as cookies go: next-auth's CSRF cookie, then its session cookie. */
export class CookieJar {
  private cookies = new Map<string, string>();

  header(): Record<string, string> {
    return this.cookies.size ? { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ") } : {};
  }

  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const res = await retryClosedConnection(() =>
      fetch(url, { redirect: "manual", ...init, headers: { ...this.header(), ...(init.headers as Record<string, string>) } }),
    );
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair.indexOf("=");
      this.cookies.set(pair.slice(0, i), pair.slice(i + 1));
    }
    return res;
  }
}

/** Sign in through `base`; the jar then holds the session. Returns next-auth's answer (error text on a refusal). */
export async function signIn(jar: CookieJar, base: string, email: string, password: string): Promise<{ ok: boolean; error?: string }> {
  const { csrfToken } = (await (await jar.fetch(`${base}/api/auth/csrf`)).json()) as { csrfToken: string };
  const res = await jar.fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }).toString(),
  });
  const { url } = (await res.json()) as { url: string };
  const error = new URL(url, base).searchParams.get("error") ?? undefined;
  return { ok: res.ok && !error, error };
}

export type LoadResult = { total: number; failures: { at: number; status: number | string; url: string }[] };

/**
 * `workers` loops requesting `urls` in turn until `ms` have passed (bounded: loopback, a few
 * hundred requests a second at most). `at` is ms since the start.
 */
export async function load(urls: string[], ms: number, workers = 4): Promise<LoadResult> {
  const start = performance.now();
  const result: LoadResult = { total: 0, failures: [] };
  await Promise.all(
    Array.from({ length: workers }, async (_, w) => {
      for (let i = w; performance.now() - start < ms; i++) {
        const url = urls[i % urls.length];
        try {
          const res = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(10_000) });
          await res.arrayBuffer();
          if (res.status >= 400) result.failures.push({ at: performance.now() - start, status: res.status, url });
        } catch (e) {
          result.failures.push({ at: performance.now() - start, status: String(e), url });
        }
        result.total++;
      }
    }),
  );
  return result;
}
