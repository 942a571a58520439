import "server-only";
import http from "node:http";
import https from "node:https";
import { env } from "@/lib/env";
import { logger } from "@/lib/log/logger";
import { surrogateKey } from "./entry-headers.mjs";

/** A purge that takes longer than this is given up (the next write's purge, or the TTL, catches up). */
const PURGE_TIMEOUT_MS = 2000;

/**
 * One PURGE request. node:http rather than fetch: a process's first fetch loads undici and goes
 * through Next's patched fetch, which cost an instance 0.5 s of its event loop (measured on a
 * busy 2-core machine) on its first publish, delaying the render of the very page it purged.
 */
function sendPurge(url: URL, keys: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = (url.protocol === "https:" ? https : http).request(
      url,
      { method: "PURGE", headers: { "xkey-purge": keys }, timeout: PURGE_TIMEOUT_MS },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
        res.on("error", reject);
      },
    );
    req.on("timeout", () => req.destroy(new Error(`no answer within ${PURGE_TIMEOUT_MS} ms`)));
    req.on("error", reject);
    req.end();
  });
}

/**
 * Purge the pages carrying these tags from the HTTP cache in front (Varnish with xkey:
 * deploy/varnish/default.vcl). Every instance sends it for every outbox row it applies, so a purge
 * lands after the last instance has dropped its own copy. Never throws: a cache that cannot be
 * reached must not fail the write that changed the catalog.
 */
export async function purgeSurrogateKeys(tags: string[]): Promise<void> {
  if (!env.varnishPurgeUrl || !tags.length) return;
  try {
    const status = await sendPurge(new URL(env.varnishPurgeUrl), tags.map(surrogateKey).join(" "));
    if (status < 200 || status >= 300) logger.warn({ status }, "varnish purge refused");
  } catch (err) {
    logger.warn({ err }, "varnish purge failed");
  }
}
