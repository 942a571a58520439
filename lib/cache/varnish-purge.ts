import "server-only";
import { env } from "@/lib/env";
import { logger } from "@/lib/log/logger";
import { surrogateKey } from "./entry-headers.mjs";

/** A purge that takes longer than this is given up (the next write's purge, or the TTL, catches up). */
const PURGE_TIMEOUT_MS = 2000;

/**
 * Purge the pages carrying these tags from the HTTP cache in front (Varnish with xkey:
 * deploy/varnish/default.vcl). Every instance sends it for every outbox row it applies, so a purge
 * lands after the last instance has dropped its own copy. Never throws: a cache that cannot be
 * reached must not fail the write that changed the catalog.
 */
export async function purgeSurrogateKeys(tags: string[]): Promise<void> {
  if (!env.varnishPurgeUrl || !tags.length) return;
  try {
    const res = await fetch(env.varnishPurgeUrl, {
      method: "PURGE",
      headers: { "xkey-purge": tags.map(surrogateKey).join(" ") },
      signal: AbortSignal.timeout(PURGE_TIMEOUT_MS),
      cache: "no-store",
    });
    if (!res.ok) logger.warn({ status: res.status }, "varnish purge refused");
    await res.body?.cancel();
  } catch (err) {
    logger.warn({ err }, "varnish purge failed");
  }
}
